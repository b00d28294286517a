"""The two-week plan: nine small steps, the day count, and which steps a day touched.

Pure logic over plain values (no Qt, no SQL): the store gathers what the person actually did
(``DayFacts``, ``OnceFacts``) and this module decides what that means. Days are local
calendar dates: "Day N" is the number of calendar days since the start day, counted on the
date the clock shows where the person is now, so DST changes and travel never skip or repeat
a day, and a start in the future or past is simply counted from its date.

Progress is days touched and steps tried — never a streak, a score or a "missed" day.

Its records are immutable ``NamedTuple``s rather than frozen dataclasses: Today's plan card
reads them before the first paint, and a frozen dataclass costs about 1 ms to create at
import (six generated methods compiled from source), a NamedTuple a tenth of that.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

PLAN_DAYS = 14
FEELINGS_PER_DAY = 5
BREATHING_PATTERN = (4.0, 4.0, 6.0)  # in, hold, out: 4-4-6
BREATHING_SECONDS = 105  # "about 2 minutes" of 4-4-6 counts (7½ breaths)
MINDFUL_SECONDS = 540  # "about 10 minutes" of mindfulness counts
MINDFUL_KINDS = ("body_scan", "staying_present", "grounding")
CHECK_IN = "check-in"  # the rating source of check-ins with people


class Place(StrEnum):
    """Where a step is done; the window opens it."""

    JOURNAL = "journal"
    BREATHE = "breathe"
    PRACTICES_MOVEMENT = "practices:movement"
    PRACTICES_BODY_SCAN = "practices:body_scan"
    SAFETY_PLAN = "safety_plan"
    SUPPORT_PEOPLE = "support:people"
    SUPPORT_THERAPISTS = "support:therapists"
    SUPPORT_VALUES = "support:values"
    SUPPORT_APPOINTMENT = "support:appointment"


class Step(NamedTuple):
    key: str
    title: str
    hint: str
    place: Place
    daily: bool
    button: str
    seen_in: str = ""  # where an automatic tick came from, in words


STEPS: tuple[Step, ...] = (
    Step("feelings", "Name five feelings", "Five feelings in the journal, even small ones.",
         Place.JOURNAL, True, "Open the journal", "seen in your journal"),
    Step("breathing", "Breathe 4-4-6 for about 2 minutes",
         "In for 4, hold for 4, out for 6.", Place.BREATHE, True, "Breathe 4-4-6",
         "seen in your breathing sessions"),
    Step("movement", "Move your body a little", "A short movement practice, at your pace.",
         Place.PRACTICES_MOVEMENT, True, "Open movement", "seen in your practices"),
    Step("mindfulness", "10 minutes of mindfulness or a body scan",
         "Attention resting on the body, without needing to change anything.",
         Place.PRACTICES_BODY_SCAN, True, "Open the body scan", "seen in your practices"),
    Step("safety_plan", "Fill in your safety plan", "A step in each of its sections.",
         Place.SAFETY_PLAN, False, "Open my safety plan",
         "every section has a step"),
    Step("check_in", "Plan a check-in with someone you trust",
         "A low-pressure 15–20 minute call or coffee.", Place.SUPPORT_PEOPLE, False,
         "Plan a check-in", "planned in Support"),
    Step("therapists", "Note two potential therapists",
         "Trauma-informed, if you can find them; a referral is a fine start.",
         Place.SUPPORT_THERAPISTS, False, "Note therapists", "two noted in Support"),
    Step("values", "Write one values-based goal",
         "What matters to you, and one small next step.", Place.SUPPORT_VALUES, False,
         "Write a goal", "written in Support"),
    Step("appointment", "Consider a first appointment",
         "If you have access. “Not for me now” is a real answer too.",
         Place.SUPPORT_APPOINTMENT, False, "Think it through", "noted in Support"),
)
STEP_BY_KEY = {step.key: step for step in STEPS}
DAILY_KEYS = tuple(step.key for step in STEPS if step.daily)
ONCE_KEYS = tuple(step.key for step in STEPS if not step.daily)


class RunStatus(StrEnum):
    ACTIVE = "active"
    STOPPED = "stopped"


class Choice(StrEnum):
    """What the person chose at the end of the plan."""

    NONE = ""
    CONTINUE = "continue"
    REPEAT = "repeat"
    STOP = "stop"


class TickValue(StrEnum):
    DONE = "done"
    NOT_NOW = "not_now"  # "not for me now": a valid answer to a one-off step


class PlanRun(NamedTuple):
    id: str
    start_day: date
    length_days: int = PLAN_DAYS
    status: RunStatus = RunStatus.ACTIVE
    choice: Choice = Choice.NONE
    created_at: str = ""
    updated_at: str = ""

    @property
    def last_day(self) -> date:
        return self.start_day + timedelta(days=self.length_days - 1)

    def days(self) -> list[date]:
        return [self.start_day + timedelta(days=i) for i in range(self.length_days)]


class Tick(NamedTuple):
    """A hand tick: a daily step on one day, or a one-off step (its ``day`` is when)."""

    id: str
    run_id: str
    step: str
    day: date
    value: TickValue = TickValue.DONE
    created_at: str = ""
    updated_at: str = ""


class DayFacts(NamedTuple):
    """What the records say about one local day."""

    feelings_named: int = 0
    breathing_seconds: float = 0.0  # 4-4-6 only
    movement_sessions: int = 0
    mindful_seconds: float = 0.0
    body_scans_completed: int = 0


class OnceFacts(NamedTuple):
    """What the records say about the one-off steps, whenever they were done."""

    safety_plan_sections_filled: int = 0
    safety_plan_sections: int = 8
    checkins_planned: int = 0
    therapists_noted: int = 0
    values_goals: int = 0
    appointments: int = 0


def day_number(start: date, today: date) -> int:
    """1 on the start day; 0 or less before it; more than the length after the end."""
    return (today - start).days + 1


def auto_done(step: str, facts: DayFacts) -> bool:
    """Whether a daily step ticks itself from what the records say about that day."""
    if step == "feelings":
        return facts.feelings_named >= FEELINGS_PER_DAY
    if step == "breathing":
        return facts.breathing_seconds >= BREATHING_SECONDS
    if step == "movement":
        return facts.movement_sessions > 0
    if step == "mindfulness":
        return facts.mindful_seconds >= MINDFUL_SECONDS or facts.body_scans_completed > 0
    return False


def once_auto_done(step: str, facts: OnceFacts) -> bool:
    if step == "safety_plan":
        return facts.safety_plan_sections_filled >= facts.safety_plan_sections
    if step == "check_in":
        return facts.checkins_planned > 0
    if step == "therapists":
        return facts.therapists_noted >= 2
    if step == "values":
        return facts.values_goals > 0
    if step == "appointment":
        return facts.appointments > 0
    return False


class StepState(StrEnum):
    OPEN = "open"
    AUTO = "auto"  # ticked by what the records say
    HAND = "hand"  # ticked by hand
    NOT_NOW = "not_now"


class StepView(NamedTuple):
    step: Step
    state: StepState

    @property
    def ticked(self) -> bool:
        return self.state is not StepState.OPEN


class PlanProgress(NamedTuple):
    """What Today shows: where the plan is and what it holds so far."""

    run: PlanRun
    today: date
    day: int
    steps: tuple[StepView, ...]
    days_touched: int
    steps_tried: int

    @property
    def not_started_yet(self) -> bool:
        return self.day < 1

    @property
    def finished(self) -> bool:
        return self.day > self.run.length_days


def step_states(day: date, facts: DayFacts, once: OnceFacts,
                ticks: list[Tick]) -> tuple[StepView, ...]:
    """Every step's state on ``day``: daily steps by that day, one-off steps whenever."""
    hand_daily = {t.step for t in ticks if t.day == day and t.step in DAILY_KEYS}
    hand_once = {t.step: t.value for t in ticks if t.step in ONCE_KEYS}
    views = []
    for step in STEPS:
        if step.daily:
            if auto_done(step.key, facts):
                state = StepState.AUTO
            elif step.key in hand_daily:
                state = StepState.HAND
            else:
                state = StepState.OPEN
        elif once_auto_done(step.key, once):
            state = StepState.AUTO
        elif step.key in hand_once:
            state = (StepState.NOT_NOW if hand_once[step.key] is TickValue.NOT_NOW
                     else StepState.HAND)
        else:
            state = StepState.OPEN
        views.append(StepView(step, state))
    return tuple(views)


