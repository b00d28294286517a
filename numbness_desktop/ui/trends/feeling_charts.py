"""The charts of feelings: how many different ones were named, where they sat on the mood
grid, how strong they were over time, and where in the body they were felt.

Each comes with an exact text summary for screen readers (``summary_*``).
"""

from __future__ import annotations

import math
from functools import partial
from itertools import pairwise

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
from numbness_desktop.ui.trends.chart import (
    Band,
    Bars,
    Cells,
    Chart,
    Label,
    Line,
    Segment,
    Whiskers,
    brush,
    pen,
)
from numbness_desktop.ui.trends.dates import month_name, nice_day
from numbness_desktop.ui.trends.drawing import (
    DAY_SECONDS,
    axis_label,
    fit_left_ticks,
    hover,
    legend,
    palette,
    soft_fill,
    stamp,
    whole_number_ticks,
)
from numbness_desktop.ui.trends.weekly import bucket_name, weekly_chart, x_span

TOP_REGIONS = 8
BAND_FROM = 45  # more intensity points than this: a range band instead of error bars


def signed(value: float, decimals: int = 2) -> str:
    """'+0.25' or '-0.40', in the locale's digits."""
    return ("+" if value >= 0 else "") + number(value, decimals)


# 1. Emotional granularity ---------------------------------------------------------------------
def draw_granularity(plot: Chart, data: TrendsData) -> None:
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
def draw_mood(plot: Chart, data: TrendsData) -> None:
    c = theme.current_colours()
    colours = palette()
    placed = [f for f in data.feelings if f.pleasantness is not None and f.energy is not None]
    xs = [float(f.pleasantness or 0) for f in placed]
    ys = [float(f.energy or 0) for f in placed]
    counts = [float(f.count) for f in placed]
    # How many of the period's feelings fall in each of 8 × 8 squares (weighted by count).
    density = [[0.0] * 8 for _ in range(8)]
    for x, y, count in zip(xs, ys, counts, strict=True):
        if -1 <= x <= 1 and -1 <= y <= 1:
            density[min(int((x + 1) * 4), 7)][min(int((y + 1) * 4), 7)] += count
    deepest = max(max(max(column) for column in density), 1.0)
    plot.add(Cells(-1, -1, 2, 2, [[150 / 255 * value / deepest for value in column]
                                  for column in density], QColor(colours["main"])))
    cross = pen(c.border, 1, Qt.PenStyle.DashLine)
    plot.add(Segment([0, 0], [-1.05, 1.05], cross))
    plot.add(Segment([-1.05, 1.05], [0, 0], cross))
    biggest = 14 if len(placed) > 30 else 22  # many words: smaller dots that stay apart
    most = max(counts, default=1.0) or 1.0
    sizes = [(biggest - 8) * math.sqrt(count / most) + 6 for count in counts]
    tips = [partial(_mood_tip, f.word, f.count, x, y)
            for f, x, y in zip(placed, xs, ys, strict=True)]
    hover(plot, xs, ys, tips, colours["main"], size=sizes)
    halo = QColor(c.surface)
    halo.setAlphaF(0.8)
    for f in label_places(placed):
        # Just right of its dot, on a soft patch of the surface so the dots never hide it.
        plot.add(Label(f.pleasantness, f.energy, tr(f.word), c.text, halo))
    centre = mood_centre(data.feelings)
    if centre is not None:
        hover(plot, [centre[0]], [centre[1]],
              [tr("Centre of the period: pleasantness {x}, energy {y}").format(
                  x=signed(centre[0]), y=signed(centre[1]))], colours["centre"],
              symbol="star", size=20)
    axis_label(plot, "bottom", tr("unpleasant  ←  pleasantness  →  pleasant"))
    axis_label(plot, "left", tr("energy"))
    ticks = [(v, signed(v, 1).replace("+" + number(0.0, 1), number(0)).replace("-", "−")) for v in
             (-1.0, -0.5, 0.0, 0.5, 1.0)]
    plot.left.ticks = plot.bottom.ticks = ticks
    plot.set_x_range(-1.12, 1.3)  # room on the right for the labels
    plot.set_y_range(-1.12, 1.12)
    plot.rows = MOOD_ROWS


