"""The practices' schema step (m007): check-ins, practice sessions, small goals, basics."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m007_practices(db: Database) -> None:
    """Check-ins, practice sessions, one small goal a day, and the daily basics.

    ``practice_sessions`` is read by the two-week plan too: its columns are a shared contract
    (kind one of grounding, body_scan, movement, self_kindness, staying_present; ratings 0–10
    or NULL; ``day`` the local date of ``started_at``). The basics are 0/1/2 or NULL; a day
    may hold more than one basics row after an import from another computer, and readers
    take the newest.
    """
    db.table("check_ins").create(
        {"id": str, "day": str, "state": str, "connected": int, "distress": int, "note": str,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "state", "connected", "note", "created_at", "updated_at"},
        defaults={"note": ""},
    )
    db.table("check_ins").create_index(["day", "created_at"], index_name="idx_check_ins_day")
    db.table("practice_sessions").create(
        {"id": str, "kind": str, "day": str, "started_at": str, "planned_seconds": int,
         "actual_seconds": int, "completed": int, "distress_before": int,
         "distress_after": int, "connected_before": int, "connected_after": int,
         "note": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"kind", "day", "started_at", "actual_seconds", "completed", "note",
                  "created_at", "updated_at"},
        defaults={"note": "", "completed": 0, "actual_seconds": 0},
    )
    db.table("practice_sessions").create_index(["day", "kind"],
                                               index_name="idx_practice_sessions_day")
    db.table("practice_sessions").create_index(["kind", "started_at"],
                                               index_name="idx_practice_sessions_kind")
    db.table("small_goals").create(
        {"id": str, "day": str, "text": str, "done": int, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "done", "created_at", "updated_at"},
        defaults={"text": "", "done": 0},
    )
    db.table("small_goals").create_index(["day", "created_at"], index_name="idx_small_goals_day")
    db.table("daily_basics").create(
        {"id": str, "day": str, "sleep": int, "meals": int, "movement": int, "rest": int,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "created_at", "updated_at"},
    )
    db.table("daily_basics").create_index(["day", "updated_at"], index_name="idx_daily_basics_day")
