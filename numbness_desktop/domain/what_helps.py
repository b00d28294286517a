"""'What helps you': the average change after a practice, per practice, told honestly.

The store computes the averages in SQL; this module names them and writes the sentence.
A practice is shown only once it has ``MIN_RATED`` rated sessions, a tiny change is "about
the same", and a change the wrong way is said plainly, without alarm.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_RATED = 3
ABOUT_THE_SAME = 0.25  # points
MEASURES = ("connected", "distress")
PRACTICE_NAMES = {
    "breathing": "Breathing",
    "grounding": "5-4-3-2-1 grounding",
    "body_scan": "Body scan",
    "movement": "Gentle movement",
    "self_kindness": "Self-kindness pause",
    "staying_present": "Staying present",
}


@dataclass(frozen=True)
class PracticeEffect:
    """Average of (after − before) over rated sessions of one practice, for one measure."""

    practice: str  # a practice_sessions kind, or "breathing"
    measure: str  # "connected" or "distress"
    average: float
    sessions: int

    @property
    def name(self) -> str:
        return PRACTICE_NAMES.get(self.practice, self.practice)


def shown(effects: list[PracticeEffect]) -> list[PracticeEffect]:
    """Only practices with enough rated sessions, in a stable order."""
    order = list(PRACTICE_NAMES)
    kept = [e for e in effects if e.sessions >= MIN_RATED]
    return sorted(kept, key=lambda e: (MEASURES.index(e.measure) if e.measure in MEASURES
                                       else 9, order.index(e.practice)
                                       if e.practice in order else 99))


def effect_words(effect: PracticeEffect) -> str:
    """'about 1.5 points more connected (6 sessions)' — plain both ways."""
    sessions = f"{effect.sessions} session{'s' if effect.sessions != 1 else ''}"
    change = effect.average
    if abs(change) < ABOUT_THE_SAME:
        what = "about as connected as before" if effect.measure == "connected" else \
            "about the same distress as before"
        return f"{what} ({sessions})"
    if effect.measure == "connected":
        direction = "more" if change > 0 else "less"
        return f"{abs(change):.1f} points {direction} connected ({sessions})"
    direction = "lower" if change < 0 else "higher"
    return f"distress {abs(change):.1f} points {direction} ({sessions})"


def what_helps_reading(effects: list[PracticeEffect]) -> str:
    """The chart's reading: the practice with the largest gain in connection first."""
    kept = shown(effects)
    if not kept:
        return (f"Once a practice has {MIN_RATED} sessions rated before and after, how you "
                "felt afterwards appears here.")
    connected = [e for e in kept if e.measure == "connected"]
    distress = [e for e in kept if e.measure == "distress"]
    parts = []
    if connected:
        best = max(connected, key=lambda e: (e.average, e.sessions))
        parts.append(f"After {best.name.lower() if best.practice != 'breathing' else 'breathing'}"
                     f" you felt {effect_words(best)}.")
    if distress:
        best = min(distress, key=lambda e: (e.average, -e.sessions))
        parts.append(f"After {best.name.lower() if best.practice != 'breathing' else 'breathing'}"
                     f", {effect_words(best)}.")
    if all(abs(e.average) < ABOUT_THE_SAME for e in kept):
        parts.append("So far the practices have left things about as they were; "
                     "that is worth knowing too.")
    return " ".join(parts)
