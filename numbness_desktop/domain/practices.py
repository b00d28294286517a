"""Check-ins, practice sessions, small goals and the daily basics: what they leave behind.

Pure records and checks (no Qt, no SQL). The store's tables follow these fields one to one
(store/migrations.py ``m007_practices``); the two-week plan reads ``practice_sessions`` too,
so the kinds and columns here are a shared contract (coord/TEAM.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

# The check-in states live apart: Today shows them before its first paint, and this module's
# records are not needed for that.
from numbness_desktop.domain.check_in_state import STATE_LABELS as STATE_LABELS
from numbness_desktop.domain.check_in_state import CheckInState as CheckInState

RATING_MIN, RATING_MAX = 0, 10
NOTE_MAX = 2000  # characters; a check-in's or session's note is a line or two, not a journal


class PracticeKind(Enum):
    """The kinds stored in ``practice_sessions.kind`` (breathing keeps its own table)."""

    GROUNDING = "grounding"
    BODY_SCAN = "body_scan"
    MOVEMENT = "movement"
    SELF_KINDNESS = "self_kindness"
    STAYING_PRESENT = "staying_present"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    PracticeKind.GROUNDING: "5-4-3-2-1 grounding",
    PracticeKind.BODY_SCAN: "Body scan",
    PracticeKind.MOVEMENT: "Gentle movement",
    PracticeKind.SELF_KINDNESS: "Self-kindness pause",
    PracticeKind.STAYING_PRESENT: "Staying present",
}


def check_rating(value: int | None) -> int | None:
    """A 0–10 rating or None (skipped); anything else is a bug in the caller."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (
            RATING_MIN <= value <= RATING_MAX):
        raise ValueError(f"a rating is a whole number from 0 to 10, not {value!r}")
    return value


@dataclass(frozen=True)
class CheckIn:
    """'How is your system right now?' with how connected, and optionally how distressed."""

    id: str
    day: str  # local YYYY-MM-DD of created_at
    state: CheckInState
    connected: int
    distress: int | None
    note: str
    created_at: str  # the check-in's time, ISO 8601 with offset
    updated_at: str


@dataclass(frozen=True)
class PracticeSession:
    """One practice done (or begun): its kind, length and the optional before/after ratings."""

    id: str
    kind: PracticeKind
    day: str
    started_at: str
    planned_seconds: int | None
    actual_seconds: int
    completed: bool
    distress_before: int | None = None
    distress_after: int | None = None
    connected_before: int | None = None
    connected_after: int | None = None
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def rated(self) -> bool:
        """Both ratings of at least one measure, so a change can be computed."""
        return (self.distress_before is not None and self.distress_after is not None) or (
            self.connected_before is not None and self.connected_after is not None)


@dataclass(frozen=True)
class SmallGoal:
    """One small goal for a day. Ticked when done; never carried over, never 'missed'."""

    id: str
    day: str
    text: str
    done: bool
    created_at: str
    updated_at: str


class Level(Enum):
    """A three-level answer: no numbers to fail at."""

    LITTLE = 0
    SOME = 1
    ENOUGH = 2


BASICS = ("sleep", "meals", "movement", "rest")
BASICS_QUESTIONS = {
    "sleep": "Sleep last night",
    "meals": "Meals today",
    "movement": "Moving my body",
    "rest": "Rest and breaks",
}
LEVEL_WORDS = {
    "sleep": ("Not much", "Some", "Enough"),
    "meals": ("Hardly", "Some", "Regular"),
    "movement": ("Hardly", "A little", "Some"),
    "rest": ("Hardly", "A little", "Enough"),
}


@dataclass(frozen=True)
class DailyBasics:
    """A light note of the basics for a day: each a ``Level`` value (0–2) or None."""

    id: str
    day: str
    sleep: int | None
    meals: int | None
    movement: int | None
    rest: int | None
    created_at: str
    updated_at: str

    def answered(self) -> int:
        return sum(getattr(self, name) is not None for name in BASICS)


def check_level(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or value not in {level.value for level in Level}:
        raise ValueError(f"a basics answer is 0, 1 or 2, not {value!r}")
    return value
