"""The check-in at the top of Practices: state, connection, optional distress and a note.

Saved with its time by "Save check-in"; then two or three matched suggestions appear, each
one click into its practice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.check_in_state import CheckInState
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.practices.ratings import CONNECTED, connected_row, distress_row
from numbness_desktop.ui.practices.state_buttons import QUESTION, StateButtons
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:  # made or imported when a check-in is first saved, not with the form
    from numbness_desktop.domain.practices import CheckIn
    from numbness_desktop.model.practices_model import PracticesModel
    from numbness_desktop.ui.practices.suggestions import SuggestionList

NEEDS = "Choose how your system is and how connected you feel; the rest is optional."
DISTRESS_OPTIONAL = "How much distress do you feel? (optional)"


def local_time(stamp: str) -> str:
    """An ISO 8601 time as the person's locale writes a short time ("19:30", "7:30 PM")."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp[11:16]
    locale = QLocale()  # hours and minutes (some locales' short format has seconds too)
    layout = locale.timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")
    return locale.toString(moment.time(), layout)


class CheckInForm(QFrame):
    suggestionChosen = Signal(str)  # a suggestions.Target value

    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.saved: CheckIn | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        # Each part made inside the form (not made alone and then added): given a parent in
        # the window, each takes its font, palette and style once (see PracticesView).
        title = QLabel(tr("Check in"), self)
        title.setObjectName("sectionTitle")
        question = WrappedLabel(tr(QUESTION), self)
        layout.addWidget(title)
        layout.addWidget(question)
        self.states = StateButtons(self)
        self.states.chosen.connect(lambda _s: self._sync())
        layout.addWidget(self.states)
        self.connected = connected_row(CONNECTED)
        self.distress = distress_row(DISTRESS_OPTIONAL)
        for row in (self.connected, self.distress):
            row.valueChanged.connect(lambda _v: self._sync())
            layout.addWidget(row)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(tr("A note, if you like"))
        self.note.setAccessibleName(tr("Check-in note"))
        layout.addWidget(self.note)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self)  # (text, parent) would build QIcon's type
        self.save_button.setText(tr("Save check-in"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)
        self.status = WrappedLabel(tr(NEEDS), self)
        self.status.setObjectName("muted")
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        layout.addLayout(save_row)
        self._layout = layout
        self.suggestions: SuggestionList | None = None  # made when the first are offered
        self._sync()

    @property
    def practices(self) -> PracticesModel:
        """Asked for when a check-in is saved: the form shows none of the model's records."""
        return self.app_model.practices

    def ready(self) -> bool:
        return self.states.state() is not None and self.connected.value() is not None

    def _sync(self) -> None:
        self.save_button.setEnabled(self.ready())

    def preset(self, state: CheckInState) -> None:
        """Arrive with a state already chosen (from Today)."""
        self.states.set_state(state)
        self._sync()

    def save(self) -> CheckIn | None:
        state, connected = self.states.state(), self.connected.value()
        if state is None or connected is None:
            self.status.setText(tr(NEEDS))
            return None
        saved = self.practices.add_check_in(state, connected, self.distress.value(),
                                            self.note.text())
        if saved is None:
            self.status.setText(
                tr("That check-in couldn't be saved; your choices are still here."))
            return None
        self.saved = saved
        self.status.setText(tr("Saved at {time}.").format(time=local_time(saved.created_at)))
        self.show_suggestions(saved)
        self.note.clear()
        return saved

    def show_suggestions(self, check_in: CheckIn) -> None:
        from numbness_desktop.domain.suggestions import check_in_reply, suggestions_for
        from numbness_desktop.ui.practices.announce import announce
        from numbness_desktop.ui.practices.suggestions import SuggestionList

        if self.suggestions is None:
            self.suggestions = SuggestionList()
            self.suggestions.chosen.connect(self.suggestionChosen)
            self._layout.addWidget(self.suggestions)
        suggestions = suggestions_for(check_in.state, check_in.connected, check_in.distress)
        self.suggestions.show_suggestions(check_in_reply(check_in.state), suggestions,
                                          after=self.save_button)
        announce(self.suggestions.reply, self.suggestions.reply.text())
        if self.suggestions.buttons:
            self.suggestions.buttons[0].setFocus()
