"""A tab whose view is built the first time it is shown, so start-up paints sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds a factory; ``view()`` builds (once) and returns the real view."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> QWidget:
        if self._view is None:
            self._view = self._factory()
            self._layout.addWidget(self._view)
            if self.isVisible():
                self._view.show()  # the layout would only show it on the next event loop turn
            # Settle every new layout now: otherwise the view paints once at a guessed size
            # and again at its real one (the Trends charts cost ~15 ms a paint). Not while
            # the window itself is first being shown: Qt lays it out before its first paint
            # anyway, and forcing layouts inside that show crashed Qt (a label measured its
            # text before the window was set up: the app could not start on Support).
            handle = self.window().windowHandle()
            if handle is not None and handle.isExposed():
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return self._view

    def showEvent(self, event) -> None:
        self.view()
        super().showEvent(event)
