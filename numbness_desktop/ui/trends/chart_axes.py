"""A Trends chart's axes: titles, and ticks named by the chart, spaced whole numbers apart,
or chosen from the range (numbers, or days, months and years in the person's locale)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics

from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.trends.chart_items import stamp


def _day(value: float) -> date:
    return datetime.fromtimestamp(value).date()


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
