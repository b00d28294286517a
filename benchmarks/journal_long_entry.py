"""A 1 MB journal entry: opening it, and typing at its end, through the real Journal view.

    python benchmarks/journal_long_entry.py [--runs N]      # prints one JSON object

Builds a temporary data folder holding one entry of 1,000,000 characters (paragraphs of
made-up and common words, as in ``journal_history``) and a short one on the same day. Each
round opens the short entry, then the long one (timed: ``open_ms``), then types
``KEYS`` at the long entry's end with ``QTest.keyClick`` (each key timed: ``key_ms``).
Every timing runs until the editor has painted the result, so layout and painting are
counted. The first round is a warm-up (its opening is reported alone: ``first_open_ms``).
Leaving the long entry for the short one saves what was typed; that is not timed.

Also reported: CPU time of the same spans (steadier on a shared machine), the characters
the word counter read per keystroke, and, once each, a draft save of the 1 MB text (what
the autosave does at most every 0.8 s while typing goes on) and saving the entry itself
(after a pause in typing, or on leaving it): timers' work, not a keystroke's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journal_history  # a sibling script, not a package

SIZE = 1_000_000
KEYS = "and typing goes on. "
WARMUPS = 1
MAX_EVENT_ROUNDS = 50  # processEvents calls waiting for a paint (each is one pass)


def megabyte_text(seed: int = 17) -> str:
    """Exactly ``SIZE`` characters: paragraphs of 40-250 words, a blank line between; the
    last (where the typing goes) is a whole one of the longest kind, the first is cut."""
    rng = random.Random(seed)
    words = journal_history.vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]

    def paragraph(length: int) -> str:
        chosen = rng.choices(words, weights=weights, k=length)
        return " ".join(" ".join(chosen[i:i + 12]).capitalize() + "."
                        for i in range(0, len(chosen), 12))

    paragraphs = [paragraph(250)]
    length = len(paragraphs[0])
    while length < SIZE:
        paragraphs.append(paragraph(rng.randint(40, 250)))
        length += len(paragraphs[-1]) + 2
    return "\n\n".join(reversed(paragraphs))[-SIZE:]


def main(runs: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from numbness_desktop.domain.journal import word_count
    from numbness_desktop.model.app_model import AppModel
    from numbness_desktop.store.db import open_store
    from numbness_desktop.ui.journal.view import JournalView
    from numbness_desktop.ui.theme import apply_theme

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    text = megabyte_text()
    with tempfile.TemporaryDirectory(prefix="reconnect-long-entry-") as root:
        store = open_store(Path(root) / "data")
        model = AppModel(store)
        today = date.today().isoformat()
        big = model.journal.add_entry(today, text)
        small = model.journal.add_entry(today, "A short one, to open in between.")
        view = JournalView(model)
        view.resize(1180, 740)
        view.show()
        app.processEvents()
        editor = view.editor
        counter = PaintCounter()
        editor.viewport().installEventFilter(counter)

        def until_painted() -> None:
            """Deliver events until the editor has painted (or nothing is left to do)."""
            before = counter.paints
            for _ in range(MAX_EVENT_ROUNDS):
                app.processEvents()
                if counter.paints > before:
                    return
            raise RuntimeError("the editor never painted")

        open_ms: list[float] = []  # every round's, the warm-up's first
        open_cpu: list[float] = []
        key_ms: list[float] = []
        key_cpu: list[float] = []
        scanned: list[int] = []
        for round_ in range(WARMUPS + runs):
            view.open_entry(small.id)  # (already open in the first round: the day's last)
            for _ in range(3):
                app.processEvents()
            wall, cpu = time.perf_counter(), time.process_time()
            view.open_entry(big.id)
            until_painted()
            open_ms.append((time.perf_counter() - wall) * 1000)
            open_cpu.append((time.process_time() - cpu) * 1000)
            if view.words.total != word_count(editor.toPlainText()):
                raise RuntimeError("the word count is wrong after opening")
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            for letter in KEYS:
                read = view.words.scanned
                wall, cpu = time.perf_counter(), time.process_time()
                QTest.keyClick(editor, letter)
                until_painted()
                if round_ >= WARMUPS:
                    key_ms.append((time.perf_counter() - wall) * 1000)
                    key_cpu.append((time.process_time() - cpu) * 1000)
                    scanned.append(view.words.scanned - read)
            if not editor.toPlainText().endswith(KEYS):
                raise RuntimeError("the typed keys did not land at the end")
        wall = time.perf_counter()
        view.save_draft()
        draft_ms = (time.perf_counter() - wall) * 1000
        wall = time.perf_counter()
        if not view.commit():
            raise RuntimeError("the entry was not saved")
        commit_ms = (time.perf_counter() - wall) * 1000
        view.close()
        store.close()
    return {"chars": len(text), "first_open_ms": open_ms[0], "open_ms": open_ms[WARMUPS:],
            "open_cpu_ms": open_cpu[WARMUPS:], "key_ms": key_ms, "key_cpu_ms": key_cpu,
            "scanned_per_key": scanned, "draft_save_ms": draft_ms, "save_ms": commit_ms}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed rounds (default 7)")
    print(json.dumps(main(parser.parse_args().runs)))
