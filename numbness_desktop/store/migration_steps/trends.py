"""The Trends tab's schema steps: a covering index (m005) and month rollups kept exact by
triggers (m006)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m005_trends_indexes(db: Database) -> None:
    """One covering index for the Trends tab: per-day intensity, family and word in a range.

    With it, a period's intensity, mood-grid and granularity queries read the index alone
    (measured on 40,000 feelings: about 50 ms down to 15 ms for all time).
    """
    db.table("emotion_logs").create_index(["day", "family", "intensity", "emotion"],
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
