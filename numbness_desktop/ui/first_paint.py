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
    """Calls back, once the watched widget first paints, everyone who asked (one filter per
    widget: Qt calls a Python event filter for every event the widget gets until then)."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        # (callback, at_once), in the order asked; run in the opposite order, as when each
        # had its own filter (Qt asks the filter installed last first).
        self.callbacks: list[tuple[Callable[[], object], bool]] = []
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            vars(watched).pop(_FILTER, None)
            for callback, at_once in reversed(self.callbacks):
                if at_once:
                    callback()
                else:
                    QTimer.singleShot(0, callback)
            self.deleteLater()
        return False


_FILTER = "_after_first_paint_filter"


def after_first_paint(widget: QWidget, callback: Callable[[], object], *,
                      at_once: bool = False) -> None:
    """Run ``callback`` once, just after ``widget`` has painted for the first time.

    ``at_once`` calls it as the paint is delivered (the widget still paints) rather than on
    the next turn of the event loop: the benchmark uses it to stop the moment the window is
    there, before any of the deferred work.
    """
    waiting = vars(widget).get(_FILTER)
    if waiting is None:
        waiting = _AfterFirstPaint(widget)
        vars(widget)[_FILTER] = waiting
    waiting.callbacks.append((callback, at_once))
