"""Run an action once typing has paused; flush it at once on focus change or close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_PAUSE_MS = 700


class Debouncer(QObject):
    """Call ``action`` ``interval_ms`` after the last :meth:`poke`, or at :meth:`flush`."""

    def __init__(self, action: Callable[[], None], interval_ms: int = AUTOSAVE_PAUSE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def poke(self) -> None:
        """Something changed: (re)start the pause."""
        self._timer.start()

    def flush(self) -> None:
        """Run the pending action now, if any."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._action()
