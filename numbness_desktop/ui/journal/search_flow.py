"""Searching the journal from the header's field: when to search, and opening what was found.

Typing shows the search page and searches after a short pause (Enter searches at once);
Escape in the field or "Back to the day" returns to the day. ``SearchPanel`` shows the
filters and results.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut

from numbness_desktop.ui import theme
from numbness_desktop.ui.autosave import Autosave
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.journal.fields import HintedField
from numbness_desktop.ui.journal.search import SearchPanel

if TYPE_CHECKING:
    from numbness_desktop.ui.journal.view import JournalView

SEARCH_PAUSE_MS = 150


class JournalSearch:
    """The search field, the search page and the pause before a search runs."""

    def __init__(self, view: JournalView) -> None:
        self.view = view
        self.timer = Autosave(self.run, SEARCH_PAUSE_MS, view, max_wait_ms=None)
        self.field = HintedField((tr("Search journal (Ctrl+F)"), tr("Search journal")),
                                 least=320)
        self.field.setAccessibleName(tr("Search journal"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text)
        self.field.returnPressed.connect(self.timer.flush)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(view.show_day_page)
        self.panel = SearchPanel()
        self.panel.filtersChanged.connect(self.timer.poke)
        self.panel.resultChosen.connect(self.open_result)
        self.panel.backRequested.connect(view.show_day_page)
        self.panel.learnChosen.connect(self.open_learn)

    def _on_text(self, text: str) -> None:
        if text.strip():
            self.view.show_search_page()
        self.timer.poke()

    def run(self) -> None:
        self.timer.cancel()  # run now: a pending one would only repeat it
        text = self.field.text()
        wanted = self.panel.search_filter(text)
        learn_pages = self.panel.show_learn(text)
        self.panel.show_hits(None if wanted.is_empty() else self.view.journal.search(wanted),
                             learn_pages)

    def open_result(self, row: int) -> bool:
        """Open the hit's day and entry, with the first match selected and highlighted."""
        view = self.view
        hit = self.panel.model.hit_at(row)
        if hit is None:
            return False
        try:
            day = date.fromisoformat(hit.day)
        except ValueError:
            return False
        if not view.go_to(day, select=hit.entry_id):
            return False
        view.open_entry(hit.entry_id)
        view.editor.setFocus()
        view.editor.show_match(self.field.text(), QColor(theme.current_colours().accent_soft))
        return True

    def open_learn(self, page_id: str) -> None:
        """A Learn page found: the window opens it (Support's Learn section, see places.py)."""
        self.view.commit()
        self.view.openPlace.emit(f"learn:{page_id}")
