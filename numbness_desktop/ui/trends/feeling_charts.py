"""The charts of feelings: how many different ones were named, where they sat on the mood
grid, how strong they were over time, and where in the body they were felt.

Each comes with an exact text summary for screen readers (``summary_*``).
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from numbness_desktop.domain.body_map import region_label
from numbness_desktop.domain.trends import (
    DayIntensity,
    TrendsData,
    bar_bucket,
    intensity_bucket,
    mood_centre,
)
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.trends.dates import month_name, nice_day
from numbness_desktop.ui.trends.drawing import (
    DAY_SECONDS,
    axis_label,
    fit_left_ticks,
    hover_in,
    legend,
    palette,
    soft_fill,
    stamp,
    tick_font,
    whole_number_ticks,
)
from numbness_desktop.ui.trends.layers import Layers
from numbness_desktop.ui.trends.weekly import bucket_name, weekly_chart, x_span

TOP_REGIONS = 8
BAND_FROM = 45  # more intensity points than this: a range band instead of error bars


def signed(value: float, decimals: int = 2) -> str:
    """'+0.25' or '-0.40', in the locale's digits."""
    return ("+" if value >= 0 else "") + number(value, decimals)


# 1. Emotional granularity ---------------------------------------------------------------------
def draw_granularity(plot: pg.PlotWidget, data: TrendsData) -> None:
    weeks = data.granularity
    weekly_chart(plot, data, "granularity", [w.week for w in weeks], [w.count for w in weeks],
                 lambda n: ntr("%n different feeling", "%n different feelings", int(n)),
                 palette()["main"], GRANULARITY_AXIS, top=max([w.count for w in weeks] + [3]) * 1.1)


GRANULARITY_AXIS = {"week": "different feelings per week",
                    "month": "different feelings per month"}


def summary_granularity(data: TrendsData) -> str:
    bucket = bar_bucket(data.range)
    return "; ".join(tr("{when}: {value}").format(when=bucket_name(w.week, bucket),
                                                  value=number(w.count))
                     for w in data.granularity)


# 2. Mood grid -------------------------------------------------------------------------------
def draw_mood(plot: pg.PlotWidget, data: TrendsData) -> None:
    layers = Layers.of(plot)
    c = theme.current_colours()
    colours = palette()
    placed = [f for f in data.feelings if f.pleasantness is not None and f.energy is not None]
    xs = np.array([f.pleasantness for f in placed], dtype=float)
    ys = np.array([f.energy for f in placed], dtype=float)
    counts = np.array([f.count for f in placed], dtype=float)
    density, _, _ = np.histogram2d(xs, ys, bins=8, range=[[-1, 1], [-1, 1]], weights=counts)
    shade = QColor(colours["main"])
    lut = np.zeros((256, 4), dtype=np.ubyte)
    lut[:, 0], lut[:, 1], lut[:, 2] = shade.red(), shade.green(), shade.blue()
    lut[:, 3] = np.linspace(0, 150, 256).astype(np.ubyte)
    levels = (0, max(float(density.max()), 1.0))

    image = layers.put("density", pg.ImageItem, "setImage", density, lut=lut, levels=levels)
    image.setRect(-1, -1, 2, 2)
    cross = pg.mkPen(c.border, style=Qt.PenStyle.DashLine)
    # The grid's fixed cross as two plain segments: an InfiniteLine measures itself during
    # its first paint and so asks for a second one.
    for n, (xs_line, ys_line) in enumerate((([0, 0], [-1.05, 1.05]), ([-1.05, 1.05], [0, 0]))):
        layers.put(f"cross {n}", pg.PlotCurveItem, "setData", xs_line, ys_line, pen=cross)
    biggest = 14 if len(placed) > 30 else 22  # many words: smaller dots that stay apart
    sizes = (biggest - 8) * np.sqrt(counts / max(float(counts.max()), 1.0)) + 6
    tips = [partial(_mood_tip, f.word, f.count, x, y)
            for f, x, y in zip(placed, xs, ys, strict=True)]
    spots = hover_in(layers, "words", xs, ys, tips, colours["main"])
    spots.setSize(sizes)
    halo = QColor(c.surface)
    halo.setAlphaF(0.8)
    for n, f in enumerate(label_places(placed)):
        # Just right of its dot, on a soft patch of the surface so the dots never hide it.
        text = layers.item(f"label {n}",
                           partial(pg.TextItem, tr(f.word), color=c.text, anchor=(-0.12, 0.5),
                                   fill=pg.mkBrush(halo)),
                           partial(_relabel, text=tr(f.word), colour=c.text, halo=halo))
        text.setFont(tick_font())
        text.setPos(f.pleasantness, f.energy)
    centre = mood_centre(data.feelings)
    if centre is not None:
        hover_in(layers, "centre", [centre[0]], [centre[1]],
                 [tr("Centre of the period: pleasantness {x}, energy {y}").format(
                     x=signed(centre[0]), y=signed(centre[1]))], colours["centre"],
                 symbol="star", size=20)
    layers.done()
    axis_label(plot, "bottom", tr("unpleasant  ←  pleasantness  →  pleasant"))
    axis_label(plot, "left", tr("energy"))
    ticks = [[(v, signed(v, 1).replace("+" + number(0.0, 1), number(0)).replace("-", "−")) for v in
              (-1.0, -0.5, 0.0, 0.5, 1.0)]]
    for side in ("bottom", "left"):
        plot.getPlotItem().getAxis(side).setTicks(ticks)
    plot.setXRange(-1.12, 1.3, padding=0)  # room on the right for the labels
    plot.setYRange(-1.12, 1.12, padding=0)


