"""Words a crash left as drafts, offered back one at a time: bring them back, discard, later."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QPushButton

from numbness_desktop.domain.journal import Draft, word_count
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.i18n import ntr, tr
from numbness_desktop.ui.journal.day_calendar import day_label

if TYPE_CHECKING:
    from numbness_desktop.ui.journal.view import JournalView


class DraftRecovery:
    """The drafts still waiting (oldest first) and the banner that offers the first."""

    def __init__(self, view: JournalView) -> None:
        self.view = view
        self.pending: list[Draft] = []
        self.banner, self.discard_button = recovery_banner()
        self.banner.action.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)

    def offer(self) -> None:
        self.pending = self.view.journal.drafts()
        self.show_next()

    def show_next(self) -> None:
        if not self.pending:
            self.banner.hide()
            return
        self.banner.show_message(recovery_message(self.pending[0]))

    def restore(self) -> bool:
        """Put the oldest crash draft back into its entry (or a new one) and save it."""
        if not self.pending:
            return False
        view = self.view
        draft = self.pending[0]
        try:
            day = date.fromisoformat(draft.day)
        except ValueError:
            day = view.day
        if not view.go_to(day, select=None):
            return False
        view.take_words(draft)
        if not view.commit():
            return False
        self.pending.pop(0)
        self.show_next()
        view.editor.setFocus()
        return True

    def discard(self) -> bool:
        if not self.pending or not self.view.confirm_discard(self.pending[0]):
            return False
        if not self.view.journal.drop_draft(self.pending[0].id):
            return False
        self.pending.pop(0)
        self.show_next()
        return True


def recovery_banner() -> tuple[Banner, QPushButton]:
    """The banner (its action brings the words back) and its "Discard them" button."""
    banner = Banner(tr("Bring them back"), tr("Bring back unsaved words"))
    banner.action.setObjectName("primary")
    discard = QPushButton(tr("Discard them"))
    discard.setAccessibleName(tr("Discard unsaved words"))
    row = banner.layout()
    if isinstance(row, QBoxLayout):  # between the action and "Not now"
        row.insertWidget(2, discard)
    banner.close_button.setText(tr("Not now"))
    banner.close_button.setAccessibleName(tr("Decide about unsaved words later"))
    return banner, discard


def recovery_message(draft: Draft) -> str:
    try:
        when = day_label(date.fromisoformat(draft.day))
    except ValueError:
        when = draft.day
    return ntr("Reconnect closed before %n word you were writing on {when} reached your "
               "journal. It is safe here.",
               "Reconnect closed before %n words you were writing on {when} reached your "
               "journal. They are safe here.", word_count(draft.text)).format(when=when)
