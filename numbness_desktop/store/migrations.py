"""Schema steps, applied and recorded by sqlite-utils' own ``Migrations`` class.

Steps are plain functions listed in ``STEPS``; their names are what the database records.
sqlite-utils is imported only when a step has to run, so a normal start (nothing pending)
never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from numbness_desktop.store.migrations_support import m008_support_plan

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


# m006: month rollups for the Trends tab, kept exact by triggers --------------------------
_MONTH = "substr({day}, 1, 7) || '-01'"  # the same month key as the Trends buckets
_LOG_MONTH = "coalesce((SELECT substr(day, 1, 7) || '-01' FROM emotion_logs WHERE id = {id}), '')"
_ENTRY_MONTH = ("coalesce((SELECT substr(day, 1, 7) || '-01' FROM journal_entries "
                "WHERE id = {id}), '')")


def _add_word(month: str, word: str, logs: str, chips: str) -> str:
    return (f"INSERT INTO trends_month_words (month, word, logs, chips) "
            f"SELECT {month}, {word}, {logs}, {chips} WHERE true "
            "ON CONFLICT (month, word) DO UPDATE SET logs = logs + excluded.logs, "
            "chips = chips + excluded.chips;\n"
            f"DELETE FROM trends_month_words WHERE month = {month} AND word = {word} "
            "AND logs = 0 AND chips = 0;\n")


def _add_region(month: str, select: str) -> str:
    """``select`` yields (region, more, less) rows; they are added to ``month``."""
    return (f"INSERT INTO trends_month_regions (month, region, more, less) "
            f"SELECT {month}, region, more, less FROM ({select}) WHERE true "
            "ON CONFLICT (month, region) DO UPDATE SET more = more + excluded.more, "
            "less = less + excluded.less;\n"
            f"DELETE FROM trends_month_regions WHERE month = {month} "
            "AND more = 0 AND less = 0;\n")


def _log_change(row: str, sign: int) -> str:
    """What one feeling adds to (sign 1) or takes from (sign -1) the rollups."""
    month = _MONTH.format(day=f"{row}.day")
    regions = ("SELECT region, {s} * sum(quality = 'more') AS more, "
               "{s} * sum(quality = 'less') AS less FROM emotion_log_regions "
               f"WHERE log_id = {row}.id AND quality IN ('more', 'less') GROUP BY region")
    # Its regions move between the orphan row '' and its month.
    here, there = (month, "''") if sign > 0 else ("''", month)
    return (_add_word(month, f"{row}.emotion", str(sign), "0")
            + "INSERT INTO trends_month_intensity (month, shut, intensity, n) "
            f"SELECT {month}, {row}.family = 'shut_down', {row}.intensity, {sign} WHERE true "
            "ON CONFLICT (month, shut, intensity) DO UPDATE SET n = n + excluded.n;\n"
            f"DELETE FROM trends_month_intensity WHERE month = {month} "
            f"AND shut = ({row}.family = 'shut_down') AND intensity = {row}.intensity "
            "AND n = 0;\n"
            + _add_region(here, regions.format(s=1)) + _add_region(there, regions.format(s=-1)))


def _region_change(row: str, sign: int) -> str:
    select = (f"SELECT {row}.region AS region, {sign} * ({row}.quality = 'more') AS more, "
              f"{sign} * ({row}.quality = 'less') AS less "
              f"WHERE {row}.quality IN ('more', 'less')")
    return _add_region(_LOG_MONTH.format(id=f"{row}.log_id"), select)


def _entry_change(row: str, sign: int) -> str:
    """An entry's chips move between the orphan row '' and the entry's month."""
    month = _MONTH.format(day=f"{row}.day")
    here, there = (month, "''") if sign > 0 else ("''", month)
    out = ""
    for target, s in ((here, 1), (there, -1)):
        out += (f"INSERT INTO trends_month_words (month, word, logs, chips) "
                f"SELECT {target}, word, 0, {s} * count(*) FROM journal_chips "
                f"WHERE entry_id = {row}.id GROUP BY word "
                "ON CONFLICT (month, word) DO UPDATE SET chips = chips + excluded.chips;\n"
                f"DELETE FROM trends_month_words WHERE month = {target} AND logs = 0 "
                "AND chips = 0;\n")
    return out


def _chip_change(row: str, sign: int) -> str:
    return _add_word(_ENTRY_MONTH.format(id=f"{row}.entry_id"), f"{row}.word", "0", str(sign))


def m006_trends_rollups(db: Database) -> None:
    """Per-month rollups that let the Trends tab read years of history in a few rows.

    Derived data only (never exported): rebuilt here from the existing rows, then kept
    exact by triggers on every insert, update and delete of the feelings, their regions,
    journal entries and chips, so every write path (the app, import, demo) follows them in
    the same transaction. The month key is ``substr(day, 1, 7) || '-01'``, the Trends
    buckets' own. A region (or chip) whose feeling (or entry) does not exist is kept under
    the month ``''`` until it does. Rows that fall to zero are removed.

    ``INSERT OR REPLACE`` deletes without firing delete triggers unless
    ``recursive_triggers`` is on: the store turns it on for every connection (db.py).
    A later step that rebuilds one of the four tables (e.g. sqlite-utils ``transform``)
    drops its triggers with it and must create them again.
    """
    db.execute("""CREATE TABLE trends_month_words (
        month TEXT NOT NULL, word TEXT NOT NULL,
        logs INTEGER NOT NULL DEFAULT 0, chips INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (month, word)) WITHOUT ROWID""")
    db.execute("CREATE INDEX idx_trends_month_words_word ON trends_month_words "
               "(word, month, logs, chips)")
    db.execute("""CREATE TABLE trends_month_intensity (
        month TEXT NOT NULL, shut INTEGER NOT NULL, intensity INTEGER NOT NULL,
        n INTEGER NOT NULL, PRIMARY KEY (month, shut, intensity)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE trends_month_regions (
        month TEXT NOT NULL, region TEXT NOT NULL,
        more INTEGER NOT NULL, less INTEGER NOT NULL,
        PRIMARY KEY (month, region)) WITHOUT ROWID""")
    month = _MONTH.format(day="day")
    db.execute(f"""INSERT INTO trends_month_words (month, word, logs, chips)
        SELECT month, word, sum(logs), sum(chips) FROM (
            SELECT {month} AS month, emotion AS word, 1 AS logs, 0 AS chips FROM emotion_logs
            UNION ALL
            SELECT {_ENTRY_MONTH.format(id="c.entry_id")}, c.word, 0, 1 FROM journal_chips c)
        GROUP BY month, word""")
    db.execute(f"""INSERT INTO trends_month_intensity (month, shut, intensity, n)
        SELECT {month}, family = 'shut_down', intensity, count(*) FROM emotion_logs
        GROUP BY 1, 2, 3""")
    db.execute(f"""INSERT INTO trends_month_regions (month, region, more, less)
        SELECT {_LOG_MONTH.format(id="r.log_id")} AS month, r.region,
            sum(r.quality = 'more'), sum(r.quality = 'less')
        FROM emotion_log_regions r WHERE r.quality IN ('more', 'less') GROUP BY 1, 2""")
    for table, change, columns in (
            ("emotion_logs", _log_change, "id, day, emotion, family, intensity"),
            ("emotion_log_regions", _region_change, "log_id, region, quality"),
            ("journal_entries", _entry_change, "id, day"),
            ("journal_chips", _chip_change, "entry_id, word")):
        name = f"trends_{table}"
        db.execute(f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN\n"
                   f"{change('new', 1)}END")
        db.execute(f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN\n"
                   f"{change('old', -1)}END")
        db.execute(f"CREATE TRIGGER {name}_au AFTER UPDATE OF {columns} ON {table} BEGIN\n"
                   f"{change('old', -1)}{change('new', 1)}END")
    # Breathing stays a direct query: one covering index answers every Trends question.
    db.execute("CREATE INDEX idx_breathing_sessions_trends ON breathing_sessions "
               "(started_at, preset_name, actual_seconds, before_tension, after_tension, "
               "before_connected, after_connected)")


def m007_practices(db: Database) -> None:
    """Check-ins, practice sessions, one small goal a day, and the daily basics.

    ``practice_sessions`` is read by the two-week plan too: its columns are a shared contract
    (kind one of grounding, body_scan, movement, self_kindness, staying_present; ratings 0–10
    or NULL; ``day`` the local date of ``started_at``). The basics are 0/1/2 or NULL; a day
    may hold more than one basics row after an import from another computer, and readers
    take the newest.
    """
    db["check_ins"].create(
        {"id": str, "day": str, "state": str, "connected": int, "distress": int, "note": str,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "state", "connected", "note", "created_at", "updated_at"},
        defaults={"note": ""},
    )
    db["check_ins"].create_index(["day", "created_at"], index_name="idx_check_ins_day")
    db["practice_sessions"].create(
        {"id": str, "kind": str, "day": str, "started_at": str, "planned_seconds": int,
         "actual_seconds": int, "completed": int, "distress_before": int,
         "distress_after": int, "connected_before": int, "connected_after": int,
         "note": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"kind", "day", "started_at", "actual_seconds", "completed", "note",
                  "created_at", "updated_at"},
        defaults={"note": "", "completed": 0, "actual_seconds": 0},
    )
    db["practice_sessions"].create_index(["day", "kind"], index_name="idx_practice_sessions_day")
    db["practice_sessions"].create_index(["kind", "started_at"],
                                         index_name="idx_practice_sessions_kind")
    db["small_goals"].create(
        {"id": str, "day": str, "text": str, "done": int, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "done", "created_at", "updated_at"},
        defaults={"text": "", "done": 0},
    )
    db["small_goals"].create_index(["day", "created_at"], index_name="idx_small_goals_day")
    db["daily_basics"].create(
        {"id": str, "day": str, "sleep": int, "meals": int, "movement": int, "rest": int,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "created_at", "updated_at"},
    )
    db["daily_basics"].create_index(["day", "updated_at"], index_name="idx_daily_basics_day")


# m011: crisis lines that follow the country ------------------------------------------------
# The numbers Reconnect filled in for a country, as versions before m011 wrote them. Written out
# here (not read from crisis_lines.json) because this step describes the past: the file moves on.
_LEGACY_FILLED = (
    ("crisis_line", "988 Suicide & Crisis Lifeline (call or text)", "988"),
    ("crisis_line", "9-8-8 Suicide Crisis Helpline (call or text)", "988"),
    ("crisis_line", "Samaritans", "116 123"),
    ("crisis_line", "Lifeline", "13 11 14"),
    ("crisis_line", "Need to talk? (call or text)", "1737"),
    *(("emergency", "Emergency services", number) for number in ("911", "999", "112", "000",
                                                                   "111")),
)


def m011_crisis_filled_for(db: Database) -> None:
    """Mark the help numbers Reconnect filled in, so a country change can replace them.

    ``filled_for`` holds the country code a line was filled in for; "" is the person's own
    entry, which a country change never touches. Entries that still carry exactly the words
    an earlier version filled in are marked as filled for the plan's current country.
    """
    db["safety_plan_items"].add_column("filled_for", str, not_null_default="")
    row = db.execute("SELECT value FROM settings WHERE key = 'safety_plan.country'").fetchone()
    country = row[0] if row and row[0] else "OTHER"
    for role, text, phone in _LEGACY_FILLED:
        db.execute("UPDATE safety_plan_items SET filled_for = ? WHERE role = ? AND text = ? "
                   "AND phone = ?", [country, role, text, phone])


def m010_wellbeing(db: Database) -> None:
    """WHO-5 results (the five answers as given, the raw score beside them for readers of an
    export) and gentle reminders (a time of day for a check-in or a practice)."""
    db["wellbeing_results"].create(
        {"id": str, "taken_at": str, "day": str, "item1": int, "item2": int, "item3": int,
         "item4": int, "item5": int, "raw_score": int, "occasion": str, "created_at": str,
         "updated_at": str},
        pk="id",
        not_null={"taken_at", "day", "item1", "item2", "item3", "item4", "item5", "raw_score",
                  "occasion", "created_at", "updated_at"},
        defaults={"occasion": "own"},
    )
    db["wellbeing_results"].create_index(["day", "taken_at"])
    db["reminders"].create(
        {"id": str, "kind": str, "time_of_day": str, "enabled": int, "created_at": str,
         "updated_at": str},
        pk="id",
        not_null={"kind", "time_of_day", "enabled", "created_at", "updated_at"},
        defaults={"enabled": 1},
    )


STEPS: tuple[Any, ...] = (m001_safety_plan, m002_breathing, m003_body_map, m004_journal,
                          m005_trends_indexes, m006_trends_rollups,
                          m007_practices, m008_support_plan, m011_crisis_filled_for,
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
