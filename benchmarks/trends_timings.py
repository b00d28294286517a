"""Benchmark child: the Trends tab over ten years of history.

About 40,000 emotion logs (with their regions), 3,650 journal entries with chips and 5,000
breathing sessions are written straight into a temporary data folder; then a real main
window is built offscreen and, once its own after-first-paint set-up is done, timed: the
first show of the Trends tab (importing its modules, the SQL aggregations and drawing the
charts in view: the tab's first paint) and, apart,
until the charts below the fold are drawn too (they are built just after that first
paint); then each period switch. Each figure is wall time; the same in CPU time of the
process (``*_cpu_ms``) says how much of it was our work when the machine is shared. Prints
one JSON line:

    QT_QPA_PLATFORM=offscreen python benchmarks/trends_timings.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

LOGS, ENTRIES, SESSIONS = 40_000, 3_650, 5_000
STAMP = "2026-01-01T12:00:00+00:00"


def build(data_dir: Path, today: date) -> None:
    from numbness_desktop.domain.vocabulary import load
    from numbness_desktop.store.db import open_store

    rng = random.Random(6)
    words = load().words
    places = ("chest", "belly", "throat", "head", "shoulders", "nowhere", "whole_body")
    logs, marks, entries, chips, sessions = [], [], [], [], []
    for n in range(LOGS):
        day = (today - timedelta(days=rng.randrange(ENTRIES))).isoformat()
        word = rng.choice(words)
        logs.append({"id": f"l{n}", "felt_at": f"{day}T12:00:00+00:00", "day": day,
                     "emotion": word.word, "family": word.family,
                     "intensity": rng.randint(0, 10), "sensations": "[]", "note": "",
                     "created_at": STAMP, "updated_at": STAMP})
        marks.append({"id": f"r{n}", "log_id": f"l{n}", "region": rng.choice(places),
                      "quality": rng.choice(("more", "less", "here")), "intensity": 4,
                      "created_at": STAMP, "updated_at": STAMP})
    for n in range(ENTRIES):
        day = (today - timedelta(days=n)).isoformat()
        entries.append({"id": f"e{n}", "day": day, "text": "Some words about the day.",
                        "created_at": STAMP, "updated_at": STAMP})
        for position in range(3):
            chips.append({"id": f"c{n}-{position}", "entry_id": f"e{n}",
                          "word": rng.choice(words).word, "intensity": None,
                          "position": position, "created_at": STAMP, "updated_at": STAMP})
    for n in range(SESSIONS):
        day = (today - timedelta(days=rng.randrange(ENTRIES))).isoformat()
        before = rng.randint(2, 9)
        sessions.append({
            "id": f"s{n}", "preset_name": rng.choice(("4-6", "Box 4-4-4-4", "4-7-8")),
            "inhale": 4.0, "hold": 0.0, "exhale": 6.0, "rest": 0.0, "planned_seconds": 120.0,
            "actual_seconds": 120.0, "breaths": 12, "outcome": "finished",
            "before_tension": before, "after_tension": max(0, before - rng.randint(0, 3)),
            "before_connected": None, "after_connected": None,
            "started_at": f"{day}T08:00:00+00:00", "ended_at": f"{day}T08:02:00+00:00",
            "created_at": STAMP, "updated_at": STAMP})
    store = open_store(data_dir)
    with store.write() as db:
        for table, rows in (("emotion_logs", logs), ("emotion_log_regions", marks),
                            ("journal_entries", entries), ("journal_chips", chips),
                            ("breathing_sessions", sessions)):
            db[table].insert_all(rows, batch_size=2000)
    store.close()


def measure(data_dir: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from numbness_desktop.app import create_window
    from numbness_desktop.domain.trends import TAB_PERIODS

    window = create_window(data_dir)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    # The window's own set-up just after its first paint (menus, shortcuts, reminders) is
    # done before anyone could click a tab: it is not the Trends tab's first show.
    for _ in range(100):
        if getattr(window, "menus_filled", True):
            break
        app.processEvents()
    app.processEvents()
    started, cpu = time.perf_counter(), time.process_time()
    window.show_tab("Trends")
    app.processEvents()
    first_ms = (time.perf_counter() - started) * 1000
    first_cpu_ms = (time.process_time() - cpu) * 1000
    view = window.trends
    while not view.charts_ready():  # the charts below the fold, built after the first paint
        app.processEvents()
    all_ms = (time.perf_counter() - started) * 1000
    switches, switches_cpu = [], []
    for _ in range(2):
        for period in TAB_PERIODS:
            started, cpu = time.perf_counter(), time.process_time()
            view.set_period(period)
            app.processEvents()
            switches.append((time.perf_counter() - started) * 1000)
            switches_cpu.append((time.process_time() - cpu) * 1000)
    window.show_tab("Today")
    window.close()
    return {"first_ms": first_ms, "all_ms": all_ms, "switch_ms": switches,
            "first_cpu_ms": first_cpu_ms, "switch_cpu_ms": switches_cpu}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    import subprocess

    root = Path(tempfile.mkdtemp(prefix="reconnect-trends-bench-"))
    try:
        data = root / "data"
        build(data, date.today())
        firsts, alls, switches, firsts_cpu, switches_cpu = [], [], [], [], []
        for _ in range(args.runs):  # a fresh process each time: first show includes imports
            done = subprocess.run([sys.executable, __file__, "--measure", str(data)],
                                  capture_output=True, text=True, check=True, timeout=120,
                                  env={**os.environ, "HOME": str(root / "home"),
                                       "XDG_CONFIG_HOME": str(root / "home" / ".config")})
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            firsts.append(figures["first_ms"])
            alls.append(figures["all_ms"])
            switches.extend(figures["switch_ms"])
            firsts_cpu.append(figures["first_cpu_ms"])
            switches_cpu.extend(figures["switch_cpu_ms"])
    finally:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    ordered, ordered_cpu = sorted(switches), sorted(switches_cpu)
    print(json.dumps({"first_ms": statistics.median(firsts), "first_max_ms": max(firsts),
                      "all_ms": statistics.median(alls),
                      "switch_median_ms": statistics.median(switches),
                      "switch_p95_ms": ordered[round(0.95 * (len(ordered) - 1))],
                      "first_cpu_ms": statistics.median(firsts_cpu),
                      "switch_p95_cpu_ms": ordered_cpu[round(0.95 * (len(ordered_cpu) - 1))],
                      "logs": LOGS, "entries": ENTRIES, "sessions": SESSIONS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
