"""The Journal tab: a day at a time, feelings named as chips, words that are never lost.

Typed words are kept as a *draft* by the shared autosave (``ui/autosave.py``: on disk at most
about a second after any keystroke, even while typing never pauses); at every focus change,
day or entry switch, tab change and close (and after a longer pause) the draft becomes the
entry, in one transaction. A draft left behind by a crash is offered back on the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QWidget,
)

from numbness_desktop.domain.clock import Clock, new_id, system_clock
from numbness_desktop.domain.journal import Chip, Draft, Entry
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.autosave import PAUSE_MS, Autosave
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.i18n import ntr, tr
from numbness_desktop.ui.journal.day_page import DayPage
from numbness_desktop.ui.journal.dialogs import ask_delete_entry, ask_discard_draft
from numbness_desktop.ui.journal.drafts import DraftRecovery
from numbness_desktop.ui.journal.entry_actions import EntryActions
from numbness_desktop.ui.journal.search_flow import JournalSearch
from numbness_desktop.ui.journal.word_counter import WordCounter
from numbness_desktop.ui.layout import centred_column

DRAFT_PAUSE_MS = PAUSE_MS
COMMIT_PAUSE_MS = 8000
PAGE_MAX_WIDTH = 1160
DAY_PAGE, SEARCH_PAGE = 0, 1
NOT_SAVED = "Not saved yet — see the message above"


class JournalView(QWidget):
    """Day view and search; ``openTab`` asks the window for another tab by its label."""

    openTab = Signal(str)
    openPlace = Signal(str)  # a place as ui/places.py names them: "learn:<page id>"

    def __init__(self, app_model: AppModel, clock: Clock = system_clock,
                 draft_ms: int = DRAFT_PAUSE_MS, commit_ms: int = COMMIT_PAUSE_MS) -> None:
        super().__init__()
        self.app_model = app_model
        self.journal = app_model.journal
        self.clock = clock
        self.day: date = clock().date()
        self.entry_id: str | None = None
        self.draft_id = new_id()
        self.dirty = False
        self.entry_actions = EntryActions(self)
        self.confirm_delete: Callable[[Entry], bool] = self._ask_delete
        self.also_from_backups = False  # set by the confirmation's check box
        self.confirm_discard: Callable[[Draft], bool] = self._ask_discard
        self._draft_timer = Autosave(self.save_draft, draft_ms, self)
        self._commit_timer = Autosave(self.commit, commit_ms, self, max_wait_ms=None)
        app_model.closing.connect(self._before_store_closes)
        self._build()
        self.journal.dayChanged.connect(self._on_day_changed)
        self.journal.elsewhereChanged.connect(self._refresh_elsewhere)
        self.journal.undoAvailableChanged.connect(
            lambda available: None if available else self.undo_banner.hide())
        self.load_day(select="last")
        self.drafts.offer()

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        column = centred_column(self, PAGE_MAX_WIDTH, (24, 16, 24, 16), 12)

        header = QHBoxLayout()
        title = QLabel(tr("Journal"))
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.search = JournalSearch(self)
        self.search_field, self.search_panel = self.search.field, self.search.panel
        self._search_timer = self.search.timer
        header.addWidget(self.search_field)
        column.addLayout(header)

        self.drafts = DraftRecovery(self)
        self.recovery_banner, self.discard_button = self.drafts.banner, self.drafts.discard_button
        column.addWidget(self.recovery_banner)
        self.undo_banner = Banner(tr("Undo"), tr("Undo delete"))
        self.undo_banner.action.clicked.connect(self.undo)
        column.addWidget(self.undo_banner)

        self.stack = QStackedWidget()
        day_page = DayPage(self.journal.days_with_entries)
        self._connect_day_page(day_page)
        self.stack.addWidget(day_page.scrolled())
        self.stack.addWidget(self.search_panel)
        column.addWidget(self.stack, 1)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

    def _connect_day_page(self, page: DayPage) -> None:
        """Name the page's controls on the view (tests and the window use them), wire them."""
        self.day_page = page
        self.previous_button, self.next_button = page.previous_button, page.next_button
        self.date_button, self.calendar = page.date_button, page.calendar
        self.today_button, self.status_label = page.today_button, page.status_label
        self.prompt_label, self.chip_bar = page.prompt_label, page.chip_bar
        self.editor = page.editor
        self.prompts_label, self.prompt_buttons = page.prompts_label, page.prompt_buttons
        self.word_count_label, self.delete_button = page.word_count_label, page.delete_button
        self.entries = page.entries
        self.entries_model, self.entries_list = page.entries.model, page.entries.list
        self.no_entries_label, self.new_button = page.entries.empty_label, page.entries.new_button
        self.elsewhere_box = page.entries.elsewhere_box
        self.elsewhere_layout = page.entries.elsewhere_layout

        self.previous_button.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_today)
        self.calendar.clicked.connect(self._on_calendar_pick)
        self.calendar.activated.connect(self._on_calendar_pick)
        page.calendar_menu.aboutToShow.connect(self._prepare_calendar)
        self.entries.entryPicked.connect(self._on_entry_picked)
        self.entries.openTab.connect(self.openTab)
        self.new_button.clicked.connect(self.new_entry)
        self.chip_bar.addRequested.connect(self.add_chip)
        self.chip_bar.intensityChanged.connect(self.set_intensity)
        self.chip_bar.removeRequested.connect(self.remove_chip)
        self.words = WordCounter(self.editor.document(), self)
        self.editor.userEdited.connect(self._on_edited)
        self.editor.focusLeft.connect(self.commit)
        page.promptChosen.connect(self.add_prompt)
        self.delete_button.clicked.connect(self.delete_entry)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.day_page.fit_column()

    # Days and entries ----------------------------------------------------------------------
    @property
    def day_key(self) -> str:
        return self.day.isoformat()

    def go_today(self) -> bool:
        return self.go_to(self.clock().date())

    def go_to(self, day: date, select: str | None = "last") -> bool:
        """Show ``day``; pending words are saved first (on failure we stay, words kept)."""
        if not self.commit():
            return False
        self.show_day_page()
        if day != self.day:
            self.day = day
            self.load_day(select=select)
        return True

    def load_day(self, select: str | None = "last") -> None:
        """Read the day (one query for entries, one for their chips) and open an entry."""
        self.day_page.show_day(self.day, self.clock().date())
        entries = self.journal.day(self.day_key)
        self.entries.set_entries(entries)
        self._refresh_elsewhere()
        if select == "last" and entries:
            self.open_entry(entries[-1].id)
        elif select and select != "last" and self.entries_model.row_of(select) >= 0:
            self.open_entry(select)
        else:
            self._open(None)
        self._update_status("")

    def open_entry(self, entry_id: str | None) -> bool:
        if entry_id == self.entry_id and entry_id is not None:
            self.entries.select(entry_id)
            return True
        if not self.commit():
            self.entries.select(self.entry_id)
            return False
        self._open(entry_id)
        return True

    def new_entry(self) -> bool:
        if not self.commit():
            return False
        self.show_day_page()
        self._open(None)
        self.editor.setFocus()
        return True

    def _open(self, entry_id: str | None) -> None:
        entry = None if entry_id is None else self.entries.entry(entry_id)
        self.entry_id = entry.id if entry else None
        self.draft_id = new_id()
        self.dirty = False
        with self.words.suspended():
            self.editor.load(entry.text if entry else "")
        self._show_chips(entry)
        self.entries.select(self.entry_id)
        self._update_word_count()
        self.delete_button.setEnabled(entry is not None)

    def current_entry(self) -> Entry | None:
        return self.entries.entry(self.entry_id)

    def _on_entry_picked(self, entry_id: str) -> None:
        if entry_id != self.entry_id:
            self.open_entry(entry_id)

    def _on_day_changed(self, day: str) -> None:
        if self.stack.currentIndex() == SEARCH_PAGE:
            self._search_timer.poke()
        if day != self.day_key:
            return
        self.entries.set_entries(self.journal.day(self.day_key))
        self.entries.select(self.entry_id)
        self._show_chips(self.current_entry())
        self.delete_button.setEnabled(self.entry_id is not None)

    def _show_chips(self, entry: Entry | None) -> None:
        named = self.journal.feelings_named(self.day_key)
        when = "today" if self.day == self.clock().date() else "that day"  # (chips.py says it)
        self.chip_bar.set_own_words(self.journal.own_words())
        self.chip_bar.set_chips(entry.chips if entry else (), named, when)

    def _refresh_elsewhere(self) -> None:
        self.entries.set_elsewhere(self.journal.elsewhere(self.day))

    # Never losing words --------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.dirty = True
        self.editor.setExtraSelections([])
        self._draft_timer.poke()
        self._commit_timer.poke()
        self._update_status(tr("Writing…"))
        self._update_word_count()

    def current_draft(self) -> Draft:
        return Draft(self.draft_id, self.entry_id, self.day_key, self.editor.toPlainText(), "")

    def save_draft(self) -> bool:
        """About a second after a pause: keep the words against a crash."""
        if not self.dirty:
            return True
        if self.journal.save_draft(self.current_draft()) is None:
            self._update_status(tr(NOT_SAVED))
            return False
        self._update_status(tr("Draft kept"))
        self._update_word_count()
        return True

    def commit(self) -> bool:
        """Make the words on screen the entry's words; ``False`` if the store refused."""
        self._draft_timer.cancel()
        self._commit_timer.cancel()
        if not self.dirty:
            return True
        draft = self.current_draft()
        entry = self.journal.commit(draft)
        if entry is None and (draft.entry_id is not None or draft.text.strip()):
            self.journal.save_draft(draft)  # keep at least the draft, if the disk allows
            self._update_status(tr(NOT_SAVED))
            return False
        self.dirty = False
        self.draft_id = new_id()
        if entry is not None:
            self.entry_id = entry.id
            self.entries.set_entries(self.journal.day(self.day_key))
            self.entries.select(entry.id)
            self.delete_button.setEnabled(True)
        self._update_status(tr("Saved"))
        return True

    def take_words(self, draft: Draft) -> None:
        """Open the draft's entry (or a new one) holding its words, to be saved next."""
        target = draft.entry_id if self.entries_model.row_of(draft.entry_id) >= 0 else None
        self._open(target)
        self.draft_id = draft.id
        with self.words.suspended():
            self.editor.load(draft.text)
        self.dirty = True
        self._update_word_count()

    def flush(self) -> bool:
        return self.commit()

    def _before_store_closes(self) -> None:
        """No timer may fire on a closed store. The words were kept just before (the main
        window flushes every view, and asks the person if that failed)."""
        for timer in (self._search_timer, self._draft_timer, self._commit_timer):
            timer.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed on its own (not with the main window): keep the words, stop the search."""
        self._search_timer.cancel()
        self.commit()
        super().closeEvent(event)

    @property
    def has_unsaved(self) -> bool:
        return self.dirty

    def _update_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_word_count(self) -> None:
        """Kept per keystroke by ``self.words``, which recounts only the edited paragraph."""
        count = self.words.total
        self.word_count_label.setText(ntr("%n word", "%n words", count))

    # Drafts left by a crash (drafts.py) ----------------------------------------------------
    def offer_drafts_again(self) -> None:
        """Show the banner for the drafts still waiting (after the window's own one)."""
        self.drafts.show_next()

    def restore_draft(self) -> bool:
        return self.drafts.restore()

    def discard_draft(self) -> bool:
        return self.drafts.discard()

    # Feelings, prompts, delete and undo (entry_actions.py) --------------------------------
    def add_chip(self, word: str) -> Chip | None:
        return self.entry_actions.add_chip(word)

    def set_intensity(self, chip_id: str, intensity: int | None) -> None:
        self.entry_actions.set_intensity(chip_id, intensity)

    def remove_chip(self, chip_id: str) -> None:
        self.entry_actions.remove_chip(chip_id)

    def add_prompt(self, prompt: str) -> None:
        self.entry_actions.add_prompt(prompt)

    def delete_entry(self) -> Entry | None:
        return self.entry_actions.delete_entry()

    def undo(self) -> None:
        self.entry_actions.undo()

    def first_focus(self) -> QWidget:
        """Where Ctrl+5 puts the keyboard: the page being written (or the search field while
        results show)."""
        return self.editor if self.stack.currentIndex() == DAY_PAGE else self.search_field

    # Search (search_flow.py) -------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_search_page()
        self.search_field.setFocus()
        self.search_field.selectAll()

    def show_search_page(self) -> None:
        if self.stack.currentIndex() != SEARCH_PAGE:
            self.commit()
            self.search_panel.set_words(self.journal.used_words())
            self.stack.setCurrentIndex(SEARCH_PAGE)
            self.run_search()

    def show_day_page(self) -> None:
        self.stack.setCurrentIndex(DAY_PAGE)

    def run_search(self) -> None:
        self.search.run()

    def open_result(self, row: int) -> bool:
        return self.search.open_result(row)

    # Calendar ------------------------------------------------------------------------------
    def _prepare_calendar(self) -> None:
        self.calendar.prepare(self.day, self.clock().date())

    def _on_calendar_pick(self, picked: QDate) -> None:
        self.day_page.calendar_menu.close()
        self.go_to(date(picked.year(), picked.month(), picked.day()))

    # Dialogs (replaceable in tests) --------------------------------------------------------
    def _ask_delete(self, entry: Entry) -> bool:
        answer, self.also_from_backups = ask_delete_entry(
            self, entry, self.app_model.data.backup_count())
        return answer

    def _ask_discard(self, draft: Draft) -> bool:
        return ask_discard_draft(self, draft)

