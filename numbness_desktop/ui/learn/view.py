"""LearnView: a search box and the page list on one side, the page on the other.

Self-contained: built over ``LearnPagesModel`` (the pages load from resources on first use),
so the Support tab can hold it as a section and Help → Learn can show it in its own window.
Every page ends with "If you are in danger now" and a Get help now button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import learn
from numbness_desktop.model.learn_model import LearnPagesModel, PageIdRole, SnippetRole
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.journal.fields import HintedField
from numbness_desktop.ui.learn.title_fit import fit_title

LIST_WIDTH = 300
# The danger banner stays under the page while it takes at most this share of the reader's
# height; taller (large text, a small window) it follows the page's end, scrolling with it,
# so the page itself keeps the room (at 200 % it once left the page 196 px of 800).
BANNER_SHARE = 0.25
DANGER_LINE = 16  # characters a line the banner's words keep beside its button
# The page is given room for this many characters a line, taken from the page list (down to
# the list's own minimum); it is never narrower than the banner's button. At 200 % text in the
# smallest window the reader was once 287 px, narrower than its Get help now button (cut to
# "Get help now" without its edges), and the page's title broke mid-word ("numbn ess").
READER_LINE = 24
SIDE_MIN_WIDTH = 220


def page_markdown(page: learn.LearnPage) -> str:
    """The whole page for display (as ``LearnPage.markdown``), translated a paragraph at a
    time: the title, each paragraph or list item, the headings; sources stay as cited."""
    def paragraphs(markdown: str) -> str:
        return "\n\n".join(tr(block.strip()) for block in markdown.split("\n\n")
                             if block.strip())

    sources = "\n".join(f"- {source}" for source in page.sources)
    return (f"# {tr(page.title)}\n\n{paragraphs(page.body)}\n\n## {tr('Sources')}\n\n"
            f"{sources}\n\n## {tr(learn.DANGER_HEADING)}\n\n{tr(learn.DANGER_TEXT)}\n")


class TranslatedTitles(QIdentityProxyModel):
    """The page list with each title in the person's language (the search snippet, from
    the page itself, is shown as found)."""

    def __init__(self, pages: LearnPagesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.setSourceModel(pages)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            source = self.mapToSource(index)
            page = self.pages.page_at(source.row())
            if page is not None:
                snippet = source.data(SnippetRole)
                title = tr(page.title)
                return f"{title}\n{snippet}" if snippet else title
        return super().data(index, role)


class LearnView(QWidget):
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LearnPagesModel(self)
        self.titles = TranslatedTitles(self.model, self)
        self.current_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.setSpacing(8)
        title = QLabel(tr("Learn"))
        title.setObjectName("sectionTitle")
        side_layout.addWidget(title)
        # "Search" alone where "Search Learn" has no room (under the title "Learn").
        self.search_box = HintedField((tr("Search Learn"), tr("Search")))
        self.search_box.setAccessibleName(tr("Search Learn"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search)
        self.search_box.returnPressed.connect(self._open_first)
        side_layout.addWidget(self.search_box)
        self.list = QListView()
        self.list.setModel(self.titles)
        self.list.setAccessibleName(tr("Learn pages"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        side_layout.addWidget(self.list, 1)
        self.no_match = QLabel(tr("No page mentions that yet. Try another word."))
        self.no_match.setObjectName("muted")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        side_layout.addWidget(self.no_match)
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        splitter.addWidget(side)

        self.reader = reader = QWidget()
        self.reader_layout = reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(8, 0, 0, 0)
        reader_layout.setSpacing(10)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setAccessibleName(tr("Learn page"))
        reader_layout.addWidget(self.text, 1)
        self.danger = danger = QFrame()
        danger.setObjectName("helpCard")
        self.danger_layout = danger_layout = QHBoxLayout(danger)
        danger_layout.setContentsMargins(16, 8, 12, 8)
        heading, short = tr(learn.DANGER_HEADING), tr(learn.DANGER_SHORT)
        self.danger_text = QLabel(tr("<b>{heading}:</b> {text}").format(heading=heading,
                                                                        text=short))
        self.danger_text.setWordWrap(True)
        self.danger_text.setAccessibleName(tr("{heading}: {text}").format(heading=heading,
                                                                          text=short))
        danger_layout.addWidget(self.danger_text, 1)
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setObjectName("primary")
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(self.helpRequested)
        danger_layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignVCenter)
        reader_layout.addWidget(danger)
        self.danger_follows_page = False
        self._banner_margin = -1.0
        self._reader_wants = 0
        reader.installEventFilter(self)
        self.text.viewport().installEventFilter(self)
        self.text.verticalScrollBar().valueChanged.connect(self._place_danger)
        self.text.document().documentLayout().documentSizeChanged.connect(self._place_danger)
        splitter.addWidget(reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 700])
        self._divider_placed_by_person = False
        splitter.splitterMoved.connect(self._divider_moved)
        self._fit_reader_width()
        self.show_page(learn.PAGE_IDS[0])

    # The danger banner ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reader and event.type() == QEvent.Type.Resize:
            if (self.reader.width() < self._reader_wants
                    and not self._divider_placed_by_person):
                # After this resize is laid out (moving the divider inside it would leave
                # the page laid out for the old width).
                QTimer.singleShot(0, self, self._give_reader_room)
            self._fit_danger()
        elif watched is self.text.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        document = self.text.document()
        fit_title(document, self.text.viewport().width() - 2 * document.documentMargin())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_reader_width()
            self._fit_danger()  # a new text size: the banner may be taller or shorter

    def _fit_reader_width(self) -> None:
        """Room for a readable line and for the banner's button whole, under its words."""
        danger = self.danger_layout.contentsMargins() + self.danger.contentsMargins()
        button = self.help_button.sizeHint().width() + danger.left() + danger.right()
        line = self.text.fontMetrics().averageCharWidth() * READER_LINE
        reader = self.reader_layout.contentsMargins()
        around = (reader.left() + reader.right() + 2 * self.text.frameWidth()
                  + self.text.verticalScrollBar().sizeHint().width())
        self.reader.setMinimumWidth(button + around)
        self._reader_wants = max(button, line) + around
        self._give_reader_room()

    def _divider_moved(self) -> None:
        self._divider_placed_by_person = True  # theirs to place from now on

    def _give_reader_room(self) -> None:
        """Move the divider so the page has its line, while the list keeps its minimum
        (unless the person has placed the divider themselves)."""
        if self._divider_placed_by_person:
            return
        reader = self.splitter.sizes()[1] if self.splitter.count() > 1 else 0
        total = sum(self.splitter.sizes())
        if total <= 0 or reader >= self._reader_wants:
            return
        side = max(self.splitter.widget(0).minimumSizeHint().width(),
                   self.splitter.widget(0).minimumWidth(),
                   total - self._reader_wants)
        self.splitter.setSizes([side, total - side])

    def _fit_danger(self) -> None:
        """Under the page while it is small beside it, else at the page's end."""
        margins = self.reader_layout.contentsMargins()
        width = self.reader.width() - margins.left() - margins.right()
        self._shape_danger(width)
        follows = self.danger.heightForWidth(width) > self.reader.height() * BANNER_SHARE
        if follows != self.danger_follows_page:
            self.danger_follows_page = follows
            if follows:
                self.reader_layout.removeWidget(self.danger)
                self.danger.setParent(self.text.viewport())
            else:
                self.danger.setParent(self.reader)
                self.reader_layout.addWidget(self.danger)
            self.danger.show()
            QWidget.setTabOrder(self.text, self.help_button)
        self._place_danger()

    def _shape_danger(self, width: int) -> None:
        """The button beside the words while they keep a few words a line, else under them
        (a narrow reader once cut the button to "et help nov")."""
        margins = self.danger_layout.contentsMargins()
        beside = (width - margins.left() - margins.right() - self.danger_layout.spacing()
                  - self.help_button.sizeHint().width()
                  >= self.danger_text.fontMetrics().averageCharWidth() * DANGER_LINE)
        direction = (QBoxLayout.Direction.LeftToRight if beside
                     else QBoxLayout.Direction.TopToBottom)
        if self.danger_layout.direction() != direction:
            self.danger_layout.setDirection(direction)
            self.danger_layout.setAlignment(self.help_button, Qt.AlignmentFlag.AlignVCenter
                                            if beside else Qt.AlignmentFlag.AlignLeft)

    def _place_danger(self) -> None:
        """When it follows the page: room for it after the last line (the page's bottom
        margin), and the banner in that room, moving as the page scrolls."""
        document = self.text.document()
        root = document.rootFrame()
        shape = root.frameFormat()
        width = self.text.viewport().width()
        if self.danger_follows_page:
            self._shape_danger(width)
        height = self.danger.heightForWidth(width) if self.danger_follows_page else 0
        margin = document.documentMargin() + (height + 10.0 if height else 0.0)
        if margin != self._banner_margin or shape.bottomMargin() != margin:
            self._banner_margin = margin
            shape.setBottomMargin(margin)
            root.setFrameFormat(shape)  # lays the page out again; comes back here
            return
        if self.danger_follows_page:
            top = (document.size().height() - margin + 10
                   - self.text.verticalScrollBar().value())
            self.danger.setGeometry(0, round(top), width, height)

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
        self.text.setMarkdown(page_markdown(page))
        self._fit_title()
        self._banner_margin = -1.0
        self._place_danger()
        self.text.setAccessibleDescription(tr(page.title))
        self.text.verticalScrollBar().setValue(0)
        words = self.model.query.split()
        if words:  # opened from a search: show (and select) the first place it was found
            self.text.find(words[0])
        index = self.titles.index(row, 0)
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
                self.titles.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
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
