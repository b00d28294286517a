"""Scrolled lists and pages: rows that wrap at the list's width, room under the last item,
and a soft fade where the viewport cuts through what lies below.

QListView's own word wrap measures rows at whatever width it saw first, so a row could keep
two lines' height for three lines of text (cut and elided mid-sentence). This delegate
measures every row at the viewport's width, each time the list lays itself out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from numbness_desktop.ui import theme

# Room under the last row of a scrolled list or page, so its end reads as an end.
END_PADDING = 16


def is_last_row(index: QModelIndex | QPersistentModelIndex) -> bool:
    return index.row() == index.model().rowCount(index.parent()) - 1


class WrappedTextDelegate(QStyledItemDelegate):
    """Plain text rows, wrapped at the view's width, with END_PADDING under the last one."""

    H_PADDING, V_PADDING = 8, 6  # as the theme's QListView::item padding

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(40, self._view.viewport().width() - 2 * self.H_PADDING)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt: Any = QStyleOptionViewItem(option)  # Any: PySide6's stub lists none of its fields
        self.initStyleOption(opt, index)
        bounds = opt.fontMetrics.boundingRect(
            QRect(0, 0, self._text_width(), 100_000),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), opt.text)
        extra = END_PADDING if is_last_row(index) else 0
        return QSize(self._view.viewport().width(),
                     bounds.height() + 2 * self.V_PADDING + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt: Any = QStyleOptionViewItem(option)  # Any: PySide6's stub lists none of its fields
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


class EdgeFade(QWidget):
    """A soft fade over the bottom of a scroll area's viewport while more lies below, so a
    line the edge cuts through reads as "more below", not as chopped. It lets clicks through
    and disappears at the end (where END_PADDING leaves the last item whole)."""

    HEIGHT = 28

    def __init__(self, area: QAbstractScrollArea, colour_role: str = "background") -> None:
        super().__init__(area)
        self._area = area
        self._role = colour_role  # the Colours field the viewport is filled with
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self._update)
        bar.rangeChanged.connect(self._update)
        area.viewport().installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._update()
        return False

    def _update(self, *_args) -> None:
        bar = self._area.verticalScrollBar()
        more_below = bar.maximum() > 0 and bar.value() < bar.maximum()
        viewport = self._area.viewport().geometry()
        height = min(self.HEIGHT, viewport.height() // 3)
        self.setGeometry(viewport.left(), viewport.bottom() + 1 - height, viewport.width(),
                         height)
        self.setVisible(more_below)
        self.raise_()

    def paintEvent(self, event) -> None:
        colour = QColor(getattr(theme.current_colours(), self._role))
        clear = QColor(colour)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, colour)
        painter = QPainter(self)
        painter.fillRect(self.rect(), gradient)
        painter.end()
