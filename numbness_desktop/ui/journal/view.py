"""The Journal tab: a day at a time, feelings named as chips, words that are never lost.

Typed words are kept as a *draft* by the shared autosave (``ui/autosave.py``: on disk at most
about a second after any keystroke, even while typing never pauses); at every focus change,
day or entry switch, tab change and close (and after a longer pause) the draft becomes the
entry, in one transaction. A draft left behind by a crash is offered back on the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from numbness_desktop.domain.clock import Clock, new_id, system_clock
from numbness_desktop.domain.journal import (
    EXTRA_PROMPTS,
    PROMPT,
    Chip,
    Draft,
    Entry,
    insert_prompt,
    word_count,
)
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.model.journal_lists import DayEntriesModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.autosave import PAUSE_MS, Autosave
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.formatting import long_date
from numbness_desktop.ui.journal.chips import ChipBar
from numbness_desktop.ui.journal.editor import JournalEditor
from numbness_desktop.ui.journal.flow import FlowLayout
from numbness_desktop.ui.journal.links import ElidedLinkButton
from numbness_desktop.ui.journal.search import SearchPanel
from numbness_desktop.ui.journal.word_counter import WordCounter
from numbness_desktop.ui.layout import centred_column

DRAFT_PAUSE_MS = PAUSE_MS
COMMIT_PAUSE_MS = 8000
SEARCH_PAUSE_MS = 150
PAGE_MAX_WIDTH = 1160
DAY_PAGE, SEARCH_PAGE = 0, 1


class JournalView(QWidget):
    """Day view and search; ``openTab`` asks the window for another tab by its label."""

    openTab = Signal(str)

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
        self._pending_drafts: list[Draft] = []
        self._removed_chip: tuple[Entry, Chip] | None = None
        self.confirm_delete: Callable[[Entry], bool] = self._ask_delete
        self.also_from_backups = False  # set by the confirmation's check box
        self.confirm_discard: Callable[[Draft], bool] = self._ask_discard
        self._draft_timer = Autosave(self.save_draft, draft_ms, self)
        self._commit_timer = Autosave(self.commit, commit_ms, self, max_wait_ms=None)
        self._search_timer = Autosave(self.run_search, SEARCH_PAUSE_MS, self, max_wait_ms=None)
        app_model.closing.connect(self._before_store_closes)
        self._build()
        self.journal.dayChanged.connect(self._on_day_changed)
        self.journal.elsewhereChanged.connect(self._refresh_elsewhere)
        self.journal.undoAvailableChanged.connect(
            lambda available: None if available else self.undo_banner.hide())
        self.load_day(select="last")
        self._offer_drafts()

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        column = centred_column(self, PAGE_MAX_WIDTH, (24, 16, 24, 16), 12)

        header = QHBoxLayout()
        title = QLabel("Journal")
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.search_field = QLineEdit()
        self.search_field.setAccessibleName("Search journal")
        self.search_field.setPlaceholderText("Search journal (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.search_field.textChanged.connect(self._on_search_text)
        self.search_field.returnPressed.connect(self._search_timer.flush)
        header.addWidget(self.search_field)
        column.addLayout(header)

        self.recovery_banner = Banner("Bring them back", "Bring back unsaved words")
        self.recovery_banner.action.setObjectName("primary")
        self.recovery_banner.action.clicked.connect(self.restore_draft)
        self.discard_button = QPushButton("Discard them")
        self.discard_button.setAccessibleName("Discard unsaved words")
        self.discard_button.clicked.connect(self.discard_draft)
        self.recovery_banner.layout().insertWidget(2, self.discard_button)
        self.recovery_banner.close_button.setText("Not now")
        self.recovery_banner.close_button.setAccessibleName("Decide about unsaved words later")
        column.addWidget(self.recovery_banner)
        self.undo_banner = Banner("Undo", "Undo delete")
        self.undo_banner.action.clicked.connect(self.undo)
        column.addWidget(self.undo_banner)

        self.stack = QStackedWidget()
        day_scroll = QScrollArea()  # scrolls only when large text meets a small window
        day_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        day_scroll.setWidgetResizable(True)
        day_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        day_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        day_page = self._build_day_page()
        day_page.setObjectName("page")
        day_scroll.setWidget(day_page)
        self.stack.addWidget(day_scroll)
        self.search_panel = SearchPanel()
        self.search_panel.filtersChanged.connect(self._search_timer.poke)
        self.search_panel.resultChosen.connect(self.open_result)
        self.search_panel.backRequested.connect(self.show_day_page)
        self.stack.addWidget(self.search_panel)
        column.addWidget(self.stack, 1)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.show_day_page)

    def _build_day_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        nav = QHBoxLayout()
        nav.setSpacing(6)
        self.previous_button = QPushButton("‹")
        self.previous_button.setAccessibleName("Previous day")
        self.previous_button.setToolTip("Previous day (Alt+Left)")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.date_button = QToolButton()
        self.date_button.setObjectName("dateButton")
        self.date_button.setAccessibleName("Choose a day")
        self.date_button.setToolTip("Pick a day from the calendar")
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName("Calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._on_calendar_pick)
        self.calendar.currentPageChanged.connect(self._mark_written_days)
        self.calendar.activated.connect(self._on_calendar_pick)
        menu = QMenu(self.date_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.date_button.setMenu(menu)
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName("Next day")
        self.next_button.setToolTip("Next day (Alt+Right)")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.today_button = QPushButton("Today")
        self.today_button.setAccessibleName("Go to today")
        self.today_button.clicked.connect(self.go_today)
        for widget in (self.previous_button, self.date_button, self.next_button):
            nav.addWidget(widget)
        nav.addSpacing(8)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setAccessibleDescription("Save status")
        nav.addWidget(self.status_label)
        layout.addLayout(nav)

        self.prompt_label = QLabel(PROMPT + ".")
        self.prompt_label.setObjectName("prompt")
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)

        body = QHBoxLayout()
        body.setSpacing(16)
        side = QVBoxLayout()
        side.setSpacing(8)
        entries_title = QLabel("Entries this day")
        entries_title.setObjectName("sectionTitle")
        entries_title.setWordWrap(True)
        side.addWidget(entries_title)
        self.entries_model = DayEntriesModel(self)
        self.entries_list = QListView()
        self.entries_list.setAccessibleName("Entries this day")
        self.entries_list.setModel(self.entries_model)
        self.entries_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.entries_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries_list.selectionModel().currentChanged.connect(self._on_entry_picked)
        entries_title.setBuddy(self.entries_list)
        side.addWidget(self.entries_list, 1)
        self.no_entries_label = QLabel("Nothing written on this day yet. The page beside "
                                       "this is ready whenever you are.")
        self.no_entries_label.setObjectName("muted")
        self.no_entries_label.setWordWrap(True)
        self.no_entries_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.no_entries_label)
        side.addStretch(0)
        self.new_button = QPushButton("New entry")
        self.new_button.setAccessibleName("New entry")
        self.new_button.setToolTip("Start another entry on this day (Ctrl+Shift+N)")
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_button.clicked.connect(self.new_entry)
        side.addWidget(self.new_button)
        self.elsewhere_box = QWidget()
        self.elsewhere_layout = QVBoxLayout(self.elsewhere_box)
        self.elsewhere_layout.setContentsMargins(0, 12, 0, 0)
        self.elsewhere_layout.setSpacing(4)
        elsewhere_title = QLabel("Also on this day")
        elsewhere_title.setWordWrap(True)
        elsewhere_title.setObjectName("sectionTitle")
        self.elsewhere_layout.addWidget(elsewhere_title)
        self.elsewhere_box.hide()
        side.addWidget(self.elsewhere_box)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(160)
        side_widget.setMaximumWidth(270)
        body.addWidget(side_widget)

        card = QFrame()
        card.setObjectName("card")
        card_row = QHBoxLayout(card)
        card_row.setContentsMargins(20, 16, 20, 14)
        self.writing_column = QWidget()
        card_row.addStretch(1)
        card_row.addWidget(self.writing_column, 100)
        card_row.addStretch(1)
        card_layout = QVBoxLayout(self.writing_column)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(10)
        self.chip_bar = ChipBar()
        self.chip_bar.addRequested.connect(self.add_chip)
        self.chip_bar.intensityChanged.connect(self.set_intensity)
        self.chip_bar.removeRequested.connect(self.remove_chip)
        card_layout.addWidget(self.chip_bar)

        self.editor = JournalEditor()
        self.words = WordCounter(self.editor.document(), self)
        self.editor.userEdited.connect(self._on_edited)
        self.editor.focusLeft.connect(self.commit)
        card_layout.addWidget(self.editor, 1)
        self._fit_column()

        prompts_host = QWidget()
        prompts = FlowLayout(prompts_host, spacing=6)
        self.prompts_label = QLabel("If it helps:")
        self.prompts_label.setObjectName("muted")
        prompts.addWidget(self.prompts_label)
        self.prompt_buttons: list[QPushButton] = []
        for prompt in EXTRA_PROMPTS:
            button = QPushButton(prompt)
            button.setObjectName("promptButton")
            button.setAccessibleName(f"Add the prompt: {prompt}")
            button.setToolTip("Adds this line as a heading where the cursor is")
            button.clicked.connect(lambda _c=False, p=prompt: self.add_prompt(p))
            prompts.addWidget(button)
            self.prompt_buttons.append(button)
        card_layout.addWidget(prompts_host)

        footer = QHBoxLayout()
        self.word_count_label = QLabel()
        self.word_count_label.setObjectName("muted")
        self.word_count_label.setAccessibleDescription("Word count")
        footer.addWidget(self.word_count_label)
        footer.addStretch(1)
        self.delete_button = QPushButton("Delete entry")
        self.delete_button.setAccessibleName("Delete entry")
        self.delete_button.clicked.connect(self.delete_entry)
        footer.addWidget(self.delete_button)
        card_layout.addLayout(footer)
        body.addWidget(card, 1)
        layout.addLayout(body, 1)
        return page

    def _fit_column(self) -> None:
        """About 70 characters of the editor's font: a comfortable line to read and write."""
        self.writing_column.setMaximumWidth(self.editor.column_width())
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 6)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_column()

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
        today = self.clock().date()
        self.date_button.setText(long_date(self.day))
        self.date_button.setAccessibleName(f"Day shown: {long_date(self.day)}. Choose a day")
        self.next_button.setEnabled(self.day < today)
        self.today_button.setEnabled(self.day != today)
        is_today = self.day == today
        self.prompt_label.setText(PROMPT + "." if is_today else
                                  PROMPT.replace("today", "that day") + ".")
        entries = self.journal.day(self.day_key)
        self._set_entries(entries)
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
            self._select_row(entry_id)
            return True
        if not self.commit():
            self._select_row(self.entry_id)
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
        entry = None if entry_id is None else next(
            (e for e in self.entries_model.entries() if e.id == entry_id), None)
        self.entry_id = entry.id if entry else None
        self.draft_id = new_id()
        self.dirty = False
        with self.words.suspended():
            self.editor.load(entry.text if entry else "")
        self._show_chips(entry)
        self._select_row(self.entry_id)
        self._update_word_count()
        self.delete_button.setEnabled(entry is not None)

    def _set_entries(self, entries: list[Entry]) -> None:
        self.entries_model.set_entries(entries)
        self.entries_list.setVisible(bool(entries))
        self.no_entries_label.setVisible(not entries)

    def current_entry(self) -> Entry | None:
        return next((e for e in self.entries_model.entries() if e.id == self.entry_id), None)

    def _on_entry_picked(self, current, _previous) -> None:
        entry = self.entries_model.entry_at(current.row()) if current.isValid() else None
        if entry is not None and entry.id != self.entry_id:
            self.open_entry(entry.id)

    def _select_row(self, entry_id: str | None) -> None:
        selection = self.entries_list.selectionModel()
        blocked = selection.blockSignals(True)
        row = self.entries_model.row_of(entry_id)
        if row >= 0:
            selection.setCurrentIndex(self.entries_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(self.entries_model.index(-1, 0),
                                      QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(blocked)
        self.entries_list.viewport().update()

    def _on_day_changed(self, day: str) -> None:
        if self.stack.currentIndex() == SEARCH_PAGE:
            self._search_timer.poke()
        if day != self.day_key:
            return
        self._set_entries(self.journal.day(self.day_key))
        self._select_row(self.entry_id)
        self._show_chips(self.current_entry())
        self.delete_button.setEnabled(self.entry_id is not None)

    def _show_chips(self, entry: Entry | None) -> None:
        named = self.journal.feelings_named(self.day_key)
        when = "today" if self.day == self.clock().date() else "that day"
        self.chip_bar.set_own_words(self.journal.own_words())
        self.chip_bar.set_chips(entry.chips if entry else (), named, when)

    def _refresh_elsewhere(self) -> None:
        while self.elsewhere_layout.count() > 1:
            widget = self.elsewhere_layout.takeAt(1).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        items = self.journal.elsewhere(self.day)
        for item in items:
            button = ElidedLinkButton(f"{item.time}  {item.summary}", f"Open {item.tab}")
            button.setAccessibleName(f"{item.summary} at {item.time}, open {item.tab}")
            button.clicked.connect(lambda _c=False, tab=item.tab: self.openTab.emit(tab))
            self.elsewhere_layout.addWidget(button)
        self.elsewhere_box.setVisible(bool(items))

    # Never losing words --------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.dirty = True
        self.editor.setExtraSelections([])
        self._draft_timer.poke()
        self._commit_timer.poke()
        self._update_status("Writing…")
        self._update_word_count()

    def current_draft(self) -> Draft:
        return Draft(self.draft_id, self.entry_id, self.day_key, self.editor.toPlainText(), "")

    def save_draft(self) -> bool:
        """About a second after a pause: keep the words against a crash."""
        if not self.dirty:
            return True
        if self.journal.save_draft(self.current_draft()) is None:
            self._update_status("Not saved yet — see the message above")
            return False
        self._update_status("Draft kept")
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
            self._update_status("Not saved yet — see the message above")
            return False
        self.dirty = False
        self.draft_id = new_id()
        if entry is not None:
            self.entry_id = entry.id
            self._set_entries(self.journal.day(self.day_key))
            self._select_row(entry.id)
            self.delete_button.setEnabled(True)
        self._update_status("Saved")
        return True

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
        self.word_count_label.setText("1 word" if count == 1 else f"{count} words")

    # Drafts left by a crash ----------------------------------------------------------------
    def _offer_drafts(self) -> None:
        self._pending_drafts = self.journal.drafts()
        self._show_next_draft()

    def offer_drafts_again(self) -> None:
        """Show the banner for the drafts still waiting (after the window's own one)."""
        self._show_next_draft()

    def _show_next_draft(self) -> None:
        if not self._pending_drafts:
            self.recovery_banner.hide()
            return
        draft = self._pending_drafts[0]
        try:
            when = long_date(date.fromisoformat(draft.day))
        except ValueError:
            when = draft.day
        words = word_count(draft.text)
        self.recovery_banner.show_message(
            f"Reconnect closed before {words} {'word' if words == 1 else 'words'} you were "
            f"writing on {when} reached your journal. They are safe here.")

    def restore_draft(self) -> bool:
        """Put the oldest crash draft back into its entry (or a new one) and save it."""
        if not self._pending_drafts:
            return False
        draft = self._pending_drafts[0]
        try:
            day = date.fromisoformat(draft.day)
        except ValueError:
            day = self.day
        if not self.go_to(day, select=None):
            return False
        target = draft.entry_id if self.entries_model.row_of(draft.entry_id) >= 0 else None
        self._open(target)
        self.draft_id = draft.id
        with self.words.suspended():
            self.editor.load(draft.text)
        self.dirty = True
        self._update_word_count()
        if not self.commit():
            return False
        self._pending_drafts.pop(0)
        self._show_next_draft()
        self.editor.setFocus()
        return True

    def discard_draft(self) -> bool:
        if not self._pending_drafts or not self.confirm_discard(self._pending_drafts[0]):
            return False
        if not self.journal.drop_draft(self._pending_drafts[0].id):
            return False
        self._pending_drafts.pop(0)
        self._show_next_draft()
        return True

    # Chips ---------------------------------------------------------------------------------
    def _ensure_entry(self) -> Entry | None:
        """Feelings belong to an entry: make one (with any words typed) if there is none."""
        if self.entry_id is None:
            if not self.dirty:
                entry = self.journal.add_entry(self.day_key, "")
                if entry is None:
                    return None
                self.entry_id = entry.id
            elif not self.commit():
                return None
            self._set_entries(self.journal.day(self.day_key))
            self._select_row(self.entry_id)
            self.delete_button.setEnabled(True)
        return self.current_entry()

    def add_chip(self, word: str) -> Chip | None:
        entry = self._ensure_entry()
        if entry is None:
            return None
        return self.journal.add_chip(entry, word)

    def set_intensity(self, chip_id: str, intensity: int | None) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.journal.set_intensity(entry, chip_id, intensity)

    def remove_chip(self, chip_id: str) -> None:
        entry = self.current_entry()
        chip = next((c for c in entry.chips if c.id == chip_id), None) if entry else None
        if entry is None or chip is None:
            return
        if self.journal.remove_chip(entry, chip_id):
            self._removed_chip = (entry, chip)
            self.undo_banner.show_message(f"Removed “{chip.word}”. Undo brings it back.")
            self.undo_banner.action.setFocus()

    # Prompts -------------------------------------------------------------------------------
    def add_prompt(self, prompt: str) -> None:
        text, cursor = insert_prompt(self.editor.toPlainText(),
                                     self.editor.textCursor().position(), prompt)
        self.editor.insert_text(text, cursor)
        self.editor.setFocus()

    # Delete and undo -----------------------------------------------------------------------
    def delete_entry(self) -> Entry | None:
        if not self.commit() or self.entry_id is None:
            return None
        entry = self.current_entry()
        if entry is None or not self.confirm_delete(entry):
            return None
        deleted = self.journal.delete_entry(entry.id)
        if deleted is None:
            return None
        if self.also_from_backups:  # asked for in the confirmation
            self.also_from_backups = False
            from numbness_desktop.ui.data.forget import remove_from_backups

            remove_from_backups(self.app_model, "journal_entries", entry.id)
        self._removed_chip = None
        self.entry_id = None
        self.load_day(select="last")
        self.undo_banner.show_message(
            f"Deleted the entry from {deleted.created_at[11:16]}. Undo (or Ctrl+Z outside "
            "the text) brings it back.")
        self.undo_banner.action.setFocus()
        return deleted

    def undo(self) -> None:
        if self._removed_chip is not None:
            entry, chip = self._removed_chip
            self._removed_chip = None
            self.journal.add_chip(entry, chip.word, chip.intensity)
            self.undo_banner.hide()
            return
        restored = self.journal.undo_delete()
        if restored is None:
            return
        self.undo_banner.hide()
        day = date.fromisoformat(restored.day)
        if day != self.day:
            self.go_to(day, select=restored.id)
        else:
            self.commit()
            self.load_day(select=restored.id)

    # Search --------------------------------------------------------------------------------
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

    def _on_search_text(self, text: str) -> None:
        if text.strip():
            self.show_search_page()
        self._search_timer.poke()

    def run_search(self) -> None:
        self._search_timer.cancel()  # run now: a pending one would only repeat it
        wanted = self.search_panel.search_filter(self.search_field.text())
        panel = self.search_panel
        if wanted.is_empty():
            panel.model.set_hits([])
            panel.summary.setText("Type any word, or choose a feeling or dates, to look back "
                                  "through your journal.")
            return
        hits = self.journal.search(wanted)
        panel.model.set_hits(hits)
        if not hits:
            panel.summary.setText("Nothing found. Fewer or shorter words, or wider dates, "
                                  "may find more.")
        elif len(hits) == 1:
            panel.summary.setText("1 entry found. Press Enter or click it to open that day.")
        else:
            more = " (the best 50)" if len(hits) >= 50 else ""
            panel.summary.setText(f"{len(hits)} entries found{more}, best matches first. "
                                  "Press Enter or click one to open that day.")

    def open_result(self, row: int) -> bool:
        """Open the hit's day and entry, with the first match selected and highlighted."""
        hit = self.search_panel.model.hit_at(row)
        if hit is None:
            return False
        try:
            day = date.fromisoformat(hit.day)
        except ValueError:
            return False
        if not self.go_to(day, select=hit.entry_id):
            return False
        self.open_entry(hit.entry_id)
        self.editor.setFocus()
        self.editor.show_match(self.search_field.text(),
                               QColor(theme.current_colours().accent_soft))
        return True

    # Calendar ------------------------------------------------------------------------------
    def _prepare_calendar(self) -> None:
        today = self.clock().date()
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))
        self._mark_written_days(self.day.year, self.day.month)

    def _mark_written_days(self, year: int, month: int) -> None:
        """Days with writing show in bold and underlined (not by colour alone)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        first = date(year, month, 1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        written = QTextCharFormat()
        written.setFontWeight(QFont.Weight.Bold)
        written.setFontUnderline(True)
        for day in self.journal.days_with_entries(first.isoformat(), last.isoformat()):
            moment = date.fromisoformat(day)
            self.calendar.setDateTextFormat(QDate(moment.year, moment.month, moment.day),
                                            written)

    def _on_calendar_pick(self, picked: QDate) -> None:
        self.date_button.menu().close()
        self.go_to(date(picked.year(), picked.month(), picked.day()))

    # Dialogs (replaceable in tests) --------------------------------------------------------
    def _ask_delete(self, entry: Entry) -> bool:
        from numbness_desktop.ui.data.forget import ask_delete

        words = word_count(entry.text)
        answer, self.also_from_backups = ask_delete(
            self, "Delete this entry?",
            f"Delete the entry from {entry.created_at[11:16]} ({words} words and "
            f"{len(entry.chips)} feelings)? You can undo this straight after with Ctrl+Z.",
            self.app_model.data.backup_count(), "Delete the entry", "Keep it")
        return answer

    def _ask_discard(self, draft: Draft) -> bool:
        return _ask(self, "Discard these words?",
                    f"Discard the {word_count(draft.text)} unsaved words? This can't be undone.",
                    "Discard the words", "Keep them")


def _ask(parent: QWidget, title: str, text: str, act: str, keep: str) -> bool:
    """A question whose buttons name what happens; keeping is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is act_button
