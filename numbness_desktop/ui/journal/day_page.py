"""The day page: the day's navigation, its prompt, the entries beside the writing card.

Only builds and lays out; ``JournalView`` connects the controls to what they do.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from numbness_desktop.domain.journal import EXTRA_PROMPTS, PROMPT
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.journal.chips import ChipBar
from numbness_desktop.ui.journal.day_calendar import DayCalendar, DaysWithEntries, day_label
from numbness_desktop.ui.journal.editor import JournalEditor
from numbness_desktop.ui.journal.entry_list import EntriesPanel
from numbness_desktop.ui.journal.flow import FlowLayout

# Short of height (a window fewer than COMPACT_LINES lines of text tall: 200 % in
# 1024×640), the day's prompt moves into the card under the editor, so the entries begin
# right under the day's navigation: three show, and the editor too. There the prompt and a
# two-line title once left room for one entry before the page scrolled.
COMPACT_LINES = 20


class DayPage(QWidget):
    """``promptChosen`` when one of the "If it helps" prompts is clicked."""

    promptChosen = Signal(str)

    def __init__(self, days_with_entries: DaysWithEntries) -> None:
        super().__init__()
        self.setObjectName("page")
        layout = self._layout = QVBoxLayout(self)
        self.compact = False
        self._scroll: QScrollArea | None = None
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._build_nav(days_with_entries))

        self.prompt_label = QLabel(tr(PROMPT + "."))
        self.prompt_label.setObjectName("prompt")
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.entries = EntriesPanel()
        body.addWidget(self.entries)
        body.addWidget(self._build_card(), 1)
        layout.addLayout(body, 1)

    def _build_nav(self, days_with_entries: DaysWithEntries) -> QHBoxLayout:
        """‹ [the day ▾] › Today ... save status."""
        nav = QHBoxLayout()
        nav.setSpacing(6)
        self.previous_button = QPushButton("‹")
        self.previous_button.setAccessibleName(tr("Previous day"))
        self.previous_button.setToolTip(tr("Previous day (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.date_button = QToolButton()
        self.date_button.setObjectName("dateButton")
        self.date_button.setAccessibleName(tr("Choose a day"))
        self.date_button.setToolTip(tr("Pick a day from the calendar"))
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = DayCalendar(days_with_entries)
        self.calendar_menu = QMenu(self.date_button)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        self.date_button.setMenu(self.calendar_menu)
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(tr("Next day"))
        self.next_button.setToolTip(tr("Next day (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setAccessibleName(tr("Go to today"))
        for widget in (self.previous_button, self.date_button, self.next_button):
            nav.addWidget(widget)
        nav.addSpacing(8)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setAccessibleDescription(tr("Save status"))
        nav.addWidget(self.status_label)
        return nav

    def _build_card(self) -> QFrame:
        """The writing card: feelings, the editor, prompts, the word count and Delete."""
        card = QFrame()
        card.setObjectName("card")
        card_row = QHBoxLayout(card)
        card_row.setContentsMargins(20, 16, 20, 14)
        self.writing_column = QWidget()
        card_row.addStretch(1)
        card_row.addWidget(self.writing_column, 100)
        card_row.addStretch(1)
        card_layout = self._card_layout = QVBoxLayout(self.writing_column)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.setSpacing(10)
        self.chip_bar = ChipBar()
        card_layout.addWidget(self.chip_bar)
        self.editor = JournalEditor()
        card_layout.addWidget(self.editor, 1)
        self.fit_column()

        prompts_host = QWidget()
        prompts = FlowLayout(prompts_host, spacing=6)
        self.prompts_label = QLabel(tr("If it helps:"))
        self.prompts_label.setObjectName("muted")
        prompts.addWidget(self.prompts_label)
        self.prompt_buttons: list[QPushButton] = []
        for prompt in EXTRA_PROMPTS:
            shown = tr(prompt)
            button = QPushButton(shown)
            button.setObjectName("promptButton")
            button.setAccessibleName(tr("Add the prompt: {prompt}").format(prompt=shown))
            button.setToolTip(tr("Adds this line as a heading where the cursor is"))
            button.clicked.connect(lambda _c=False, p=shown: self.promptChosen.emit(p))
            prompts.addWidget(button)
            self.prompt_buttons.append(button)
        card_layout.addWidget(prompts_host)

        footer = QHBoxLayout()
        self.word_count_label = QLabel()
        self.word_count_label.setObjectName("muted")
        self.word_count_label.setAccessibleDescription(tr("Word count"))
        footer.addWidget(self.word_count_label)
        footer.addStretch(1)
        self.delete_button = QPushButton(tr("Delete entry"))
        self.delete_button.setAccessibleName(tr("Delete entry"))
        footer.addWidget(self.delete_button)
        card_layout.addLayout(footer)
        return card

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.entries.fit_width(event.size().width())
        self.fit_height()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):  # the room shown
            self.fit_height()
        return False

    def fit_height(self, again: bool = False) -> None:
        """The prompt above the entries and the card, or (short of height) in the card."""
        if self._scroll is None or not self.window().isVisible():
            return  # not in its window yet
        # The window's height, not the viewport's: a lazy tab's viewport has passing sizes
        # while it is built, and a flip each way caught the card mid-relayout.
        compact = self.window().height() < self.fontMetrics().lineSpacing() * COMPACT_LINES
        if compact == self.compact and not again:
            return
        self.compact = compact
        if compact:
            self._card_layout.insertWidget(self._card_layout.indexOf(self.editor) + 1,
                                           self.prompt_label)
        else:
            self._layout.insertWidget(1, self.prompt_label)
        self._layout.setSpacing(4 if compact else 10)
        self.entries.set_compact(compact)

    def scrolled(self) -> QScrollArea:
        """The page in a scroll area: it scrolls only when large text meets a small window."""
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self)
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)
        return scroll

    def show_day(self, day: date, today: date) -> None:
        """The day's name on the day button, its prompt, and no "next" after today."""
        shown = day_label(day)
        self.date_button.setText(shown)
        self.date_button.setAccessibleName(tr("Day shown: {day}. Choose a day").format(day=shown))
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self.prompt_label.setText(tr(PROMPT + ".") if day == today else
                                  tr(PROMPT.replace("today", "that day") + "."))

    def fit_column(self) -> None:
        """About 70 characters of the editor's font: a comfortable line to read and write;
        the entries beside it as wide as a few words a line."""
        self.writing_column.setMaximumWidth(self.editor.column_width())
        self.entries.fit_width(self.width())
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 6)
        self.fit_height(again=True)  # the text size changed: choose again
