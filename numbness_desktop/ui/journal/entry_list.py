"""The side column of a day: its entries, "New entry", and what else happened that day."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from numbness_desktop.domain.day_items import DayItem
from numbness_desktop.domain.journal import Entry
from numbness_desktop.model.journal_lists import DayEntriesModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.journal.entry_rows import EntryRows
from numbness_desktop.ui.journal.links import ElidedLinkButton

# The column's width: 160–270 px at the usual text size. With large text it grows to room for
# ROW_CHARS characters a line ("19:30  " and a few words), up to PAGE_SHARE of the day page,
# so the writing card keeps most of it. At 200 % it once stayed 270 px: "19:30  Woke" and
# "before the cl…", two short lines an entry.
NARROWEST, WIDEST = 160, 270
ROW_CHARS = 26
PAGE_SHARE = 0.34


class EntriesPanel(QWidget):
    """``entryPicked`` when the person moves to another entry in the list; ``openTab`` when
    they open another tab's record of the day ("Also on this day")."""

    entryPicked = Signal(str)  # entry id
    openTab = Signal(str)  # tab label

    def __init__(self) -> None:
        super().__init__()
        side = QVBoxLayout()
        side.setSpacing(8)
        self.side = side
        entries_title = self.title = QLabel(tr("Entries this day"))
        entries_title.setObjectName("sectionTitle")
        entries_title.setWordWrap(True)
        side.addWidget(entries_title)
        self.model = DayEntriesModel(self)
        self.list = QListView()
        self.list.setAccessibleName(tr("Entries this day"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(EntryRows(self.list))  # two lines when one says too little
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        entries_title.setBuddy(self.list)
        side.addWidget(self.list, 1)
        self.empty_label = QLabel(tr("Nothing written on this day yet. The page beside "
                                     "this is ready whenever you are."))
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.empty_label)
        side.addStretch(0)
        self.new_button = QPushButton(tr("New entry"))
        self.new_button.setAccessibleName(tr("New entry"))
        self.new_button.setToolTip(tr("Start another entry on this day (Ctrl+Shift+N)"))
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        side.addWidget(self.new_button)
        self.elsewhere_box = QWidget()
        self.elsewhere_layout = QVBoxLayout(self.elsewhere_box)
        self.elsewhere_layout.setContentsMargins(0, 12, 0, 0)
        self.elsewhere_layout.setSpacing(4)
        elsewhere_title = QLabel(tr("Also on this day"))
        elsewhere_title.setWordWrap(True)
        elsewhere_title.setObjectName("sectionTitle")
        self.elsewhere_layout.addWidget(elsewhere_title)
        self.elsewhere_box.hide()
        side.addWidget(self.elsewhere_box)
        self.setLayout(side)
        self.setMinimumWidth(NARROWEST)
        self.setMaximumWidth(WIDEST)

    def fit_width(self, page_width: int) -> None:
        """As wide as a few words a line at the current text size, within its share of
        ``page_width`` (the day page's width); never narrower than at the usual size."""
        wanted = self.fontMetrics().averageCharWidth() * ROW_CHARS
        widest = max(WIDEST, min(wanted, int(page_width * PAGE_SHARE)))
        if self.maximumWidth() != widest:
            self.setMaximumWidth(widest)
            self.updateGeometry()

    def set_compact(self, compact: bool) -> None:
        """Short of height (large text, a small window): the column starts flush with the
        page and its title on one line ("Entries" where "Entries this day" would wrap), so
        the list begins high enough to show three entries."""
        self.side.setContentsMargins(*((0, 0, 0, 0) if compact else (9, 9, 9, 9)))
        self.side.setSpacing(2 if compact else 8)
        full = tr("Entries this day")
        room = self.maximumWidth() - (0 if compact else 18)
        fits = self.title.fontMetrics().horizontalAdvance(full) <= room
        self.title.setText(full if fits or not compact else tr("Entries"))

    def sizeHint(self) -> QSize:
        """As wide as it may be (the writing card takes the rest); narrower only when the
        window leaves less."""
        return QSize(self.maximumWidth(), super().sizeHint().height())

    # The day's entries -----------------------------------------------------------------------
    def set_entries(self, entries: list[Entry]) -> None:
        self.model.set_entries(entries)
        self.list.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)

    def entry(self, entry_id: str | None) -> Entry | None:
        return next((e for e in self.model.entries() if e.id == entry_id), None)

    def select(self, entry_id: str | None) -> None:
        """Show ``entry_id`` as the current row (none if ``None``), without ``entryPicked``."""
        selection = self.list.selectionModel()
        blocked = selection.blockSignals(True)
        row = self.model.row_of(entry_id)
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(self.model.index(-1, 0),
                                      QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(blocked)
        self.list.viewport().update()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is not None:
            self.entryPicked.emit(entry.id)

    # Also on this day ------------------------------------------------------------------------
    def set_elsewhere(self, items: list[DayItem]) -> None:
        while self.elsewhere_layout.count() > 1:
            item = self.elsewhere_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for day_item in items:
            tab_name = tr(day_item.tab)
            button = ElidedLinkButton(
                tr("{time}  {summary}").format(time=day_item.time, summary=day_item.summary),
                tr("Open {tab}").format(tab=tab_name))
            button.setAccessibleName(tr("{summary} at {time}, open {tab}").format(
                summary=day_item.summary, time=day_item.time, tab=tab_name))
            button.clicked.connect(lambda _c=False, tab=day_item.tab: self.openTab.emit(tab))
            self.elsewhere_layout.addWidget(button)
        self.elsewhere_box.setVisible(bool(items))