def _relabel(label: pg.TextItem, text: str, colour: str, halo: QColor) -> None:
    """A kept word label given another word (and the theme's colours)."""
    label.fill = pg.mkBrush(halo)
    label.setText(text, color=colour)


def _mood_tip(word: str, count: int, x: float, y: float) -> str:
    return tr("{word}: {times} (pleasantness {x}, energy {y})").format(
        word=tr(word), times=ntr("%n time", "%n times", count), x=signed(x), y=signed(y))


def label_places(placed: list, most: int = 6) -> list:
    """The most named words that can carry a label without touching another one."""
    chosen: list = []
    for f in sorted(placed, key=lambda f: (-f.count, f.word)):
        if all(abs(f.energy - o.energy) > 0.14 or abs(f.pleasantness - o.pleasantness) > 0.45
               for o in chosen):
            chosen.append(f)
        if len(chosen) == most:
            break
    return chosen


def summary_mood(data: TrendsData) -> str:
    centre = mood_centre(data.feelings)
    words = ", ".join(f"{tr(f.word)} {number(f.count)}" for f in data.feelings[:12])
    if centre is None:
        return tr("feelings: {words}").format(words=words)
    return tr("centre at pleasantness {x}, energy {y}; feelings: {words}").format(
        x=signed(centre[0]), y=signed(centre[1]), words=words)


# 3. Intensity -------------------------------------------------------------------------------
def draw_intensity(plot: pg.PlotWidget, data: TrendsData) -> None:
    layers = Layers.of(plot)
    colours = palette()
    legend(plot, offset=(10, 2), colCount=2)
    series = ((tr("Other feelings"), False, colours["main"], "o", Qt.PenStyle.SolidLine),
              (tr("Shut down"), True, colours["second"], "t", Qt.PenStyle.DashLine))
    bucket = intensity_bucket(data.range)
    middle = {"day": 0.5, "week": 3.5, "month": 15.0}[bucket]

    for name, shut, colour, symbol, style in series:
        days = [d for d in data.intensity if d.shut_down is shut]
        if not days:
            continue
        xs = np.array([stamp(d.day) + middle * DAY_SECONDS for d in days])
        means = np.array([d.mean for d in days])
        lows = np.array([d.low for d in days], dtype=float)
        highs = np.array([d.high for d in days], dtype=float)
        joined = joined_neighbours(xs, bucket)
        if len(days) > BAND_FROM:  # many points: the range as a soft band, not a fence of bars
            band = QColor(colour)
            band.setAlphaF(0.18)
            layers.item(f"band {shut}",
                        partial(_new_band, xs, lows, highs, joined, band),
                        partial(_band, xs=xs, lows=lows, highs=highs, joined=joined,
                                colour=band))
        else:
            layers.put(f"range {shut}", pg.ErrorBarItem, "setData", x=xs, y=means,
                       top=highs - means, bottom=means - lows, beam=0,
                       pen=pg.mkPen(colour, width=1.5))
        layers.put(f"line {shut}", pg.PlotDataItem, "setData", xs, means, name=name,
                   pen=pg.mkPen(colour, width=2, style=style), connect=joined, symbol=symbol,
                   symbolSize=7 if len(days) <= BAND_FROM else 4, symbolBrush=colour,
                   symbolPen=colour)
        hover_in(layers, f"tips {shut}", xs, means,
                 [partial(_intensity_tip, d, bucket, name) for d in days],
                 colour, symbol=symbol, size=7)
    layers.done()
    axis_label(plot, "left", tr("intensity (0–10)"))
    plot.setYRange(0, 11.8, padding=0)  # room above 10 for the legend
    plot.getPlotItem().getAxis("left").setTicks([[(v, number(v)) for v in range(0, 11, 2)]])
    x_span(plot, data, "intensity")


def _new_band(xs: np.ndarray, lows: np.ndarray, highs: np.ndarray, joined: np.ndarray,
              colour: QColor) -> pg.FillBetweenItem:
    return pg.FillBetweenItem(pg.PlotDataItem(xs, lows, connect=joined),
                              pg.PlotDataItem(xs, highs, connect=joined),
                              brush=pg.mkBrush(colour))


