"""Work that can wait until the person sees the window: run it after the first paint.

Start-up is judged by how soon the window shows real data, so set-up nobody has to wait
for (the window icon, a shortcut's reach, a local socket) is scheduled here instead of
being done before ``show()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    """Calls back on the next turn of the event loop after the watched widget first paints."""

    def __init__(self, watched: QWidget, callback: Callable[[], object], at_once: bool) -> None:
        super().__init__(watched)
        self._callback = callback
        self._at_once = at_once
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._at_once:
                self._callback()
            else:
                QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object], *,
                      at_once: bool = False) -> None:
    """Run ``callback`` once, just after ``widget`` has painted for the first time.

    ``at_once`` calls it as the paint is delivered (the widget still paints) rather than on
    the next turn of the event loop: the benchmark uses it to stop the moment the window is
    there, before any of the deferred work.
    """
    _AfterFirstPaint(widget, callback, at_once)
