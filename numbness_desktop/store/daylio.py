"""Read a Daylio CSV export as journal entries, so a person leaving Daylio brings their history.

Daylio's CSV has eight columns: ``full_date, date, weekday, time, mood, activities,
note_title, note`` (documented by the daylio-csv-parser project, docs/csv-format.md and its
sample.csv: ``2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music",,""``).
Each row becomes one journal entry on its day: the note's title and text, then the
activities as a line; the mood becomes the entry's feeling chip. Ids are derived from the
row, so importing the same file twice adds nothing twice. The result is an ordinary export
dict, checked and merged like any other import.
"""

from __future__ import annotations

import csv
import html
import io
import re
import uuid
from datetime import datetime, time, tzinfo
from typing import Any

from numbness_desktop.domain.errors import ImportFormatError

COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
NAMESPACE = uuid.UUID("6f1c1f0e-2f51-4b8e-9d4c-6b0b2f1d7a55")
_TAG = re.compile(r"<[^>]{0,200}>")
_BREAK = re.compile(r"<br\s*/?>|</p>|</li>", re.IGNORECASE)
_TIME_FORMATS = ("%I:%M %p", "%H:%M", "%I:%M%p", "%H:%M:%S")


def is_daylio(head: str) -> bool:
    """True when the text starts with Daylio's header row."""
    first = head.lstrip("\ufeff").splitlines()[0] if head.strip() else ""
    return [c.strip().strip('"') for c in first.split(",")][:len(COLUMNS)] == list(COLUMNS)


def read_daylio(text: str, tz: tzinfo, exported_at: str) -> dict[str, Any]:
    """The Daylio rows as an export dict of journal entries and chips."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    entries: list[dict[str, Any]] = []
    chips: list[dict[str, Any]] = []
    try:
        for number, row in enumerate(reader, start=2):
            entry, chip = _row(row, number, tz)
            entries.append(entry)
            if chip is not None:
                chips.append(chip)
    except csv.Error as error:
        raise ImportFormatError(f"Nothing was imported — the Daylio file is not readable CSV "
                                f"({error}).") from error
    return {"format": "reconnect-export", "schema_version": 1, "exported_at": exported_at,
            "journal_entries": entries, "journal_chips": chips}


def _row(row: dict[str, Any], number: int, tz: tzinfo
         ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    def field(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    day = field("full_date")
    try:
        when = datetime.combine(datetime.strptime(day, "%Y-%m-%d").date(),
                                _parse_time(field("time")), tz)
    except ValueError as error:
        raise ImportFormatError(f"Nothing was imported — Daylio line {number}: 'full_date' "
                                f"isn't a date like 2021-09-28.") from error
    stamp = when.isoformat()
    key = "|".join(field(name) for name in COLUMNS)
    entry_id = str(uuid.uuid5(NAMESPACE, key))
    parts = [field("note_title"), _plain(field("note"))]
    activities = [a.strip() for a in field("activities").split("|") if a.strip()]
    if activities:
        parts.append("Activities: " + ", ".join(activities))
    entry = {"id": entry_id, "day": day, "text": "\n\n".join(p for p in parts if p),
             "created_at": stamp, "updated_at": stamp}
    mood = field("mood").lower()
    chip = None if not mood else {
        "id": str(uuid.uuid5(NAMESPACE, key + "|mood")), "entry_id": entry_id, "word": mood,
        "intensity": None, "position": 0, "created_at": stamp, "updated_at": stamp}
    return entry, chip


def _parse_time(text: str) -> time:
    for pattern in _TIME_FORMATS:
        try:
            return datetime.strptime(text.upper(), pattern).time()
        except ValueError:
            continue
    return time(12, 0)  # no time written: the middle of the day


def _plain(note: str) -> str:
    """Daylio notes may hold a little HTML (<br>, <b>, <li>): keep the words only."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", note))).strip()
