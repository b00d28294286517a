"""Quiet in-window messages: a failed save, or an undo offer. Never a red alarm."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from numbness_desktop.ui.i18n import tr


def _button(text: str, parent: QFrame) -> QPushButton:
    button = QPushButton(parent)
    button.setText(text)
    return button


class Banner(QFrame):
    """A soft strip with a message and up to one action plus a close button."""

    def __init__(self, action_text: str = "", action_name: str = "") -> None:
        super().__init__()
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        # Made with its parent: shown before it had one, it would flash up as a window of its
        # own and take the keyboard focus from the main window. Its text is set apart:
        # PySide6 resolves QPushButton(text, parent) by building QIcon's Python type and its
        # enums first (~2 ms before the first paint; one overload takes an icon).
        self.action = _button(action_text, self)
        self.action.setAccessibleName(action_name or action_text)
        self.action.setVisible(bool(action_text))
        layout.addWidget(self.action)
        self.close_button = _button(tr("Dismiss"), self)
        self.close_button.setAccessibleName(tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
