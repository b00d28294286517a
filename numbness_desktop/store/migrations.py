"""Schema steps, applied and recorded by sqlite-utils' own ``Migrations`` class.

This module is the runner: the order of the steps (``STEPS``) and the migration set built
from them. The steps themselves live in ``store/migration_steps/``, one module per feature.
Steps are plain functions; their names are what the database records. sqlite-utils is
imported only when a step has to run, so a normal start (nothing pending) never pays for it.

A new step: write ``mNNN_name(db)`` in its feature's module there and append it to ``STEPS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from numbness_desktop.store.migration_steps.body_map import m003_body_map
from numbness_desktop.store.migration_steps.breathing import m002_breathing
from numbness_desktop.store.migration_steps.journal import m004_journal
from numbness_desktop.store.migration_steps.practices import m007_practices
from numbness_desktop.store.migration_steps.safety_plan import (
    m001_safety_plan,
    m011_crisis_filled_for,
)
from numbness_desktop.store.migration_steps.support import m008_support_plan
from numbness_desktop.store.migration_steps.trends import (
    m005_trends_indexes,
    m006_trends_rollups,
)
from numbness_desktop.store.migration_steps.wellbeing import m010_wellbeing

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "reconnect"
MIGRATIONS_TABLE = "_sqlite_migrations"

STEPS: tuple[Callable[[Database], None], ...] = (
    m001_safety_plan, m002_breathing, m003_body_map, m004_journal, m005_trends_indexes,
    m006_trends_rollups, m007_practices, m008_support_plan, m011_crisis_filled_for,
    m010_wellbeing)
KNOWN_NAMES: tuple[str, ...] = tuple(step.__name__ for step in STEPS)
SCHEMA_VERSION = len(STEPS)


def build_migrations() -> Migrations:
    """The sqlite-utils migration set for every step this version knows."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations()(step)
    return migrations
