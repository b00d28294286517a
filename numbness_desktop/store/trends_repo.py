"""Trends aggregations, all in SQL: GROUP BY over indexed day columns, a few rows back.

Days are ISO dates (``YYYY-MM-DD``), inclusive at both ends. A week is keyed by its Monday,
computed in SQL so no per-row Python work happens. Breathing sessions carry their local
start time with its offset, so its first ten characters are the local day and a range on
``started_at`` uses the ``started_at`` index.

Long spans read the per-month rollups (m006_trends_rollups, kept exact by triggers) for
every month strictly inside the span, and the rows themselves for its first and last
months, which the span may cut anywhere: see :class:`Split`. The answers are the same as
the direct queries'; only the number of rows read changes (ten years: ~150 months instead
of ~50,000 rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from numbness_desktop.domain.practice_trends import states_bucket
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
    intensity_bucket,
    period_range,
    recent_weeks,
)
from numbness_desktop.domain.trends_summary import Highlight
from numbness_desktop.domain.vocabulary import load
from numbness_desktop.store.db import Store
from numbness_desktop.store.practices_repo import PracticesRepository


def _week(column: str) -> str:
    """SQL for the Monday of the week holding the ISO date in ``column``."""
    return f"date({column}, 'weekday 0', '-6 days')"  # next Sunday (or today), back 6 days


def _bucket(column: str, bucket: str) -> str:
    return _week(column) if bucket == "week" else f"substr({column}, 1, 7) || '-01'"


def _named(first: str = ":first", last: str = ":last") -> str:
    """Every emotion word named in a day range: body-map feelings and journal chips."""
    return (f"SELECT day, emotion AS word FROM emotion_logs WHERE day BETWEEN {first} AND {last} "
            "UNION ALL SELECT e.day, c.word FROM journal_entries e "
            f"JOIN journal_chips c ON c.entry_id = e.id WHERE e.day BETWEEN {first} AND {last}")


# Every emotion word named in the range: body-map feelings and journal chips together.
NAMED_WORDS = _named()

# Parameter names of the two edge ranges and the inside months of a Split.
EDGES = ((":first", ":first_end"), (":last_start", ":last"))
INSIDE = "month > :first_month AND month < :last_month"
# Over more than a year, a per-word sum reads the rollup's word index from end to end
# (already in word order) rather than the months' primary key range and then sorting.
WIDE_MONTHS = 12
INSIDE_BY_WORD = "+month > :first_month AND +month < :last_month"


@dataclass(frozen=True)
class Split:
    """A span cut into its first month, its last month and the whole months between.

    The rollups answer for the months strictly between (``INSIDE``); the rows themselves
    for the first month's days (``:first`` .. ``:first_end``) and the last month's
    (``:last_start`` .. ``:last``). Only made when at least one whole month lies between.
    """

    params: dict[str, str]
    months: int  # whole months strictly between the first and the last

    @property
    def by_word(self) -> str:
        """``INSIDE`` for a per-word sum: wide spans read the word index, not the months'."""
        return INSIDE_BY_WORD if self.months > WIDE_MONTHS else INSIDE

    @staticmethod
    def of(span: DateRange) -> Split | None:
        first_month, last_month = span.first.replace(day=1), span.last.replace(day=1)
        after_first = _next_month(first_month)
        if after_first >= last_month:
            return None
        first, last = span.iso()
        return Split({"first": first, "first_end": (after_first - timedelta(days=1)).isoformat(),
                      "last_start": last_month.isoformat(), "last": last,
                      "first_month": first_month.isoformat(),
                      "last_month": last_month.isoformat()},
                     (last_month.year - first_month.year) * 12 + last_month.month
                     - first_month.month - 1)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


