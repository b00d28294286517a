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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import number, tr

DAY_SECONDS = 86400
Tip = str | Callable[[], str]
TICK_LENGTH = 5


def pen(colour: str | QColor, width: float = 1.0,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    drawn = QPen(QColor(colour), width, style)
    drawn.setCosmetic(True)
    return drawn


def brush(fill: str | QColor | QBrush) -> QBrush:
    """A solid brush of that colour (a given brush, a pattern say, as it is). The style is
    named: PySide6 resolves ``QBrush(colour)`` by building QGradient's enums, ~10 ms."""
    if isinstance(fill, QBrush):
        return fill
    return QBrush(QColor(fill), Qt.BrushStyle.SolidPattern)


def tick_font() -> QFont:
    """The app's text size (it scales with Ctrl+=), never below the body minimum."""
    font = QFont()
    font.setPointSizeF(max(float(theme.MIN_BODY_PT), font.pointSizeF() * 0.9))
    return font


def stamp(day: date) -> float:
    """Local midnight of ``day`` as a timestamp, so the date axis shows the same day."""
    return datetime.combine(day, datetime.min.time()).timestamp()


def _day(value: float) -> date:
    return datetime.fromtimestamp(value).date()


# Items ----------------------------------------------------------------------------------------
@dataclass
class Bars:
    """Rectangles in data units: (left, bottom, right, top) each."""

    rects: list[tuple[float, float, float, float]]
    fill: QBrush
    edge: QPen
    name: str = ""

    @staticmethod
    def upright(xs: Sequence[float], heights: Sequence[float], width: float, fill: QBrush,
                edge: QPen, bottoms: Sequence[float] | None = None, name: str = "") -> Bars:
        bottoms = list(bottoms) if bottoms is not None else [0.0] * len(xs)
        return Bars([(x - width / 2, b, x + width / 2, b + h)
                     for x, h, b in zip(xs, heights, bottoms, strict=True)], fill, edge, name)

    @staticmethod
    def sideways(ys: Sequence[float], widths: Sequence[float], height: float, fill: QBrush,
                 edge: QPen, name: str = "") -> Bars:
        return Bars([(min(0.0, w), y - height / 2, max(0.0, w), y + height / 2)
                     for y, w in zip(ys, widths, strict=True)], fill, edge, name)

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(self.edge)
        painter.setBrush(self.fill)
        for left, bottom, right, top in self.rects:
            painter.drawRect(QRectF(chart.to_screen(left, top),
                                    chart.to_screen(right, bottom)).normalized())

    def sample(self, painter: QPainter, box: QRectF) -> None:
        painter.setPen(self.edge)
        painter.setBrush(self.fill)
        painter.drawRect(box.adjusted(2, 2, -2, -2))


@dataclass
class Line:
    """A line through points, broken after each point whose ``joined`` is False."""

    xs: list[float]
    ys: list[float]
    stroke: QPen
    joined: list[bool] | None = None
    symbol: str = ""
    symbol_size: float = 7
    name: str = ""

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(self.stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        points = chart.to_screen_all(self.xs, self.ys)
        for run in _runs(len(self.xs), self.joined):
            if len(run) > 1:
                painter.drawPolyline(QPolygonF([points[i] for i in run]))
        if self.symbol:
            colour = self.stroke.color().name(QColor.NameFormat.HexArgb)
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            mark = _mark(self.symbol, self.symbol_size, colour, 1.0, colour, ratio)
            half = mark.width() / ratio / 2
            for point in chart.to_screen_all(self.xs, self.ys):
                painter.drawPixmap(QPointF(point.x() - half, point.y() - half), mark)

    def sample(self, painter: QPainter, box: QRectF) -> None:
        middle = box.center().y()
        painter.setPen(self.stroke)
        painter.drawLine(QPointF(box.left() + 2, middle), QPointF(box.right() - 2, middle))
        if self.symbol:
            colour = self.stroke.color()
            painter.setPen(pen(colour))
            painter.setBrush(brush(colour))
            draw_symbol(painter, self.symbol, box.center(), self.symbol_size)


@dataclass
class Band:
    """A soft fill from ``lows`` to ``highs``, broken where the line breaks."""

    xs: list[float]
    lows: list[float]
    highs: list[float]
    fill: QColor
    joined: list[bool] | None = None

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(self.fill))
        for run in _runs(len(self.xs), self.joined):
            if len(run) > 1:
                points = ([chart.to_screen(self.xs[i], self.highs[i]) for i in run]
                          + [chart.to_screen(self.xs[i], self.lows[i]) for i in reversed(run)])
                painter.drawPolygon(QPolygonF(points))


@dataclass
class Whiskers:
    """Each point's lowest to highest as a thin upright line."""

    xs: list[float]
    lows: list[float]
    highs: list[float]
    stroke: QPen

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(self.stroke)
        for x, low, high in zip(self.xs, self.lows, self.highs, strict=True):
            painter.drawLine(chart.to_screen(x, low), chart.to_screen(x, high))


@dataclass
class Segment:
    xs: list[float]
    ys: list[float]
    stroke: QPen

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(self.stroke)
        painter.drawPolyline(QPolygonF([chart.to_screen(x, y)
                                        for x, y in zip(self.xs, self.ys, strict=True)]))


@dataclass
class Points:
    """Marks that show their exact value as a tool tip when pointed at (``ring``: hollow,
    so they stay visible on top of a bar of the same colour). A tip may be a function that
    writes it: charts with hundreds of points then write only the tip a person points at."""

    xs: list[float]
    ys: list[float]
    tips: list[Tip]
    colour: str
    symbol: str = "o"
    sizes: list[float] | float = 9
    ring: bool = False

    def size(self, index: int) -> float:
        return self.sizes[index] if isinstance(self.sizes, list) else self.sizes

    def paint(self, painter: QPainter, chart: Chart) -> None:
        """Each mark stamped from a small picture drawn once per look (hundreds of
        smooth circles drawn one by one were most of a period switch)."""
        inside = theme.current_colours().surface if self.ring else self.colour
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        for index, point in enumerate(chart.to_screen_all(self.xs, self.ys)):
            mark = _mark(self.symbol, round(self.size(index) * 2) / 2, self.colour,
                         1.5 if self.ring else 1.0, inside, ratio)
            half = mark.width() / ratio / 2
            painter.drawPixmap(QPointF(point.x() - half, point.y() - half), mark)

    def tip_at(self, chart: Chart, where: QPointF) -> tuple[float, str] | None:
        best: tuple[float, int] | None = None
        for index, (x, y) in enumerate(zip(self.xs, self.ys, strict=True)):
            point = chart.to_screen(x, y)
            distance = math.hypot(point.x() - where.x(), point.y() - where.y())
            if distance <= max(self.size(index) / 2 + 3, 6) and (
                    best is None or distance < best[0]):
                best = (distance, index)
        if best is None:
            return None
        tip = self.tips[best[1]]
        return best[0], tip() if callable(tip) else tip


@dataclass
class Cells:
    """A grid of shaded squares over (left, bottom, width, height): ``shades[i][j]`` is the
    opacity (0–1) of column i, row j (from the bottom)."""

    left: float
    bottom: float
    width: float
    height: float
    shades: list[list[float]]
    colour: QColor

    def paint(self, painter: QPainter, chart: Chart) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        surface = QColor(theme.current_colours().surface)
        columns = len(self.shades)
        for i, column in enumerate(self.shades):
            rows = len(column)
            for j, shade in enumerate(column):
                if shade <= 0:
                    continue
                # the colour at that opacity over the surface, as one opaque colour (the
                # same look as a see-through square, painted faster)
                share = min(1.0, shade)
                painter.setBrush(brush(QColor.fromRgbF(*(
                    a * share + b * (1 - share) for a, b in (
                        (self.colour.redF(), surface.redF()),
                        (self.colour.greenF(), surface.greenF()),
                        (self.colour.blueF(), surface.blueF()))))))
                x0 = self.left + self.width * i / columns
                y0 = self.bottom + self.height * j / rows
                painter.drawRect(QRectF(chart.to_screen(x0, y0 + self.height / rows),
                                        chart.to_screen(x0 + self.width / columns, y0)))


@dataclass
class Label:
    """A word just right of its point, on a soft patch of the surface."""

    x: float
    y: float
    text: str
    colour: str
    halo: QColor

    def paint(self, painter: QPainter, chart: Chart) -> None:
        metrics = QFontMetrics(chart.tick_font)
        width, height = metrics.horizontalAdvance(self.text) + 4, metrics.height() + 2
        anchor = chart.to_screen(self.x, self.y)
        box = QRectF(anchor.x() + 0.12 * width, anchor.y() - height / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush(self.halo))
        painter.drawRect(box)
        painter.setPen(QColor(self.colour))
        painter.setFont(chart.tick_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)


_MARKS: dict[tuple, QPixmap] = {}


def _mark(symbol: str, size: float, edge: str, width: float, inside: str,
          ratio: float) -> QPixmap:
    """A mark's picture (kept: the same few looks are stamped hundreds of times)."""
    key = (symbol, size, edge, width, inside, ratio)
    mark = _MARKS.get(key)
    if mark is None:
        side = math.ceil(size + width + 2)
        mark = QPixmap(round(side * ratio), round(side * ratio))
        mark.setDevicePixelRatio(ratio)
        mark.fill(Qt.GlobalColor.transparent)
        painter = QPainter(mark)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(edge, width))
        painter.setBrush(brush(inside))
        draw_symbol(painter, symbol, QPointF(side / 2, side / 2), size)
        painter.end()
        if len(_MARKS) > 500:  # many sizes (the mood grid's dots): start again
            _MARKS.clear()
        _MARKS[key] = mark
    return mark


