"""Learn pages found by the journal's search box, listed beside the journal's own results.

Each row is marked as a Learn page: "Title  Learn page" over a snippet with the typed words
highlighted (for drawing), and "Learn page: Title. snippet" for a screen reader. The pages
are read on the first search that has words, not before.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from numbness_desktop.domain import learn
from numbness_desktop.model.journal_lists import HtmlRole
from numbness_desktop.ui.i18n import tr

PageIdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class LearnResultsModel(QAbstractListModel):
    """The Learn pages containing every word typed (none while nothing is typed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[learn.SearchHit] = []
        self.query = ""

    def set_query(self, text: str) -> None:
        query = text.strip()
        hits = learn.search(query) if query else []
        if query == self.query and hits == self._hits:
            return
        self.beginResetModel()
        self.query, self._hits = query, hits
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def page_id(self, row: int) -> str:
        return self._hits[row].page.id if 0 <= row < len(self._hits) else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        title = tr(hit.page.title)
        if role == HtmlRole:
            return (f"<div class='when'><b>{escape(title)}</b> &nbsp;<span class='words'>"
                    f"{escape(tr('Learn page')).replace(' ', '&nbsp;')}</span></div>"
                    f"<div>{highlight(hit.snippet, self.query)}</div>")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr("Learn page: {title}. {snippet}").format(title=title, snippet=hit.snippet)
        if role == PageIdRole:
            return hit.page.id
        return None


def highlight(text: str, query: str) -> str:
    """``text`` escaped, each typed word marked <span class='hit'> (case-insensitive)."""
    words = sorted({w for w in query.lower().split() if w}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, at = [], 0
    for match in pattern.finditer(text):
        out += [escape(text[at:match.start()]),
                f"<span class='hit'>{escape(match.group())}</span>"]
        at = match.end()
    out.append(escape(text[at:]))
    return "".join(out)
