"""The two-week plan: nine small steps, the day count, and which steps a day touched.

Pure logic over plain values (no Qt, no SQL): the store gathers what the person actually did
(``DayFacts``, ``OnceFacts``) and this module decides what that means. Days are local
calendar dates: "Day N" is the number of calendar days since the start day, counted on the
date the clock shows where the person is now, so DST changes and travel never skip or repeat
a day, and a start in the future or past is simply counted from its date.

Progress is days touched and steps tried — never a streak, a score or a "missed" day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

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


@dataclass(frozen=True)
class Step:
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


@dataclass(frozen=True)
class PlanRun:
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


@dataclass(frozen=True)
class Tick:
    """A hand tick: a daily step on one day, or a one-off step (its ``day`` is when)."""

    id: str
    run_id: str
    step: str
    day: date
    value: TickValue = TickValue.DONE
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class DayFacts:
    """What the records say about one local day."""

    feelings_named: int = 0
    breathing_seconds: float = 0.0  # 4-4-6 only
    movement_sessions: int = 0
    mindful_seconds: float = 0.0
    body_scans_completed: int = 0


@dataclass(frozen=True)
class OnceFacts:
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


@dataclass(frozen=True)
class StepView:
    step: Step
    state: StepState

    @property
    def ticked(self) -> bool:
        return self.state is not StepState.OPEN


@dataclass(frozen=True)
class PlanProgress:
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
