"""Schema steps, applied and recorded by sqlite-utils' own ``Migrations`` class.

Steps are plain functions listed in ``STEPS``; their names are what the database records.
sqlite-utils is imported only when a step has to run, so a normal start (nothing pending)
never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "reconnect"
MIGRATIONS_TABLE = "_sqlite_migrations"


def m001_safety_plan(db: Database) -> None:
    """The safety plan's entries and a small key/value table for settings."""
    db["safety_plan_items"].create(
        {
            "id": str,
            "section": str,
            "position": int,
            "text": str,
            "phone": str,
            "role": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"section", "position", "text", "phone", "role", "created_at", "updated_at"},
        defaults={"text": "", "phone": "", "role": ""},
    )
    db["safety_plan_items"].create_index(["section", "position"])
    db["settings"].create(
        {"key": str, "value": str, "updated_at": str},
        pk="key",
        not_null={"value", "updated_at"},
    )


def m002_breathing(db: Database) -> None:
    """Breathing sessions (timings, outcome, optional ratings) and named custom patterns."""
    db["breathing_sessions"].create(
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
    db["breathing_sessions"].create_index(["started_at"])
    db["breathing_sessions"].create_index(["preset_name", "started_at"])
    db["breathing_presets"].create(
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
    db["breathing_presets"].create_index(["name"])


STEPS: tuple[Any, ...] = (m001_safety_plan, m002_breathing)
KNOWN_NAMES: tuple[str, ...] = tuple(step.__name__ for step in STEPS)
SCHEMA_VERSION = len(STEPS)


def build_migrations() -> Migrations:
    """The sqlite-utils migration set for every step this version knows."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations()(step)
    return migrations
