"""Benchmark child: the first show of the Practices tab and of the two-week plan.

On the demo folder (a running two-week plan, weeks of practices and check-ins), in a fresh
process each run (so the Practices tab's first show includes its imports): the window is
built and shown, then timed are ``show_tab("Practices")`` until it has painted, and a new
two-week plan card (the view Today shows) built, shown and painted. Prints one JSON line of
medians (ms) and maxima: wall time, and beside it (``*_cpu_ms``) the process's CPU time
(user + system), steadier than wall time on a shared machine:

    QT_QPA_PLATFORM=offscreen python benchmarks/view_timings.py DATA_DIR --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def measure(data_dir: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from numbness_desktop.app import create_window
    from numbness_desktop.ui.today.plan_card import TwoWeekPlanCard

    window = create_window(data_dir)
    window.resize(1280, 800)
    window.show_tab("Today")
    window.show()
    for _ in range(3):
        app.processEvents()
    # The first show, in two parts: importing the view's modules, then building and painting
    # it (the sum is the row; the parts say where the time goes).
    started, cpu_started = time.perf_counter(), time.process_time()
    import numbness_desktop.ui.practices.routing
    import numbness_desktop.ui.practices.view  # noqa: F401
    imports_ms = (time.perf_counter() - started) * 1000
    imports_cpu_ms = (time.process_time() - cpu_started) * 1000
    started, cpu_started = time.perf_counter(), time.process_time()
    window.show_tab("Practices")
    app.processEvents()
    build_ms = (time.perf_counter() - started) * 1000
    build_cpu_ms = (time.process_time() - cpu_started) * 1000
    practices_ms = imports_ms + build_ms
    # What the tab leaves for just after its first paint (the cards below the fold): the
    # next two turns of the event loop, not part of the row.
    started, cpu_started = time.perf_counter(), time.process_time()
    app.processEvents()
    app.processEvents()
    after_ms = (time.perf_counter() - started) * 1000
    after_cpu_ms = (time.process_time() - cpu_started) * 1000
    window.show_tab("Today")
    app.processEvents()
    holder = QWidget()
    holder.resize(900, 700)
    started, cpu_started = time.perf_counter(), time.process_time()
    card = TwoWeekPlanCard(window.app_model)
    QVBoxLayout(holder).addWidget(card)
    holder.show()
    app.processEvents()
    plan_ms = (time.perf_counter() - started) * 1000
    plan_cpu_ms = (time.process_time() - cpu_started) * 1000
    holder.close()
    window.close()
    return {"practices_ms": practices_ms, "practices_imports_ms": imports_ms,
            "practices_build_ms": build_ms, "plan_ms": plan_ms,
            "practices_cpu_ms": imports_cpu_ms + build_cpu_ms,
            "practices_imports_cpu_ms": imports_cpu_ms, "practices_build_cpu_ms": build_cpu_ms,
            "plan_cpu_ms": plan_cpu_ms, "practices_after_paint_ms": after_ms,
            "practices_after_paint_cpu_ms": after_cpu_ms}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.measure:
        print(json.dumps(measure(args.data_dir)))
        return 0
    runs: dict[str, list[float]] = {}
    for _ in range(args.runs):  # a fresh process each time
        done = subprocess.run([sys.executable, __file__, str(args.data_dir), "--measure"],
                              capture_output=True, text=True, check=True, timeout=120)
        for key, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
            runs.setdefault(key, []).append(value)
    print(json.dumps({**{key: statistics.median(values) for key, values in runs.items()},
                      **{key.replace("_ms", "_max_ms"): max(values)
                         for key, values in runs.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
