"""What a breathing session leaves behind, and the honest line drawn from many of them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from numbness_desktop.domain.breath import Pattern, Preset
from numbness_desktop.domain.readings import change_reading

RATING_MIN, RATING_MAX = 0, 10


class Outcome(Enum):
    """How a session ended. Stopping early is a choice, never a failure.

    An open session (no planned length) is ``FINISHED`` whenever the person ends it.
    """

    FINISHED = "finished"
    STOPPED_EARLY = "stopped_early"


@dataclass(frozen=True)
class SessionRecord:
    """One saved session. Ratings are 0–10 or None when the person skipped them."""

    id: str
    preset_name: str
    pattern: Pattern
    planned_seconds: float | None  # None: an open session, ended whenever the person chose
    actual_seconds: float
    breaths: int
    outcome: Outcome
    started_at: str
    ended_at: str
    created_at: str
    updated_at: str
    before_connected: int | None = None
    before_tension: int | None = None
    after_connected: int | None = None
    after_tension: int | None = None

    @property
    def rated(self) -> bool:
        return (self.before_tension is not None and self.after_tension is not None) or (
            self.before_connected is not None and self.after_connected is not None)


def check_rating(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (
            RATING_MIN <= value <= RATING_MAX):
        raise ValueError(f"a rating is a whole number from 0 to 10, not {value!r}")
    return value


@dataclass(frozen=True)
class CustomPreset:
    """A pattern the person named and saved."""

    id: str
    name: str
    pattern: Pattern
    created_at: str
    updated_at: str

    def preset(self) -> Preset:
        return Preset(f"custom:{self.id}", self.name, self.pattern,
                      "Your own pattern", custom_id=self.id)


@dataclass(frozen=True)
class ChangeSummary:
    """Average change over rated sessions, as the store's SQL computed it."""

    preset_name: str | None  # None: over all patterns together
    measure: str  # "tension" or "connected"
    average_change: float  # after minus before
    sessions: int


def history_line(summary: ChangeSummary | None) -> str | None:
    """'In your own ratings, your tension after 4-6 breathing was 1.8 points lower on average
    (12 rated sessions).' — the shared rule of ``domain.readings`` decides when and how."""
    if summary is None:
        return None
    after = (f"after {summary.preset_name} breathing" if summary.preset_name
             else "after breathing")
    subject = ("your tension" if summary.measure == "tension"
               else "how connected you felt to your body")
    return change_reading(subject, after, summary.average_change, summary.sessions)


def duration_text(seconds: float) -> str:
    """'2 minutes', '1 minute 20 seconds', '45 seconds'."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{secs} second{'s' if secs != 1 else ''}")
    return " ".join(parts)
