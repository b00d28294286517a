"""Queries and writes for breathing sessions and custom breathing patterns."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, cast

from numbness_desktop.domain.breath import Pattern, validate_pattern
from numbness_desktop.domain.breath_records import (
    ChangeSummary,
    CustomPreset,
    Outcome,
    SessionRecord,
    check_rating,
)
from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.readings import MIN_RATED_SESSIONS
from numbness_desktop.store import scrub
from numbness_desktop.store.db import Store

SESSIONS = "breathing_sessions"
PRESETS = "breathing_presets"
SESSION_COLUMNS = (
    "id", "preset_name", "inhale", "hold", "exhale", "rest", "planned_seconds",
    "actual_seconds", "breaths", "outcome", "before_connected", "before_tension",
    "after_connected", "after_tension", "started_at", "ended_at", "created_at", "updated_at",
)
PRESET_COLUMNS = ("id", "name", "inhale", "hold", "exhale", "rest", "created_at", "updated_at")

# Average change (after minus before) per pattern and measure, and over all patterns; the
# chosen pattern first when it has enough rated sessions, then the most-rated pattern, then
# everything together. Tension is preferred over connection when both qualify.
CHANGE_SQL = f"""
WITH rated AS (
    SELECT preset_name, 'tension' AS measure, after_tension - before_tension AS change
    FROM {SESSIONS} WHERE before_tension IS NOT NULL AND after_tension IS NOT NULL
    UNION ALL
    SELECT preset_name, 'connected', after_connected - before_connected
    FROM {SESSIONS} WHERE before_connected IS NOT NULL AND after_connected IS NOT NULL
), grouped AS (
    SELECT preset_name, measure, avg(change) AS average, count(*) AS n
    FROM rated GROUP BY preset_name, measure
    UNION ALL
    SELECT NULL, measure, avg(change), count(*) FROM rated GROUP BY measure
)
SELECT preset_name, measure, average, n FROM grouped
WHERE n >= :minimum
ORDER BY coalesce(preset_name = :chosen, 0) DESC, preset_name IS NOT NULL DESC, n DESC,
         measure = 'tension' DESC, preset_name