Item = Bars | Line | Band | Whiskers | Segment | Points | Cells | Label


def draw_symbol(painter: QPainter, symbol: str, centre: QPointF, size: float) -> None:
    half = size / 2
    x, y = centre.x(), centre.y()
    if symbol == "s":
        painter.drawRect(QRectF(x - half, y - half, size, size))
    elif symbol == "t":  # a triangle pointing down
        painter.drawPolygon(QPolygonF([QPointF(x - half, y - half), QPointF(x + half, y - half),
                                       QPointF(x, y + half)]))
    elif symbol == "star":
        points = []
        for n in range(10):
            radius = half if n % 2 == 0 else half * 0.45
            angle = math.pi / 2 + n * math.pi / 5
            points.append(QPointF(x + radius * math.cos(angle), y - radius * math.sin(angle)))
        painter.drawPolygon(QPolygonF(points))
    else:
        painter.drawEllipse(centre, half, half)


def _runs(count: int, joined: list[bool] | None) -> list[list[int]]:
    """Indexes split where a point is not joined to the next."""
    runs: list[list[int]] = [[]]
    for index in range(count):
        runs[-1].append(index)
        if joined is not None and not joined[index]:
            runs.append([])
    return [run for run in runs if run]


# Axes -----------------------------------------------------------------------------------------
@dataclass
class Axis:
    """One axis: its title, and ticks named by the chart, spaced whole numbers apart, or
    chosen from the range (numbers, or dates on a date axis)."""

    dates: bool = False
    title: str = ""
    ticks: list[tuple[float, str]] | None = None
    step: float | None = None
    text_width: int = 0  # room for the widest named tick (left axis)
    grid: bool = False

    def reset(self) -> None:
        self.ticks, self.step, self.text_width = None, None, 0


