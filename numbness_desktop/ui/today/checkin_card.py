"""Today's check-in: how is your system right now, and how connected do you feel?

Two clicks: a state, then a number, and it is saved (a later click changes the same
check-in). Then two or three matched suggestions, each one click into its practice.
Built before the first paint, so it stays light: no ``Qt`` enum namespace, and the
practices' model is only built when something is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout

from numbness_desktop.domain.check_in_state import CheckInState
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.breathe.ratings import RatingRow
from numbness_desktop.ui.i18n import clock_time, tr
from numbness_desktop.ui.practices.state_buttons import QUESTION, StateButtons
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from numbness_desktop.domain.practices import CheckIn
    from numbness_desktop.ui.practices.suggestions import SuggestionList

CONNECTED = "How connected do you feel to your body and feelings?"
HINT = "Choose one, then how connected you feel (0 not at all, 10 fully). Saved as you go."


class CheckInCard(QFrame):
    suggestionChosen = Signal(str)  # a suggestions.Target value

    def __init__(self, app_model: AppModel) -> None:
        super().__init__()
        self.app_model = app_model
        self.saved: CheckIn | None = None
        self.setObjectName("card")
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        title = WrappedLabel(tr(QUESTION))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.states = StateButtons()
        self.states.chosen.connect(self._changed)
        layout.addWidget(self.states)
        self.connected = RatingRow(tr(CONNECTED), tr("Connected"), tr("not at all"),
                                   tr("fully"))
        self.connected.valueChanged.connect(lambda _v: self._changed())
        layout.addWidget(self.connected)
        self.status = WrappedLabel(tr(HINT))
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        self.suggestions: SuggestionList | None = None  # built on the first save

    def _changed(self, *_args) -> None:
        state, connected = self.states.state(), self.connected.value()
        if state is None or connected is None:
            return
        practices = self.app_model.practices
        if self.saved is None:
            saved = practices.add_check_in(state, connected)
        else:
            from dataclasses import replace

            saved = practices.update_check_in(replace(self.saved, state=state,
                                                      connected=connected))
        if saved is None:
            self.status.setText(tr("That check-in couldn't be saved; your choices are still "
                                   "here."))
            return
        self.saved = saved
        hour, minute = int(saved.created_at[11:13]), int(saved.created_at[14:16])
        self.status.setText(tr("Saved at {time}. A click above changes it; distress and a "
                               "note can be added on Practices.").format(
            time=clock_time(hour, minute)))
        self._suggest(saved)

    def _suggest(self, check_in: CheckIn) -> None:
        from numbness_desktop.domain.suggestions import check_in_reply, suggestions_for
        from numbness_desktop.ui.practices.announce import announce
        from numbness_desktop.ui.practices.suggestions import SuggestionList

        if self.suggestions is None:
            self.suggestions = SuggestionList(compact=True)
            self.suggestions.chosen.connect(self.suggestionChosen)
            self._layout.addWidget(self.suggestions)
        self.suggestions.show_suggestions(
            check_in_reply(check_in.state),
            suggestions_for(check_in.state, check_in.connected, check_in.distress),
            after=self.connected.buttons[-1])
        announce(self.suggestions.reply, self.suggestions.reply.text())

    def state(self) -> CheckInState | None:
        return self.states.state()
