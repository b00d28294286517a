"""The two-week plan's end-of-plan review: what was tried, and what the person's own
before/after ratings say. Read only when a run has ended (Today's "See how the two weeks
went"), so it lives apart from the plan's day-to-day logic, which Today's first paint needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from numbness_desktop.domain.two_week_plan import (
    CHECK_IN,
    STEPS,
    DayFacts,
    OnceFacts,
    PlanRun,
    StepState,
    Tick,
    step_states,
    touched_days,
)


@dataclass(frozen=True)
class Rating:
    """One before/after reading the person gave (lower ``tension``/``distress`` is easier,
    higher ``connected`` is closer), or a single connection rating after a check-in."""

    source: str  # "breathing", a practice kind, or "check-in"
    day: date
    connected_before: int | None = None
    connected_after: int | None = None
    tension_before: int | None = None
    tension_after: int | None = None


@dataclass(frozen=True)
class HelpLine:
    source: str
    sessions: int
    connected_change: float | None
    tension_change: float | None
    connected_mean: float | None = None  # check-ins: one rating afterwards, no "before"


@dataclass(frozen=True)
class Review:
    days_touched: int
    steps_tried: tuple[str, ...]
    days_per_step: dict[str, int] = field(default_factory=dict)
    helped: tuple[HelpLine, ...] = ()


def _mean_change(pairs: list[tuple[int, int]]) -> float | None:
    if not pairs:
        return None
    return round(sum(after - before for before, after in pairs) / len(pairs), 1)


def review(run: PlanRun, facts: dict[date, DayFacts], once: OnceFacts, ticks: list[Tick],
           ratings: list[Rating]) -> Review:
    """The end-of-plan review over the run's days: what was tried, and what the person's
    own before/after ratings say (mean change per kind of practice)."""
    touched = touched_days(run, run.last_day, facts, ticks)
    per_step: dict[str, int] = {}
    for keys in touched.values():
        for key in keys:
            per_step[key] = per_step.get(key, 0) + 1
    for view in step_states(run.last_day, DayFacts(), once, ticks):
        if not view.step.daily and view.state in (StepState.AUTO, StepState.HAND):
            per_step.setdefault(view.step.key, 1)
    tried = tuple(step.key for step in STEPS if step.key in per_step)
    inside = [r for r in ratings if run.start_day <= r.day <= run.last_day]
    lines = []
    for source in sorted({r.source for r in inside}):
        mine = [r for r in inside if r.source == source]
        connected = [(r.connected_before, r.connected_after) for r in mine
                     if r.connected_before is not None and r.connected_after is not None]
        tension = [(r.tension_before, r.tension_after) for r in mine
                   if r.tension_before is not None and r.tension_after is not None]
        after_only = [r.connected_after for r in mine if r.connected_after is not None
                      and r.connected_before is None]
        if source == CHECK_IN and after_only:
            lines.append(HelpLine(source, len(mine), None, None,
                                  round(sum(after_only) / len(after_only), 1)))
        elif connected or tension:
            lines.append(HelpLine(source, len(mine), _mean_change(connected),
                                  _mean_change(tension)))
    return Review(len(touched), tried, per_step, tuple(lines))
