"""Three Trends charts from the Practices tab, drawn like the others in charts.py.

"What helps you" (after minus before, per practice, once 3 sessions are rated), check-in
states over time (stacked bars, each state with its own fill pattern as well as colour),
and the basics beside connection (average connection on days at each level of each basic).
charts.py registers them in ``CHARTS``; each comes with an exact text summary for screen
readers, as the others do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from numbness_desktop.domain import practice_trends
from numbness_desktop.domain.practice_trends import STATE_ORDER
from numbness_desktop.domain.practices import (
    BASICS,
    BASICS_QUESTIONS,
    LEVEL_WORDS,
    STATE_LABELS,
    CheckInState,
)
from numbness_desktop.domain.trends import TrendsData
from numbness_desktop.domain.what_helps import effect_words, shown
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.trends import charts
from numbness_desktop.ui.trends.chart import Bars, Chart, Segment, brush, pen
from numbness_desktop.ui.trends.dates import nice_day
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
from numbness_desktop.ui.trends.weekly import bucket_name

# Shown through tr() on the axis.
BASIC_SHORT = {"sleep": "Sleep", "meals": "Meals", "movement": "Moving", "rest": "Rest"}


# What helps you -------------------------------------------------------------------------------
def draw_helps(plot: Chart, data: TrendsData) -> None:
    """Bars around zero: the average change after a practice, connection and distress."""
    colours = palette()
    effects = shown(data.practices.effects)
    names = list(dict.fromkeys(e.practice for e in effects))
    ys = {name: float(y) for name, y in zip(names, range(len(names))[::-1], strict=True)}
    legend(plot, offset=(-10, 5), columns=2)  # one row above the bars
    for offset, measure, label, inside, colour, width, symbol in (
            (0.18, "connected", tr("Connected"), brush(colours["main"]), colours["main"], 1,
             "o"),
            (-0.18, "distress", tr("Distress"), brush(soft_fill(colours["second"])),
             colours["second"], 1.5, "s")):
        rows = [e for e in effects if e.measure == measure]
        if not rows:
            continue
        widths = [e.average for e in rows]
        y = [ys[e.practice] + offset for e in rows]
        plot.add(Bars.sideways(y, widths, 0.34, inside, pen(colour, width), label))
        hover(plot, widths, y, [tr(f"{e.name}: {effect_words(e)}") for e in rows],
              colour, symbol=symbol, size=6)
    counts = {name: max(e.sessions for e in effects if e.practice == name) for name in names}
    ticks = [(ys[name], tr("{practice} ({sessions})").format(
        practice=tr(next(e.name for e in effects if e.practice == name)),
        sessions=number(counts[name]))) for name in names]
    plot.left.ticks = ticks
    fit_left_ticks(plot, [text for _, text in ticks])
    plot.add(Segment([0, 0], [-0.6, len(names) - 0.4], pen(theme.current_colours().border)))
    biggest = max([abs(e.average) for e in effects] + [1.0])
    plot.set_x_range(-biggest * 1.15, biggest * 1.15)
    plot.set_y_range(-0.6, len(names) - 0.4 + 1.2)  # room for the legend
    axis_label(plot, "bottom", tr("after minus before, points · (n): rated sessions"))


def summary_helps(data: TrendsData) -> str:
    return "; ".join(tr(f"{e.name}, {e.measure}: {effect_words(e)}")
                     for e in shown(data.practices.effects))


# Check-in states over time --------------------------------------------------------------------
def state_brushes() -> dict[str, QBrush]:
    """Each state its own colour and its own fill: solid, pale, hatched."""
    colours = palette()
    hatch = QBrush(QColor(colours["third"]), Qt.BrushStyle.BDiagPattern)
    return {"activated": brush(colours["second"]),
            "settled": brush(soft_fill(colours["main"])),
            "shut_down": hatch}


def draw_states(plot: Chart, data: TrendsData) -> None:
    colours = palette()
    pens = {"activated": colours["second"], "settled": colours["main"],
            "shut_down": colours["third"]}
    bucket = data.practices.states_bucket
    days = {"day": 1, "week": 7}.get(bucket, 30.4)
    counts: dict[tuple, int] = {(r.start, r.state): r.count for r in data.practices.states}
    starts = sorted({start for start, _ in counts})
    bottoms = dict.fromkeys(starts, 0)
    legend(plot, offset=(10, 5), columns=3)  # one row above the bars
    for state in STATE_ORDER:
        present = [s for s in starts if counts.get((s, state))]
        if not present:
            continue
        xs = [stamp(s) + days / 2 * DAY_SECONDS for s in present]
        heights = [counts[(s, state)] for s in present]
        label = tr(STATE_LABELS[CheckInState(state)][0])
        plot.add(Bars.upright(xs, heights, days * 0.72 * DAY_SECONDS,
                              brush(state_brushes()[state]), pen(pens[state], 1.2),
                              [bottoms[s] for s in present], label))
        hover(plot, xs, [bottoms[s] + h for s, h in zip(present, heights, strict=True)],
              [tr("{when}: {count} {state}").format(
                  when=bucket_name(s, bucket) if bucket != 'day' else nice_day(s),
                  count=number(h), state=label.lower())
               for s, h in zip(present, heights, strict=True)],
              pens[state], size=5, ring=True)
        for s, h in zip(present, heights, strict=True):
            bottoms[s] += h
    top = max([*bottoms.values(), 1])
    whole_number_ticks(plot, "left", top)
    plot.set_y_range(0, top * 1.3 + 1)  # room for the legend
    first, last = data.range.first, data.range.last
    plot.set_x_range(stamp(first), stamp(last) + DAY_SECONDS, padding=0.02)
    axis_label(plot, "left", tr("check-ins"))


def summary_states(data: TrendsData) -> str:
    bucket = data.practices.states_bucket
    return "; ".join(
        tr("{when}: {count} {state}").format(
            when=bucket_name(r.start, bucket) if bucket != 'day' else nice_day(r.start),
            count=number(r.count), state=tr(STATE_LABELS[CheckInState(r.state)][0]).lower())
        for r in data.practices.states)


# The basics beside connection -----------------------------------------------------------------
def level_brushes() -> list[QBrush]:
    """Little, some, enough: pale, hatched, solid (never colour alone)."""
    colour = palette()["main"]
    return [brush(soft_fill(colour)), QBrush(QColor(colour), Qt.BrushStyle.Dense4Pattern),
            brush(colour)]


def draw_basics(plot: Chart, data: TrendsData) -> None:
    colour = palette()["main"]
    levels = data.practices.basics
    brushes = level_brushes()
    legend(plot, offset=(10, 5), columns=3)  # one row above the bars
    for level, name in enumerate((tr("Little"), tr("Some"), tr("Enough"))):
        rows = [r for r in levels if r.level == level]
        if not rows:
            continue
        xs = [float(BASICS.index(r.basic) * 4 + level) for r in rows]
        plot.add(Bars.upright(xs, [r.average for r in rows], 0.8, brush(brushes[level]),
                              pen(colour, 1.2), name=name))
        hover(plot, xs, [r.average for r in rows],
              [tr("{question} '{answer}': connection {average} on average ({days})").format(
                  question=tr(BASICS_QUESTIONS[r.basic]),
                  answer=tr(LEVEL_WORDS[r.basic][r.level]).lower(),
                  average=number(r.average, 1), days=ntr("%n day", "%n days", r.days))
               for r in rows], colour, size=5, ring=True)
    plot.bottom.ticks = [(i * 4 + 1.0, tr(BASIC_SHORT[name])) for i, name in enumerate(BASICS)]
    plot.set_x_range(-0.8, len(BASICS) * 4 - 1.2)
    plot.set_y_range(0, 12.5)  # 0–10, and room for the legend
    plot.left.ticks = [(v, number(v)) for v in (0, 5, 10)]
    axis_label(plot, "left", tr("connection (0–10)"))


def summary_basics(data: TrendsData) -> str:
    return "; ".join(
        tr("{question} '{answer}': connection {average} on average over {days}").format(
            question=tr(BASICS_QUESTIONS[r.basic]),
            answer=tr(LEVEL_WORDS[r.basic][r.level]).lower(),
            average=number(r.average, 1), days=ntr("%n day", "%n days", r.days))
        for r in data.practices.basics)


PRACTICE_CHARTS = {
    "helps": ("What helps you", False, draw_helps, summary_helps),
    "states": ("Check-ins over time", True, draw_states, summary_states),
    "basics": ("The basics beside connection", False, draw_basics, summary_basics),
}
charts.CHARTS.update(PRACTICE_CHARTS)


def _has_data(key: str) -> Callable[[TrendsData], bool]:
    return lambda data: practice_trends.has_data(key, data.practices)


for _key in PRACTICE_CHARTS:
    charts.MORE_HAS_DATA[_key] = _has_data(_key)