MOOD_ROWS = 8  # lines of word labels the grid is tall enough for (taller at large text)


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
def draw_intensity(plot: Chart, data: TrendsData) -> None:
    colours = palette()
    legend(plot, offset=(10, 2), columns=2)
    series = ((tr("Other feelings"), False, colours["main"], "o", Qt.PenStyle.SolidLine),
              (tr("Shut down"), True, colours["second"], "t", Qt.PenStyle.DashLine))
    bucket = intensity_bucket(data.range)
    middle = {"day": 0.5, "week": 3.5, "month": 15.0}[bucket]

    for name, shut, colour, symbol, style in series:
        days = [d for d in data.intensity if d.shut_down is shut]
        if not days:
            continue
        xs = [stamp(d.day) + middle * DAY_SECONDS for d in days]
        means = [d.mean for d in days]
        lows = [float(d.low) for d in days]
        highs = [float(d.high) for d in days]
        joined = joined_neighbours(xs, bucket)
        if len(days) > BAND_FROM:  # many points: the range as a soft band, not a fence of bars
            band = QColor(colour)
            band.setAlphaF(0.18)
            plot.add(Band(xs, lows, highs, band, joined))
        else:
            plot.add(Whiskers(xs, lows, highs, pen(colour, 1.5)))
        plot.add(Line(xs, means, pen(colour, 2, style), joined, symbol,
                      7 if len(days) <= BAND_FROM else 4, name=name))
        hover(plot, xs, means, [partial(_intensity_tip, d, bucket, name) for d in days],
              colour, symbol=symbol, size=7)
    axis_label(plot, "left", tr("intensity (0–10)"))
    plot.set_y_range(0, 11.8)  # room above 10 for the legend
    plot.left.ticks = [(v, number(v)) for v in range(0, 11, 2)]
    x_span(plot, data, "intensity")


def _intensity_tip(d: DayIntensity, bucket: str, series: str) -> str:
    """One point's tip, written when a person points at it."""
    when = (nice_day(d.day) if bucket == "day"
            else bucket_name(d.day, bucket) if bucket == "week" else month_name(d.day))
    return tr("{when} — {series}: mean {mean}, range {low}–{high} ({feelings})").format(
        when=when, series=series.lower(), mean=number(d.mean, 1), low=number(d.low),
        high=number(d.high), feelings=ntr("%n feeling", "%n feelings", d.count))


def joined_neighbours(xs: list[float], bucket: str) -> list[bool]:
    """Which points the line joins to the next: not across a gap of more than three days
    (weeks, months) with nothing named, so the line never suggests feelings in between."""
    step = {"day": 1, "week": 7, "month": 31}[bucket] * DAY_SECONDS
    return [following - x <= 3 * step + DAY_SECONDS / 2
            for x, following in pairwise(xs)] + [False] * bool(xs)


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
def draw_body(plot: Chart, data: TrendsData) -> None:
    colours = palette()
    legend(plot, offset=(-10, -10))
    regions = list(reversed(data.regions[:TOP_REGIONS]))
    ys = [float(n) for n in range(len(regions))]
    more = [r.more for r in regions]
    less = [r.less for r in regions]
    faded = soft_fill(colours["second"])
    plot.add(Bars.sideways([y + 0.18 for y in ys], more, 0.34, brush(colours["main"]),
                           pen(colours["main"]), tr("More sensation")))
    plot.add(Bars.sideways([y - 0.18 for y in ys], less, 0.34, brush(faded),
                           pen(colours["second"], 1.5), tr("Less sensation")))
    for offset, attribute, colour, symbol in ((0.18, "more", colours["main"], "o"),
                                              (-0.18, "less", colours["second"], "s")):
        shown = [(i, getattr(r, attribute), r) for i, r in enumerate(regions)
                 if getattr(r, attribute)]
        hover(plot, [n for _, n, _ in shown], [i + offset for i, _, _ in shown],
              [(tr("{place}: %n times more sensation") if attribute == "more"
                else tr("{place}: %n times less sensation")).format(
                  place=tr(region_label(r.region))).replace("%n", number(n))
               for _, n, r in shown], colour, symbol=symbol, size=6)
    ticks = [(float(i), tr(region_label(r.region))) for i, r in enumerate(regions)]
    plot.left.ticks = ticks
    fit_left_ticks(plot, [text for _, text in ticks])
    plot.left.grid, plot.bottom.grid = False, True
    axis_label(plot, "bottom", tr("times marked"))
    plot.set_y_range(-0.6, len(regions) - 0.4)
    plot.set_x_range(0, max(more + less + [1]) * 1.45)  # room for the legend
    whole_number_ticks(plot, "bottom", max(more + less + [1]) * 1.45)


def summary_body(data: TrendsData) -> str:
    return "; ".join(tr("{place}: {more} more, {less} less").format(
        place=tr(region_label(r.region)), more=number(r.more), less=number(r.less))
                     for r in data.regions)
