"""Keyboard focus is always on screen: a scrolled page brings the focused control into view.

QScrollArea scrolls to a control only when Tab moves focus between two controls inside it;
focus arriving from outside (the Save button under the body map's form, the tab bar) could
land on a control scrolled out of sight. One watcher of the application's focus fixes that
for every page, dialogs included.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 24


class FocusFollower(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        bring_into_view(new)


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scroll area holding ``widget`` so that it shows (innermost first)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, MARGIN, MARGIN)
        parent = parent.parentWidget()


def install(app: QApplication) -> None:
    """Once per application."""
    if not app.property("reconnectFocusFollower"):
        app.setProperty("reconnectFocusFollower", True)
        FocusFollower(app)