class TrendsRepository:
    """Read-only: every method answers with already aggregated rows."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def earliest_day(self) -> date | None:
        row = self.store.query(
            "SELECT min(d) FROM ("
            "SELECT min(day) AS d FROM emotion_logs UNION ALL "
            "SELECT min(day) FROM journal_entries UNION ALL "
            "SELECT substr(min(started_at), 1, 10) FROM breathing_sessions UNION ALL "
            "SELECT min(day) FROM check_ins UNION ALL SELECT min(day) FROM practice_sessions)"
        )[0]
        return date.fromisoformat(row[0]) if row[0] else None

    def data(self, period: Period, today: date) -> TrendsData:
        span = period_range(period, today, self.earliest_day() if period is Period.ALL
                            else None)
        return self.data_for(period, span, today)

    def data_for(self, period: Period, span: DateRange, today: date) -> TrendsData:
        return TrendsData(
            period=period, range=span, granularity=self.granularity(span),
            feelings=self.feelings(span), intensity=self.intensity(span),
            regions=self.regions(span, everything=period is Period.ALL),
            breathing=self.breathing_minutes(span),
            changes=self.breathing_changes(span), journal_days=self.journal_days(span),
            top_words=self.top_words(span),
            recent_granularity=self.granularity(recent_weeks(today)),
            practices=PracticesRepository(self.store).trends(*span.iso(),
                                                              states_bucket(span.days)))

    # 1. Emotional granularity -----------------------------------------------------------
    def granularity(self, span: DateRange) -> list[WeekCount]:
        """Distinct emotion words named per week, or per month over long spans (none: no row)."""
        bucket, split = bar_bucket(span), Split.of(span)
        if bucket == "month" and split:
            edges = [f"SELECT {_bucket('day', bucket)} AS week, count(DISTINCT word) "
                     f"FROM ({_named(*edge)}) GROUP BY week" for edge in EDGES]
            rows = self.store.query(
                f"{edges[0]} UNION ALL SELECT month, count(*) FROM trends_month_words "
                f"WHERE {INSIDE} GROUP BY month UNION ALL {edges[1]} ORDER BY 1",
                split.params)
        else:
            rows = self.store.query(
                f"WITH named AS ({NAMED_WORDS}) SELECT {_bucket('day', bucket)} AS week, "
                "count(DISTINCT word) FROM named GROUP BY week ORDER BY week", _params(span))
        return [WeekCount(date.fromisoformat(r[0]), int(r[1])) for r in rows]

    # 2. Mood grid ---------------------------------------------------------------------------
    def feelings(self, span: DateRange) -> list[FeelingCount]:
        """Each word named in the range with how often; placed from the vocabulary per word.

        The body map's and the journal's counts are two grouped queries (each on its own
        index), or over a Split the edge months' rows and the rollup's inside months; their
        few hundred rows at most are added together here.
        """
        counts: dict[str, int] = {}
        split = Split.of(span)
        if split:
            queries = [(f"SELECT word, count(*) FROM ({_named(*EDGES[0])} UNION ALL "
                        f"{_named(*EDGES[1])}) GROUP BY word", split.params),
                       ("SELECT word, sum(logs + chips) FROM trends_month_words "
                        f"WHERE {split.by_word} GROUP BY word", split.params)]
        else:
            queries = [(sql, _params(span)) for sql in (
                "SELECT emotion, count(*) FROM emotion_logs "
                "WHERE day BETWEEN :first AND :last GROUP BY emotion",
                "SELECT c.word, count(*) FROM journal_entries e "
                "JOIN journal_chips c ON c.entry_id = e.id "
                "WHERE e.day BETWEEN :first AND :last GROUP BY c.word")]
        for sql, params in queries:
            for word, count in self.store.query(sql, params):
                counts[word] = counts.get(word, 0) + int(count)
        vocabulary = load()
        found = []
        for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            known = vocabulary.lookup(word)
            found.append(FeelingCount(word, count, known.pleasantness if known else None,
                                      known.energy if known else None))
        return found

    def top_words(self, span: DateRange, limit: int = 8) -> list[FeelingCount]:
        """The journal's most frequent emotion words in the range."""
        split = Split.of(span)
        if split:
            edges = [f"SELECT c.word, 1 AS n FROM journal_entries e JOIN journal_chips c "
                     f"ON c.entry_id = e.id WHERE e.day BETWEEN {first} AND {last}"
                     for first, last in EDGES]
            rows = self.store.query(
                f"SELECT word, sum(n) AS n FROM ({edges[0]} UNION ALL {edges[1]} UNION ALL "
                f"SELECT word, sum(chips) FROM trends_month_words WHERE {split.by_word} "
                "GROUP BY word HAVING sum(chips) > 0) "
                "GROUP BY word ORDER BY n DESC, word LIMIT :limit",
                {**split.params, "limit": limit})
        else:
            rows = self.store.query(
                "SELECT c.word, count(*) AS n FROM journal_entries e "
                "JOIN journal_chips c ON c.entry_id = e.id WHERE e.day BETWEEN :first AND :last "
                "GROUP BY c.word ORDER BY n DESC, c.word LIMIT :limit",
                {**_params(span), "limit": limit})
        return [FeelingCount(r[0], int(r[1])) for r in rows]

    # 3. Intensity -------------------------------------------------------------------------
    def intensity(self, span: DateRange) -> list[DayIntensity]:
        """Mean, lowest and highest intensity per day, or per week / month over long spans.

        The first day of each bucket stands for it; so years of history stay a few hundred
        points, not thousands, and the chart draws quickly.
        """
        bucket, split = intensity_bucket(span), Split.of(span)
        key = {"day": "day", "week": _week("day"), "month": "substr(day, 1, 7) || '-01'"}[bucket]
        if bucket == "month" and split:
            # Sums, not averages, so the rollup's months and the edges' rows read alike:
            # sum / count is exactly SQLite's avg() over whole-number intensities (0-10).
            edges = [f"SELECT {key} AS bucket, family = :shut AS shut, sum(intensity), "
                     "min(intensity), max(intensity), count(*) FROM emotion_logs "
                     f"WHERE day BETWEEN {first} AND {last} GROUP BY bucket, shut"
                     for first, last in EDGES]
            rows = self.store.query(
                f"{edges[0]} UNION ALL SELECT month, shut, sum(intensity * n), "
                "min(intensity), max(intensity), sum(n) FROM trends_month_intensity "
                f"WHERE {INSIDE} GROUP BY month, shut UNION ALL {edges[1]} ORDER BY 1, 2",
                {**split.params, "shut": SHUT_DOWN})
            return [DayIntensity(date.fromisoformat(r[0]), bool(r[1]),
                                 round(float(r[2]) / int(r[5]), 2), int(r[3]), int(r[4]),
                                 int(r[5])) for r in rows]
        rows = self.store.query(
            f"SELECT {key} AS bucket, family = :shut AS shut, avg(intensity), min(intensity), "
            "max(intensity), count(*) FROM emotion_logs WHERE day BETWEEN :first AND :last "
            "GROUP BY bucket, shut ORDER BY bucket, shut", {**_params(span), "shut": SHUT_DOWN})
        return [DayIntensity(date.fromisoformat(r[0]), bool(r[1]), round(float(r[2]), 2),
                             int(r[3]), int(r[4]), int(r[5])) for r in rows]

    # 4. Where in the body -----------------------------------------------------------------
    def regions(self, span: DateRange, everything: bool = False) -> list[RegionCount]:
        """Marks with more and with less sensation per region.

        ``everything`` (the "all" period) counts every region row, whatever its feeling's
        day: the sum of the month rollups.
        """
        split = None if everything else Split.of(span)
        if everything:  # every month's rollup, and the month '' of regions with no feeling
            rows = self.store.query(
                "SELECT region, sum(more), sum(less) FROM trends_month_regions "
                "GROUP BY region ORDER BY sum(more) + sum(less) DESC, region")
        elif split:
            edges = [f"SELECT r.region, r.quality = 'more' AS more, r.quality = 'less' AS less "
                     "FROM emotion_logs l JOIN emotion_log_regions r ON r.log_id = l.id "
                     f"WHERE l.day BETWEEN {first} AND {last} AND r.quality IN ('more', 'less')"
                     for first, last in EDGES]
            rows = self.store.query(
                f"SELECT region, sum(more), sum(less) FROM ({edges[0]} UNION ALL {edges[1]} "
                f"UNION ALL SELECT region, more, less FROM trends_month_regions "
                f"WHERE {INSIDE}) GROUP BY region ORDER BY sum(more) + sum(less) DESC, region",
                split.params)
        else:
            rows = self.store.query(
                "SELECT r.region, sum(r.quality = 'more'), sum(r.quality = 'less') "
                "FROM emotion_logs l JOIN emotion_log_regions r ON r.log_id = l.id "
                "WHERE l.day BETWEEN :first AND :last AND r.quality IN ('more', 'less') "
                "GROUP BY r.region ORDER BY count(*) DESC, r.region", _params(span))
        return [RegionCount(r[0], int(r[1]), int(r[2])) for r in rows]

    # 5. Breathing -------------------------------------------------------------------------
    def breathing_minutes(self, span: DateRange) -> list[WeekMinutes]:
        rows = self.store.query(
            f"SELECT {_bucket('substr(started_at, 1, 10)', bar_bucket(span))} AS week, "
            "sum(actual_seconds) / 60.0 FROM breathing_sessions "
            "WHERE started_at >= :first AND started_at < :after GROUP BY week ORDER BY week",
            _started(span))
        return [WeekMinutes(date.fromisoformat(r[0]), round(float(r[1]), 1)) for r in rows]

    def breathing_changes(self, span: DateRange) -> list[PresetChange]:
        """Per pattern and measure: the average of after minus before over rated sessions —
        only where there are enough rated sessions to compare at all (``domain.readings``)."""
        from numbness_desktop.domain.readings import may_compare

        rows = self.store.query(
            "SELECT preset_name, 'tension' AS measure, avg(after_tension - before_tension), "
            "count(*) FROM breathing_sessions WHERE started_at >= :first "
            "AND started_at < :after AND before_tension IS NOT NULL "
            "AND after_tension IS NOT NULL GROUP BY preset_name "
            "UNION ALL "
            "SELECT preset_name, 'connected', avg(after_connected - before_connected), "
            "count(*) FROM breathing_sessions WHERE started_at >= :first "
            "AND started_at < :after AND before_connected IS NOT NULL "
            "AND after_connected IS NOT NULL GROUP BY preset_name "
            "ORDER BY 1, 2", _started(span))
        return [PresetChange(r[0], r[1], round(float(r[2]), 2), int(r[3])) for r in rows
                if may_compare(int(r[3]))]

    # 6. Journal ---------------------------------------------------------------------------
    def journal_days(self, span: DateRange) -> list[WeekCount]:
        rows = self.store.query(
            f"SELECT {_bucket('day', bar_bucket(span))} AS week, count(DISTINCT day) "
            "FROM journal_entries "
            "WHERE day BETWEEN :first AND :last GROUP BY week ORDER BY week",
            _params(span))
        return [WeekCount(date.fromisoformat(r[0]), int(r[1])) for r in rows]


def journal_highlights(store: Store, span: DateRange, limit: int = 60) -> list[Highlight]:
    """The period's written entries, newest first, for the person to tick (bounded)."""
    rows = store.query(
        "SELECT id, day, text FROM journal_entries WHERE day BETWEEN :first AND :last "
        "AND trim(text) != '' ORDER BY day DESC, created_at DESC LIMIT :limit",
        {**_params(span), "limit": limit})
    return [Highlight(r[0], r[1], r[2]) for r in rows]


def _params(span: DateRange) -> dict[str, str]:
    first, last = span.iso()
    return {"first": first, "last": last}


def _started(span: DateRange) -> dict[str, str]:
    return {"first": span.first.isoformat(),
            "after": (span.last + timedelta(days=1)).isoformat()}
