"""What every Trends chart shares: a themed chart, its axes and ticks, hover points.

The charts are :class:`~numbness_desktop.ui.trends.chart.Chart` widgets painted with
QPainter (no pyqtgraph, no numpy). Colours are Okabe–Ito (colour-blind safe), picked per
light or dark theme; a second series always differs by line style or fill as well, never by
colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor, QFontMetrics

from numbness_desktop.ui import theme
from numbness_desktop.ui.trends.chart import (
    DAY_SECONDS,
    Chart,
    Legend,
    Points,
    stamp,
    tick_font,
)

__all__ = ["DAY_SECONDS", "PLOT_MAX_HEIGHT", "PLOT_MIN_HEIGHT", "SECOND_PLOT_HEIGHT",
           "axis_label", "fit_left_ticks", "hover", "legend", "new_plot", "over_surface", "palette",
           "soft_fill", "stamp", "style_plot", "tick_font", "whole_number_ticks"]

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


def over_surface(colour: str | QColor, opacity: float) -> QColor:
    """``colour`` at ``opacity`` over the theme's surface, as one opaque colour: the same
    look as a see-through fill on the chart's background, painted several times faster."""
    base, under = QColor(colour), QColor(theme.current_colours().surface)
    return QColor.fromRgbF(*(a * opacity + b * (1 - opacity) for a, b in (
        (base.redF(), under.redF()), (base.greenF(), under.greenF()),
        (base.blueF(), under.blueF()))))


def new_plot(dates: bool, height: tuple[int, int] | None = None) -> Chart:
    return Chart(dates, height or (PLOT_MIN_HEIGHT, PLOT_MAX_HEIGHT))


def style_plot(plot: Chart) -> None:
    """Light/dark changed: the chart paints in the theme's colours as it paints."""
    plot.tick_font = tick_font()
    plot.update()


def legend(plot: Chart, offset: tuple[float, float] = (10, 5), columns: int = 1) -> Legend:
    return plot.add_legend(offset, columns)


def whole_number_ticks(plot: Chart, side: str, largest: float) -> None:
    """Counts get whole-number ticks only (1, 2, 5, 10, … apart), never 0.5 steps."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9)
                if largest / s <= 6)
    (plot.left if side == "left" else plot.bottom).step = step


def fit_left_ticks(plot: Chart, labels: list[str]) -> None:
    """Widen the left axis to its longest tick label (the body chart names places)."""
    widest = max((QFontMetrics(tick_font()).horizontalAdvance(text) for text in labels),
                 default=0)
    plot.left.text_width = widest + 4


def axis_label(plot: Chart, side: str, text: str) -> None:
    """The axis's title (runs of spaces as one, as rich text showed them)."""
    (plot.left if side == "left" else plot.bottom).title = " ".join(text.split())


def hover(plot: Chart, xs: Sequence[float], ys: Sequence[float],
          tips: Sequence[str | Callable[[], str]], colour: str, symbol: str = "o",
          size: float | list[float] = 9, ring: bool = False) -> Points:
    """Points that show their exact value as a tool tip on hover (``ring``: hollow, so they
    stay visible on top of a bar of the same colour)."""
    points = Points(list(xs), list(ys), list(tips), colour, symbol, size, ring)
    plot.add(points)
    return points
