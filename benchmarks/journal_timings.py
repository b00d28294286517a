"""Journal timings inside one process, on a data folder with ten years of entries.

    python benchmarks/journal_timings.py DATA_DIR      # prints one JSON object

``search_ms``: searches a person might type (common words, rare words, prefixes while
typing, several words, filters), each timed through the model as the view calls it.
``open_day_ms``: the Journal view showing a day (entries, chips, editor, list) via
``go_to``, as the previous/next buttons and search results do. Both as lists of ms.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

QUERIES = ("the", "numb", "felt", "chest tired", "i felt", "walk", "sister", "t", "ti",
           "tir", "tire", "tired", "heavy breath", "quiet morning", "cold", "zq01234",
           "warm tea", "sleep", "foggy", "body", 'what "is', "NOT numb", "(chest")


def main(data_dir: Path, rounds: int = 8) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from numbness_desktop.domain.journal import SearchFilter
    from numbness_desktop.model.app_model import AppModel
    from numbness_desktop.store.db import open_store
    from numbness_desktop.ui.journal.view import JournalView
    from numbness_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    store = open_store(data_dir)
    model = AppModel(store)
    journal = model.journal
    filters = [SearchFilter(q) for q in QUERIES]
    filters += [SearchFilter("tired", emotion="numb"),
                SearchFilter("walk", start="2020-01-01", end="2021-12-31"),
                SearchFilter("", emotion="calm", start="2025-01-01")]
    search_ms = []
    for _ in range(rounds):
        for wanted in filters:
            start = time.perf_counter()
            journal.search(wanted)
            search_ms.append((time.perf_counter() - start) * 1000)

    view = JournalView(model)
    view.resize(1180, 740)
    view.show()
    app.processEvents()
    rng = random.Random(7)
    today = date.today()
    open_ms = []
    for _ in range(rounds * 20):
        day = today - timedelta(days=rng.randrange(1, 3650))
        start = time.perf_counter()
        view.go_to(day)
        open_ms.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    view.close()
    store.close()
    return {"search_ms": search_ms, "open_day_ms": open_ms}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
