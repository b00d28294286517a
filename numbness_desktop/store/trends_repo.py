"""Trends aggregations, all in SQL: GROUP BY over indexed day columns, a few rows back.

Days are ISO dates (``YYYY-MM-DD``), inclusive at both ends. A week is keyed by its Monday,
computed in SQL so no per-row Python work happens. Breathing sessions carry their local
start time with its offset, so its first ten characters are the local day and a range on
``started_at`` uses the ``started_at`` index.
"""

from __future__ import annotations

from datetime import date, timedelta

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


def _week(column: str) -> str:
    """SQL for the Monday of the week holding the ISO date in ``column``."""
    return f"date({column}, 'weekday 0', '-6 days')"  # next Sunday (or today), back 6 days


def _bucket(column: str, bucket: str) -> str:
    return _week(column) if bucket == "week" else f"substr({column}, 1, 7) || '-01'"


# Every emotion word named in the range: body-map feelings and journal chips together.
NAMED_WORDS = """
SELECT day, emotion AS word FROM emotion_logs WHERE day BETWEEN :first AND :last
UNION ALL
SELECT e.day, c.word FROM journal_entries e JOIN journal_chips c ON c.entry_id = e.id
WHERE e.day BETWEEN :first AND :last
"""


class TrendsRepository:
    """Read-only: every method answers with already aggregated rows."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def earliest_day(self) -> date | None:
        row = self.store.query(
            "SELECT min(d) FROM ("
            "SELECT min(day) AS d FROM emotion_logs UNION ALL "
            "SELECT min(day) FROM journal_entries UNION ALL "
            "SELECT substr(min(started_at), 1, 10) FROM breathing_sessions)")[0]
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
            recent_granularity=self.granularity(recent_weeks(today)))

    # 1. Emotional granularity -----------------------------------------------------------
    def granularity(self, span: DateRange) -> list[WeekCount]:
        """Distinct emotion words named per week, or per month over long spans (none: no row)."""
        rows = self.store.query(
            f"WITH named AS ({NAMED_WORDS}) SELECT {_bucket('day', bar_bucket(span))} AS week, "
            "count(DISTINCT word) FROM named GROUP BY week ORDER BY week", _params(span))
        return [WeekCount(date.fromisoformat(r[0]), int(r[1])) for r in rows]

    # 2. Mood grid ---------------------------------------------------------------------------
    def feelings(self, span: DateRange) -> list[FeelingCount]:
        """Each word named in the range with how often; placed from the vocabulary per word.

        The body map's and the journal's counts are two grouped queries (each on its own
        index); their few hundred rows at most are added together here.
        """
        counts: dict[str, int] = {}
        for sql in ("SELECT emotion, count(*) FROM emotion_logs "
                    "WHERE day BETWEEN :first AND :last GROUP BY emotion",
                    "SELECT c.word, count(*) FROM journal_entries e "
                    "JOIN journal_chips c ON c.entry_id = e.id "
                    "WHERE e.day BETWEEN :first AND :last GROUP BY c.word"):
            for word, count in self.store.query(sql, _params(span)):
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
        bucket = intensity_bucket(span)
        key = {"day": "day", "week": _week("day"), "month": "substr(day, 1, 7) || '-01'"}[bucket]
        rows = self.store.query(
            f"SELECT {key} AS bucket, family = :shut AS shut, avg(intensity), min(intensity), "
            "max(intensity), count(*) FROM emotion_logs WHERE day BETWEEN :first AND :last "
            "GROUP BY bucket, shut ORDER BY bucket, shut", {**_params(span), "shut": SHUT_DOWN})
        return [DayIntensity(date.fromisoformat(r[0]), bool(r[1]), round(float(r[2]), 2),
                             int(r[3]), int(r[4]), int(r[5])) for r in rows]

    # 4. Where in the body -----------------------------------------------------------------
    def regions(self, span: DateRange, everything: bool = False) -> list[RegionCount]:
        """Marks with more and with less sensation per region.

        ``everything`` (the "all" period) reads the regions' own covering index alone, with
        no join back to the feelings for their day.
        """
        if everything:
            rows = self.store.query(
                "SELECT region, sum(quality = 'more'), sum(quality = 'less') "
                "FROM emotion_log_regions WHERE quality IN ('more', 'less') "
                "GROUP BY region ORDER BY count(*) DESC, region")
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
        """Per pattern and measure: the average of after minus before over rated sessions."""
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
        return [PresetChange(r[0], r[1], round(float(r[2]), 2), int(r[3])) for r in rows]

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
