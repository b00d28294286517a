"""Activated, Settled, Shut down: three plainly described choices, one click each.

Shared by Today's card and the Practices tab, so it stays light: no ``Qt`` enum namespace
(it is built before Today's first paint).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from numbness_desktop.domain.check_in_state import CheckInState
from numbness_desktop.ui.i18n import tr

QUESTION = "How is your system right now?"


class StateButtons(QWidget):
    chosen = Signal(object)  # CheckInState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[CheckInState, QPushButton] = {}
        # Each state's words sit under its button and wrap (a button's text cannot), so
        # they stay whole at 200 % text.
        for column, state in enumerate(CheckInState):
            label, description = tr(state.label), tr(state.description)
            # Made inside (styled once, see PracticesView); not QPushButton(label, self),
            # whose overloads build QIcon's type (tests/test_first_paint_cost.py).
            button = QPushButton(self)
            button.setText(label)
            button.setObjectName("stateButton")
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.setAccessibleDescription(description)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, s=state: self.chosen.emit(s))
            # The chosen one says so in words too (a tick), not by its colour alone.
            button.toggled.connect(lambda on, b=button, text=label: b.setText(
                tr("✓ {state}").format(state=text) if on else text))
            self.group.addButton(button)
            words = QLabel(description, self)
            words.setObjectName("muted")
            words.setWordWrap(True)
            layout.addWidget(button, 0, column)
            layout.addWidget(words, 1, column)
            layout.setColumnStretch(column, 1)
            self.buttons[state] = button

    def state(self) -> CheckInState | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def set_state(self, state: CheckInState | None) -> None:
        self.group.setExclusive(False)
        for s, button in self.buttons.items():
            button.setChecked(s is state)
        self.group.setExclusive(True)
