"""What a Trends chart draws: bars, lines, bands, whiskers, segments, marks that tell their
value, shaded cells and word labels, each painting itself onto a
:class:`~numbness_desktop.ui.trends.chart.Chart` with QPainter (no pyqtgraph, no numpy).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)

from numbness_desktop.ui import theme

if TYPE_CHECKING:
    from numbness_desktop.ui.trends.chart import Chart

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
    """A word beside its point (just right of it where that is clear), on a soft patch of
    the surface; left out where it would touch another word or mark."""

    x: float
    y: float
    text: str
    colour: str
    halo: QColor

    def paint(self, painter: QPainter, chart: Chart) -> None:
        metrics = QFontMetrics(chart.tick_font)
        width, height = metrics.horizontalAdvance(self.text) + 4, metrics.height() + 2
        box = chart.place_word(chart.to_screen(self.x, self.y), width, height)
        if box is None:
            return
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
