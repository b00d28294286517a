"""Draws a search result: a heading line and a snippet with the matched words highlighted.

The result's HTML comes from the model's ``HtmlRole`` (journal hits and Learn pages alike);
the words inside it are escaped by whoever builds it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from numbness_desktop.model.journal_lists import HtmlRole
from numbness_desktop.ui import theme
from numbness_desktop.ui.lists import END_PADDING

AnyIndex = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result's heading line and its snippet with the matches highlighted."""

    PADDING = 10

    def _document(self, index: AnyIndex, width: int) -> QTextDocument:
        colours = theme.current_colours()
        doc = QTextDocument()
        doc.setDefaultStyleSheet(
            f".hit {{ background-color: {colours.accent_soft}; font-weight: 600; }}"
            f".words {{ color: {colours.muted}; }} .when {{ margin-bottom: 4px; }}")
        doc.setDocumentMargin(0)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(max(width - 2 * self.PADDING, 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        fields: Any = option  # PySide6's stubs leave out QStyleOption's fields (rect, text…)
        if _is_last_row(index):
            fields.rect.setHeight(fields.rect.height() - END_PADDING)
        doc = self._document(index, fields.rect.width())
        fields.text = ""
        style = fields.widget.style() if fields.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              fields.widget)
        painter.save()
        painter.translate(fields.rect.left() + self.PADDING, fields.rect.top() + self.PADDING)
        context: Any = QAbstractTextDocumentLayout.PaintContext()  # (its palette, likewise)
        context.palette.setColor(QPalette.ColorRole.Text,
                                 fields.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fields: Any = option  # (as in paint)
        width = fields.rect.width() or 600
        doc = self._document(index, width)
        extra = END_PADDING if _is_last_row(index) else 0  # the last result ends with room
        return QSize(width, int(doc.size().height()) + 2 * self.PADDING + 4 + extra)


def _is_last_row(index: AnyIndex) -> bool:
    model = index.model()
    return model is not None and index.row() == model.rowCount(index.parent()) - 1
