"""No frames while the Breathe tab cannot be seen: its window hidden, closed or minimised.

The window's own QWindow is watched, not the main window widget: the widget gets an
UpdateRequest event every frame, and a Python event filter on it cost a call into Python
(and a wrapper for each event) 60 times a second. The QWindow sees no per-frame events,
yet a window's close (QWidget.close() goes through QWindow.close() in Qt 6) and its state
changes. Showing and hiding reach the view as its own show and hide events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class WindowWatch:
    """Follows ``view``'s window: ``set_visible`` hears whether the view can be seen.

    The view itself is the event filter on the window (it stops a running session when the
    window closes); :meth:`is_window` tells it which object that is.
    """

    def __init__(self, view: QWidget, set_visible: Callable[[bool], None]) -> None:
        self._view = view
        self._set_visible = set_visible
        self._window: QWindow | None = None

    def is_window(self, watched: QObject) -> bool:
        return watched is self._window

    def shown(self) -> None:
        """The view was shown: watch its (perhaps new) window and say what is seen."""
        handle = self._view.window().windowHandle()
        if handle is not self._window:
            self._unwatch()
            if handle is not None:
                handle.installEventFilter(self._view)
                handle.windowStateChanged.connect(self.update)
            self._window = handle
        self.update()

    def _unwatch(self) -> None:
        old, self._window = self._window, None
        if old is not None:
            try:
                old.removeEventFilter(self._view)
                old.windowStateChanged.disconnect(self.update)
            except (RuntimeError, TypeError):
                pass  # that window is gone already

    def update(self, *_state: object) -> None:
        handle = self._window
        # The QWindow's state: during its windowStateChanged the widget's may still be old.
        minimised = handle.windowState() == Qt.WindowState.WindowMinimized \
            if handle is not None else self._view.window().isMinimized()
        self._set_visible(self._view.isVisible() and not minimised)