def _band(fill: pg.FillBetweenItem, xs: np.ndarray, lows: np.ndarray, highs: np.ndarray,
          joined: np.ndarray, colour: QColor) -> None:
    fill.curves[0].setData(xs, lows, connect=joined)
    fill.curves[1].setData(xs, highs, connect=joined)
    fill.setBrush(pg.mkBrush(colour))


def _intensity_tip(d: DayIntensity, bucket: str, series: str) -> str:
    """One point's tip, written when a person points at it."""
    when = (nice_day(d.day) if bucket == "day"
            else bucket_name(d.day, bucket) if bucket == "week" else month_name(d.day))
    return tr("{when} — {series}: mean {mean}, range {low}–{high} ({feelings})").format(
        when=when, series=series.lower(), mean=number(d.mean, 1), low=number(d.low),
        high=number(d.high), feelings=ntr("%n feeling", "%n feelings", d.count))


def joined_neighbours(xs: np.ndarray, bucket: str) -> np.ndarray:
    """Which points the line joins to the next: not across a gap of more than three days
    (weeks, months) with nothing named, so the line never suggests feelings in between."""
    step = {"day": 1, "week": 7, "month": 31}[bucket] * DAY_SECONDS
    joined = np.zeros(len(xs), dtype=bool)
    joined[:-1] = np.diff(xs) <= 3 * step + DAY_SECONDS / 2
    return joined


# Shown through tr() where the card shows them.
INTENSITY_KEY = ("Lines: the average of each day (week, month); bars or shading: its lowest "
                 "to highest. A break means nothing was named for a while.")
MOOD_KEY = ("★ the period's centre · a bigger dot: named more often · a deeper square: more "
            "of the period's feelings there.")


def summary_intensity(data: TrendsData) -> str:
    return "; ".join(
        (tr("{day} shut down: mean {mean}, {low} to {high}") if d.shut_down
         else tr("{day}: mean {mean}, {low} to {high}")).format(
            day=nice_day(d.day), mean=number(d.mean, 1), low=number(d.low),
            high=number(d.high)) for d in data.intensity[-31:])


# 4. Where in the body -------------------------------------------------------------------------
def draw_body(plot: pg.PlotWidget, data: TrendsData) -> None:
    layers = Layers.of(plot)
    colours = palette()
    legend(plot, offset=(-10, -10))
    regions = list(reversed(data.regions[:TOP_REGIONS]))
    ys = np.arange(len(regions), dtype=float)
    more = [r.more for r in regions]
    less = [r.less for r in regions]
    faded = soft_fill(colours["second"])
    for role, opts in (
            ("more", {"x0": 0, "y": ys + 0.18, "height": 0.34, "width": more,
                      "name": tr("More sensation"), "brush": pg.mkBrush(colours["main"]),
                      "pen": pg.mkPen(colours["main"])}),
            ("less", {"x0": 0, "y": ys - 0.18, "height": 0.34, "width": less,
                      "name": tr("Less sensation"), "brush": pg.mkBrush(faded),
                      "pen": pg.mkPen(colours["second"], width=1.5)})):
        layers.put(role, pg.BarGraphItem, "setOpts", **opts)
    for offset, attribute, colour, symbol in ((0.18, "more", colours["main"], "o"),
                                              (-0.18, "less", colours["second"], "s")):
        shown = [(i, getattr(r, attribute), r) for i, r in enumerate(regions)
                 if getattr(r, attribute)]
        hover_in(layers, f"tips {attribute}", [n for _, n, _ in shown],
                 [i + offset for i, _, _ in shown],
                 [(tr("{place}: %n times more sensation") if attribute == "more"
                   else tr("{place}: %n times less sensation")).format(
                     place=tr(region_label(r.region))).replace("%n", number(n))
                  for _, n, r in shown], colour, symbol=symbol, size=6)
    layers.done()
    ticks = [(float(i), tr(region_label(r.region))) for i, r in enumerate(regions)]
    plot.getPlotItem().getAxis("left").setTicks([ticks])
    fit_left_ticks(plot, [text for _, text in ticks])
    plot.getPlotItem().showGrid(x=True, y=False, alpha=0.15)
    axis_label(plot, "bottom", tr("times marked"))
    plot.setYRange(-0.6, len(regions) - 0.4, padding=0)
    plot.setXRange(0, max(more + less + [1]) * 1.45, padding=0)  # room for the legend
    whole_number_ticks(plot, "bottom", max(more + less + [1]) * 1.45)


def summary_body(data: TrendsData) -> str:
    return "; ".join(tr("{place}: {more} more, {less} less").format(
        place=tr(region_label(r.region)), more=number(r.more), less=number(r.less))
                     for r in data.regions)
