"""Search results: filters (feeling, dates), the journal's highlighted snippets, and beside
them the Learn pages that mention the words typed."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.journal.flow import FlowLayout
from numbness_desktop.ui.journal.learn_results import LearnResultsModel
from numbness_desktop.ui.journal.snippets import SnippetDelegate
from numbness_desktop.ui.lists import EdgeFade

ANY_DAY = QDate(2000, 1, 1)
ANY_FEELING = "Any feeling"
LEARN_MIN_WIDTH, LEARN_MAX_WIDTH = 240, 340  # the "From Learn" column beside the results
FILTER_GAP = 12  # between the filters (a label and its field sit 8 apart)
MOST_HITS = 50  # the store returns the best 50


class DayEdit(QDateEdit):
    """A search date that Tab leaves even while it reads "any day" (Qt's date edit keeps
    the Tab key then, which held a keyboard user inside it)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                self.date() == self.minimumDate():
            forward = event.key() == Qt.Key.Key_Tab and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Filters and results; ``filtersChanged`` asks the view to search again."""

    filtersChanged = Signal()
    resultChosen = Signal(int)  # row
    learnChosen = Signal(str)  # a Learn page's id
    backRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._build_filters())

        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setAccessibleDescription(tr("Search summary"))  # its name is its text
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSpacing(2)
        self.results.activated.connect(lambda index: self.resultChosen.emit(index.row()))
        self.results.clicked.connect(lambda index: self.resultChosen.emit(index.row()))
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.results, 1)
        body.addWidget(self._build_learn_box())
        layout.addLayout(body, 1)
        self.fade = EdgeFade(self.results, "surface")

    def _build_learn_box(self) -> QWidget:
        """"From Learn": the pages with every word typed; hidden while there are none."""
        self.learn_box = QWidget()
        column = QVBoxLayout(self.learn_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title = QLabel(tr("From Learn"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        column.addWidget(title)
        self.learn_model = LearnResultsModel(self)
        self.learn_results = QListView()
        self.learn_results.setObjectName("searchResults")
        self.learn_results.setAccessibleName(tr("Learn pages found"))
        self.learn_results.setAccessibleDescription(
            tr("Short pages about numbness and the help there is. Enter opens one."))
        self.learn_results.setModel(self.learn_model)
        self.learn_results.setItemDelegate(SnippetDelegate(self.learn_results))
        self.learn_results.setUniformItemSizes(False)
        self.learn_results.setWordWrap(True)
        self.learn_results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.learn_results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.learn_results.setResizeMode(QListView.ResizeMode.Adjust)
        self.learn_results.setSpacing(2)
        self.learn_results.activated.connect(self._learn_chosen)
        self.learn_results.clicked.connect(self._learn_chosen)
        title.setBuddy(self.learn_results)
        column.addWidget(self.learn_results, 1)
        self.learn_box.setMinimumWidth(LEARN_MIN_WIDTH)
        self.learn_box.setMaximumWidth(LEARN_MAX_WIDTH)
        self.learn_box.hide()
        return self.learn_box

    def _learn_chosen(self, index: QModelIndex) -> None:
        page_id = self.learn_model.page_id(index.row())
        if page_id:
            self.learnChosen.emit(page_id)

    def show_learn(self, text: str) -> int:
        """List the Learn pages with every word of ``text``; returns how many."""
        self.learn_model.set_query(text)
        found = self.learn_model.rowCount()
        self.learn_box.setVisible(found > 0)
        return found

    def _build_filters(self) -> QWidget:
        """‹ Back · Feeling [any] · From [any day] to [any day] · Clear filters — wrapping onto
        a second line when large text or longer words need the room."""
        host = QWidget()
        flow = FlowLayout(host, spacing=FILTER_GAP)
        self.back_button = QPushButton(tr("‹ Back to the day"))
        self.back_button.setAccessibleName(tr("Back to the day"))
        self.back_button.clicked.connect(self.backRequested)
        flow.addWidget(self.back_button)
        self.feeling = QComboBox()
        self.feeling.setAccessibleName(tr("Filter by feeling"))
        self.feeling.setMinimumContentsLength(12)
        self.feeling.addItem(tr(ANY_FEELING), "")
        self.feeling.currentIndexChanged.connect(lambda _i: self.filtersChanged.emit())
        flow.addWidget(_labelled((tr("Feeling"), self.feeling)))
        self.start = self._date_edit(tr("Search from this day"))
        self.end = self._date_edit(tr("Search up to this day"))
        flow.addWidget(_labelled((tr("From"), self.start), (tr("to"), self.end)))
        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setAccessibleName(tr("Clear search filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        flow.addWidget(self.clear_button)
        return host

    def _date_edit(self, name: str) -> QDateEdit:
        edit = DayEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(tr("any day"))
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDate(ANY_DAY)
        edit.dateChanged.connect(lambda _d: self.filtersChanged.emit())
        return edit

    def set_words(self, words: list[str]) -> None:
        current = self.feeling.currentData()
        blocked = self.feeling.blockSignals(True)
        self.feeling.clear()
        self.feeling.addItem(tr(ANY_FEELING), "")
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

    def show_hits(self, hits: list[SearchHit] | None, learn_pages: int = 0) -> None:
        """The results, best first, and a line saying what was found; ``None``: nothing asked.
        ``learn_pages``: how many Learn pages are listed beside."""
        self.model.set_hits(hits or [])
        if hits is None:
            self.summary.setText(tr("Type any word, or choose a feeling or dates, to look back "
                                    "through your journal."))
        elif not hits and learn_pages:
            self.summary.setText(ntr(
                "Nothing in your journal matches. %n Learn page does, listed beside.",
                "Nothing in your journal matches. %n Learn pages do, listed beside.",
                learn_pages))
        elif not hits:
            self.summary.setText(tr("Nothing found. Fewer or shorter words, or wider dates, "
                                    "may find more."))
        elif len(hits) >= MOST_HITS:
            self.summary.setText(tr("{n} entries found (the best {n}), best matches first. "
                                    "Press Enter or click one to open that day.")
                                 .format(n=number(len(hits))))
        else:
            self.summary.setText(ntr(
                "%n entry found. Press Enter or click it to open that day.",
                "%n entries found, best matches first. Press Enter or click one to open that "
                "day.", len(hits)))

    def search_filter(self, text: str) -> SearchFilter:
        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == ANY_DAY else edit.date().toString(Qt.DateFormat.ISODate)

        return SearchFilter(text=text, emotion=self.feeling.currentData() or "",
                            start=day(self.start), end=day(self.end))



def _labelled(*pairs: tuple[str, QWidget]) -> QWidget:
    """Labels beside their fields, kept together on one line (each label is its field's
    buddy, so Alt and its letter reach the field)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for text, field in pairs:
        label = QLabel(text)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
    return group
