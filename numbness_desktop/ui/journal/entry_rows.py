"""The rows of a day's entries: "21:04  First line of the entry" on one line while that
line has room for a few words of the entry, else on two (the time and the first words,
then the rest, cut short with "…").

At 200 % text the side column once showed "04:34  Woke …", too little to tell entries
apart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex
FEW_WORDS = 16  # characters of the entry a one-line row must show, else it takes two
SPACE = "  "  # between the time and the words, as the model writes it


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` as one line when it fits or still shows a few words of the entry, else two:
    the time and the first words that fit, then the rest elided to ``width``."""
    time, _, words = text.partition(SPACE)
    room = width - metrics.horizontalAdvance(time + SPACE)
    if (not words or metrics.horizontalAdvance(text) <= width
            or room >= metrics.averageCharWidth() * FEW_WORDS):
        return [text]
    first = time
    rest = words.split()
    while rest and metrics.horizontalAdvance(f"{first}{SPACE if first == time else ' '}"
                                             f"{rest[0]}") <= width:
        first = f"{first}{SPACE if first == time else ' '}{rest.pop(0)}"
    second = metrics.elidedText(" ".join(rest), Qt.TextElideMode.ElideRight, width)
    return [first, second] if second else [first]


class EntryRows(QStyledItemDelegate):
    """Draws the list's rows on one or two lines (see :func:`two_lines`)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _text_width(self) -> int:
        """Where a row's words are drawn: the row inside the item's padding (from the style
        sheet) and the style's text margin. (A guess of 8 px for the padding, half of it,
        once let a first line run under its "…": "19:30  Woke bef…".)"""
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view)
        row: Any = QStyleOptionViewItem()
        row.initFrom(self.view.viewport())
        row.rect = QRect(0, 0, self.view.viewport().width() - 2 * self.view.spacing(), 100)
        row.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        row.text = "x"
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, row, self.view)
        # The line break is drawn as a space at the end of the first line: without room
        # for it a first line that just fits was cut ("19:36  Evening: tired…").
        space = self.view.fontMetrics().horizontalAdvance(" ")
        return text.width() - 2 * (margin + 1) - space

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        shown: Any = option  # its text and fontMetrics: fields PySide6's stubs leave out
        lines = two_lines(shown.text, shown.fontMetrics, self._text_width())
        if len(lines) > 1:  # a line separator: the style draws no "\n" as a break
            shown.text = "\u2028".join(lines)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """A one-line row's size, one line taller for a row on two lines."""
        one_line = QStyleOptionViewItem(option)
        super().initStyleOption(one_line, index)
        size = self.view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem,
                                                  one_line, QSize(), self.view)
        shown: Any = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        breaks = shown.text.count("\u2028")
        size.setHeight(size.height() + breaks * shown.fontMetrics.lineSpacing())
        return size
