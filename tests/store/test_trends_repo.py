from datetime import date

import pytest

from numbness_desktop.domain.trends import (
    DateRange,
    DayIntensity,
    FeelingCount,
    Period,
    RegionCount,
    WeekCount,
    WeekMinutes,
    period_range,
    readings,
)
from numbness_desktop.store.trends_repo import TrendsRepository
from tests.trends_data import fill_hand_built

TODAY = date(2026, 11, 26)
MONDAY = date(2026, 11, 23)
WEEK = period_range(Period.WEEK, TODAY)
MONTH = period_range(Period.MONTH, TODAY)


@pytest.fixture
def repo(store):
    fill_hand_built(store)
    return TrendsRepository(store)


def test_empty_store_gives_empty_aggregates(store):
    data = TrendsRepository(store).data(Period.ALL, TODAY)
    assert data.range == DateRange(TODAY, TODAY)
    assert data.granularity == data.feelings == data.intensity == data.regions == []
    assert data.breathing == data.changes == data.journal_days == data.top_words == []
    assert all(line.startswith("Nothing here yet.") for line in readings(data, TODAY).values())


def test_granularity_counts_distinct_words_from_body_map_and_journal(repo):
    assert repo.granularity(WEEK) == [WeekCount(MONDAY, 5)]
    # the month starts on 28 October: only the journal's "sad" of that week is inside
    assert repo.granularity(MONTH) == [WeekCount(date(2026, 10, 26), 1), WeekCount(MONDAY, 5)]


def test_feelings_are_counted_per_word_and_placed_from_the_vocabulary(repo):
    found = repo.feelings(WEEK)
    assert [(f.word, f.count) for f in found] == [
        ("calm", 3), ("numb", 2), ("hopeful", 1), ("sad", 1), ("tired", 1)]
    assert all(f.pleasantness is not None and f.energy is not None for f in found)


def test_intensity_per_day_with_shut_down_separate(repo):
    assert repo.intensity(WEEK) == [
        DayIntensity(date(2026, 11, 24), False, 5.0, 4, 6, 2),
        DayIntensity(date(2026, 11, 25), True, 2.0, 2, 2, 1),
        DayIntensity(TODAY, True, 4.0, 4, 4, 1),
    ]


def test_regions_count_more_and_less_only(repo):
    assert repo.regions(WEEK) == [RegionCount("chest", 2, 1), RegionCount("belly", 0, 1)]
    assert repo.regions(period_range(Period.QUARTER, TODAY)) == [
        RegionCount("chest", 2, 1), RegionCount("belly", 0, 1), RegionCount("throat", 1, 0)]


def test_breathing_minutes_per_week_and_change_per_preset(repo):
    assert repo.breathing_minutes(WEEK) == [WeekMinutes(MONDAY, 8.0)]
    assert repo.breathing_minutes(MONTH) == [WeekMinutes(date(2026, 11, 16), 2.0),
                                             WeekMinutes(MONDAY, 8.0)]
    # one or two rated sessions are not compared at all (domain.readings)
    assert repo.breathing_changes(WEEK) == []
    assert repo.breathing_changes(MONTH) == []


def test_journal_days_and_top_words(repo):
    assert repo.journal_days(WEEK) == [WeekCount(MONDAY, 2)]
    assert repo.journal_days(MONTH) == [WeekCount(date(2026, 10, 26), 1), WeekCount(MONDAY, 2)]
    assert repo.top_words(WEEK) == [FeelingCount("calm", 2), FeelingCount("hopeful", 1),
                                    FeelingCount("tired", 1)]


def test_all_period_starts_at_the_earliest_record_and_reads_kindly(repo):
    assert repo.earliest_day() == date(2024, 1, 10)
    data = repo.data(Period.WEEK, TODAY)
    lines = readings(data, TODAY)
    assert lines["granularity"] == (
        "You named 5 different feelings this week, up from 1 a month ago.")
    assert lines["journal"] == (
        "You wrote on 2 days this week; the words you named most were calm, hopeful, tired.")
    assert repo.data(Period.ALL, TODAY).range.first == date(2024, 1, 10)


def test_aggregations_use_the_indexes(repo, store):
    """The day filters are answered from a covering index, not a scan of every row."""
    for sql in ("SELECT day, family = 'shut_down' AS shut, avg(intensity), count(*) "
                "FROM emotion_logs WHERE day BETWEEN '2026-11-20' AND '2026-11-26' "
                "GROUP BY day, shut",
                "SELECT emotion, count(*) FROM emotion_logs "
                "WHERE day BETWEEN '2026-11-20' AND '2026-11-26' GROUP BY emotion"):
        plan = " ".join(str(tuple(r)) for r in store.query(f"EXPLAIN QUERY PLAN {sql}"))
        assert "COVERING INDEX" in plan, plan


def test_all_time_reads_the_month_rollups_and_never_scans_the_rows(repo, store):
    """Over all time only the first and last months' rows are read (by their day index)."""
    from tests.trends_data import fill_years

    fill_years(store, 3, TODAY, per_day=1)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        repo.data_for(Period.ALL, period_range(Period.ALL, TODAY, repo.earliest_day()), TODAY)
    finally:
        store.conn.set_trace_callback(None)
    plans = {sql: " | ".join(r[3] for r in store.query(f"EXPLAIN QUERY PLAN {sql}"))
             for sql in statements}
    every = " | ".join(plans.values())
    for rollup in ("trends_month_words USING PRIMARY KEY (month>? AND month<?)",
                   "trends_month_words USING COVERING INDEX idx_trends_month_words_word",
                   "trends_month_intensity USING PRIMARY KEY (month>? AND month<?)",
                   "SCAN trends_month_regions",
                   "breathing_sessions USING COVERING INDEX idx_breathing_sessions_trends"):
        assert rollup in every, rollup
    for table in ("emotion_logs", "emotion_log_regions", "journal_entries", "journal_chips",
                  "breathing_sessions", " e ", " c ", " l ", " r "):
        scans = [sql for sql, plan in plans.items() if f"SCAN {table.strip()} " in plan + " "]
        assert not scans, (table, scans)


def test_long_spans_count_per_month(repo):
    span = DateRange(date(2024, 1, 1), TODAY)
    assert repo.granularity(span)[0] == WeekCount(date(2024, 1, 1), 1)
    assert repo.granularity(span)[-1] == WeekCount(date(2026, 11, 1), 5)
    assert repo.journal_days(span) == [WeekCount(date(2026, 10, 1), 1),
                                       WeekCount(date(2026, 11, 1), 2)]
    assert repo.breathing_minutes(span) == [WeekMinutes(date(2026, 11, 1), 10.0)]
    assert repo.intensity(span)[0] == DayIntensity(date(2024, 1, 1), False, 9.0, 9, 9, 1)


def test_markdown_export_carries_the_trends_readings(repo, store, tmp_path):
    from numbness_desktop.store.transfer_export import write_export

    text = write_export(store, "markdown", tmp_path / "export.md").read_text(encoding="utf-8")
    assert "## Trends" in text and "### In the past month" in text and "### So far" in text
    assert ("- **Where in the body**: Chest was marked most often in the past month: "
            "2 with more sensation, 1 with less.") in text
    assert "- **Journal**: You wrote on 3 days so far" in text
    assert text.index("## Trends") < text.index("Walked.")