LIMIT 1
"""


class BreathingRepository:
    """Every write is one transaction; sessions are saved again when ratings arrive."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Sessions ------------------------------------------------------------------------------
    def save_session(self, record: SessionRecord) -> SessionRecord:
        """Insert or replace a session (its ``updated_at`` set now)."""
        for value in (record.before_connected, record.before_tension, record.after_connected,
                      record.after_tension):
            check_rating(value)
        now = iso(self.store.clock())
        saved = replace(record, updated_at=now, created_at=record.created_at or now)
        with self.store.write() as db:
            db.table(SESSIONS).insert(_session_row(saved), replace=True)
        return saved

    def session(self, session_id: str) -> SessionRecord | None:
        rows = self.store.query(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM {SESSIONS} WHERE id = ?", (session_id,))
        return _session(rows[0]) if rows else None

    def recent_sessions(self, limit: int = 20) -> list[SessionRecord]:
        rows = self.store.query(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM {SESSIONS} "
            "ORDER BY started_at DESC, rowid DESC LIMIT ?", (limit,))
        return [_session(row) for row in rows]

    def sessions_on(self, day: date) -> list[SessionRecord]:
        """Sessions started on a local calendar day (timestamps carry the local offset)."""
        rows = self.store.query(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM {SESSIONS} "
            "WHERE started_at >= ? AND started_at < ? ORDER BY started_at, rowid",
            (day.isoformat(), (day + timedelta(days=1)).isoformat()))
        return [_session(row) for row in rows]

    def session_count(self) -> int:
        return int(self.store.query(f"SELECT count(*) FROM {SESSIONS}")[0][0])

    def change_summary(self, chosen_preset: str | None = None) -> ChangeSummary | None:
        rows = self.store.query(CHANGE_SQL, {"minimum": MIN_RATED_SESSIONS,
                                             "chosen": chosen_preset})
        if not rows:
            return None
        row = rows[0]
        return ChangeSummary(row["preset_name"], row["measure"], float(row["average"]),
                             int(row["n"]))

    # Custom patterns -----------------------------------------------------------------------
    def custom_presets(self) -> list[CustomPreset]:
        rows = self.store.query(
            f"SELECT {', '.join(PRESET_COLUMNS)} FROM {PRESETS} ORDER BY name COLLATE NOCASE, id")
        return [_preset(row) for row in rows]

    def add_preset(self, name: str, pattern: Pattern) -> CustomPreset:
        problems = validate_pattern(pattern)
        if problems:
            raise ValueError(problems[0])
        now = iso(self.store.clock())
        preset = CustomPreset(new_id(), name.strip(), pattern, now, now)
        with self.store.write() as db:
            db.table(PRESETS).insert(_preset_row(preset))
        return preset

    def delete_preset(self, preset_id: str) -> CustomPreset | None:
        """Remove a custom pattern; returns it so it can be restored (undo)."""
        rows = self.store.query(
            f"SELECT {', '.join(PRESET_COLUMNS)} FROM {PRESETS} WHERE id = ?", (preset_id,))
        if not rows:
            return None
        with self.store.write() as db:
            db.table(PRESETS).delete(preset_id)
        scrub.after_delete(self.store)
        return _preset(rows[0])

    def restore_preset(self, preset: CustomPreset) -> CustomPreset:
        with self.store.write() as db:
            db.table(PRESETS).insert(_preset_row(preset), replace=True)
        return preset


def _session_row(record: SessionRecord) -> dict[str, Any]:
    pattern = record.pattern
    return {
        "id": record.id, "preset_name": record.preset_name, "inhale": pattern.inhale,
        "hold": pattern.hold, "exhale": pattern.exhale, "rest": pattern.rest,
        "planned_seconds": record.planned_seconds, "actual_seconds": record.actual_seconds,
        "breaths": record.breaths, "outcome": record.outcome.value,
        "before_connected": record.before_connected, "before_tension": record.before_tension,
        "after_connected": record.after_connected, "after_tension": record.after_tension,
        "started_at": record.started_at, "ended_at": record.ended_at,
        "created_at": record.created_at, "updated_at": record.updated_at,
    }


def _session(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"], preset_name=row["preset_name"],
        pattern=Pattern(row["inhale"], row["hold"], row["exhale"], row["rest"]),
        planned_seconds=row["planned_seconds"], actual_seconds=row["actual_seconds"],
        breaths=row["breaths"], outcome=Outcome(row["outcome"]), started_at=row["started_at"],
        ended_at=row["ended_at"], created_at=row["created_at"], updated_at=row["updated_at"],
        before_connected=row["before_connected"], before_tension=row["before_tension"],
        after_connected=row["after_connected"], after_tension=row["after_tension"],
    )


def _preset_row(preset: CustomPreset) -> dict[str, Any]:
    pattern = preset.pattern
    return {"id": preset.id, "name": preset.name, "inhale": pattern.inhale,
            "hold": pattern.hold, "exhale": pattern.exhale, "rest": pattern.rest,
            "created_at": preset.created_at, "updated_at": preset.updated_at}


def _preset(row: sqlite3.Row) -> CustomPreset:
    return CustomPreset(row["id"], row["name"],
                        Pattern(row["inhale"], row["hold"], row["exhale"], row["rest"]),
                        row["created_at"], row["updated_at"])


# Import checks: a record that would break the app (missing timings, odd ratings) is skipped.
def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _rating_ok(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and 0 <= value <= 10)


def _pattern_ok(record: dict[str, Any]) -> bool:
    values = [record.get(key) for key in ("inhale", "hold", "exhale", "rest")]
    numbers = cast(list[float], values)  # each checked by _number first
    return all(_number(v) for v in values) and not validate_pattern(Pattern(*numbers))


def valid_session_record(record: dict[str, Any]) -> bool:
    """An imported session is kept only when the app can show it."""
    return (
        isinstance(record.get("preset_name"), str) and _pattern_ok(record)
        and _number(record.get("actual_seconds")) and record["actual_seconds"] >= 0
        and (record.get("planned_seconds") is None or _number(record["planned_seconds"]))
        and isinstance(record.get("breaths"), int) and record.get("outcome") in
        {outcome.value for outcome in Outcome}
        and all(_rating_ok(record.get(key)) for key in (
            "before_connected", "before_tension", "after_connected", "after_tension"))
        and all(isinstance(record.get(key), str) and record[key] for key in (
            "started_at", "ended_at", "created_at"))
    )


def valid_preset_record(record: dict[str, Any]) -> bool:
    name = record.get("name")
    return isinstance(name, str) and bool(name.strip()) and _pattern_ok(record) and \
        isinstance(record.get("created_at"), str) and bool(record["created_at"])
