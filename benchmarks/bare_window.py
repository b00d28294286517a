"""Baseline for the start-up benchmark: the smallest PySide6 window that paints once.

A QApplication, a QMainWindow with a central QLabel, shown, quitting as soon as the label
receives its first Paint event, then ending its process as the app does (Qt taken down only
when the process holds the clipboard, Python's module teardown skipped). It mirrors the
app's benchmark hook (``after_first_paint(..., at_once=True)`` in numbness_desktop/app.py):
an event filter on the painted widget that asks the event loop to quit as the paint is
delivered, so nothing scheduled for later counts on either side. Run it as a whole process:

    QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    """Quit on the watched widget's first Paint event (same logic as the app's hook)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.quit()
            watched.removeEventFilter(self)
        return False


def main() -> NoReturn:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    label = QLabel("Hello", window)
    window.setCentralWidget(label)
    window.resize(800, 600)
    watcher = FirstPaint(window)
    label.installEventFilter(watcher)
    window.show()
    code = app.exec()
    # Ended as the app's own process ends (numbness_desktop.app.end_process): Qt taken
    # down only when the process holds the clipboard, Python's teardown of its modules
    # skipped, so both sides stop the same way.
    clipboard = app.clipboard()
    if clipboard.ownsClipboard() or clipboard.ownsSelection():
        shiboken6.delete(app)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
