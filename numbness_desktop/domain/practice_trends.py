"""Trends from the Practices tab: what helps, check-in states over time, basics and connection.

Pure aggregation and readings (no Qt, no SQL); the store hands over plain rows. Readings stay
honest: a practice that changes little is said to, and the basics chart speaks of days that
go together, never of causes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from numbness_desktop.domain.practices import (
    BASICS,
    BASICS_QUESTIONS,
    LEVEL_WORDS,
    STATE_LABELS,
    CheckInState,
    DailyBasics,
)
from numbness_desktop.domain.what_helps import PracticeEffect, shown, what_helps_reading

STATE_ORDER = ("activated", "settled", "shut_down")
MIN_DAYS = 2  # days at a level before the basics reading compares it
ABOUT_THE_SAME = 0.5
NOTHING_YET = "Nothing here yet."


@dataclass(frozen=True)
class StateCount:
    start: date  # the day (or Monday, or 1st of the month) the bucket begins
    state: str
    count: int


@dataclass(frozen=True)
class BasicLevel:
    """Average connection (check-ins) on days when one of the basics was at one level."""

    basic: str
    level: int
    average: float
    days: int


@dataclass(frozen=True)
class PracticeTrends:
    effects: list[PracticeEffect] = field(default_factory=list)
    states: list[StateCount] = field(default_factory=list)
    states_bucket: str = "day"
    basics: list[BasicLevel] = field(default_factory=list)


def states_bucket(days: int) -> str:
    """Check-ins per day up to a month, per week up to about a year, then per month: stacked
    bars stay readable (a day holds one or two check-ins, so longer spans sum them)."""
    if days <= 31:
        return "day"
    return "week" if days <= 400 else "month"


def bucket_day(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def count_states(rows: list[tuple[str, str]], bucket: str) -> list[StateCount]:
    """(day, state) per check-in → counts per bucket and state, oldest first."""
    counts: dict[tuple[date, str], int] = defaultdict(int)
    for day, state in rows:
        counts[(bucket_day(date.fromisoformat(day), bucket), state)] += 1
    return [StateCount(start, state, n) for (start, state), n in
            sorted(counts.items(), key=lambda item: (item[0][0], STATE_ORDER.index(item[0][1])
                                                     if item[0][1] in STATE_ORDER else 9))]


def basics_beside(basics: list[DailyBasics], connection: dict[str, float]) -> list[BasicLevel]:
    """For each basic and level: the average of the days' connection (days with both)."""
    values: dict[tuple[str, int], list[float]] = defaultdict(list)
    for day in basics:
        if day.day not in connection:
            continue
        for name in BASICS:
            level = getattr(day, name)
            if level is not None:
                values[(name, level)].append(connection[day.day])
    return [BasicLevel(name, level, sum(v) / len(v), len(v))
            for (name, level), v in sorted(values.items(),
                                           key=lambda item: (BASICS.index(item[0][0]),
                                                             item[0][1]))]


def states_reading(states: list[StateCount], phrase: str) -> str:
    """'Of 18 check-ins in the past month: 7 shut down, 6 settled, 5 activated.'"""
    totals: dict[str, int] = defaultdict(int)
    for row in states:
        totals[row.state] += row.count
    total = sum(totals.values())
    if not total:
        return f"{NOTHING_YET} A check-in takes two clicks on Today, whenever you like."
    parts = [f"{totals[s]} {STATE_LABELS[CheckInState(s)][0].lower()}"
             for s in sorted((s for s in totals if s in STATE_ORDER),
                             key=lambda s: (-totals[s], STATE_ORDER.index(s)))]
    noun = "check-in" if total == 1 else "check-ins"
    return f"Of {total} {noun} {phrase}: {', '.join(parts)}. Every state is worth knowing."


def basics_reading(levels: list[BasicLevel], phrase: str = "so far") -> str:
    """The clearest difference in connection between a basic's lowest and highest level."""
    if not levels:
        return (f"{NOTHING_YET} Days with both a note of the basics and a check-in appear "
                "here, side by side.")
    best = None
    for name in BASICS:
        rows = [row for row in levels if row.basic == name and row.days >= MIN_DAYS]
        if len(rows) < 2:
            continue
        low, high = rows[0], rows[-1]
        gap = high.average - low.average
        if best is None or abs(gap) > abs(best[0]):
            best = (gap, low, high)
    note = "This shows days that went together, not what causes what."
    if best is None:
        return f"A few more days with both will let this compare them. {note}"
    gap, low, high = best
    question = BASICS_QUESTIONS[low.basic].lower()
    words = LEVEL_WORDS[low.basic]
    days = f"({high.days} and {low.days} days)"
    if abs(gap) < ABOUT_THE_SAME:
        return (f"Connection was about the same whatever your {question.split()[0]} "
                f"{days}. {note}")
    direction = "more" if gap > 0 else "less"
    return (f"{question[0].upper()}{question[1:]} '{words[high.level].lower()}': you felt "
            f"{abs(gap):.1f} points {direction} connected on average than on "
            f"'{words[low.level].lower()}' days {days}. {note}")


def readings(data: PracticeTrends, phrase: str) -> dict[str, str]:
    return {"helps": what_helps_reading(data.effects, phrase),
            "states": states_reading(data.states, phrase),
            "basics": basics_reading(data.basics, phrase)}


def has_data(key: str, data: PracticeTrends) -> bool:
    return bool({"helps": shown(data.effects), "states": data.states,
                 "basics": data.basics}[key])
