"""A light chart widget for Trends, painted with QPainter from the SQL aggregates.

It draws what the Trends charts need and nothing more: bars (upright, sideways, stacked,
with fill patterns), lines that break over gaps, soft range bands and error bars, points
that show their exact value as a tool tip, word labels on a soft patch, shaded grid cells,
a legend, and two axes (numbers, named ticks or dates in the person's locale) with titles
that wrap when large text leaves no room for one line.

No pyqtgraph and no numpy: the Trends tab shows its first charts without loading them
(together ~450 ms of imports before the tab could paint). Colours come from the theme when
painted, so light/dark needs only a repaint; sizes come from the app's text size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from numbness_desktop.ui import theme
from numbness_desktop.ui.trends.chart_axes import Axis, date_ticks, nice_step, number_ticks
from numbness_desktop.ui.trends.chart_items import (
    DAY_SECONDS,
    TICK_LENGTH,
    Band,
    Bars,
    Cells,
    Item,
    Label,
    Line,
    Points,
    Segment,
    Tip,
    Whiskers,
    brush,
    pen,
    stamp,
    tick_font,
)
from numbness_desktop.ui.trends.chart_words import mark_boxes, own_mark, word_places

__all__ = ["DAY_SECONDS", "Axis", "Band", "Bars", "Cells", "Chart", "Item", "Label", "Legend",
           "Line", "Points", "Segment", "Tip", "Whiskers", "brush", "date_ticks", "nice_step",
           "number_ticks", "pen", "stamp", "tick_font"]


# The chart ------------------------------------------------------------------------------------
@dataclass
class Legend:
    names: list[tuple[Bars | Line, str]] = field(default_factory=list)
    offset: tuple[float, float] = (10, 5)  # x < 0: from the right edge; y < 0: the bottom
    columns: int = 1


class Chart(QWidget):
    """One chart: its items drawn in the order given, two axes and a legend."""

    def __init__(self, dates: bool = False, height: tuple[int, int] = (200, 250),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heights = height  # at the usual text size; taller when named rows need it
        self.setMinimumHeight(height[0])
        self.setMaximumHeight(height[1])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.left = Axis()
        self.bottom = Axis(dates=dates)
        self.left.grid = True
        self.items: list[Item] = []
        self.legend: Legend | None = None
        self.x_range = (0.0, 1.0)
        self.y_range = (0.0, 1.0)
        self.tick_font = tick_font()
        self._area = QRectF()
        self._title_lines: list[str] = []
        self._left_ticks: list[tuple[float, str]] = []
        self._bottom_ticks: list[tuple[float, str]] = []
        self._laid_out: tuple | None = None
        self.rows = 0.0  # the least height of the data, in lines of tick text (0: any)
        # Where the last paint put words (none over another or a mark) and the marks.
        boxes: tuple[list[QRectF], list[QRectF], list[QRectF]] = ([], [], [])
        self.word_boxes, self.tick_boxes, self.title_boxes = boxes
        self._marks: list[QRectF] | None = None

    # What to draw ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Begin a new drawing: no items, no legend, axes back to choosing their ticks."""
        self.items = []
        self.legend = None
        for axis in (self.left, self.bottom):
            axis.reset()
        self.left.grid, self.bottom.grid = True, False
        self.tick_font = tick_font()
        self.rows = 0.0
        self.update()

    def add(self, item: Item) -> Item:
        self.items.append(item)
        if self.legend is not None and isinstance(item, Bars | Line) and item.name:
            self.legend.names.append((item, item.name))
        return item

    def add_legend(self, offset: tuple[float, float] = (10, 5), columns: int = 1) -> Legend:
        self.legend = Legend([], offset, columns)
        return self.legend

    def fit_rows(self) -> None:
        """A chart naming its rows on the left (places, patterns, words): tall enough for
        one name per unit of its range, one above the other (large text would otherwise
        print the names on top of each other); one asking for ``rows`` lines of text (the
        mood grid's words), that tall; and every chart tall enough for the longest word of
        its left title. Called once it is drawn."""
        metrics = QFontMetrics(self.tick_font)
        titles = QFontMetrics(self._title_font())
        rows = max((self.y_range[1] - self.y_range[0]) or 1 if self.left.text_width else 0,
                   self.rows)
        needed = 0 if not rows else math.ceil(
            rows * (metrics.height() + 2) + 2 * metrics.height() + 24
            + (QFontMetrics(self.font()).height() if self.bottom.title else 0))
        longest = max((titles.horizontalAdvance(word) for word in self.left.title.split()),
                      default=0)
        if longest:  # along the axis, between its top and the bottom axis's labels
            needed = max(needed, math.ceil(longest + 19 + metrics.height() * 1.5 + TICK_LENGTH
                                           + (titles.height() if self.bottom.title else 0)))
        if not needed:
            return
        low, high = self.heights
        if (self.minimumHeight(), self.maximumHeight()) != (max(low, needed), max(high, needed)):
            self.setMinimumHeight(max(low, needed))
            self.setMaximumHeight(max(high, needed))

    def set_x_range(self, low: float, high: float, padding: float = 0.0) -> None:
        pad = (high - low) * padding
        self.x_range = (low - pad, high + pad)

    def set_y_range(self, low: float, high: float, padding: float = 0.0) -> None:
        pad = (high - low) * padding
        self.y_range = (low - pad, high + pad)

    def sizeHint(self) -> QSize:
        return QSize(400, self.maximumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.minimumHeight())

    # Geometry -------------------------------------------------------------------------------
    def to_screen(self, x: float, y: float) -> QPointF:
        (x0, x1), (y0, y1), area = self.x_range, self.y_range, self._area
        return QPointF(area.left() + (x - x0) / ((x1 - x0) or 1) * area.width(),
                       area.bottom() - (y - y0) / ((y1 - y0) or 1) * area.height())

    def to_screen_all(self, xs: Sequence[float], ys: Sequence[float]) -> list[QPointF]:
        """:meth:`to_screen` for many points at once."""
        (x0, x1), (y0, y1), area = self.x_range, self.y_range, self._area
        sx, sy = area.width() / ((x1 - x0) or 1), area.height() / ((y1 - y0) or 1)
        left, bottom = area.left() - x0 * sx, area.bottom() + y0 * sy
        return [QPointF(left + x * sx, bottom - y * sy) for x, y in zip(xs, ys, strict=True)]

    def plot_area(self) -> QRectF:
        """Where the data is drawn, inside the axes (laid out for the current size)."""
        self._layout()
        return QRectF(self._area)

    def left_title_lines(self) -> list[str]:
        """The left axis title, on as many lines as it needs to fit the axis's height."""
        self._layout()
        return self._title_lines

    def _title_font(self) -> QFont:
        return QFont(self.font())

    def _wrap(self, text: str, room: float, metrics: QFontMetrics) -> list[str]:
        text = " ".join(text.split())
        if not text or metrics.horizontalAdvance(text) <= room:
            return [text] if text else []
        lines: list[str] = []
        for word in text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def _layout_key(self) -> tuple:
        return (self.width(), self.height(), self.x_range, self.y_range,
                self.tick_font.pointSizeF(), self.font().pointSizeF(), self.font().family(),
                *((axis.dates, axis.title, tuple(axis.ticks or ()), axis.ticks is None,
                   axis.step, axis.text_width) for axis in (self.left, self.bottom)))

    def _layout(self) -> None:
        """Where the axes and the data go, and their ticks: worked out again only when the
        size, the ranges or the axes changed (not on every paint or tool tip)."""
        key = self._layout_key()
        if key == self._laid_out:
            return
        self._laid_out = key
        ticks = QFontMetrics(self.tick_font)
        titles = QFontMetrics(self._title_font())
        top, right = ticks.height() / 2 + 4, 12.0
        bottom = TICK_LENGTH + 3 + ticks.height() + 4
        if self.bottom.title:
            bottom += titles.height()
        height = self.height() - top - bottom
        self._title_lines = self._wrap(self.left.title, max(height, 1), titles)
        left_ticks = self._ticks(self.left, self.y_range, height, ticks, vertical=True)
        widest = max([ticks.horizontalAdvance(text) for _, text in left_ticks]
                     + [ticks.horizontalAdvance("0000"), self.left.text_width])
        left = 6 + len(self._title_lines) * titles.height() + widest + 4 + TICK_LENGTH
        self._area = QRectF(left, top, max(self.width() - left - right, 1), max(height, 1))
        self._left_ticks = left_ticks
        self._bottom_ticks = self._ticks(self.bottom, self.x_range, self._area.width(), ticks,
                                         vertical=False)

    def _ticks(self, axis: Axis, span: tuple[float, float], room: float,
               metrics: QFontMetrics, vertical: bool) -> list[tuple[float, str]]:
        low, high = span
        if axis.ticks is not None:
            return [(v, text) for v, text in axis.ticks if low - 1e-9 <= v <= high + 1e-9]
        if axis.dates:
            return date_ticks(low, high, int(room), metrics)
        spacing = metrics.height() * 2.2 if vertical else metrics.horizontalAdvance("00000") * 1.6
        most = int(room // spacing) or 1
        if axis.step is not None:  # whole numbers that far apart, or further if crowded
            step, fits = axis.step, max(2.0, room / (metrics.height() * 1.4 if vertical
                                                      else spacing * 0.8))
            while (high - low) / step > fits:
                step *= 2.5 if str(step).startswith("2") else 2  # 1, 2, 5, 10, 20, 50 …
            return number_ticks(low, high, step)
        return number_ticks(low, high, nice_step(high - low, most))

    # Painting -------------------------------------------------------------------------------
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        self.paint_on(painter)
        painter.end()

    def paint_on(self, painter: QPainter) -> None:
        c = theme.current_colours()
        painter.fillRect(self.rect(), QColor(c.surface))
        self._layout()
        area = self._area
        grid = QColor(c.border)
        grid.setAlphaF(0.15 * 255 / 255)
        painter.setPen(pen(grid))
        if self.left.grid:
            for value, _ in self._left_ticks:
                y = self.to_screen(0, value).y()
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if self.bottom.grid:
            for value, _ in self._bottom_ticks:
                x = self.to_screen(value, 0).x()
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        self.word_boxes, self._marks = [], None
        painter.save()
        painter.setClipRect(area.adjusted(-12, -12, 12, 1))
        for item in self.items:  # square edges and crisp lines; marks smooth (their own)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            item.paint(painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.restore()
        self._paint_axes(painter, c)
        if self.legend is not None and self.legend.names:
            self._paint_legend(painter, c)

    def _paint_axes(self, painter: QPainter, c: theme.Colours) -> None:
        area = self._area
        metrics = QFontMetrics(self.tick_font)
        painter.setFont(self.tick_font)
        painter.setPen(pen(c.border))
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        muted = QColor(c.muted)
        self.tick_boxes = []
        for value, text in self._left_ticks:
            y = self.to_screen(0, value).y()
            painter.setPen(pen(c.border))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + TICK_LENGTH, y))
            if y > area.bottom() - metrics.height() / 2 + 1:
                continue  # a label at the very corner would sit on the bottom axis's labels
            box = QRectF(0, y - metrics.height() / 2, area.left() - 4, metrics.height())
            width = metrics.horizontalAdvance(text)
            inked = QRectF(box.right() - width, box.top() + 1, width, box.height() - 2)
            if any(inked.intersects(other) for other in self.tick_boxes):
                continue  # never one label over another
            self.tick_boxes.append(inked)
            painter.setPen(muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             text)
        last_right = -1e9
        for value, text in self._bottom_ticks:
            x = self.to_screen(value, 0).x()
            painter.setPen(pen(c.border))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() - TICK_LENGTH))
            width = metrics.horizontalAdvance(text)
            left = x - width / 2
            if left < area.left() - width / 3 or left + width > self.width() or (
                    left < last_right + 4):
                continue  # never one label over another
            last_right = left + width
            self.tick_boxes.append(QRectF(left, area.bottom() + TICK_LENGTH - 2, width,
                                          metrics.height()))
            painter.setPen(muted)
            painter.drawText(QRectF(left, area.bottom() + TICK_LENGTH - 2, width + 1,
                                    metrics.height()), Qt.AlignmentFlag.AlignCenter, text)
        titles = QFontMetrics(self._title_font())
        painter.setFont(self._title_font())
        painter.setPen(muted)
        if self.bottom.title:  # under the data; wider than that, as far left as it needs
            width = titles.horizontalAdvance(self.bottom.title) + 2
            left = max(0.0, min(area.center().x() - width / 2, self.width() - width))
            painter.drawText(QRectF(left, self.height() - titles.height() - 2, width,
                                    titles.height()), Qt.AlignmentFlag.AlignCenter,
                             self.bottom.title)
        self.title_boxes = []
        for n, line in enumerate(self._title_lines):
            # Beside the data, centred on it; a word longer than the data is tall is moved
            # (never cut by the chart's top or bottom edge).
            length, middle = titles.horizontalAdvance(line), area.center().y()
            room = max(area.height(), length + 2)
            if length / 2 + 1 > min(middle, self.height() - middle):
                middle = min(max(middle, length / 2 + 1), self.height() - length / 2 - 1)
            painter.save()
            painter.translate(4, middle)
            painter.rotate(-90)
            painter.drawText(QRectF(-room / 2, n * titles.height(), room, titles.height()),
                             Qt.AlignmentFlag.AlignCenter, line)
            painter.restore()
            self.title_boxes.append(QRectF(4 + n * titles.height(), middle - length / 2,
                                           titles.height(), length))

    def _paint_legend(self, painter: QPainter, c: theme.Colours) -> None:
        assert self.legend is not None
        metrics = QFontMetrics(self.tick_font)
        row = metrics.height() + 4
        sample = 26
        widths = [sample + 6 + metrics.horizontalAdvance(name) + 12
                  for _, name in self.legend.names]
        columns = max(1, self.legend.columns)
        column_widths = [max(widths[i::columns], default=0) for i in range(columns)]
        width = sum(column_widths)
        x_offset, y_offset = self.legend.offset
        left = (self._area.left() + x_offset if x_offset >= 0
                else self._area.right() + x_offset - width)
        lines = math.ceil(len(self.legend.names) / columns)
        top = (self._area.top() + y_offset if y_offset >= 0
               else self._area.bottom() + y_offset - lines * row)
        painter.setFont(self.tick_font)
        for index, (item, name) in enumerate(self.legend.names):
            column, line = index % columns, index // columns
            x = left + sum(column_widths[:column])
            y = top + line * row
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, isinstance(item, Line))
            item.sample(painter, QRectF(x, y + 1, sample, row - 2))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(x + sample + 6, y, width, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    # Words beside marks (chart_words.py) ------------------------------------------------------
    def mark_boxes(self) -> list[QRectF]:
        """Where each mark that tells its value is drawn (as laid out for the current size)."""
        self._layout()
        return mark_boxes(self)

    def place_word(self, anchor: QPointF, width: float, height: float) -> QRectF | None:
        """Room for a word beside the mark at ``anchor``, touching no other mark or word
        and inside the data; ``None`` when there is none (it then stays unsaid on the
        chart: the tip and the summary still say it)."""
        if self._marks is None:
            self._marks = mark_boxes(self)
        for box in word_places(anchor, own_mark(self._marks, anchor), width, height):
            if self._area.contains(box) and not any(
                    box.intersects(other) for other in self._marks + self.word_boxes):
                self.word_boxes.append(box)
                return box
        return None

    # Tips -----------------------------------------------------------------------------------
    def tip_at(self, where: QPointF) -> str:
        """The exact value of the mark under ``where`` (widget coordinates), or ''."""
        self._layout()
        found = [tip for item in self.items if isinstance(item, Points)
                 for tip in [item.tip_at(self, where)] if tip is not None]
        return min(found)[1] if found else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
