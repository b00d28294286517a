"""Space and Esc for the pacer, without taking Space away from buttons and text fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

KEPT_PROPERTY = "reconnectKeepsSpace"
SPACE_USERS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView)


class _KeepSpace(QObject):
    """Lets a focused button (or list, spin box…) keep its own Space before any shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Space \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
        return False


class PacerKeys(QObject):
    """Space and Esc shortcuts, live only while ``owner`` (the Breathe tab) is visible.

    A focused control that uses Space itself (a button, check box, list, spin box) keeps it:
    Space on the focused check box ticks it; anywhere else on the tab it starts or pauses.
    Text fields keep Space anyway (Qt lets them claim typed characters).
    """

    def __init__(self, owner: QWidget, toggle: Callable[[], None],
                 stop: Callable[[], None]) -> None:
        super().__init__(owner)
        self._keeper = _KeepSpace(self)
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), owner)
        self.space.setContext(Qt.ShortcutContext.WindowShortcut)
        self.space.activated.connect(toggle)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), owner)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(stop)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)
            focused = app.focusWidget()
            if focused is not None:
                self._on_focus(None, focused)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, SPACE_USERS) and not new.property(KEPT_PROPERTY):
            new.installEventFilter(self._keeper)
            new.setProperty(KEPT_PROPERTY, True)
