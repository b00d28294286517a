"""Lists of short texts that wrap at the list's width and end with a little room below.

QListView's own word wrap measures rows at whatever width it saw first, so a row could keep
two lines' height for three lines of text (cut and elided mid-sentence). This delegate
measures every row at the viewport's width, each time the list lays itself out.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

# Room under the last row of a scrolled list or page, so its end reads as an end.
END_PADDING = 16


def is_last_row(index: QModelIndex) -> bool:
    return index.row() == index.model().rowCount(index.parent()) - 1


class WrappedTextDelegate(QStyledItemDelegate):
    """Plain text rows, wrapped at the view's width, with END_PADDING under the last one."""

    H_PADDING, V_PADDING = 8, 6  # as the theme's QListView::item padding

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(40, self._view.viewport().width() - 2 * self.H_PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        bounds = opt.fontMetrics.boundingRect(
            QRect(0, 0, self._text_width(), 100_000),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), opt.text)
        extra = END_PADDING if is_last_row(index) else 0
        return QSize(self._view.viewport().width(),
                     bounds.height() + 2 * self.V_PADDING + extra)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if is_last_row(index):
            opt.rect.setHeight(opt.rect.height() - END_PADDING)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:  # background, selection and focus as the theme draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        painter.drawText(opt.rect.adjusted(self.H_PADDING, self.V_PADDING,
                                           -self.H_PADDING, -self.V_PADDING),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), text)
        painter.restore()


def wrap_rows(view: QListView) -> None:
    """Make ``view`` show every row whole: wrapped to its width, no sideways scrolling."""
    view.setItemDelegate(WrappedTextDelegate(view))
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
