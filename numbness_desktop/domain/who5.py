"""The WHO-5 Well-Being Index, exactly as published, and its published scoring.

The WHO-5 may be used freely only unchanged, so the wording below is the published English
text (Psychiatric Research Unit, Mental Health Centre North Zealand; reproduced in Topp et al.
2015); ``tests/domain/test_who5.py`` compares it with the cited text. Our own words (the
note, the calm suggestion) are kept apart from the instrument's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

TITLE = "WHO-5 Well-Being Index"
HEADING = "Over the last two weeks"
INSTRUCTION = ("Please respond to each item by marking one box per row, regarding how you felt "
               "in the last two weeks.")
ITEMS: tuple[str, ...] = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)
ANSWERS: tuple[tuple[str, int], ...] = (
    ("All of the time", 5),
    ("Most of the time", 4),
    ("More than half of the time", 3),
    ("Less than half of the time", 2),
    ("Some of the time", 1),
    ("At no time", 0),
)
SCORING = ("The raw score is calculated by totaling the figures of the five answers. The raw "
           "score ranges from 0 to 25, 0 representing worst possible and 25 representing best "
           "possible quality of life. To obtain a percentage score ranging from 0 to 100, the "
           "raw score is multiplied by 4. A percentage score of 0 represents worst possible, "
           "whereas a score of 100 represents best possible quality of life.")
LOW_RAW_BELOW = 13
"""Published cut-off: a raw score below 13 indicates poor well-being (a reason to look further)."""
MEANINGFUL_CHANGE = 10
"""Published: a 10 % (10 point) difference in the percentage score is a significant change."""

SOURCES = (
    "Mental Health Centre North Zealand (Hillerød, Denmark): WHO-5 Well-being Index, English "
    "version — psykiatri-regionh.dk/who-5",
    "Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic "
    "review of the literature. Psychother Psychosom 2015;84:167–176. doi:10.1159/000376585",
    "WHO Regional Office for Europe. Wellbeing measures in primary health care: the DepCare "
    "project. 1998",
)
# Our own words, not the instrument's.
NOT_A_DIAGNOSIS = ("The WHO-5 is a short screening questionnaire about well-being. It is a "
                   "guide, not a diagnosis: only a conversation with a professional can say "
                   "what a score means for you.")
LOW_SCORE_NOTE = ("Scores like this one are where the WHO-5's authors suggest looking a little "
                  "further. That is not a verdict on you — it may simply be a good moment to "
                  "talk with a doctor, a counsellor or another professional you trust. "
                  "“When to seek professional guidance” in Learn has a few ideas on where to "
                  "start.")
TAKE_EVERY = timedelta(days=14)
PLAN_DAYS = 14


class Occasion(StrEnum):
    PLAN_START = "plan_start"
    PLAN_END = "plan_end"
    FORTNIGHT = "fortnight"
    OWN = "own"  # the person chose to take it


@dataclass(frozen=True)
class Who5Result:
    id: str
    taken_at: str  # ISO 8601 with offset
    day: str  # local YYYY-MM-DD
    answers: tuple[int, int, int, int, int]
    occasion: str = Occasion.OWN.value

    @property
    def raw(self) -> int:
        return raw_score(self.answers)

    @property
    def percent(self) -> int:
        return percentage(self.raw)

    @property
    def low(self) -> bool:
        return is_low(self.raw)


def raw_score(answers: tuple[int, ...] | list[int]) -> int:
    """The sum of the five answers (each 0–5); anything else is a programming error."""
    if len(answers) != len(ITEMS) or any(not isinstance(a, int) or isinstance(a, bool)
                                         or not 0 <= a <= 5 for a in answers):
        raise ValueError("the WHO-5 has five answers, each 0 to 5")
    return sum(answers)


def percentage(raw: int) -> int:
    if not 0 <= raw <= 25:
        raise ValueError("a WHO-5 raw score is 0 to 25")
    return raw * 4


def is_low(raw: int) -> bool:
    return raw < LOW_RAW_BELOW


def offer_due(today: date, plan_start: date | None, taken: list[date]) -> Occasion | None:
    """When to offer the WHO-5 (offered, never pushed): in the first days of the two-week plan,
    at its end, and then two weeks after the most recent result. ``taken``: days answered."""
    last = max(taken) if taken else None
    grace = timedelta(days=2)  # a day away from the computer does not lose the offer
    if plan_start is not None and plan_start <= today:
        plan_end = plan_start + timedelta(days=PLAN_DAYS - 1)
        if today < plan_end:
            fresh = last is None or last < plan_start
            return Occasion.PLAN_START if fresh and today <= plan_start + grace else None
        if today <= plan_end + grace and (last is None or last < plan_end):
            return Occasion.PLAN_END
    if last is not None and today - last >= TAKE_EVERY:
        return Occasion.FORTNIGHT
    return None


def reading(results: list[Who5Result]) -> str:
    """One calm sentence about the results shown (oldest first)."""
    if not results:
        return "No well-being checks in this period."
    last = results[-1]
    text = f"Your most recent WHO-5 score was {last.percent} out of 100"
    if len(results) == 1:
        return text + "."
    first = results[0]
    change = last.percent - first.percent
    count = len(results)
    if abs(change) < MEANINGFUL_CHANGE:
        return (f"{text}; your first of {count} checks in this period was {first.percent}. A "
                f"change under {MEANINGFUL_CHANGE} points is what the WHO-5's authors count as "
                "about the same.")
    direction = "higher" if change > 0 else "lower"
    return (f"{text}, {abs(change)} points {direction} than your first in this period "
            f"({first.percent}). A change of {MEANINGFUL_CHANGE} points or more is what the "
            f"WHO-5's authors call a meaningful change.")
