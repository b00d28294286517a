"""What every Trends chart shares: a themed plot, its axes and ticks, hover points.

This module imports pyqtgraph (and so numpy): only the Trends tab imports it, when it is
first built. Colours are Okabe–Ito (colour-blind safe), picked per light or dark theme; a
second series always differs by line style or fill as well, never by colour alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetrics

from numbness_desktop.ui import theme
from numbness_desktop.ui.trends.layers import Layers

DAY_SECONDS = 86400
PLOT_MIN_HEIGHT, PLOT_MAX_HEIGHT = 200, 250
SECOND_PLOT_HEIGHT = (160, 190)


def palette() -> dict[str, str]:
    """Okabe–Ito colours that read on the current theme's surface."""
    dark = theme.is_dark(theme.current_colours())
    return {
        "main": "#56B4E9" if dark else "#0072B2",   # (sky) blue
        "second": "#E69F00" if dark else "#B87700",  # orange (a deeper one on light): no red
        "third": "#009E73",                         # bluish green
        "centre": "#CC79A7" if dark else "#B5638F",  # reddish purple (deeper on light)
    }


def soft_fill(colour: str) -> QColor:
    """A second series' lighter fill: that colour mixed halfway towards the light end of the
    theme (its text on dark, its surface on light), so it reads pale, never muddy."""
    c = theme.current_colours()
    towards = QColor(c.text if theme.is_dark(c) else c.surface)
    base = QColor(colour)
    share = 0.5 if theme.is_dark(c) else 0.65
    return QColor.fromRgbF(*(a * (1 - share) + b * share for a, b in (
        (base.redF(), towards.redF()), (base.greenF(), towards.greenF()),
        (base.blueF(), towards.blueF()))))


def stamp(day: date) -> float:
    """Local midnight of ``day`` as a timestamp, so the date axis shows the same day."""
    return datetime.combine(day, time()).timestamp()


def _tip(x: float, y: float, data: str | Callable[[], str]) -> str:
    return data() if callable(data) else data


class FittingAxis(pg.AxisItem):
    """A left axis whose rotated title takes two lines (or more) when it is longer than the
    axis is high, as with large text, instead of being cut at both ends. A title that fits
    is drawn exactly as pyqtgraph draws it."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        self._wrapped = False
        self._last_label = ""
        super().__init__(orientation, **kwargs)

    def labelString(self) -> str:
        html = super().labelString()
        lines = self._title_lines()
        self._wrapped = len(lines) > 1
        if self._wrapped:  # the same span, its words on several lines
            html = html.replace(self.labelText, "<br>".join(lines), 1)
        self._last_label = html
        return html

    def _title_lines(self) -> list[str]:
        text = " ".join(self.labelText.split())
        if getattr(self, "label", None) is None or not text:
            return [self.labelText]
        room = self.size().height() - 8  # the text item's own margins
        if room <= 0:
            return [self.labelText]
        metrics = QFontMetrics(self.label.font())
        if metrics.horizontalAdvance(text) <= room:
            return [self.labelText]
        lines: list[str] = []
        for word in text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def resizeEvent(self, ev: object = None) -> None:
        # A new height may wrap the title differently (only looked at when it is or was
        # too long: a title that fits is left as pyqtgraph set it).
        if self.label is not None and self.labelText and (
                self._wrapped or len(self._title_lines()) > 1):
            before = self._last_label
            html = self.labelString()
            if html != before:
                self.label.setHtml(html)
                self._updateWidth()
        super().resizeEvent(ev)

    def _updateWidth(self) -> None:
        super()._updateWidth()
        if self._wrapped and self.label is not None and self.label.isVisible():
            # pyqtgraph allows 0.8 of a one-line title's height; several lines need it all.
            width = self.maximumWidth() + self.label.boundingRect().height() * 0.2
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)


def new_plot(dates: bool, height: tuple[int, int] | None = None) -> pg.PlotWidget:
    axis: dict[str, pg.AxisItem] = {"left": FittingAxis("left")}
    if dates:
        axis["bottom"] = pg.DateAxisItem(orientation="bottom")
    # enableMenu=False at construction: pyqtgraph would otherwise build (then hide) its
    # technical right-click menus, ~3 ms a chart on the Trends tab's first show.
    plot = pg.PlotWidget(axisItems=axis, enableMenu=False)
    low, high = height or (PLOT_MIN_HEIGHT, PLOT_MAX_HEIGHT)
    plot.setMinimumHeight(low)
    plot.setMaximumHeight(high)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    style_plot(plot)
    return plot


def style_plot(plot: pg.PlotWidget) -> None:
    """Background, axes and grid in the current theme (again when light/dark changes)."""
    c = theme.current_colours()
    plot.setBackground(c.surface)
    item = plot.getPlotItem()
    font = tick_font()
    metrics = QFontMetrics(font)
    for name in ("left", "bottom"):
        ax = item.getAxis(name)
        ax.setPen(pg.mkPen(c.border))
        ax.setTextPen(pg.mkPen(c.muted))
        ax.setTickFont(font)
        # Room for the tick labels decided now, from the font: left to itself, pyqtgraph
        # widens an axis after its first paint, and every chart then paints twice more.
        ax.setStyle(autoExpandTextSpace=False, tickTextHeight=metrics.height(),
                    tickTextWidth=metrics.horizontalAdvance("0000"))
        ax.enableAutoSIPrefix(False)  # counts and minutes; it also re-typesets the label
        if ax.label.toPlainText():
            ax.setLabel(ax.label.toPlainText(), color=c.muted)
    item.showGrid(x=False, y=True, alpha=0.15)


def tick_font() -> QFont:
    """The app's text size (it scales with Ctrl+=), never below the body minimum."""
    font = QFont()
    font.setPointSizeF(max(float(theme.MIN_BODY_PT), font.pointSizeF() * 0.9))
    return font


