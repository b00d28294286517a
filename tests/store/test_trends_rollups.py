"""Long Trends spans read per-month rollups (m006): the same answers as the rows themselves.

Hand-built data with exact numbers for spans cut mid-month and mid-week, the rollups after
every kind of write (insert, update, delete, INSERT OR REPLACE, orphans, import), and a
randomized comparison with the slow reference in tests/trends_reference.py.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numbness_desktop.domain.body_map import FeelingDraft, Quality, RegionMark
from numbness_desktop.domain.trends import (
    DateRange,
    DayIntensity,
    FeelingCount,
    Period,
    RegionCount,
    WeekCount,
    WeekMinutes,
    period_range,
)
from numbness_desktop.store import migrations
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.transfer import import_data
from numbness_desktop.store.transfer_export import export_data
from numbness_desktop.store.trends_repo import Split, TrendsRepository
from tests import trends_reference as reference
from tests.trends_data import entry, feeling, session

TODAY = date(2026, 11, 26)
# Wednesday 15 January 2025 .. Tuesday 10 March 2026: 420 days, so monthly buckets,
# and both ends cut their month (and their week) in the middle.
LONG = DateRange(date(2025, 1, 15), date(2026, 3, 10))
# Wednesday 15 January .. Tuesday 16 December 2025: weekly buckets, whole months between.
YEARISH = DateRange(date(2025, 1, 15), date(2025, 12, 16))


def fill_edges(store) -> dict[str, str]:
    """Rows on, just inside and just outside both ends of LONG; returns a few ids."""
    ids = {}
    with store.write() as db:
        feeling(db, "2025-01-14", "angry", "mad", 9, (("chest", "more"),))  # the day before
        ids["first"] = feeling(db, "2025-01-15", "calm", "peaceful", 4, (("chest", "more"),))
        feeling(db, "2025-01-31", "sad", "sad", 6, (("belly", "less"),))
        feeling(db, "2025-02-01", "calm", "peaceful", 2)
        ids["june"] = feeling(db, "2025-06-15", "numb", "shut_down", 3, (("chest", "less"),))
        feeling(db, "2026-03-10", "numb", "shut_down", 5, (("throat", "more"),))
        feeling(db, "2026-03-11", "hopeful", "happy", 8, (("throat", "more"),))  # the day after
        ids["january"] = entry(db, "2025-01-20", "", ("calm", "tired"))
        ids["march"] = entry(db, "2025-03-03", "", ("sad",))
        entry(db, "2026-03-01", "", ("tired", "calm"))
        entry(db, "2026-03-12", "", ("angry",))
        session(db, "2025-01-14", "4-6", 60)
        session(db, "2025-01-15", "4-6", 120, tension=(6, 4))
        session(db, "2025-09-09", "box", 300)
        session(db, "2026-03-10", "4-6", 180, tension=(5, 5))
        session(db, "2026-03-11", "4-6", 60)
    return ids


@pytest.fixture
def repo(store):
    return TrendsRepository(store)


def assert_like_reference(store, repo, spans=(LONG, YEARISH), today=TODAY):
    assert reference.actual_rollups(store) == reference.expected_rollups(store)
    for span in spans:
        for period in (Period.YEAR, Period.ALL):
            assert repo.data_for(period, span, today) == reference.data_for(
                store, period, span, today), (period, span)


# Splitting a span -------------------------------------------------------------------------
def test_a_split_needs_a_whole_month_between_its_ends():
    assert Split.of(DateRange(date(2025, 1, 1), date(2025, 1, 31))) is None
    assert Split.of(DateRange(date(2025, 1, 15), date(2025, 2, 28))) is None
    split = Split.of(DateRange(date(2025, 1, 1), date(2025, 3, 1)))
    assert split is not None and split.months == 1
    assert split.params == {"first": "2025-01-01", "first_end": "2025-01-31",
                            "last_start": "2025-03-01", "last": "2025-03-01",
                            "first_month": "2025-01-01", "last_month": "2025-03-01"}
    split = Split.of(LONG)
    assert split is not None and split.months == 13
    assert (split.params["first_end"], split.params["last_start"]) == ("2025-01-31",
                                                                       "2026-03-01")
    assert Split.of(DateRange(date(2024, 12, 31), date(2025, 2, 1))).params["first_end"] == (
        "2024-12-31")


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 900))
def test_a_split_covers_every_day_of_its_span_once(first, length):
    span = DateRange(first, first + timedelta(days=length))
    split = Split.of(span)
    if split is None:
        assert (span.last.year - span.first.year) * 12 + span.last.month - span.first.month <= 1
        return
    p = split.params
    for offset in range(span.days):
        day = (span.first + timedelta(days=offset)).isoformat()
        month = f"{day[:7]}-01"
        places = [p["first"] <= day <= p["first_end"], p["last_start"] <= day <= p["last"],
                  p["first_month"] < month < p["last_month"]]
        assert places.count(True) == 1, (span, day)


# Exact numbers across cut months ---------------------------------------------------------
def test_long_span_counts_per_month_with_both_ends_cut_mid_month(store, repo):
    fill_edges(store)
    month = date.fromisoformat
    assert repo.granularity(LONG) == [
        WeekCount(month("2025-01-01"), 3), WeekCount(month("2025-02-01"), 1),
        WeekCount(month("2025-03-01"), 1), WeekCount(month("2025-06-01"), 1),
        WeekCount(month("2026-03-01"), 3)]
    assert [(f.word, f.count) for f in repo.feelings(LONG)] == [
        ("calm", 4), ("numb", 2), ("sad", 2), ("tired", 2)]
    assert repo.top_words(LONG) == [FeelingCount("calm", 2), FeelingCount("tired", 2),
                                    FeelingCount("sad", 1)]
    assert repo.intensity(LONG) == [
        DayIntensity(month("2025-01-01"), False, 5.0, 4, 6, 2),
        DayIntensity(month("2025-02-01"), False, 2.0, 2, 2, 1),
        DayIntensity(month("2025-06-01"), True, 3.0, 3, 3, 1),
        DayIntensity(month("2026-03-01"), True, 5.0, 5, 5, 1)]
    assert repo.regions(LONG) == [RegionCount("chest", 1, 1), RegionCount("belly", 0, 1),
                                  RegionCount("throat", 1, 0)]
    # "all" counts every mark, the days before and after the span too
    assert repo.regions(LONG, everything=True) == [
        RegionCount("chest", 2, 1), RegionCount("throat", 2, 0), RegionCount("belly", 0, 1)]
    assert repo.journal_days(LONG) == [WeekCount(month("2025-01-01"), 1),
                                       WeekCount(month("2025-03-01"), 1),
                                       WeekCount(month("2026-03-01"), 1)]
    assert repo.breathing_minutes(LONG) == [WeekMinutes(month("2025-01-01"), 2.0),
                                            WeekMinutes(month("2025-09-01"), 5.0),
                                            WeekMinutes(month("2026-03-01"), 3.0)]
    assert repo.breathing_changes(LONG) == []  # two rated sessions: too few to compare
    assert_like_reference(store, repo)


def test_a_span_cut_mid_week_reads_whole_months_from_the_rollups(store, repo):
    fill_edges(store)
    monday = date.fromisoformat
    assert repo.granularity(YEARISH) == [
        WeekCount(monday("2025-01-13"), 1), WeekCount(monday("2025-01-20"), 2),
        WeekCount(monday("2025-01-27"), 2), WeekCount(monday("2025-03-03"), 1),
        WeekCount(monday("2025-06-09"), 1)]
    assert [(f.word, f.count) for f in repo.feelings(YEARISH)] == [
        ("calm", 3), ("sad", 2), ("numb", 1), ("tired", 1)]
    assert repo.top_words(YEARISH) == [FeelingCount("calm", 1), FeelingCount("sad", 1),
                                       FeelingCount("tired", 1)]
    assert repo.regions(YEARISH) == [RegionCount("chest", 1, 1), RegionCount("belly", 0, 1)]
    assert_like_reference(store, repo)


def test_feelings_edited_and_deleted_move_between_months(store, repo):
    ids = fill_edges(store)
    feelings = BodyMapRepository(store)
    feelings.update(ids["june"], FeelingDraft("calm", 7, (RegionMark("belly", Quality.MORE),)))
    assert [(f.word, f.count) for f in repo.feelings(LONG)] == [
        ("calm", 5), ("sad", 2), ("tired", 2), ("numb", 1)]
    assert repo.intensity(LONG)[2] == DayIntensity(date(2025, 6, 1), False, 7.0, 7, 7, 1)
    assert repo.regions(LONG) == [RegionCount("belly", 1, 1), RegionCount("chest", 1, 0),
                                  RegionCount("throat", 1, 0)]
    with store.write() as db:  # a feeling moved to another day (and month) by an import
        db.execute("UPDATE emotion_logs SET day = '2026-03-05' WHERE id = ?", [ids["june"]])
    assert repo.granularity(LONG)[-1] == WeekCount(date(2026, 3, 1), 3)
    assert WeekCount(date(2025, 6, 1), 1) not in repo.granularity(LONG)
    removed = feelings.delete(ids["june"])
    assert [(f.word, f.count) for f in repo.feelings(LONG)] == [
        ("calm", 4), ("sad", 2), ("tired", 2), ("numb", 1)]
    assert repo.regions(LONG) == [RegionCount("belly", 0, 1), RegionCount("chest", 1, 0),
                                  RegionCount("throat", 1, 0)]
    assert_like_reference(store, repo)
    feelings.restore(removed)  # undo: INSERT OR REPLACE of the same record
    assert [(f.word, f.count) for f in repo.feelings(LONG)][:1] == [("calm", 5)]
    feelings.restore(removed)  # again: the replaced row is taken out first
    assert [(f.word, f.count) for f in repo.feelings(LONG)][:1] == [("calm", 5)]
    assert_like_reference(store, repo)


def test_chips_and_entries_removed_or_moved_leave_exact_counts(store, repo):
    ids = fill_edges(store)
    journal = JournalRepository(store)
    chip = next(c for c in journal.entry(ids["march"]).chips if c.word == "sad")
    journal.remove_chip(chip.id)
    assert [(f.word, f.count) for f in repo.feelings(LONG)] == [
        ("calm", 4), ("numb", 2), ("tired", 2), ("sad", 1)]
    assert WeekCount(date(2025, 3, 1), 1) not in repo.granularity(LONG)
    journal.add_chip(ids["march"], "hopeful")
    journal.delete(ids["january"])
    assert repo.top_words(LONG) == [FeelingCount("calm", 1), FeelingCount("hopeful", 1),
                                    FeelingCount("tired", 1)]
    assert repo.granularity(LONG)[0] == WeekCount(date(2025, 1, 1), 2)
    with store.write() as db:
        db.execute("UPDATE journal_entries SET day = '2026-02-02' WHERE id = ?",
                   [ids["march"]])
        db.execute("UPDATE journal_chips SET word = 'calm' WHERE entry_id = ?",
                   [ids["march"]])
    assert repo.top_words(LONG) == [FeelingCount("calm", 2), FeelingCount("tired", 1)]
    assert_like_reference(store, repo)


def test_marks_and_chips_written_before_their_record_count_once_it_exists(store, repo):
    with store.write() as db:
        db.execute("INSERT INTO emotion_log_regions VALUES ('r1', 'later', 'head', 'more', 3, "
                   "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')")
        db.execute("INSERT INTO journal_chips VALUES ('c1', 'page', 'calm', NULL, 0, "
                   "'2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00')")
    assert repo.regions(LONG) == [] and repo.feelings(LONG) == []
    assert repo.regions(LONG, everything=True) == [RegionCount("head", 1, 0)]
    with store.write() as db:
        feeling(db, "2025-05-05", "sad", "sad", 4)
        db.execute("UPDATE emotion_logs SET id = 'later' WHERE day = '2025-05-05'")
        entry(db, "2025-05-06", "")
        db.execute("UPDATE journal_entries SET id = 'page' WHERE day = '2025-05-06'")
    assert repo.regions(LONG) == [RegionCount("head", 1, 0)]
    assert [(f.word, f.count) for f in repo.feelings(LONG)] == [("calm", 1), ("sad", 1)]
    assert_like_reference(store, repo)


def test_every_period_matches_the_reference_on_years_of_data(store, repo):
    from tests.trends_data import fill_years

    fill_years(store, 3, TODAY, per_day=2)
    fill_edges(store)
    for period in (Period.WEEK, Period.MONTH, Period.QUARTER, Period.YEAR, Period.ALL):
        span = period_range(period, TODAY, repo.earliest_day())
        assert repo.data_for(period, span, TODAY) == reference.data_for(
            store, period, span, TODAY), period
    assert_like_reference(store, repo)


def test_a_replace_on_the_plain_connection_still_fires_the_delete_triggers(data_dir, clock):
    store = open_store(data_dir, clock)
    fill_edges(store)
    store.close()
    store = open_store(data_dir, clock)  # nothing pending: sqlite-utils is not involved
    try:
        with store.conn:
            store.conn.execute("INSERT OR REPLACE INTO emotion_logs "
                               "SELECT * FROM emotion_logs WHERE day = '2025-02-01'")
            store.conn.execute("INSERT OR REPLACE INTO emotion_log_regions "
                               "SELECT * FROM emotion_log_regions")
        assert store._db is None
        assert_like_reference(store, TrendsRepository(store))
    finally:
        store.close()


# Randomized: any mix of writes, any span --------------------------------------------------
WORDS = ("calm", "sad", "numb", "tired", "hopeful", "angry", "my own word")
FAMILIES = ("peaceful", "sad", "shut_down", "mad", "own")
REGIONS = ("chest", "belly", "throat", "head")
QUALITIES = ("more", "less", "here")
STAMP = "2026-01-01T00:00:00+00:00"


def _day(rng: random.Random) -> str:
    return (date(2023, 12, 20) + timedelta(days=rng.randrange(1100))).isoformat()


def random_writes(store, rng: random.Random, steps: int) -> None:
    """Inserts, edits, deletes and replaces in the five tables, orphans included."""
    def ids(table: str) -> list[str]:
        return [r[0] for r in store.query(f"SELECT id FROM {table} ORDER BY id")]

    for n in range(steps):
        with store.write() as db:
            action = rng.randrange(12)
            logs, regions, entries, chips = (ids(t) for t in (
                "emotion_logs", "emotion_log_regions", "journal_entries", "journal_chips"))
            if action <= 2 or not logs:
                marks = tuple((region, rng.choice(QUALITIES)) for region in
                              rng.sample(REGIONS, rng.randrange(3)))
                feeling(db, _day(rng), rng.choice(WORDS), rng.choice(FAMILIES),
                        rng.randint(0, 10), marks)
            elif action == 3:
                db.execute("UPDATE emotion_logs SET day = ?, emotion = ?, family = ?, "
                           "intensity = ? WHERE id = ?",
                           [_day(rng), rng.choice(WORDS), rng.choice(FAMILIES),
                            rng.randint(0, 10), rng.choice(logs)])
            elif action == 4:
                db.execute("DELETE FROM emotion_logs WHERE id = ?", [rng.choice(logs)])
            elif action == 5:
                day = _day(rng)
                db.execute("INSERT OR REPLACE INTO emotion_logs (id, felt_at, day, emotion, "
                           "family, intensity, sensations, note, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, '[]', '', ?, ?)",
                           [rng.choice([*logs, f"new-log-{n}"]), f"{day}T09:00:00+00:00", day,
                            rng.choice(WORDS),
                            rng.choice(FAMILIES), rng.randint(0, 10), STAMP, STAMP])
            elif action == 6:
                db.execute("INSERT OR REPLACE INTO emotion_log_regions (id, log_id, region, "
                           "quality, intensity, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 3, ?, ?)",
                           [rng.choice([*regions, f"new-region-{n}"]),
                            rng.choice([*logs, "no-such-log"]), rng.choice(REGIONS),
                            rng.choice(QUALITIES), STAMP, STAMP])
            elif action == 7 and regions:
                if rng.random() < 0.5:
                    db.execute("DELETE FROM emotion_log_regions WHERE id = ?",
                               [rng.choice(regions)])
                else:
                    db.execute("UPDATE emotion_log_regions SET quality = ?, log_id = ? "
                               "WHERE id = ?", [rng.choice(QUALITIES), rng.choice(logs),
                                                rng.choice(regions)])
            elif action == 8 or not entries:
                entry(db, _day(rng), "", tuple(rng.sample(WORDS, rng.randrange(4))))
            elif action == 9:
                choice = rng.randrange(3)
                if choice == 0:
                    db.execute("DELETE FROM journal_entries WHERE id = ?", [rng.choice(entries)])
                elif choice == 1:
                    db.execute("UPDATE journal_entries SET day = ? WHERE id = ?",
                               [_day(rng), rng.choice(entries)])
                else:
                    db.execute("INSERT INTO journal_chips (id, entry_id, word, position, "
                               "created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                               [f"new-chip-{n}", rng.choice([*entries, "no-such-entry"]),
                                rng.choice(WORDS), STAMP, STAMP])
            elif action == 10 and chips:
                if rng.random() < 0.5:
                    db.execute("DELETE FROM journal_chips WHERE id = ?", [rng.choice(chips)])
                else:
                    db.execute("UPDATE journal_chips SET word = ?, entry_id = ? WHERE id = ?",
                               [rng.choice(WORDS), rng.choice(entries), rng.choice(chips)])
            else:
                session(db, _day(rng), rng.choice(("4-6", "box")), float(rng.randrange(30, 600)),
                        tension=(rng.randint(0, 10), rng.randint(0, 10))
                        if rng.random() < 0.7 else None)


def random_span(rng: random.Random) -> DateRange:
    first = date(2023, 12, 1) + timedelta(days=rng.randrange(1100))
    return DateRange(first, first + timedelta(days=rng.choice((0, 6, 29, 45, 90, 200, 365,
                                                              400, 401, 700, 1100))))


@pytest.mark.parametrize("seed", range(6))
def test_random_writes_and_spans_match_the_reference(store, repo, seed):
    rng = random.Random(seed)
    random_writes(store, rng, 250)
    spans = [random_span(rng) for _ in range(12)]
    spans.append(DateRange(repo.earliest_day(), TODAY))
    assert_like_reference(store, repo, spans)


# Migration, import, maintenance ----------------------------------------------------------
def test_every_source_table_keeps_its_rollup_triggers(store):
    """A later step that rebuilds one of these tables must create its triggers again."""
    triggers = {(r[0], r[1]) for r in store.query(
        "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'trends_%'")}
    assert triggers == {(table, f"trends_{table}_{event}")
                        for table in ("emotion_logs", "emotion_log_regions", "journal_entries",
                                      "journal_chips") for event in ("ai", "ad", "au")}


def test_the_migration_fills_the_rollups_from_existing_rows(data_dir, clock, monkeypatch):
    before = migrations.STEPS[:migrations.STEPS.index(migrations.m006_trends_rollups)]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "STEPS", before)
        patch.setattr(migrations, "KNOWN_NAMES", tuple(s.__name__ for s in before))
        store = open_store(data_dir, clock)
        fill_edges(store)
        random_writes(store, random.Random(9), 120)
        with store.write() as db:  # written before m006 existed: an orphan mark and chip
            db.execute("INSERT INTO emotion_log_regions VALUES ('o', 'gone', 'head', 'less', "
                       "1, '', '')")
            db.execute("INSERT INTO journal_chips VALUES ('oc', 'gone', 'sad', NULL, 0, '', '')")
        store.close()
    store = open_store(data_dir, clock)
    try:
        assert "m006_trends_rollups" in [r[0] for r in store.query(
            "SELECT name FROM _sqlite_migrations")]
        assert_like_reference(store, TrendsRepository(store))
        BodyMapRepository(store).save(FeelingDraft("calm", 3, ()))
        assert_like_reference(store, TrendsRepository(store))
    finally:
        store.close()


def by_id(data: dict) -> dict:
    """An export with each list in id order (ties in a kind's own order may fall either way)."""
    return {key: sorted(value, key=lambda r: r["id"]) if isinstance(value, list) else value
            for key, value in data.items()}


def test_rollups_are_not_exported_and_an_import_rebuilds_them(store, tmp_path, clock):
    fill_edges(store)
    random_writes(store, random.Random(4), 150)
    with store.write() as db:  # the hand-built sessions' outcome is not one import keeps
        db.execute("UPDATE breathing_sessions SET outcome = 'finished'")
    exported = export_data(store)
    assert exported["breathing_sessions"] and exported["emotion_log_regions"]
    assert not any("trends" in key for key in exported)
    other = open_store(tmp_path / "other", clock)
    try:
        import_data(other, json.loads(json.dumps(exported)))
        assert by_id(export_data(other)) == by_id(exported)
        assert reference.actual_rollups(other) == reference.expected_rollups(other)
        for span in (LONG, YEARISH, DateRange(date(2023, 12, 1), TODAY)):
            for period in (Period.YEAR, Period.ALL):
                assert (TrendsRepository(other).data_for(period, span, TODAY)
                        == TrendsRepository(store).data_for(period, span, TODAY))
        import_data(other, exported)  # a second import changes nothing
        assert reference.actual_rollups(other) == reference.expected_rollups(other)
    finally:
        other.close()


def test_backup_and_integrity_check_still_work_with_the_rollups(store, data_dir, clock):
    from numbness_desktop.store import maintenance

    fill_edges(store)
    assert store.integrity_problems() == []
    copy = store.backup()
    assert maintenance.integrity_problems(data_dir) == []
    assert copy.is_file()
