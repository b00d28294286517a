"""One honest rule for readings drawn from the person's own before/after ratings.

Breathe, Trends, the printed summary and the practices all ask this module whether a
comparison may be shown and how to say it, so the same rating history gives the same
reading on every screen:

- a before/after comparison needs at least ``MIN_RATED_SESSIONS`` rated sessions; one or two
  ratings say nothing about a pattern, so nothing is read into them;
- an average change smaller than ``ABOUT_THE_SAME`` points (on the 0–10 scales) is "about the
  same";
- every reading says it comes from the person's own ratings, says "after", never "because
  of", and leads with what held steady before any rise or fall.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

K = TypeVar("K")

MIN_RATED_SESSIONS = 3
ABOUT_THE_SAME = 0.5  # points on a 0–10 rating
OWN_RATINGS = "in your own ratings"


def may_compare(rated_sessions: int) -> bool:
    """Whether enough sessions were rated to show any before/after comparison."""
    return rated_sessions >= MIN_RATED_SESSIONS


def is_about_the_same(change: float) -> bool:
    return abs(change) < ABOUT_THE_SAME


def average_change(pairs: Iterable[tuple[int | None, int | None]]) -> tuple[float, int]:
    """Mean of after minus before over the pairs rated both times, and how many there were."""
    changes = [after - before for before, after in pairs
               if before is not None and after is not None]
    return (sum(changes) / len(changes) if changes else 0.0), len(changes)


def change_words(change: float, higher: str = "higher", lower: str = "lower") -> str:
    """'about the same', '1.3 points lower', '0.5 points higher'."""
    if is_about_the_same(change):
        return "about the same"
    return f"{abs(change):.1f} points {higher if change > 0 else lower}"


def short_change(measure: str, change: float) -> str:
    """For dense lists: 'tension about the same', 'connected 1.0 higher'."""
    if is_about_the_same(change):
        return f"{measure} about the same"
    return f"{measure} {abs(change):.1f} {'higher' if change > 0 else 'lower'}"


def sessions_words(sessions: int) -> str:
    return f"{sessions} rated session{'s' if sessions != 1 else ''}"


def change_reading(subject: str, after: str, change: float, sessions: int) -> str | None:
    """'In your own ratings, your tension after 4-6 breathing was 1.3 points lower on average
    (18 rated sessions).' — or None before there are enough rated sessions."""
    if not may_compare(sessions):
        return None
    return (f"In your own ratings, {subject} {after} was {change_words(change)} "
            f"{'as before' if is_about_the_same(change) else 'on average'} "
            f"({sessions_words(sessions)}).")


def waiting_line() -> str:
    """Said instead of a reading before there are enough rated sessions (no count: not a
    target to reach)."""
    return "After a few rated sessions, a line from your own ratings can appear here."


def steady_first(changes: list[tuple[K, float]]) -> list[tuple[K, float]]:
    """Order measures so what held steady comes first, then rises, then falls."""
    return sorted(changes, key=lambda item: (not is_about_the_same(item[1]), item[1] < 0))
