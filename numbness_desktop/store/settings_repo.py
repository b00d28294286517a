"""Preferences rows in the ``settings`` table: every choice lives in DATA_DIR.

Values are JSON text, so a preference keeps its type (bool, number, text) across a restart
and an export. Keys are namespaced (``window/…``, ``view/…``, ``breathe/…``); the store's own
keys (``safety_plan.country``, ``body_map.draft``) use dots and are never touched here.
"""

from __future__ import annotations

import json
import math
from typing import Any

from numbness_desktop.store.db import Store

PREFERENCE_MARK = "/"  # every preference key has a namespace: "view/textScale"


def is_preference_key(key: str) -> bool:
    return PREFERENCE_MARK in key


def read_preferences(store: Store) -> dict[str, Any]:
    """Every stored preference, decoded; a row that is not valid JSON is left out."""
    values: dict[str, Any] = {}
    for row in store.query("SELECT key, value FROM settings WHERE instr(key, '/') > 0"):
        try:
            values[row["key"]] = json.loads(row["value"])
        except (TypeError, ValueError):
            continue
    return values


def write_preference(store: Store, key: str, value: Any) -> None:
    """Save one preference in its own transaction."""
    if not is_preference_key(key):
        raise ValueError(f"preference keys have a namespace, like 'view/{key}'")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("preferences hold finite numbers only")
    text = json.dumps(value, allow_nan=False)
    now = store.clock().isoformat()
    with store.write() as db:
        db.table("settings").upsert({"key": key, "value": text, "updated_at": now}, pk="key")


def delete_preference(store: Store, key: str) -> None:
    with store.write() as db:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
