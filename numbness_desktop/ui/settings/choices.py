"""A page of one titled group of radio choices, kept in step with a preference."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui.i18n import tr


def page_layout(page: QWidget, title: str, lead: str) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 0, 8, 8)
    layout.setSpacing(10)
    heading = QLabel(tr(title))
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    if lead:
        text = QLabel(tr(lead))
        text.setWordWrap(True)
        layout.addWidget(text)
    return layout


class ChoicePage(QWidget):
    """Radio buttons for ``choices`` ((value, label), …); ``read`` gives the value shown,
    ``write`` saves one; the buttons follow the preference ``keys`` when they change."""

    def __init__(self, preferences: Preferences, title: str, lead: str,
                 choices: Sequence[tuple[object, str]], read: Callable[[], object],
                 write: Callable[[object], None], keys: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._keys = tuple(keys)
        self.layout_ = page_layout(self, title, lead)
        self.group = QButtonGroup(self)
        self.buttons: dict[object, QRadioButton] = {}
        for value, label in choices:
            button = QRadioButton(tr(label))
            button.setAccessibleName(tr(label))
            button.clicked.connect(lambda _checked=False, value=value: write(value))
            self.group.addButton(button)
            self.layout_.addWidget(button)
            self.buttons[value] = button
        self.layout_.addStretch(1)
        preferences.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        button = self.buttons.get(self._read())
        if button is not None:
            button.setChecked(True)

    def _on_changed(self, key: str) -> None:
        if key in self._keys:
            self.refresh()
