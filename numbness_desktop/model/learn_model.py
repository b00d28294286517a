"""The Learn pages as a list model, filtered by the search box (no widgets here)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from numbness_desktop.domain import learn

PageIdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2


class LearnPagesModel(QAbstractListModel):
    """All pages in reading order, or the pages matching ``set_query`` with a snippet each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all = learn.pages()
        self._rows: list[learn.SearchHit] = [learn.SearchHit(p, "") for p in self._all]
        self.query = ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # While searching, each page shows where the words were found.
            return f"{hit.page.title}\n{hit.snippet}" if hit.snippet else hit.page.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or None
        if role == PageIdRole:
            return hit.page.id
        if role == SnippetRole:
            return hit.snippet
        return None

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query.strip()
        self._rows = (learn.search(self.query, self._all) if self.query
                      else [learn.SearchHit(p, "") for p in self._all])
        self.endResetModel()

    def row_of(self, page_id: str) -> int:
        return next((i for i, hit in enumerate(self._rows) if hit.page.id == page_id), -1)

    def page_at(self, row: int) -> learn.LearnPage | None:
        return self._rows[row].page if 0 <= row < len(self._rows) else None
