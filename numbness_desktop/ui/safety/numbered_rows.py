"""Numbered entries ("1.  Ask Sam to keep…") whose wrapped lines start under the words, not
under the number: a hanging indent, as a printed numbered list has.

The safety plan's lists and Support's People show the same entries (PlanSectionModel's
"N.  words"). A row that fits on one line is drawn exactly as before; only a row that wraps
is laid out here: the number in its own column, the words wrapped beside it. The row's text
(and so what a screen reader reads) stays "N.  words".
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from numbness_desktop.ui.lists import END_PADDING, WrappedTextDelegate, is_last_row

Index = QModelIndex | QPersistentModelIndex
_NUMBERED = re.compile(r"(\d+\.\s+)(.*)", re.DOTALL)
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def split_number(text: str) -> tuple[str, str]:
    """("1.  ", "words") for a numbered row; ("", text) for any other."""
    match = _NUMBERED.fullmatch(text)
    return (match.group(1), match.group(2)) if match else ("", text)


def words_height(metrics: QFontMetrics, number: str, words: str, width: int) -> int:
    """The height of ``words`` wrapped beside ``number`` in ``width`` pixels."""
    room = max(20, width - metrics.horizontalAdvance(number))
    return metrics.boundingRect(QRect(0, 0, room, 100_000), _WRAP, words).height()


def draw_hanging(painter: QPainter, option: Any, rect: QRect, number: str, words: str) -> None:
    """``number`` at the top left of ``rect``, ``words`` wrapped to its right."""
    metrics = option.fontMetrics
    indent = metrics.horizontalAdvance(number)
    painter.save()
    painter.setFont(option.font)
    painter.setPen(option.palette.color(QPalette.ColorRole.Text))
    painter.drawText(QRect(rect.left(), rect.top(), indent, rect.height()), _TOP_LEFT, number)
    painter.drawText(rect.adjusted(indent, 0, 0, 0), _WRAP, words)
    painter.restore()


class NumberedRowDelegate(QStyledItemDelegate):
    """The safety plan's rows: Qt's own drawing, with a hanging indent where a row wraps."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_rect(self, opt: Any) -> QRect:
        """Where Qt's own drawing puts the row's text (inside the theme's item padding)."""
        style = opt.widget.style() if opt.widget else self._view.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                   opt.widget) + 1
        return rect.adjusted(margin, 0, -margin, 0)

    def _wrapped(self, option: QStyleOptionViewItem, index: Index
                 ) -> tuple[Any, QRect, str, str] | None:
        """The option, text rect, number and words of a row too long for one line."""
        opt: Any = QStyleOptionViewItem(option)  # Any: PySide6's stub lists none of its fields
        self.initStyleOption(opt, index)
        if not opt.rect.isValid() or opt.rect.width() < 2:  # sizeHint: the viewport's width
            opt.rect = QRect(0, 0, self._view.viewport().width(), opt.fontMetrics.height())
        number, words = split_number(opt.text)
        text = self._text_rect(opt)
        if not number or opt.fontMetrics.horizontalAdvance(opt.text) <= text.width():
            return None
        return opt, text, number, words

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        wrapped = self._wrapped(option, index)
        if wrapped is None:
            return size
        opt, text, number, words = wrapped
        one_line = QStyleOptionViewItem(opt)
        one_line.text = number  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else self._view.style()
        frame = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, one_line, QSize(),
                                       opt.widget).height() - opt.fontMetrics.height()
        height = frame + words_height(opt.fontMetrics, number, words, text.width())
        return QSize(size.width(), max(size.height(), height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        wrapped = self._wrapped(option, index)
        if wrapped is None:
            super().paint(painter, option, index)  # one line: exactly as Qt draws it
            return
        opt, text, number, words = wrapped
        plain: Any = QStyleOptionViewItem(opt)
        plain.text = ""  # background, selection and focus as the theme draws them
        style = opt.widget.style() if opt.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, opt.widget)
        block = words_height(opt.fontMetrics, number, words, text.width())
        top = text.top() + max(0, (text.height() - block) // 2)  # centred, as Qt's own
        draw_hanging(painter, opt, QRect(text.left(), top, text.width(), block), number, words)


class NumberedWrappedDelegate(WrappedTextDelegate):
    """Support's People: rows wrapped at the list's width (see lists.py), with a hanging
    indent where a row wraps."""

    def _parts(self, option: QStyleOptionViewItem, index: Index) -> tuple[Any, str, str] | None:
        opt: Any = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        number, words = split_number(opt.text)
        if not number or opt.fontMetrics.horizontalAdvance(opt.text) <= self._text_width():
            return None
        return opt, number, words

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        parts = self._parts(option, index)
        if parts is None:
            return super().sizeHint(option, index)
        opt, number, words = parts
        extra = END_PADDING if is_last_row(index) else 0
        height = words_height(opt.fontMetrics, number, words, self._text_width())
        return QSize(self._view.viewport().width(), height + 2 * self.V_PADDING + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        parts = self._parts(option, index)
        if parts is None:
            super().paint(painter, option, index)
            return
        opt, number, words = parts
        if is_last_row(index):
            opt.rect.setHeight(opt.rect.height() - END_PADDING)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        draw_hanging(painter, opt, opt.rect.adjusted(self.H_PADDING, self.V_PADDING,
                                                     -self.H_PADDING, -self.V_PADDING),
                     number, words)
