"""'What helps you': the average change after a practice, per practice, told honestly.

The store computes the averages in SQL; this module names them and writes the sentence by
the shared reading rule (domain/readings.py): a practice is shown only once it has enough
rated sessions, a small change is "about the same", every reading says it comes from the
person's own ratings and what came "after", and what held steady is said first.
"""

from __future__ import annotations

from dataclasses import dataclass

from numbness_desktop.domain.readings import (
    MIN_RATED_SESSIONS,
    OWN_RATINGS,
    change_words,
    is_about_the_same,
    may_compare,
    sessions_words,
    steady_first,
    waiting_line,
)

MIN_RATED = MIN_RATED_SESSIONS
NOTHING_YET = "Nothing here yet."
MEASURES = ("connected", "distress")
MEASURE_WORDS = {"connected": "connection", "distress": "distress"}
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
    kept = [e for e in effects if may_compare(e.sessions)]
    return sorted(kept, key=lambda e: (MEASURES.index(e.measure) if e.measure in MEASURES
                                       else 9, order.index(e.practice)
                                       if e.practice in order else 99))


def effect_words(effect: PracticeEffect) -> str:
    """'connection 1.5 points higher (6 rated sessions)', 'distress about the same (…)'."""
    return (f"{MEASURE_WORDS.get(effect.measure, effect.measure)} "
            f"{change_words(effect.average)} ({sessions_words(effect.sessions)})")


def what_helps_reading(effects: list[PracticeEffect], phrase: str = "so far") -> str:
    """The chart's reading: the largest gain in connection and the largest fall in
    distress, what held steady first; or a waiting line (no count: not a target)."""
    kept = shown(effects)
    if not kept:
        return f"{NOTHING_YET} {waiting_line()}"
    picked = []
    connected = [e for e in kept if e.measure == "connected"]
    distress = [e for e in kept if e.measure == "distress"]
    if connected:
        picked.append(max(connected, key=lambda e: (e.average, e.sessions)))
    if distress:
        picked.append(min(distress, key=lambda e: (e.average, -e.sessions)))
    by_change = {id(e): e for e in picked}
    ordered = [by_change[key] for key, _ in steady_first([(id(e), e.average) for e in picked])]
    parts = [f"after {e.name.lower() if e.practice != 'breathing' else 'breathing'} "
             f"{effect_words(e)}" for e in ordered]
    text = f"{OWN_RATINGS[0].upper()}{OWN_RATINGS[1:]} {phrase}: {'; '.join(parts)}."
    if all(is_about_the_same(e.average) for e in kept):
        text += " So far things stayed about as they were after each practice."
    return text
