"""Search results: filters (feeling, dates) and a list of highlighted snippets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.journal import SearchFilter, SearchHit
from numbness_desktop.model.journal_lists import SearchResultsModel
from numbness_desktop.ui.journal.snippets import SnippetDelegate
from numbness_desktop.ui.lists import EdgeFade

ANY_DAY = QDate(2000, 1, 1)
ANY_FEELING = "Any feeling"


class SearchPanel(QWidget):
    """Filters and results; ``filtersChanged`` asks the view to search again."""

    filtersChanged = Signal()
    resultChosen = Signal(int)  # row
    backRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.back_button = QPushButton("‹ Back to the day")
        self.back_button.setAccessibleName("Back to the day")
        self.back_button.clicked.connect(self.backRequested)
        filters.addWidget(self.back_button)
        filters.addSpacing(12)
        feeling_label = QLabel("Feeling")
        self.feeling = QComboBox()
        self.feeling.setAccessibleName("Filter by feeling")
        self.feeling.setMinimumContentsLength(12)
        self.feeling.addItem(ANY_FEELING, "")
        feeling_label.setBuddy(self.feeling)
        self.feeling.currentIndexChanged.connect(lambda _i: self.filtersChanged.emit())
        filters.addWidget(feeling_label)
        filters.addWidget(self.feeling)
        filters.addSpacing(12)
        self.start = self._date_edit("From", "Search from this day")
        self.end = self._date_edit("to", "Search up to this day")
        for label, edit in ((QLabel("From"), self.start), (QLabel("to"), self.end)):
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit)
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear search filters")
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setAccessibleName("Search summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName("Search results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSpacing(2)
        self.results.activated.connect(lambda index: self.resultChosen.emit(index.row()))
        self.results.clicked.connect(lambda index: self.resultChosen.emit(index.row()))
        layout.addWidget(self.results, 1)
        self.fade = EdgeFade(self.results, "surface")

    def _date_edit(self, _label: str, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText("any day")
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(ANY_DAY)
        edit.dateChanged.connect(lambda _d: self.filtersChanged.emit())
        return edit

    def set_words(self, words: list[str]) -> None:
        current = self.feeling.currentData()
        blocked = self.feeling.blockSignals(True)
        self.feeling.clear()
        self.feeling.addItem(ANY_FEELING, "")
        for word in words:
            self.feeling.addItem(word, word)
        index = self.feeling.findData(current)
        self.feeling.setCurrentIndex(max(index, 0))
        self.feeling.blockSignals(blocked)

    def set_emotion(self, word: str) -> None:
        index = self.feeling.findData(word)
        if index < 0:
            self.feeling.addItem(word, word)
            index = self.feeling.count() - 1
        self.feeling.setCurrentIndex(index)

    def set_dates(self, start: QDate | None, end: QDate | None) -> None:
        self.start.setDate(start or ANY_DAY)
        self.end.setDate(end or ANY_DAY)

    def clear_filters(self) -> None:
        for widget in (self.feeling, self.start, self.end):
            widget.blockSignals(True)
        self.feeling.setCurrentIndex(0)
        self.start.setDate(ANY_DAY)
        self.end.setDate(ANY_DAY)
        for widget in (self.feeling, self.start, self.end):
            widget.blockSignals(False)
        self.filtersChanged.emit()

    def show_hits(self, hits: list[SearchHit] | None) -> None:
        """The results, best first, and a line saying what was found; ``None``: nothing asked."""
        self.model.set_hits(hits or [])
        if hits is None:
            self.summary.setText("Type any word, or choose a feeling or dates, to look back "
                                 "through your journal.")
        elif not hits:
            self.summary.setText("Nothing found. Fewer or shorter words, or wider dates, "
                                 "may find more.")
        elif len(hits) == 1:
            self.summary.setText("1 entry found. Press Enter or click it to open that day.")
        else:
            more = " (the best 50)" if len(hits) >= 50 else ""
            self.summary.setText(f"{len(hits)} entries found{more}, best matches first. "
                                 "Press Enter or click one to open that day.")

    def search_filter(self, text: str) -> SearchFilter:
        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == ANY_DAY else edit.date().toString(Qt.DateFormat.ISODate)

        return SearchFilter(text=text, emotion=self.feeling.currentData() or "",
                            start=day(self.start), end=day(self.end))

