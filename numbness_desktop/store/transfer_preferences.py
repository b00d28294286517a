"""Preferences travel with the data: exported as a list, merged back by key on import.

Each is ``{"key": "view/textScale", "value": 1.25, "updated_at": "…"}``; the value is the
JSON value itself. On import a preference replaces ours only when it was changed later.
The store's own dotted keys (the safety plan's country, drafts) are not preferences.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from numbness_desktop.store import settings_repo
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from sqlite_utils import Database


def export_preferences(store: Store) -> list[dict[str, Any]]:
    rows = store.query("SELECT key, value, updated_at FROM settings "
                       "WHERE instr(key, '/') > 0 ORDER BY key")
    out = []
    for row in rows:
        try:
            value = json.loads(row["value"])
        except (TypeError, ValueError):
            continue
        out.append({"key": row["key"], "value": value, "updated_at": row["updated_at"]})
    return out


def import_preferences(store: Store, db: Database, records: Any,
                       counts: dict[str, int]) -> None:
    """Merge checked preference records (``import_check`` has seen every field)."""
    if not isinstance(records, list):
        return
    for record in records:
        key = record["key"]
        if not settings_repo.is_preference_key(key):
            continue
        current = store.conn.execute("SELECT updated_at FROM settings WHERE key = ?",
                                     (key,)).fetchone()
        if current is not None and not _later(record["updated_at"], current[0]):
            continue
        db.table("settings").upsert({"key": key,
                                     "value": json.dumps(record["value"], allow_nan=False),
                                     "updated_at": record["updated_at"]}, pk="key")
        counts["added" if current is None else "updated"] += 1


def _later(imported: str, ours: str) -> bool:
    try:
        return datetime.fromisoformat(imported) > datetime.fromisoformat(ours)
    except (TypeError, ValueError):
        return True
