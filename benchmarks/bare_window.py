"""Baseline for the start-up benchmark: the smallest PySide6 window that paints once.

A QApplication, a QMainWindow with a central QLabel, shown, quitting as soon as the label
receives its first Paint event. It mirrors the app's ``_quit_after_first_paint`` hook
(numbness_desktop/app.py): an event filter on the painted widget that closes the window and
quits the event loop on the next turn. Run it as a whole process:

    QT_QPA_PLATFORM=offscreen python benchmarks/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    """Quit on the watched widget's first Paint event (same logic as the app's hook)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, watched.window().close)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    label = QLabel("Hello", window)
    window.setCentralWidget(label)
    window.resize(800, 600)
    watcher = FirstPaint(window)
    label.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
