"""Rules an imported value must meet before it may enter the store.

An import that lets one strange value in can break the app long after (a role it does not
know, an intensity written as "high", a date in the year 9999). Each rule here returns
``None`` for a good value or a short reason ("isn't a whole number from 0 to 10"), so the
importer can refuse a whole file with one line naming the first bad record and field.
Pure functions: no Qt, no SQL.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any

Rule = Callable[[Any], "str | None"]

YEAR_MIN, YEAR_MAX = 1900, 2200
ID_MAX = 100
SHORT_TEXT_MAX = 2_000       # names, words, phone numbers, plan entries
NOTE_MAX = 20_000            # notes on a feeling, a practice, …
LONG_TEXT_MAX = 2_000_000    # one journal entry (a book is about 500,000)
NUMBER_MAX = 1e9             # seconds, counts: far beyond anything real, far below overflow
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def text(limit: int = SHORT_TEXT_MAX, *, required: bool = False, nullable: bool = False) -> Rule:
    def check(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            return "isn't text"
        if required and not value.strip():
            return "is empty"
        if len(value) > limit:
            return f"is longer than {limit:,} characters"
        if "\x00" in value:
            return "holds a NUL character"
        return None
    return check


def identifier(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "isn't a non-empty id"
    if len(value) > ID_MAX or "\x00" in value:
        return f"isn't an id of at most {ID_MAX} characters"
    return None


def one_of(choices: Collection[str], *, nullable: bool = False) -> Rule:
    shown = ", ".join(repr(c) for c in sorted(choices)[:8]) + (" …" if len(choices) > 8 else "")

    def check(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or value not in choices:
            return f"isn't one of {shown}"
        return None
    return check


def integer(low: int, high: int, *, nullable: bool = False) -> Rule:
    def check(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not _is_int(value) or not low <= value <= high:
            return f"isn't a whole number from {low} to {high}"
        return None
    return check


def number(low: float, high: float, *, nullable: bool = False) -> Rule:
    def check(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not (_is_int(value) or isinstance(value, float)) or not math.isfinite(value) \
                or not low <= value <= high:
            return f"isn't a number from {low:g} to {high:g}"
        return None
    return check


def day(value: Any) -> str | None:
    """A real calendar date, YYYY-MM-DD, in 1900–2200."""
    reason = f"isn't a real date like 2026-11-30, between {YEAR_MIN} and {YEAR_MAX}"
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return reason
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return reason
    return None if YEAR_MIN <= parsed.year <= YEAR_MAX else reason


def moment(value: Any) -> str | None:
    """An ISO 8601 date and time with its UTC offset, in 1900–2200."""
    reason = ("isn't a date and time with its offset, like 2026-11-30T20:15:00+01:00, "
              f"between {YEAR_MIN} and {YEAR_MAX}")
    if not isinstance(value, str) or len(value) > 40 or not _DAY.match(value):
        return reason
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return reason
    if parsed.tzinfo is None or not YEAR_MIN <= parsed.year <= YEAR_MAX:
        return reason
    return None


def nullable(rule: Rule) -> Rule:
    return lambda value: None if value is None else rule(value)


def json_words(limit: int = 50) -> Rule:
    """Text holding a JSON list of short words (the body map's sensations)."""
    def check(value: Any) -> str | None:
        reason = f"isn't a JSON list of at most {limit} short words"
        if not isinstance(value, str) or len(value) > SHORT_TEXT_MAX * 4:
            return reason
        try:
            words = json.loads(value)
        except (ValueError, RecursionError):
            return reason
        if not isinstance(words, list) or len(words) > limit or not all(
                isinstance(w, str) and len(w) <= 100 for w in words):
            return reason
        return None
    return check


def scalar(value: Any) -> str | None:
    """What any column of a later feature may hold when it names no rule of its own."""
    if value is None or isinstance(value, bool):
        return None
    if _is_int(value):
        return None if abs(value) <= 2 ** 53 else "is a number too large to keep"
    if isinstance(value, float):
        return None if math.isfinite(value) and abs(value) <= 2 ** 53 \
            else "isn't a finite number"
    if isinstance(value, str):
        return text(LONG_TEXT_MAX)(value)
    return "isn't text or a number"


def preference_value(value: Any) -> str | None:
    """A preference is one JSON scalar: text, a finite number, true/false or null."""
    if isinstance(value, str):
        return text(SHORT_TEXT_MAX * 4)(value)
    return scalar(value)


def default_rule(column: str) -> Rule:
    """The rule a column gets from its name alone (ids, timestamps, days, anything else)."""
    if column == "id" or column.endswith("_id"):
        return identifier if column == "id" else nullable(identifier)
    if column.endswith("_at"):
        return moment if column in ("created_at", "updated_at") else nullable(moment)
    if column == "day":
        return day
    return scalar
