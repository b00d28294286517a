"""List models for the journal: one day's entries, and search results."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from numbness_desktop.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START, Entry, SearchHit
from numbness_desktop.model.clock_text import stamp_time

EntryIdRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    """Through Qt's translator under ui/i18n's context (model/ may not import ui/)."""
    return QCoreApplication.translate("", text)


class DayEntriesModel(QAbstractListModel):
    """Rows are one day's entries, oldest first: "21:04  First line of the entry"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        if entries == self._entries:
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = entry.title() or (
                ", ".join(c.word for c in entry.chips) if entry.chips else _tr("(no words yet)"))
            if len(title) > 60:
                title = title[:59].rstrip() + "…"
            return f"{stamp_time(entry.created_at)}  {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.title()
        if role == EntryIdRole:
            return entry.id
        return None

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: str | None) -> int:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    def entries(self) -> list[Entry]:
        return list(self._entries)


class SearchResultsModel(QAbstractListModel):
    """Search hits, best first; plain text for screen readers, HTML with highlights to draw."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            return f"{heading(hit)}: {plain}"
        if role == HtmlRole:
            return result_html(hit)
        if role == EntryIdRole:
            return hit.entry_id
        if role == HitRole:
            return hit
        return None

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None


def heading(hit: SearchHit) -> str:
    from datetime import date

    try:
        day = date.fromisoformat(hit.day)
        # Day and month names in the person's language ("Tue 1 Dec 2026" in English).
        when = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
    except ValueError:
        when = hit.day
    return f"{when} · {stamp_time(hit.created_at)}"


def result_html(hit: SearchHit) -> str:
    """The snippet with matches marked <b class=hit> (escaped: the words are the person's)."""
    text = escape(hit.snippet or _tr("(no words, only feelings)"))
    text = text.replace(HIGHLIGHT_START, "<span class='hit'>").replace(HIGHLIGHT_END, "</span>")
    words = f" &nbsp;<span class='words'>{escape(', '.join(hit.words))}</span>" if hit.words \
        else ""
    return f"<div class='when'><b>{escape(heading(hit))}</b>{words}</div><div>{text}</div>"
