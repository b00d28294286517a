"""The six Trends charts drawn with pyqtgraph, and each one's exact text summary.

This module imports pyqtgraph (and so numpy): only the Trends tab imports it, when it is
first built. Colours are Okabe–Ito (colour-blind safe), picked per light or dark theme; a
second series always differs by line style or fill as well, never by colour alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from numbness_desktop.domain.body_map import region_label
from numbness_desktop.domain.readings import (
    OWN_RATINGS,
    change_words,
    sessions_words,
    short_change,
    steady_first,
)
from numbness_desktop.domain.trends import (
    TrendsData,
    bar_bucket,
    bucket_start,
    intensity_bucket,
    mood_centre,
    rated_enough,
)
from numbness_desktop.ui import theme

DAY_SECONDS = 86400
PLOT_MIN_HEIGHT, PLOT_MAX_HEIGHT = 200, 250
SECOND_PLOT_HEIGHT = (160, 190)
TOP_REGIONS = 8
BAND_FROM = 45  # more intensity points than this: a range band instead of error bars


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


def nice_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def new_plot(dates: bool, height: tuple[int, int] | None = None) -> pg.PlotWidget:
    axis = {"bottom": pg.DateAxisItem(orientation="bottom")} if dates else {}
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


def _legend(plot: pg.PlotWidget, **where) -> pg.LegendItem:
    return plot.addLegend(labelTextColor=theme.current_colours().text,
                          labelTextSize=f"{tick_font().pointSizeF():.0f}pt", **where)


def _whole_number_ticks(plot: pg.PlotWidget, side: str, largest: float) -> None:
    """Counts get whole-number ticks only (1, 2, 5, 10, … apart), never 0.5 steps."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9)
                if largest / s <= 6)
    plot.getPlotItem().getAxis(side).setTickSpacing(step, step)


def _fit_left_ticks(plot: pg.PlotWidget, labels: list[str]) -> None:
    """Widen the left axis to its longest tick label (the body chart names places)."""
    widest = max((QFontMetrics(tick_font()).horizontalAdvance(text) for text in labels),
                 default=0)
    plot.getPlotItem().getAxis("left").setStyle(tickTextWidth=widest + 4)


def _label(plot: pg.PlotWidget, side: str, text: str) -> None:
    plot.getPlotItem().setLabel(side, text, color=theme.current_colours().muted)


def _hover(plot: pg.PlotWidget, xs, ys, tips: list[str], colour: str, symbol: str = "o",
           size: float = 9, ring: bool = False) -> pg.ScatterPlotItem:
    """Points that show their exact value as a tool tip on hover (``ring``: hollow, so they
    stay visible on top of a bar of the same colour)."""
    brush = pg.mkBrush(theme.current_colours().surface if ring else colour)
    spots = pg.ScatterPlotItem(x=list(xs), y=list(ys), data=tips, symbol=symbol, size=size,
                               brush=brush, pen=pg.mkPen(colour, width=1.5 if ring else 1),
                               hoverable=True, tip=lambda x, y, data: data)
    plot.addItem(spots)
    return spots


def bucket_name(day: date, bucket: str) -> str:
    return f"Week of {nice_day(day)}" if bucket == "week" else f"{day:%B %Y}"


def _week_bars(plot: pg.PlotWidget, data: TrendsData, weeks, values, tips,
               colour: str) -> None:
    """Bars per week (or per month over long spans) with exact values on hover.

    A bar only partly inside the period (the week still going on, or one the period starts
    in the middle of) is drawn pale with a dashed edge and says so on hover, so it never
    reads as a drop.
    """
    bucket = bar_bucket(data.range)
    days = 7 if bucket == "week" else 30.4
    xs = [stamp(w) + days / 2 * DAY_SECONDS for w in weeks]
    partial = [_partial_note(w, bucket, data) for w in weeks]
    fill = QColor(colour)
    fill.setAlphaF(0.75)
    for is_partial, brush, pen in (
            (False, pg.mkBrush(fill), pg.mkPen(colour)),
            (True, pg.mkBrush(soft_fill(colour)),
             pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine))):
        chosen = [i for i, note in enumerate(partial) if bool(note) is is_partial]
        if chosen:
            plot.addItem(pg.BarGraphItem(x=[xs[i] for i in chosen],
                                         height=[values[i] for i in chosen],
                                         width=days * 0.72 * DAY_SECONDS, brush=brush, pen=pen))
    _hover(plot, xs, values, [tip + note for tip, note in zip(tips, partial, strict=True)],
           colour, size=7, ring=True)
    _whole_number_ticks(plot, "left", max([*values, 1]))
    _bar_date_ticks(plot, data, bucket)


