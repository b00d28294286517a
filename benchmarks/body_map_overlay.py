"""Benchmark child: "Your map" over ten years of feelings (about 40,000), all emotions.

Builds the history in a temporary data folder (written straight into the tables in one
transaction, as an import would), then times what the tab does when the person opens
"Your map" for all time: the aggregation in SQL through the model, and painting the
silhouette with its colours and numbers offscreen. Prints one JSON line:

    QT_QPA_PLATFORM=offscreen python benchmarks/body_map_overlay.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

LOGS = 40_000
YEARS_DAYS = 3650


def build(data_dir: Path, now: datetime) -> None:
    from numbness_desktop.domain.body_map import PLACES
    from numbness_desktop.domain.vocabulary import load
    from numbness_desktop.store.body_map_repo import region_row_id
    from numbness_desktop.store.db import open_store

    rng = random.Random(10)
    words = load().words
    logs, regions = [], []
    for _ in range(LOGS):
        moment = now - timedelta(minutes=rng.randrange(YEARS_DAYS * 24 * 60))
        stamp = moment.isoformat(timespec="seconds")
        word = rng.choice(words)
        log_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))  # as the app makes them
        intensity = rng.randint(0, 10)
        logs.append((log_id, stamp, moment.date().isoformat(), word.word, word.family,
                     intensity, "[]", "", stamp, stamp))
        for region in rng.sample([*PLACES, "whole_body"], rng.randint(1, 3)):
            regions.append((region_row_id(log_id, region), log_id, region,
                            rng.choice(("more", "less", "here")), intensity, stamp, stamp))
    store = open_store(data_dir, lambda: now)
    try:
        with store.write() as db:
            db.conn.executemany(
                "INSERT INTO emotion_logs (id, felt_at, day, emotion, family, intensity, "
                "sensations, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", logs)
            db.conn.executemany(
                "INSERT INTO emotion_log_regions (id, log_id, region, quality, intensity, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?)", regions)
    finally:
        store.close()


def measure(data_dir: Path, now: datetime, runs: int) -> dict[str, float]:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from numbness_desktop.domain.body_map import OverlayFilter
    from numbness_desktop.model.app_model import AppModel
    from numbness_desktop.store.db import open_store
    from numbness_desktop.ui.bodymap.map_widget import BodyMapWidget
    from numbness_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    model = AppModel(open_store(data_dir, lambda: now))
    body = model.body_map
    widget = BodyMapWidget()
    widget.resize(QSize(720, 620))
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    everything = OverlayFilter(period_days=None)
    totals, queries = [], []
    for round_ in range(runs + 1):
        start = time.perf_counter()
        overlay = body.overlay(everything)
        queried = time.perf_counter()
        widget.set_overlay(overlay, "count", "all")
        widget.render(image)
        done = time.perf_counter()
        if round_:  # the first round warms SQLite's page cache and Qt's font cache
            totals.append((done - start) * 1000)
            queries.append((queried - start) * 1000)
    assert overlay.feelings == LOGS, overlay.feelings
    model.close()
    return {"total_ms": statistics.median(totals), "query_ms": statistics.median(queries),
            "paint_ms": statistics.median(t - q for t, q in zip(totals, queries, strict=True)),
            "logs": LOGS}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    now = datetime(2026, 11, 26, 19, 30, tzinfo=timezone(timedelta(hours=1)))
    with tempfile.TemporaryDirectory(prefix="reconnect-bench-bodymap-") as folder:
        data_dir = Path(folder) / "data"
        build(data_dir, now)
        print(json.dumps(measure(data_dir, now, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
