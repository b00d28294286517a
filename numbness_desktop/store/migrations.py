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


def m004_journal(db: Database) -> None:
    """Journal entries, their emotion chips, unsaved drafts, and a full-text index.

    ``journal_fts`` is an FTS5 external-content index over ``journal_entries.text``, kept in
    step by triggers, so every write path (the app, import, demo) updates it in the same
    transaction. It points at the entries' implicit rowid: nothing in Reconnect runs VACUUM;
    if something ever does, it must follow with ``INSERT INTO journal_fts(journal_fts)
    VALUES('rebuild')``.
    """
    db["journal_entries"].create(
        {"id": str, "day": str, "text": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "created_at", "updated_at"},
        defaults={"text": ""},
    )
    db["journal_entries"].create_index(["day", "created_at"])
    db["journal_chips"].create(
        {"id": str, "entry_id": str, "word": str, "intensity": int, "position": int,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"entry_id", "word", "position", "created_at", "updated_at"},
        defaults={"position": 0},
    )
    db["journal_chips"].create_index(["entry_id", "position"])
    db["journal_chips"].create_index(["word"])
    db["journal_drafts"].create(
        {"id": str, "entry_id": str, "day": str, "text": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "updated_at"},
    )
    db.execute(
        "CREATE VIRTUAL TABLE journal_fts USING fts5(text, content='journal_entries', "
        "content_rowid='rowid', prefix='2 3', "
        "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co So'\")"
    )
    db.execute("""CREATE TRIGGER journal_entries_ai AFTER INSERT ON journal_entries BEGIN
        INSERT INTO journal_fts(rowid, text) VALUES (new.rowid, new.text); END""")
    db.execute("""CREATE TRIGGER journal_entries_ad AFTER DELETE ON journal_entries BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END""")
    db.execute("""CREATE TRIGGER journal_entries_au AFTER UPDATE OF text ON journal_entries BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO journal_fts(rowid, text) VALUES (new.rowid, new.text); END""")


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


def m003_body_map(db: Database) -> None:
    """Emotion logs, the body regions of each (with how it sits there), and own words.

    ``day`` is the local calendar date of ``felt_at``, so "today" and "the last 30 days"
    are exact string comparisons whatever the UTC offset. Regions are their own records
    (one per log and region, its id derived from both); the repository deletes them with
    their log. Each region row carries a copy of its log's ``intensity`` (kept in step by
    the repository, newer ``updated_at`` when it changes) so that "Your map" over all time
    is one scan of one covering index, with no join: 40,000 logs in a few milliseconds.
    """
    db["emotion_logs"].create(
        {
            "id": str,
            "felt_at": str,
            "day": str,
            "emotion": str,
            "family": str,
            "intensity": int,
            "sensations": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"felt_at", "day", "emotion", "family", "intensity", "sensations", "note",
                  "created_at", "updated_at"},
        defaults={"family": "", "sensations": "[]", "note": "", "intensity": 0},
    )
    db["emotion_logs"].create_index(["day", "intensity"], index_name="idx_emotion_logs_day")
    db["emotion_logs"].create_index(["emotion", "day"], index_name="idx_emotion_logs_emotion")
    db["emotion_logs"].create_index(["family", "day"], index_name="idx_emotion_logs_family")
    db["emotion_log_regions"].create(
        {
            "id": str,
            "log_id": str,
            "region": str,
            "quality": str,
            "intensity": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"log_id", "region", "quality", "intensity", "created_at", "updated_at"},
        defaults={"quality": "here", "intensity": 0},
    )
    db["emotion_log_regions"].create_index(["log_id", "region", "quality"],
                                           index_name="idx_emotion_log_regions_log")
    # "Your map" over all time reads this index alone, already in GROUP BY order.
    db["emotion_log_regions"].create_index(["region", "quality", "intensity"],
                                           index_name="idx_emotion_log_regions_region")
    db["custom_words"].create(
        {"id": str, "word": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"word", "created_at", "updated_at"},
    )
    # Not unique: two computers may each add "meh"; an import keeps both rows, readers
    # show the word once.
    db["custom_words"].create_index(["word"], index_name="idx_custom_words_word")


def m005_trends_indexes(db: Database) -> None:
    """One covering index for the Trends tab: per-day intensity, family and word in a range.

    With it, a period's intensity, mood-grid and granularity queries read the index alone
    (measured on 40,000 feelings: about 50 ms down to 15 ms for all time).
    """
    db["emotion_logs"].create_index(["day", "family", "intensity", "emotion"],
                                    index_name="idx_emotion_logs_trends")


STEPS: tuple[Any, ...] = (m001_safety_plan, m002_breathing, m003_body_map, m004_journal,
                          m005_trends_indexes)
KNOWN_NAMES: tuple[str, ...] = tuple(step.__name__ for step in STEPS)
SCHEMA_VERSION = len(STEPS)


def build_migrations() -> Migrations:
    """The sqlite-utils migration set for every step this version knows."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations()(step)
    return migrations