def touched_days(run: PlanRun, until: date, facts: dict[date, DayFacts],
                 ticks: list[Tick]) -> dict[date, set[str]]:
    """For each plan day up to ``until``, the steps done that day (daily auto or hand ticks,
    and one-off steps ticked by hand that day). Days with nothing are left out."""
    out: dict[date, set[str]] = {}
    for day in run.days():
        if day > until:
            break
        done = {key for key in DAILY_KEYS if auto_done(key, facts.get(day, DayFacts()))}
        done |= {t.step for t in ticks if t.day == day and t.value is TickValue.DONE}
        if done:
            out[day] = done
    return out


def progress(run: PlanRun, today: date, facts: dict[date, DayFacts], once: OnceFacts,
             ticks: list[Tick]) -> PlanProgress:
    touched = touched_days(run, today, facts, ticks)
    views = step_states(today, facts.get(today, DayFacts()), once, ticks)
    tried = {key for keys in touched.values() for key in keys}
    tried |= {v.step.key for v in views if not v.step.daily and v.state in (StepState.AUTO,
                                                                            StepState.HAND)}
    return PlanProgress(run, today, day_number(run.start_day, today), views, len(touched),
                        len(tried))


def day_line(p: PlanProgress) -> str:
    """The one line at the top of the card; kind in every case."""
    if p.not_started_yet:
        days = 1 - p.day
        when = "tomorrow" if days == 1 else f"in {days} days"
        return f"Your two weeks begin {when}."
    if p.finished:
        return f"Your {p.run.length_days} days are complete."
    return f"Day {p.day} of {p.run.length_days}"


def progress_line(p: PlanProgress) -> str:
    if p.days_touched == 0 and p.steps_tried == 0:
        return "Nothing is expected of you; any one step is plenty."
    days = "day" if p.days_touched == 1 else "days"
    steps = "step" if p.steps_tried == 1 else "steps"
    return (f"So far: {p.days_touched} {days} with a step, {p.steps_tried} of the nine "
            f"{steps} tried.")
