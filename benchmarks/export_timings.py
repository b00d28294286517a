"""Benchmark child: exporting ten years of everything as JSON and as markdown.

Ten years are written straight into a temporary data folder: 3,650 journal entries of about
300 words with 5 chips each (benchmarks/journal_history.py), 40,000 feelings with their
body regions, 5,000 breathing sessions, 3,650 check-ins and 3,650 practice sessions. Then
``write_export`` (what File → Export… and ``numbness-desktop export`` run) writes each
format ``--runs`` times into a fresh file. Prints one JSON line of medians (ms):

    python benchmarks/export_timings.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
LOGS, SESSIONS, DAYS = 40_000, 5_000, 3_650
STAMP = "2026-01-01T12:00:00+00:00"
KINDS = ("grounding", "body_scan", "movement", "self_kindness", "staying_present")


def build(data_dir: Path, today: date) -> None:
    sys.path.insert(0, str(BENCH_DIR))
    import journal_history

    from numbness_desktop.store.db import open_store

    journal_history.build(data_dir, today)
    rng = random.Random(17)
    words = ("calm", "tired", "numb", "warm", "tense", "sad", "glad", "flat", "restless")
    places = ("chest", "belly", "throat", "head", "shoulders", "nowhere", "whole_body")
    rows: dict[str, list[dict]] = {"emotion_logs": [], "emotion_log_regions": [],
                                   "breathing_sessions": [], "check_ins": [],
                                   "practice_sessions": []}
    for n in range(LOGS):
        day = (today - timedelta(days=rng.randrange(DAYS))).isoformat()
        rows["emotion_logs"].append({
            "id": f"l{n}", "felt_at": f"{day}T12:00:00+00:00", "day": day,
            "emotion": rng.choice(words), "family": "", "intensity": rng.randint(0, 10),
            "sensations": "[]", "note": "", "created_at": STAMP, "updated_at": STAMP})
        rows["emotion_log_regions"].append({
            "id": f"r{n}", "log_id": f"l{n}", "region": rng.choice(places), "quality": "here",
            "intensity": 4, "created_at": STAMP, "updated_at": STAMP})
    for n in range(SESSIONS):
        day = (today - timedelta(days=rng.randrange(DAYS))).isoformat()
        rows["breathing_sessions"].append({
            "id": f"s{n}", "preset_name": "4-6", "inhale": 4.0, "hold": 0.0, "exhale": 6.0,
            "rest": 0.0, "planned_seconds": 120.0, "actual_seconds": 120.0, "breaths": 12,
            "outcome": "finished", "before_tension": 6, "after_tension": 4,
            "before_connected": None, "after_connected": None,
            "started_at": f"{day}T08:00:00+00:00", "ended_at": f"{day}T08:02:00+00:00",
            "created_at": STAMP, "updated_at": STAMP})
    for n in range(DAYS):
        day = (today - timedelta(days=n)).isoformat()
        rows["check_ins"].append({
            "id": f"k{n}", "day": day, "state": "settled", "connected": rng.randint(0, 10),
            "distress": rng.randint(0, 10), "note": "A little steadier.",
            "created_at": STAMP, "updated_at": STAMP})
        rows["practice_sessions"].append({
            "id": f"p{n}", "kind": rng.choice(KINDS), "day": day,
            "started_at": f"{day}T18:00:00+00:00", "planned_seconds": 300,
            "actual_seconds": 300, "completed": 1, "distress_before": 5, "distress_after": 3,
            "connected_before": 4, "connected_after": 6, "note": "",
            "created_at": STAMP, "updated_at": STAMP})
    store = open_store(data_dir)
    with store.write() as db:
        for table, table_rows in rows.items():
            db[table].insert_all(table_rows, batch_size=2000)
    store.close()


def measure(data_dir: Path, runs: int) -> dict:
    from numbness_desktop.store.db import open_store
    from numbness_desktop.store.transfer_export import write_export

    store = open_store(data_dir)
    figures: dict = {}
    try:
        for fmt, name in (("json", "export.json"), ("markdown", "export.md")):
            times = []
            for run in range(runs + 1):  # the first run warms SQLite's page cache
                out = data_dir.parent / f"{run}-{name}"
                started = time.perf_counter()
                write_export(store, fmt, out)
                if run:
                    times.append((time.perf_counter() - started) * 1000)
                figures[f"{fmt}_bytes"] = out.stat().st_size
                out.unlink()
            figures[f"{fmt}_ms"] = statistics.median(times)
            figures[f"{fmt}_max_ms"] = max(times)
    finally:
        store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reconnect-export-bench-") as root:
        data_dir = Path(root) / "data"
        build(data_dir, date.today())
        print(json.dumps(measure(data_dir, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
