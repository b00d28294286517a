"""The breathing schema step (m002): sessions and named custom patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m002_breathing(db: Database) -> None:
    """Breathing sessions (timings, outcome, optional ratings) and named custom patterns."""
    db.table("breathing_sessions").create(
        {
            "id": str,
            "preset_name": str,
            "inhale": float,
            "hold": float,
            "exhale": float,
            "rest": float,
            "planned_seconds": float,
            "actual_seconds": float,
            "breaths": int,
            "outcome": str,
            "before_connected": int,
            "before_tension": int,
            "after_connected": int,
            "after_tension": int,
            "started_at": str,
            "ended_at": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"preset_name", "inhale", "hold", "exhale", "rest", "actual_seconds",
                  "breaths", "outcome", "started_at", "ended_at", "created_at", "updated_at"},
    )
    db.table("breathing_sessions").create_index(["started_at"])
    db.table("breathing_sessions").create_index(["preset_name", "started_at"])
    db.table("breathing_presets").create(
        {
            "id": str,
            "name": str,
            "inhale": float,
            "hold": float,
            "exhale": float,
            "rest": float,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"name", "inhale", "hold", "exhale", "rest", "created_at", "updated_at"},
    )
    db.table("breathing_presets").create_index(["name"])