def nice_step(span: float, most: int) -> float:
    if span <= 0:
        return 1.0
    raw = span / max(most, 1)
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def number_ticks(low: float, high: float, step: float) -> list[tuple[float, str]]:
    decimals = 0 if float(step).is_integer() else max(0, -math.floor(math.log10(step)))
    first = math.ceil(low / step - 1e-9)
    values = []
    n = first
    while n * step <= high + 1e-9 * max(1.0, abs(high)):
        values.append(n * step)
        n += 1
    return [(v, number(v, decimals).replace("-", "−")) for v in values]


def date_ticks(low: float, high: float, room: int,
               metrics: QFontMetrics) -> list[tuple[float, str]]:
    """Days, months or years along the axis, as many as fit side by side."""
    first, last = _day(low), _day(high)
    locale = QLocale()

    def days(step: int) -> list[date]:
        day = first + timedelta(days=1) if stamp(first) < low else first
        return [day + timedelta(days=n) for n in range(0, (last - day).days + 1, step)]

    def months(step: int) -> list[date]:
        found: list[date] = []
        year, month = first.year, first.month
        while True:
            day = date(year, month, 1)
            if day > last:
                return found
            if stamp(day) >= low and (year * 12 + month - 1) % step == 0:
                found.append(day)
            month += 1
            if month == 13:
                year, month = year + 1, 1

    def years(step: int) -> list[date]:
        return [date(y, 1, 1) for y in range(first.year, last.year + 1)
                if y % step == 0 and stamp(date(y, 1, 1)) >= low]

    def named(day: date, unit: str) -> str:
        qday = QDate(day.year, day.month, day.day)
        if unit == "day":
            return locale.toString(qday, tr("d MMM"))
        if unit == "month":
            return (locale.toString(qday, tr("MMM yyyy")) if day.month == 1
                    else locale.toString(qday, tr("MMM")))
        return locale.toString(qday, "yyyy")

    span_days = max((last - first).days, 1)
    space = metrics.horizontalAdvance("  ")
    for unit, step, every in ([("day", s, s) for s in (1, 2, 7, 14)]
                              + [("month", s, 30.4 * s) for s in (1, 2, 3, 6)]
                              + [("year", s, 365.25 * s) for s in (1, 2, 5, 10, 20, 50)]):
        # Too many for the room even at their narrowest: not named one by one (ten years
        # of days would be 3,650 labels measured on every paint).
        narrowest = metrics.horizontalAdvance(named(first.replace(day=1, month=5), unit))
        if (span_days / every - 1) * (narrowest + space) > room:
            continue
        picked = {"day": days, "month": months, "year": years}[unit](step)
        ticks = [(stamp(day), named(day, unit)) for day in picked]
        widest = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
        if len(ticks) * (widest + space) <= room:
            return ticks
    return []


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

    # What to draw ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Begin a new drawing: no items, no legend, axes back to choosing their ticks."""
        self.items = []
        self.legend = None
        for axis in (self.left, self.bottom):
            axis.reset()
        self.left.grid, self.bottom.grid = True, False
        self.tick_font = tick_font()
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
        print the names on top of each other). Called once it is drawn."""
        if not self.left.text_width:
            return
        metrics = QFontMetrics(self.tick_font)
        ranged = (self.y_range[1] - self.y_range[0]) or 1
        needed = math.ceil(ranged * (metrics.height() + 2) + 2 * metrics.height() + 24)
        if self.bottom.title:
            needed += QFontMetrics(self.font()).height()
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
        for value, text in self._left_ticks:
            y = self.to_screen(0, value).y()
            painter.setPen(pen(c.border))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + TICK_LENGTH, y))
            if y > area.bottom() - metrics.height() / 2 + 1:
                continue  # a label at the very corner would sit on the bottom axis's labels
            painter.setPen(muted)
            box = QRectF(0, y - metrics.height() / 2, area.left() - 4, metrics.height())
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
        if self._title_lines:
            painter.save()
            painter.translate(4, area.center().y())
            painter.rotate(-90)
            for n, line in enumerate(self._title_lines):
                painter.drawText(QRectF(-area.height() / 2, n * titles.height(), area.height(),
                                        titles.height()), Qt.AlignmentFlag.AlignCenter, line)
            painter.restore()

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