def legend(plot: pg.PlotWidget, **where) -> pg.LegendItem:
    return plot.addLegend(labelTextColor=theme.current_colours().text,
                          labelTextSize=f"{tick_font().pointSizeF():.0f}pt", **where)


def whole_number_ticks(plot: pg.PlotWidget, side: str, largest: float) -> None:
    """Counts get whole-number ticks only (1, 2, 5, 10, … apart), never 0.5 steps."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9)
                if largest / s <= 6)
    plot.getPlotItem().getAxis(side).setTickSpacing(step, step)


def fit_left_ticks(plot: pg.PlotWidget, labels: list[str]) -> None:
    """Widen the left axis to its longest tick label (the body chart names places)."""
    widest = max((QFontMetrics(tick_font()).horizontalAdvance(text) for text in labels),
                 default=0)
    plot.getPlotItem().getAxis("left").setStyle(tickTextWidth=widest + 4)


def axis_label(plot: pg.PlotWidget, side: str, text: str) -> None:
    axis = plot.getPlotItem().getAxis(side)
    colour = theme.current_colours().muted
    if (axis.labelText == text and axis.labelStyle.get("color") == colour
            and axis.label.isVisible()):
        return  # the same title again (a period switch): typeset once, not on every draw
    plot.getPlotItem().setLabel(side, text, color=colour)


def hover(plot: pg.PlotWidget, xs: Any, ys: Any, tips: Sequence[str | Callable[[], str]],
          colour: str, symbol: str = "o", size: float = 9,
          ring: bool = False) -> pg.ScatterPlotItem:
    """Points that show their exact value as a tool tip on hover (``ring``: hollow, so they
    stay visible on top of a bar of the same colour). A tip may be a function that writes
    it: charts with hundreds of points then write only the tip a person points at."""
    spots = pg.ScatterPlotItem(**_hover_opts(xs, ys, tips, colour, symbol, size, ring))
    plot.addItem(spots)
    return spots


def hover_in(layers: Layers, role: str, xs: Any, ys: Any,
             tips: Sequence[str | Callable[[], str]], colour: str, symbol: str = "o",
             size: float = 9, ring: bool = False) -> pg.ScatterPlotItem:
    """:func:`hover`'s points kept in the chart's layers (new data on the next draw)."""
    return layers.put(role, pg.ScatterPlotItem, "setData",
                      **_hover_opts(xs, ys, tips, colour, symbol, size, ring))


def _hover_opts(xs: Any, ys: Any, tips: Sequence[str | Callable[[], str]], colour: str,
                symbol: str, size: float, ring: bool) -> dict[str, Any]:
    brush = pg.mkBrush(theme.current_colours().surface if ring else colour)
    return {"x": list(xs), "y": list(ys), "data": list(tips), "symbol": symbol, "size": size,
            "brush": brush, "pen": pg.mkPen(colour, width=1.5 if ring else 1),
            "hoverable": True, "tip": _tip}
