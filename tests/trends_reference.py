"""A slow, obvious reference for the Trends aggregations: every row read into Python.

Tests only. It follows the Trends contract (domain/trends.py buckets, the inclusive day range,
``started_at`` compared as text) without any SQL aggregation or rollup, so the repository's
fast paths can be compared with it on any data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from numbness_desktop.domain.readings import MIN_RATED_SESSIONS
from numbness_desktop.domain.trends import (
    SHUT_DOWN,
    DateRange,
    DayIntensity,
    FeelingCount,
    Period,
    PresetChange,
    RegionCount,
    TrendsData,
    WeekCount,
    WeekMinutes,
    bar_bucket,
    bucket_start,
    intensity_bucket,
    recent_weeks,
)
from numbness_desktop.domain.vocabulary import load


def _rows(store, sql: str) -> list[tuple]:
    return [tuple(row) for row in store.query(sql)]


def _key(day: str, bucket: str) -> date:
    value = date.fromisoformat(day)
    return value if bucket == "day" else bucket_start(value, bucket)


def _named(store, span: DateRange) -> list[tuple[str, str]]:
    first, last = span.iso()
    logs = _rows(store, "SELECT day, emotion FROM emotion_logs")
    chips = _rows(store, "SELECT e.day, c.word FROM journal_chips c "
                         "JOIN journal_entries e ON e.id = c.entry_id")
    return [(day, word) for day, word in logs + chips if first <= day <= last]


def granularity(store, span: DateRange) -> list[WeekCount]:
    words: dict[date, set[str]] = defaultdict(set)
    for day, word in _named(store, span):
        words[_key(day, bar_bucket(span))].add(word)
    return [WeekCount(week, len(found)) for week, found in sorted(words.items())]


def feelings(store, span: DateRange) -> list[FeelingCount]:
    counts = Counter(word for _day, word in _named(store, span))
    vocabulary = load()
    found = []
    for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        known = vocabulary.lookup(word)
        found.append(FeelingCount(word, n, known.pleasantness if known else None,
                                  known.energy if known else None))
    return found


def top_words(store, span: DateRange, limit: int = 8) -> list[FeelingCount]:
    first, last = span.iso()
    counts = Counter(word for day, word in _rows(
        store, "SELECT e.day, c.word FROM journal_chips c JOIN journal_entries e "
               "ON e.id = c.entry_id") if first <= day <= last)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [FeelingCount(word, n) for word, n in ordered]


def intensity(store, span: DateRange) -> list[DayIntensity]:
    first, last = span.iso()
    groups: dict[tuple[date, bool], list[int]] = defaultdict(list)
    for day, family, value in _rows(store, "SELECT day, family, intensity FROM emotion_logs"):
        if first <= day <= last:
            groups[(_key(day, intensity_bucket(span)), family == SHUT_DOWN)].append(value)
    return [DayIntensity(day, shut, round(sum(values) / len(values), 2), min(values),
                         max(values), len(values))
            for (day, shut), values in sorted(groups.items())]


def regions(store, span: DateRange, everything: bool = False) -> list[RegionCount]:
    first, last = span.iso()
    days = dict(_rows(store, "SELECT id, day FROM emotion_logs"))
    more: Counter[str] = Counter()
    less: Counter[str] = Counter()
    for log_id, region, quality in _rows(
            store, "SELECT log_id, region, quality FROM emotion_log_regions"):
        if quality not in ("more", "less"):
            continue
        if not everything and not (log_id in days and first <= days[log_id] <= last):
            continue
        (more if quality == "more" else less)[region] += 1
    names = set(more) | set(less)
    ordered = sorted(names, key=lambda r: (-(more[r] + less[r]), r))
    return [RegionCount(region, more[region], less[region]) for region in ordered]


def _sessions(store, span: DateRange) -> list[tuple]:
    first, after = span.first.isoformat(), (span.last + timedelta(days=1)).isoformat()
    return [row for row in _rows(
        store, "SELECT started_at, preset_name, actual_seconds, before_tension, "
               "after_tension, before_connected, after_connected FROM breathing_sessions "
               "ORDER BY started_at") if first <= row[0] < after]


def breathing_minutes(store, span: DateRange) -> list[WeekMinutes]:
    seconds: dict[date, float] = defaultdict(float)
    for row in _sessions(store, span):
        seconds[_key(row[0][:10], bar_bucket(span))] += row[2]
    return [WeekMinutes(week, round(total / 60.0, 1)) for week, total in sorted(seconds.items())]


def breathing_changes(store, span: DateRange) -> list[PresetChange]:
    changes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for _started, preset, _seconds, bt, at, bc, ac in _sessions(store, span):
        if bt is not None and at is not None:
            changes[(preset, "tension")].append(at - bt)
        if bc is not None and ac is not None:
            changes[(preset, "connected")].append(ac - bc)
    return [PresetChange(preset, measure, round(sum(values) / len(values), 2), len(values))
            for (preset, measure), values in sorted(changes.items())
            if len(values) >= MIN_RATED_SESSIONS]


def journal_days(store, span: DateRange) -> list[WeekCount]:
    first, last = span.iso()
    days: dict[date, set[str]] = defaultdict(set)
    for (day,) in _rows(store, "SELECT day FROM journal_entries"):
        if first <= day <= last:
            days[_key(day, bar_bucket(span))].add(day)
    return [WeekCount(week, len(found)) for week, found in sorted(days.items())]


def data_for(store, period: Period, span: DateRange, today: date) -> TrendsData:
    return TrendsData(
        period=period, range=span, granularity=granularity(store, span),
        feelings=feelings(store, span), intensity=intensity(store, span),
        regions=regions(store, span, everything=period is Period.ALL),
        breathing=breathing_minutes(store, span), changes=breathing_changes(store, span),
        journal_days=journal_days(store, span), top_words=top_words(store, span),
        recent_granularity=granularity(store, recent_weeks(today)))


def expected_rollups(store) -> dict[str, set[tuple]]:
    """What the m006 rollup tables must hold, computed from the rows themselves."""
    def key(day: str | None) -> str:
        return "" if day is None else f"{day[:7]}-01"

    log_days = dict(_rows(store, "SELECT id, day FROM emotion_logs"))
    entry_days = dict(_rows(store, "SELECT id, day FROM journal_entries"))
    words: Counter[tuple[str, str]] = Counter()
    chips: Counter[tuple[str, str]] = Counter()
    for day, word in _rows(store, "SELECT day, emotion FROM emotion_logs"):
        words[(key(day), word)] += 1
    for entry_id, word in _rows(store, "SELECT entry_id, word FROM journal_chips"):
        chips[(key(entry_days.get(entry_id)), word)] += 1
    levels: Counter[tuple[str, int, int]] = Counter()
    for day, family, value in _rows(store, "SELECT day, family, intensity FROM emotion_logs"):
        levels[(key(day), int(family == SHUT_DOWN), value)] += 1
    marks: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for log_id, region, quality in _rows(
            store, "SELECT log_id, region, quality FROM emotion_log_regions"):
        if quality in ("more", "less"):
            marks[(key(log_days.get(log_id)), region)][quality == "less"] += 1
    return {
        "trends_month_words": {(m, w, words[(m, w)], chips[(m, w)])
                               for (m, w) in set(words) | set(chips)},
        "trends_month_intensity": {(*k, n) for k, n in levels.items()},
        "trends_month_regions": {(m, r, more, less) for (m, r), (more, less) in marks.items()},
    }


def actual_rollups(store) -> dict[str, set[tuple]]:
    return {table: set(_rows(store, f"SELECT * FROM {table}"))
            for table in ("trends_month_words", "trends_month_intensity",
                          "trends_month_regions")}
