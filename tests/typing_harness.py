"""Run the real app (``app.run``: lock, signal handlers, event loop) and type into one editor.

Used by tests/ui/test_kill_while_typing.py as a subprocess:
``python tests/typing_harness.py DATA_DIR EDITOR KEYS INTERVAL_MS``. One key is typed every
INTERVAL_MS into EDITOR (``journal``, ``safety``, ``bodymap``); after each key the harness
prints ``key N MONOTONIC_TIME`` and, after the last one, ``done``. The test then kills it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def target(window, editor: str):
    if editor == "journal":
        window.show_tab("Journal")
        return window.journal.editor
    if editor == "safety":
        window.show_tab("Safety plan")
        return window.safety.editors["warning_signs"].text_field
    if editor == "bodymap":
        window.show_tab("Body map")
        return window.body_map.form.note
    raise SystemExit(f"unknown editor {editor}")


def main() -> int:
    data_dir, editor = Path(sys.argv[1]), sys.argv[2]
    keys, interval = int(sys.argv[3]), int(sys.argv[4])
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from numbness_desktop import app

    def ready(window) -> None:
        field = target(window, editor)
        field.setFocus()
        typed = [0]

        def key() -> None:
            if typed[0] >= keys:
                timer.stop()
                print("done", flush=True)
                return
            QTest.keyClick(field, LETTERS[typed[0] % len(LETTERS)])
            typed[0] += 1
            print(f"key {typed[0]} {time.monotonic():.4f}", flush=True)

        timer = QTimer(window)
        timer.timeout.connect(key)
        timer.start(interval)
        print("ready", flush=True)

    return app.run(data_dir, on_ready=ready)


if __name__ == "__main__":
    sys.exit(main())
