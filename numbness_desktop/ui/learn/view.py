"""LearnView: a search box and the page list on one side, the page on the other.

Self-contained: built over ``LearnPagesModel`` (the pages load from resources on first use),
so the Support tab can hold it as a section and Help → Learn can show it in its own window.
Every page ends with "If you are in danger now" and a Get help now button.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import learn
from numbness_desktop.model.learn_model import LearnPagesModel, PageIdRole

LIST_WIDTH = 300


class LearnView(QWidget):
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LearnPagesModel(self)
        self.current_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.setSpacing(8)
        title = QLabel("Learn")
        title.setObjectName("sectionTitle")
        side_layout.addWidget(title)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search Learn")
        self.search_box.setAccessibleName("Search Learn")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search)
        self.search_box.returnPressed.connect(self._open_first)
        side_layout.addWidget(self.search_box)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Learn pages")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        side_layout.addWidget(self.list, 1)
        self.no_match = QLabel("No page mentions that yet. Try another word.")
        self.no_match.setObjectName("muted")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        side_layout.addWidget(self.no_match)
        side.setMinimumWidth(220)
        splitter.addWidget(side)

        reader = QWidget()
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(8, 0, 0, 0)
        reader_layout.setSpacing(10)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setAccessibleName("Learn page")
        reader_layout.addWidget(self.text, 1)
        danger = QFrame()
        danger.setObjectName("helpCard")
        danger_layout = QHBoxLayout(danger)
        danger_layout.setContentsMargins(16, 8, 12, 8)
        self.danger_text = QLabel(f"<b>{learn.DANGER_HEADING}:</b> {learn.DANGER_SHORT}")
        self.danger_text.setWordWrap(True)
        self.danger_text.setAccessibleName(f"{learn.DANGER_HEADING}: {learn.DANGER_SHORT}")
        danger_layout.addWidget(self.danger_text, 1)
        self.help_button = QPushButton("Get help now")
        self.help_button.setObjectName("primary")
        self.help_button.setAccessibleName("Get help now")
        self.help_button.clicked.connect(self.helpRequested)
        danger_layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignVCenter)
        reader_layout.addWidget(danger)
        splitter.addWidget(reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 700])
        self.show_page(learn.PAGE_IDS[0])

    # Reading ---------------------------------------------------------------------------------
    def show_page(self, page_id: str) -> bool:
        """Open a page by its id (see ``domain.learn.PAGE_IDS``); ``False`` if unknown."""
        page = learn.page(page_id)
        if page is None:
            return False
        row = self.model.row_of(page_id)
        if row < 0:  # filtered out by a search: show every page again
            self.search_box.clear()
            row = self.model.row_of(page_id)
        self.current_id = page_id
        self.text.setMarkdown(page.markdown())
        self.text.setAccessibleDescription(page.title)
        self.text.verticalScrollBar().setValue(0)
        words = self.model.query.split()
        if words:  # opened from a search: show (and select) the first place it was found
            self.text.find(words[0])
        index = self.model.index(row, 0)
        if self.list.currentIndex() != index:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def page_text(self) -> str:
        return self.text.toPlainText()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            page_id = current.data(PageIdRole)
            if page_id != self.current_id:
                self.show_page(page_id)

    # Searching -------------------------------------------------------------------------------
    def search(self, query: str) -> list[str]:
        """Filter the list to pages with every word of ``query``; returns their ids."""
        if self.search_box.text() != query:
            self.search_box.setText(query)  # comes back here through textChanged
            return self.shown_ids()
        self.model.set_query(query)
        self.no_match.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(self.current_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return self.shown_ids()

    def shown_ids(self) -> list[str]:
        return [self.model.index(r, 0).data(PageIdRole) for r in range(self.model.rowCount())]

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.show_page(self.model.index(0, 0).data(PageIdRole))
            self.text.setFocus()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