def _bar_date_ticks(plot: pg.PlotWidget, data: TrendsData, bucket: str) -> None:
    """Up to 3 months of weekly bars: each bar (or every other) named by its Monday, under
    its middle. Longer spans keep the date axis's own month ticks."""
    axis = plot.getPlotItem().getAxis("bottom")
    first = bucket_start(data.range.first, bucket)
    weeks = [first + timedelta(days=7 * n)
             for n in range((data.range.last - first).days // 7 + 1)]
    if bucket != "week" or len(weeks) > 14:
        axis.setTicks(None)
        return
    every = 1 if len(weeks) <= 7 else 2
    axis.setTicks([[(stamp(w) + 3.5 * DAY_SECONDS, f"{w.day} {w:%b}")
                    for w in weeks[::every]]])


PARTIAL_KEY = "Pale, dashed bars: a week (month) only partly inside the period."


def has_partial_bars(key: str, data: TrendsData) -> bool:
    """Whether the card's bars include one only partly inside the period."""
    rows = {"granularity": data.granularity, "breathing": data.breathing,
            "journal": data.journal_days}.get(key, [])
    bucket = bar_bucket(data.range)
    return any(_partial_note(row.week, bucket, data) for row in rows)


def _partial_note(start: date, bucket: str, data: TrendsData) -> str:
    """'' for a whole week (month) inside the period, else what part of it is counted."""
    end = (start + timedelta(days=6) if bucket == "week"
           else (start + timedelta(days=32)).replace(day=1) - timedelta(days=1))
    if end > data.range.last:
        return " (so far)"
    if start < data.range.first:
        return f" (from {nice_day(data.range.first)})"
    return ""


def _x_span(plot: pg.PlotWidget, data: TrendsData, key: str, weekly: bool = False) -> None:
    """The period on the date axis; bars show their whole first and last week (or month).

    When the chart's first entry comes long after the period starts (a year, but writing
    began in September), the axis starts there, and the chart's key says so.
    """
    first, last = late_start(key, data) or data.range.first, data.range.last + timedelta(days=1)
    if weekly:
        bucket = bar_bucket(data.range)
        first = bucket_start(first, bucket)
        end = bucket_start(data.range.last, bucket)
        last = (end + timedelta(days=7) if bucket == "week"
                else (end + timedelta(days=32)).replace(day=1))
    plot.setXRange(stamp(first), stamp(last), padding=0.02)


LATE_START_DAYS = 45


def late_start(key: str, data: TrendsData) -> date | None:
    """The chart's first day with data, when it is more than six weeks into the period."""
    rows = {"granularity": [w.week for w in data.granularity],
            "intensity": [d.day for d in data.intensity],
            "breathing": [w.week for w in data.breathing],
            "journal": [w.week for w in data.journal_days]}.get(key, [])
    first = min(rows, default=None)
    if first is None or (first - data.range.first).days <= LATE_START_DAYS:
        return None
    return first


def late_start_note(key: str, data: TrendsData) -> str:
    first = late_start(key, data)
    return (f"It starts at your first entry in this period ({first:%B %Y}); the time before "
            "is empty.") if first else ""


# 1. Emotional granularity ---------------------------------------------------------------------
def draw_granularity(plot: pg.PlotWidget, data: TrendsData) -> None:
    weeks = data.granularity
    _weekly_chart(plot, data, "granularity", [w.week for w in weeks], [w.count for w in weeks],
                  lambda n: f"{n} different feelings", palette()["main"],
                  "different feelings", top=max([w.count for w in weeks] + [3]) * 1.1)


def _weekly_chart(plot: pg.PlotWidget, data: TrendsData, key: str, weeks: list[date],
                  values: list[float], says: Callable[[float], str], colour: str, unit: str,
                  top: float) -> None:
    """The date charts' common shape: bars per week (month), labelled axis, the period."""
    plot.clear()
    bucket = bar_bucket(data.range)
    _week_bars(plot, data, weeks, values,
               [f"{bucket_name(w, bucket)}: {says(v)}" for w, v in zip(weeks, values,
                                                                       strict=True)], colour)
    _label(plot, "left", f"{unit} per {bucket}")
    plot.setYRange(0, top, padding=0)
    _x_span(plot, data, key, weekly=True)


def summary_granularity(data: TrendsData) -> str:
    bucket = bar_bucket(data.range)
    return "; ".join(f"{bucket_name(w.week, bucket)}: {w.count}" for w in data.granularity)


# 2. Mood grid -------------------------------------------------------------------------------
def draw_mood(plot: pg.PlotWidget, data: TrendsData) -> None:
    plot.clear()
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
    image = pg.ImageItem(density, lut=lut, levels=(0, max(float(density.max()), 1.0)))
    image.setRect(-1, -1, 2, 2)
    plot.addItem(image)
    cross = pg.mkPen(c.border, style=Qt.PenStyle.DashLine)
    # The grid's fixed cross as two plain segments: an InfiniteLine measures itself during
    # its first paint and so asks for a second one.
    for xs_line, ys_line in (([0, 0], [-1.05, 1.05]), ([-1.05, 1.05], [0, 0])):
        plot.addItem(pg.PlotCurveItem(xs_line, ys_line, pen=cross))
    biggest = 14 if len(placed) > 30 else 22  # many words: smaller dots that stay apart
    sizes = (biggest - 8) * np.sqrt(counts / max(float(counts.max()), 1.0)) + 6
    tips = [f"{f.word}: {f.count} time{'s' if f.count != 1 else ''} "
            f"(pleasantness {f.pleasantness:+.2f}, energy {f.energy:+.2f})" for f in placed]
    spots = _hover(plot, xs, ys, tips, colours["main"])
    spots.setSize(sizes)
    halo = QColor(c.surface)
    halo.setAlphaF(0.8)
    for f in label_places(placed):
        # Just right of its dot, on a soft patch of the surface so the dots never hide it.
        text = pg.TextItem(f.word, color=c.text, anchor=(-0.12, 0.5), fill=pg.mkBrush(halo))
        text.setFont(tick_font())
        text.setPos(f.pleasantness, f.energy)
        plot.addItem(text)
    centre = mood_centre(data.feelings)
    if centre is not None:
        _hover(plot, [centre[0]], [centre[1]],
               [f"Centre of the period: pleasantness {centre[0]:+.2f}, "
                f"energy {centre[1]:+.2f}"], colours["centre"], symbol="star", size=20)
    _label(plot, "bottom", "unpleasant  ←  pleasantness  →  pleasant")
    _label(plot, "left", "energy")
    ticks = [[(v, f"{v:+.1f}".replace("+0.0", "0").replace("-", "−")) for v in
              (-1.0, -0.5, 0.0, 0.5, 1.0)]]
    for side in ("bottom", "left"):
        plot.getPlotItem().getAxis(side).setTicks(ticks)
    plot.setXRange(-1.12, 1.3, padding=0)  # room on the right for the labels
    plot.setYRange(-1.12, 1.12, padding=0)


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
    words = ", ".join(f"{f.word} {f.count}" for f in data.feelings[:12])
    where = (f"centre at pleasantness {centre[0]:+.2f}, energy {centre[1]:+.2f}; "
             if centre else "")
    return f"{where}feelings: {words}"


# 3. Intensity -------------------------------------------------------------------------------
def draw_intensity(plot: pg.PlotWidget, data: TrendsData) -> None:
    plot.clear()
    colours = palette()
    _legend(plot, offset=(10, 2), colCount=2)
    series = (("Other feelings", False, colours["main"], "o", Qt.PenStyle.SolidLine),
              ("Shut down", True, colours["second"], "t", Qt.PenStyle.DashLine))
    bucket = intensity_bucket(data.range)
    middle = {"day": 0.5, "week": 3.5, "month": 15.0}[bucket]

    def when(day: date) -> str:
        return {"day": nice_day(day), "week": f"Week of {nice_day(day)}",
                "month": f"{day:%B %Y}"}[bucket]

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
            plot.addItem(pg.FillBetweenItem(pg.PlotDataItem(xs, lows, connect=joined),
                                            pg.PlotDataItem(xs, highs, connect=joined),
                                            brush=pg.mkBrush(band)))
        else:
            plot.addItem(pg.ErrorBarItem(x=xs, y=means, top=highs - means, bottom=means - lows,
                                         beam=0, pen=pg.mkPen(colour, width=1.5)))
        plot.plot(xs, means, name=name, pen=pg.mkPen(colour, width=2, style=style),
                  connect=joined, symbol=symbol, symbolSize=7 if len(days) <= BAND_FROM else 4,
                  symbolBrush=colour, symbolPen=colour)
        _hover(plot, xs, means,
               [f"{when(d.day)} — {name.lower()}: mean {d.mean:.1f}, range {d.low}–{d.high}"
                f" ({d.count} feeling{'s' if d.count != 1 else ''})" for d in days],
               colour, symbol=symbol, size=7)
    _label(plot, "left", "intensity (0–10)")
    plot.setYRange(0, 11.8, padding=0)  # room above 10 for the legend
    plot.getPlotItem().getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
    _x_span(plot, data, "intensity")


def joined_neighbours(xs: np.ndarray, bucket: str) -> np.ndarray:
    """Which points the line joins to the next: not across a gap of more than three days
    (weeks, months) with nothing named, so the line never suggests feelings in between."""
    step = {"day": 1, "week": 7, "month": 31}[bucket] * DAY_SECONDS
    joined = np.zeros(len(xs), dtype=bool)
    joined[:-1] = np.diff(xs) <= 3 * step + DAY_SECONDS / 2
    return joined


INTENSITY_KEY = ("Lines: the average of each day (week, month); bars or shading: its lowest "
                 "to highest. A break means nothing was named for a while.")
MOOD_KEY = ("★ the period's centre · a bigger dot: named more often · a deeper square: more "
            "of the period's feelings there.")


def summary_intensity(data: TrendsData) -> str:
    return "; ".join(
        f"{nice_day(d.day)}{' shut down' if d.shut_down else ''}: mean {d.mean:.1f}, "
        f"{d.low} to {d.high}" for d in data.intensity[-31:])


# 4. Where in the body -------------------------------------------------------------------------
def draw_body(plot: pg.PlotWidget, data: TrendsData) -> None:
    plot.clear()
    colours = palette()
    _legend(plot, offset=(-10, -10))
    regions = list(reversed(data.regions[:TOP_REGIONS]))
    ys = np.arange(len(regions), dtype=float)
    more = [r.more for r in regions]
    less = [r.less for r in regions]
    faded = soft_fill(colours["second"])
    plot.addItem(pg.BarGraphItem(x0=0, y=ys + 0.18, height=0.34, width=more, name="More sensation",
                                 brush=pg.mkBrush(colours["main"]), pen=pg.mkPen(colours["main"])))
    plot.addItem(pg.BarGraphItem(x0=0, y=ys - 0.18, height=0.34, width=less, name="Less sensation",
                                 brush=pg.mkBrush(faded),
                                 pen=pg.mkPen(colours["second"], width=1.5)))
    for offset, attribute, colour, symbol in ((0.18, "more", colours["main"], "o"),
                                              (-0.18, "less", colours["second"], "s")):
        shown = [(i, getattr(r, attribute), r) for i, r in enumerate(regions)
                 if getattr(r, attribute)]
        _hover(plot, [n for _, n, _ in shown], [i + offset for i, _, _ in shown],
               [f"{region_label(r.region)}: {n} times {attribute} sensation"
                for _, n, r in shown], colour, symbol=symbol, size=6)
    ticks = [(float(i), region_label(r.region)) for i, r in enumerate(regions)]
    plot.getPlotItem().getAxis("left").setTicks([ticks])
    _fit_left_ticks(plot, [text for _, text in ticks])
    plot.getPlotItem().showGrid(x=True, y=False, alpha=0.15)
    _label(plot, "bottom", "times marked")
    plot.setYRange(-0.6, len(regions) - 0.4, padding=0)
    plot.setXRange(0, max(more + less + [1]) * 1.45, padding=0)  # room for the legend
    _whole_number_ticks(plot, "bottom", max(more + less + [1]) * 1.45)


def summary_body(data: TrendsData) -> str:
    return "; ".join(f"{region_label(r.region)}: {r.more} more, {r.less} less"
                     for r in data.regions)


# 5. Breathing ---------------------------------------------------------------------------------
def draw_breathing(plot: pg.PlotWidget, data: TrendsData) -> None:
    weeks = data.breathing
    _weekly_chart(plot, data, "breathing", [w.week for w in weeks], [w.minutes for w in weeks],
                  lambda m: f"{m:.1f} minutes", palette()["third"], "minutes",
                  top=max([w.minutes for w in weeks] + [5]) * 1.1)


CHANGES_HEADING = f"After vs before, {OWN_RATINGS}:"


def change_lines(data: TrendsData, limit: int | None = 4) -> list[str]:
    """Per pattern, most-rated first: '4-6: tension 2.0 lower, connected 1.0 higher · 5 rated'."""
    by_preset: dict[str, list] = {}
    for change in rated_enough(data.changes):
        by_preset.setdefault(change.preset, []).append(change)
    ordered = sorted(by_preset.items(), key=lambda item: (-max(c.sessions for c in item[1]),
                                                          item[0]))
    lines = []
    for preset, changes in ordered[:limit]:
        ordered_changes = steady_first([(c.measure, c.average_change) for c in changes])
        parts = [short_change(measure, value) for measure, value in ordered_changes]
        sessions = max(c.sessions for c in changes)
        lines.append(f"{preset}: {', '.join(parts)} · {sessions_words(sessions)}")
    return lines


def summary_breathing(data: TrendsData) -> str:
    weeks = "; ".join(f"{bucket_name(w.week, bar_bucket(data.range))}: "
                      f"{w.minutes:.1f} minutes" for w in data.breathing)
    return ". ".join([weeks, f"After vs before, {OWN_RATINGS}", *change_lines(data, None)])


# 6. Journal -----------------------------------------------------------------------------------
def draw_journal(plot: pg.PlotWidget, data: TrendsData) -> None:
    weeks = data.journal_days
    _weekly_chart(plot, data, "journal", [w.week for w in weeks], [w.count for w in weeks],
                  lambda n: f"wrote on {n} day{'s' if n != 1 else ''}", palette()["centre"],
                  "days written", top=(7 if bar_bucket(data.range) == "week" else 31) * 1.05)


def word_line(data: TrendsData) -> str:
    if not data.top_words:
        return ""
    return "Most named: " + " · ".join(f"{w.word} ×{w.count}" for w in data.top_words)


def summary_journal(data: TrendsData) -> str:
    weeks = "; ".join(f"{bucket_name(w.week, bar_bucket(data.range))}: {w.count} days"
                      for w in data.journal_days)
    return ". ".join(part for part in (weeks, word_line(data)) if part)


# Second charts: per pattern change (breathing) and most named words (journal) ---------------
def preset_changes(data: TrendsData, limit: int = 4) -> list[tuple[str, dict[str, object]]]:
    """Patterns most rated first, each with its tension and connected changes (if rated)."""
    by_preset: dict[str, dict[str, object]] = {}
    for change in rated_enough(data.changes):
        by_preset.setdefault(change.preset, {})[change.measure] = change
    return sorted(by_preset.items(),
                  key=lambda item: (-max(c.sessions for c in item[1].values()), item[0]))[:limit]


def draw_changes(plot: pg.PlotWidget, data: TrendsData) -> None:
    """Horizontal bars around zero: after minus before, tension and connected per pattern."""
    plot.clear()
    colours = palette()
    presets = preset_changes(data)
    ys = np.arange(len(presets), dtype=float)[::-1]  # most rated at the top
    faded = soft_fill(colours["second"])
    _legend(plot, offset=(-10, 5))
    for offset, measure, name, brush, pen, symbol in (
            (0.18, "tension", "Tension", pg.mkBrush(colours["main"]), pg.mkPen(colours["main"]),
             "o"),
            (-0.18, "connected", "Connected", pg.mkBrush(faded),
             pg.mkPen(colours["second"], width=1.5), "s")):
        rows = [(y, changes[measure]) for y, (_, changes) in zip(ys, presets, strict=True)
                if measure in changes]
        if not rows:
            continue
        widths = [change.average_change for _, change in rows]
        plot.addItem(pg.BarGraphItem(x0=0, y=[y + offset for y, _ in rows], height=0.34,
                                     width=widths, brush=brush, pen=pen, name=name))
        _hover(plot, widths, [y + offset for y, _ in rows],
               [f"{change.preset}: {change.measure} {_change_words(change.average_change)} "
                f"on average, {OWN_RATINGS} ({sessions_words(change.sessions)})"
                for _, change in rows],
               pen.color().name(), symbol=symbol, size=6)
    ticks = [(float(y), preset) for y, (preset, _) in zip(ys, presets, strict=True)]
    plot.getPlotItem().getAxis("left").setTicks([ticks])
    _fit_left_ticks(plot, [text for _, text in ticks])
    plot.addItem(pg.PlotCurveItem([0, 0], [-0.6, len(presets) - 0.4],
                                  pen=pg.mkPen(theme.current_colours().border)))
    biggest = max([abs(c.average_change) for c in rated_enough(data.changes)] + [1.0])
    plot.setXRange(-biggest * 1.15, biggest * 1.15, padding=0)
    plot.setYRange(-0.6, len(presets) - 0.4 + 1.9, padding=0)  # room for the legend
    _label(plot, "bottom", "after minus before (points on 0–10)")


def _change_words(value: float) -> str:
    return change_words(value)


def summary_changes(data: TrendsData) -> str:
    return "; ".join(change_lines(data, None))


def draw_top_words(plot: pg.PlotWidget, data: TrendsData) -> None:
    """The journal's most named words, most at the top, as horizontal bars."""
    plot.clear()
    colour = palette()["centre"]
    words = data.top_words
    ys = np.arange(len(words), dtype=float)[::-1]
    counts = [w.count for w in words]
    fill = QColor(colour)
    fill.setAlphaF(0.75)
    plot.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.6, width=counts,
                                 brush=pg.mkBrush(fill), pen=pg.mkPen(colour)))
    _hover(plot, counts, ys, [f"{w.word}: named {w.count} time{'s' if w.count != 1 else ''}"
                              for w in words], colour, size=6)
    ticks = [(float(y), w.word) for y, w in zip(ys, words, strict=True)]
    plot.getPlotItem().getAxis("left").setTicks([ticks])
    _fit_left_ticks(plot, [text for _, text in ticks])
    plot.setXRange(0, max([*counts, 1]) * 1.1, padding=0)
    _whole_number_ticks(plot, "bottom", max([*counts, 1]) * 1.1)
    plot.setYRange(-0.6, len(words) - 0.4, padding=0)
    _label(plot, "bottom", "times named in the journal")


