"""Bars per week (or per month over long spans) along a date axis, shared by the charts
of feelings named, breathing minutes and days written.

A bar only partly inside the period is drawn pale and dashed and says so; a chart whose
first entry comes long after the period starts begins its axis there and says that too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt

from numbness_desktop.domain.trends import (
    DayIntensity,
    TrendsData,
    WeekCount,
    WeekMinutes,
    bar_bucket,
    bucket_start,
)
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.trends.chart import Bars, Chart, brush, pen
from numbness_desktop.ui.trends.dates import bucket_name, day_and_month, month_name, nice_day
from numbness_desktop.ui.trends.drawing import (
    DAY_SECONDS,
    axis_label,
    hover,
    over_surface,
    soft_fill,
    stamp,
    whole_number_ticks,
)


def week_bars(plot: Chart, data: TrendsData, weeks, values, tips,
               colour: str) -> None:
    """Bars per week (or per month over long spans) with exact values on hover.

    A bar only partly inside the period (the week still going on, or one the period starts
    in the middle of) is drawn pale with a dashed edge and says so on hover, so it never
    reads as a drop.
    """
    bucket = bar_bucket(data.range)
    days = 7 if bucket == "week" else 30.4
    xs = [stamp(w) + days / 2 * DAY_SECONDS for w in weeks]
    partial = [partial_note(w, bucket, data) for w in weeks]
    fill = over_surface(colour, 0.75)
    for is_partial, inside, edge in (
            (False, brush(fill), pen(colour)),
            (True, brush(soft_fill(colour)), pen(colour, 1.5, Qt.PenStyle.DashLine))):
        chosen = [i for i, note in enumerate(partial) if bool(note) is is_partial]
        if chosen:
            plot.add(Bars.upright([xs[i] for i in chosen], [values[i] for i in chosen],
                                  days * 0.72 * DAY_SECONDS, inside, edge))
    hover(plot, xs, values, [tip + note for tip, note in zip(tips, partial, strict=True)],
          colour, size=7, ring=True)
    whole_number_ticks(plot, "left", max([*values, 1]))
    bar_date_ticks(plot, data, bucket)


def bar_date_ticks(plot: Chart, data: TrendsData, bucket: str) -> None:
    """Up to 3 months of weekly bars: each bar (or every other) named by its Monday, under
    its middle. Longer spans keep the date axis's own month ticks."""
    axis = plot.bottom
    first = bucket_start(data.range.first, bucket)
    weeks = [first + timedelta(days=7 * n)
             for n in range((data.range.last - first).days // 7 + 1)]
    if bucket != "week" or len(weeks) > 14:
        axis.ticks = None
        return
    every = 1 if len(weeks) <= 7 else 2
    axis.ticks = [(stamp(w) + 3.5 * DAY_SECONDS, day_and_month(w)) for w in weeks[::every]]


# Shown through tr() where the card shows it.
PARTIAL_KEY = "Pale, dashed bars: a week (month) only partly inside the period."


def has_partial_bars(key: str, data: TrendsData) -> bool:
    """Whether the card's bars include one only partly inside the period."""
    weeks = {"granularity": [w.week for w in data.granularity],
             "breathing": [w.week for w in data.breathing],
             "journal": [w.week for w in data.journal_days]}.get(key, [])
    bucket = bar_bucket(data.range)
    return any(partial_note(week, bucket, data) for week in weeks)


def partial_note(start: date, bucket: str, data: TrendsData) -> str:
    """'' for a whole week (month) inside the period, else what part of it is counted."""
    end = (start + timedelta(days=6) if bucket == "week"
           else (start + timedelta(days=32)).replace(day=1) - timedelta(days=1))
    if end > data.range.last:
        return tr(" (so far)")
    if start < data.range.first:
        return tr(" (from {day})").format(day=nice_day(data.range.first))
    return ""


def x_span(plot: Chart, data: TrendsData, key: str, weekly: bool = False) -> None:
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
    plot.set_x_range(stamp(first), stamp(last), padding=0.02)


LATE_START_DAYS = 45


def late_start(key: str, data: TrendsData) -> date | None:
    """The chart's first day with data, when it is more than six weeks into the period."""
    rows: Sequence[WeekCount | DayIntensity | WeekMinutes] = (
        data.granularity if key == "granularity" else data.intensity if key == "intensity"
        else data.breathing if key == "breathing" else data.journal_days if key == "journal"
        else [])
    first = min((row.day if isinstance(row, DayIntensity) else row.week for row in rows),
                default=None)
    if first is None or (first - data.range.first).days <= LATE_START_DAYS:
        return None
    return first


def late_start_note(key: str, data: TrendsData) -> str:
    first = late_start(key, data)
    return tr("It starts at your first entry in this period ({month}); the time before "
              "is empty.").format(month=month_name(first)) if first else ""


def weekly_chart(plot: Chart, data: TrendsData, key: str, weeks: list[date],
                 values: list[float], says: Callable[[float], str], colour: str,
                 unit: dict[str, str], top: float) -> None:
    """The date charts' common shape: bars per week (month), labelled axis, the period.

    ``unit`` names the left axis per bucket: {"week": "… per week", "month": "… per month"}.
    """
    bucket = bar_bucket(data.range)
    week_bars(plot, data, weeks, values,
              [tr("{when}: {value}").format(when=bucket_name(w, bucket), value=says(v))
               for w, v in zip(weeks, values, strict=True)], colour)
    axis_label(plot, "left", tr(unit[bucket]))
    plot.set_y_range(0, top)
    x_span(plot, data, key, weekly=True)
