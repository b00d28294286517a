"""Export and import of WHO-5 results, reminders and the person's preferences.

Registered in transfer.py with a few lines. Results and reminders are ordinary record kinds
(merged by ``id``, a later ``updated_at`` wins). Preferences are merged by key, the later
``updated_at`` winning; the window's own state (``window/…``) stays with the computer it
belongs to.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from numbness_desktop.store import wellbeing_repo
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

LOCAL_ONLY_PREFIXES = ("window/",)
PREFERENCE_FIELDS = ["key", "value", "updated_at"]


def record_kinds(checked_kind: Callable[..., Any]) -> list[Any]:
    """The kinds for transfer.RECORD_KINDS (``checked_kind`` is transfer.CheckedRecordKind)."""
    return [
        checked_kind("wellbeing_results", wellbeing_repo.RESULTS, wellbeing_repo.RESULT_COLUMNS,
                     defaults=(("occasion", "own"),), order_by="taken_at, id",
                     required=("taken_at", "day", "created_at"),
                     check=wellbeing_repo.valid_result_record),
        checked_kind("reminders", wellbeing_repo.REMINDERS, wellbeing_repo.REMINDER_COLUMNS,
                     defaults=(("enabled", 1),), order_by="time_of_day, id",
                     required=("kind", "time_of_day", "created_at"),
                     check=wellbeing_repo.valid_reminder_record),
    ]


def _portable(key: str) -> bool:
    return "/" in key and not key.startswith(LOCAL_ONLY_PREFIXES)


def export_preferences(store: Store) -> list[dict[str, Any]]:
    """Each preference as ``{"key", "value" (its JSON value), "updated_at"}``."""
    rows = store.query("SELECT key, value, updated_at FROM settings WHERE instr(key, '/') > 0 "
                       "ORDER BY key")
    exported = []
    for row in rows:
        if not _portable(row["key"]):
            continue
        try:
            value = json.loads(row["value"])
        except (TypeError, ValueError):
            continue
        exported.append({"key": row["key"], "value": value, "updated_at": row["updated_at"]})
    return exported


def csv_preferences(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For preferences.csv: the value as JSON text."""
    return [{**record, "value": json.dumps(record["value"])} for record in records]


def import_preferences(store: Store, db: Database, records: list[dict[str, Any]],
                       later: Callable[[str, str], bool], counts: dict[str, int]) -> None:
    """Merge inside transfer.import_data's transaction; ``later(a, b)`` compares stamps."""
    for record in records:
        key, stamp = record.get("key"), record.get("updated_at")
        if not (isinstance(key, str) and _portable(key) and isinstance(stamp, str) and stamp
                and "value" in record):
            counts["skipped"] += 1
            continue
        try:
            text = json.dumps(record["value"], allow_nan=False)
        except (TypeError, ValueError):
            counts["skipped"] += 1
            continue
        current = store.conn.execute("SELECT updated_at FROM settings WHERE key = ?",
                                     (key,)).fetchone()
        if current is None or later(stamp, current[0]):
            db.table("settings").upsert({"key": key, "value": text, "updated_at": stamp},
                                        pk="key")
            counts["added" if current is None else "updated"] += 1
