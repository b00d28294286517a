"""The well-being schema step (m010): WHO-5 results and gentle reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m010_wellbeing(db: Database) -> None:
    """WHO-5 results (the five answers as given, the raw score beside them for readers of an
    export) and gentle reminders (a time of day for a check-in or a practice)."""
    db.table("wellbeing_results").create(
        {"id": str, "taken_at": str, "day": str, "item1": int, "item2": int, "item3": int,
         "item4": int, "item5": int, "raw_score": int, "occasion": str, "created_at": str,
         "updated_at": str},
        pk="id",
        not_null={"taken_at", "day", "item1", "item2", "item3", "item4", "item5", "raw_score",
                  "occasion", "created_at", "updated_at"},
        defaults={"occasion": "own"},
    )
    db.table("wellbeing_results").create_index(["day", "taken_at"])
    db.table("reminders").create(
        {"id": str, "kind": str, "time_of_day": str, "enabled": int, "created_at": str,
         "updated_at": str},
        pk="id",
        not_null={"kind", "time_of_day", "enabled", "created_at", "updated_at"},
        defaults={"enabled": 1},
    )