def summary_top_words(data: TrendsData) -> str:
    return "; ".join(f"{w.word} {w.count} time{'s' if w.count != 1 else ''}"
                     for w in data.top_words)


def has_data(key: str, data: TrendsData) -> bool:
    if key in MORE_HAS_DATA:
        return MORE_HAS_DATA[key](data)
    return bool({
        "granularity": data.granularity,
        "mood": [f for f in data.feelings if f.pleasantness is not None],
        "intensity": data.intensity,
        "body": data.regions,
        "breathing": data.breathing,
        "journal": data.journal_days,
    }[key])


def has_second_data(key: str, data: TrendsData) -> bool:
    return bool({"breathing": rated_enough(data.changes), "journal": data.top_words}.get(key))


Draw = Callable[[pg.PlotWidget, TrendsData], None]
CHARTS: dict[str, tuple[str, bool, Draw, Callable[[TrendsData], str]]] = {
    # key: (title, date axis, draw, text summary)
    "granularity": ("Feelings you named", True, draw_granularity, summary_granularity),
    "mood": ("Mood grid", False, draw_mood, summary_mood),
    "intensity": ("Intensity over time", True, draw_intensity, summary_intensity),
    "body": ("Where in the body", False, draw_body, summary_body),
    "breathing": ("Breathing", True, draw_breathing, summary_breathing),
    "journal": ("Journal", True, draw_journal, summary_journal),
}

# A second, smaller chart under some cards: key: (title, draw, text summary)
SECOND_CHARTS: dict[str, tuple[str, Draw, Callable[[TrendsData], str]]] = {
    "breathing": ("After vs before, per pattern", draw_changes, summary_changes),
    "journal": ("Most named in the journal", draw_top_words, summary_top_words),
}
# Charts other modules add (practice_charts.py: what helps, check-ins, the basics), each with
# its own "has data" test: key: has_data(data).
MORE_HAS_DATA: dict[str, Callable[[TrendsData], bool]] = {}
