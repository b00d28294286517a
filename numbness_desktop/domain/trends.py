"""Trends without Qt or SQL: periods as date ranges, and kind plain-language readings.

Every function takes ``today`` (or already aggregated numbers) so tests pin exact sentences.
Readings are honest both ways: a fall is said plainly, never as failure, and an empty
period gets an encouraging line instead of a blank chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from numbness_desktop.domain.body_map import region_label
from numbness_desktop.domain.practice_trends import PracticeTrends
from numbness_desktop.domain.practice_trends import readings as practice_readings
from numbness_desktop.domain.readings import OWN_RATINGS, change_words, may_compare

SHUT_DOWN = "shut_down"
NOTHING_YET = "Nothing here yet."


class Period(StrEnum):
    WEEK = "week"
    TWO_WEEKS = "2 weeks"  # a printed summary's default; not a button on the tab
    MONTH = "month"
    QUARTER = "3 months"
    YEAR = "year"
    ALL = "all"

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self]

    @property
    def phrase(self) -> str:
        """How a sentence names the period: 'this week', 'in the past month'."""
        return PERIOD_PHRASES[self]

    @property
    def days(self) -> int | None:
        return PERIOD_DAYS[self]


PERIOD_LABELS = {Period.WEEK: "Week", Period.TWO_WEEKS: "Two weeks", Period.MONTH: "Month",
                 Period.QUARTER: "3 months",
                 Period.YEAR: "Year", Period.ALL: "All"}
PERIOD_PHRASES = {Period.WEEK: "this week", Period.TWO_WEEKS: "in the past two weeks",
                  Period.MONTH: "in the past month",
                  Period.QUARTER: "in the past 3 months", Period.YEAR: "in the past year",
                  Period.ALL: "so far"}
PERIOD_DAYS = {Period.WEEK: 7, Period.TWO_WEEKS: 14, Period.MONTH: 30, Period.QUARTER: 91,
               Period.YEAR: 365,
               Period.ALL: None}


@dataclass(frozen=True)
class DateRange:
    first: date
    last: date  # inclusive

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def iso(self) -> tuple[str, str]:
        return self.first.isoformat(), self.last.isoformat()


def period_range(period: Period, today: date, earliest: date | None = None) -> DateRange:
    """The last N days up to and including today; "all" starts at the earliest record."""
    if period.days is None:
        first = min(earliest, today) if earliest else today
        return DateRange(first, today)
    return DateRange(today - timedelta(days=period.days - 1), today)


TAB_PERIODS = (Period.WEEK, Period.MONTH, Period.QUARTER, Period.YEAR, Period.ALL)
SUMMARY_PERIODS = (Period.TWO_WEEKS, Period.MONTH, Period.QUARTER)


def summary_range(today: date) -> DateRange:
    """The default period of a printed summary: the last two weeks."""
    return period_range(Period.TWO_WEEKS, today)


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def recent_weeks(today: date) -> DateRange:
    """This week and the four before it: what "a month ago" compares with."""
    return DateRange(week_start(today) - timedelta(weeks=4), today)


def intensity_bucket(span: DateRange) -> str:
    """'day' up to three months, 'week' up to about a year, then 'month'."""
    if span.days <= 92:
        return "day"
    return "week" if span.days <= 366 else "month"


def bar_bucket(span: DateRange) -> str:
    """Weekly bars up to about a year, then monthly (hundreds of thin weeks read as noise)."""
    return "week" if span.days <= 400 else "month"


def bucket_start(day: date, bucket: str) -> date:
    return week_start(day) if bucket == "week" else day.replace(day=1)


# Aggregates, as the store computes them ---------------------------------------------------
@dataclass(frozen=True)
class WeekCount:
    week: date  # Monday (or the 1st of the month: see bar_bucket)
    count: int


@dataclass(frozen=True)
class FeelingCount:
    word: str
    count: int
    pleasantness: float | None = None
    energy: float | None = None


@dataclass(frozen=True)
class DayIntensity:
    day: date  # the day, or the first day of its week or month (see intensity_bucket)
    shut_down: bool  # the "shut down" family, drawn separately
    mean: float
    low: int
    high: int
    count: int


@dataclass(frozen=True)
class RegionCount:
    region: str
    more: int
    less: int


@dataclass(frozen=True)
class WeekMinutes:
    week: date  # Monday (or the 1st of the month: see bar_bucket)
    minutes: float


@dataclass(frozen=True)
class PresetChange:
    preset: str
    measure: str  # "tension" or "connected"
    average_change: float  # after minus before
    sessions: int


@dataclass(frozen=True)
class TrendsData:
    """Everything the Trends tab draws for one period."""

    period: Period
    range: DateRange
    granularity: list[WeekCount] = field(default_factory=list)
    feelings: list[FeelingCount] = field(default_factory=list)
    intensity: list[DayIntensity] = field(default_factory=list)
    regions: list[RegionCount] = field(default_factory=list)
    breathing: list[WeekMinutes] = field(default_factory=list)
    changes: list[PresetChange] = field(default_factory=list)
    journal_days: list[WeekCount] = field(default_factory=list)
    top_words: list[FeelingCount] = field(default_factory=list)
    recent_granularity: list[WeekCount] = field(default_factory=list)  # the last 5 weeks
    # What helps, check-in states, the basics (checked by their own reference tests).
    practices: PracticeTrends = field(default_factory=PracticeTrends, compare=False)


# Readings -----------------------------------------------------------------------------------
def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def granularity_reading(weeks: list[WeekCount], today: date, period: Period) -> str:
    """'You named 9 different feelings this week, up from 4 a month ago.'"""
    if not weeks or all(w.count == 0 for w in weeks):
        return f"{NOTHING_YET} The feelings you name appear here."
    counts = {w.week: w.count for w in weeks}
    this_week = week_start(today)
    now = counts.get(this_week, 0)
    earlier = counts.get(this_week - timedelta(weeks=4))
    if now == 0:
        best = max(weeks, key=lambda w: (w.count, w.week))
        return (f"Your fullest week {period.phrase} had "
                f"{plural(best.count, 'different feeling')}; this week is still open.")
    first = f"You named {plural(now, 'different feeling')} this week"
    if earlier is None:
        return f"{first}."
    if now > earlier:
        return f"{first}, up from {earlier} a month ago."
    if now < earlier:
        # lead with what held steady (a usual week), not with the fall; this week may be young
        done = sorted(w.count for w in weeks if w.week != this_week and w.count > 0)
        usual = done[len(done) // 2]
        return (f"Most weeks {period.phrase} you named about "
                f"{plural(usual, 'different feeling')}; this week so far, {now}. Weeks vary.")
    return f"{first}, the same as a month ago."


def mood_centre(feelings: list[FeelingCount]) -> tuple[float, float] | None:
    """The count-weighted centre of the placed feelings (pleasantness, energy)."""
    placed = [(f.pleasantness, f.energy, f.count) for f in feelings
              if f.pleasantness is not None and f.energy is not None]
    total = sum(count for _, _, count in placed)
    if total == 0:
        return None
    x = sum(pleasant * count for pleasant, _, count in placed) / total
    y = sum(energy * count for _, energy, count in placed) / total
    return round(x, 2), round(y, 2)


def mood_reading(feelings: list[FeelingCount], period: Period) -> str:
    centre = mood_centre(feelings)
    if centre is None:
        return f"{NOTHING_YET} Feelings appear here as you name them."
    x, y = centre
    pleasant = "pleasant" if x >= 0.15 else "unpleasant" if x <= -0.15 else "neutral"
    energy = "high-energy" if y >= 0.15 else "low-energy" if y <= -0.15 else "middle-energy"
    total = sum(f.count for f in feelings)
    return (f"{plural(total, 'feeling')} {period.phrase}; on the whole they sat on the "
            f"{pleasant}, {energy} side.")


def intensity_reading(days: list[DayIntensity], period: Period, unit: str = "day") -> str:
    other = [d for d in days if not d.shut_down]
    shut = [d for d in days if d.shut_down]
    if not days:
        return f"{NOTHING_YET} The body map adds an intensity with each feeling."
    parts = []
    if other:
        total = sum(d.count for d in other)
        mean = sum(d.mean * d.count for d in other) / total
        parts.append(f"Feelings averaged {mean:.1f} out of 10 over "
                     f"{plural(len(other), unit)}")
    if shut:
        total = sum(d.count for d in shut)
        mean = sum(d.mean * d.count for d in shut) / total
        parts.append(f"when you felt shut down, {mean:.1f} out of 10 "
                     f"{'in' if unit != 'day' else 'on'} {plural(len(shut), unit)}")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def region_reading(regions: list[RegionCount], period: Period) -> str:
    if not regions:
        return f"{NOTHING_YET} \"I can't tell where\" is an answer too."
    most = max(regions, key=lambda r: (r.more + r.less, r.more))
    return (f"{region_label(most.region)} was marked most often {period.phrase}: "
            f"{most.more} with more sensation, {most.less} with less.")


def rated_enough(changes: list[PresetChange]) -> list[PresetChange]:
    """Changes from enough rated sessions to say anything (as the Breathe tab waits too)."""
    return [c for c in changes if may_compare(c.sessions)]


def breathing_reading(weeks: list[WeekMinutes], changes: list[PresetChange],
                      period: Period) -> str:
    if not weeks:
        return f"{NOTHING_YET} A minute of breathing shows up here whenever you want it."
    minutes = sum(w.minutes for w in weeks)
    amount = "less than a minute" if minutes < 0.5 else plural(round(minutes), "minute")
    text = f"You breathed for {amount} {period.phrase}"
    tension = [c for c in changes if c.measure == "tension" and may_compare(c.sessions)]
    if tension:
        best = max(tension, key=lambda c: c.sessions)
        text += (f"; {OWN_RATINGS}, your tension after {best.preset} was "
                 f"{change_words(best.average_change)}"
                 f"{' as before' if change_words(best.average_change) == 'about the same' else ''}")
    return text + "."


def journal_reading(weeks: list[WeekCount], words: list[FeelingCount], period: Period) -> str:
    days = sum(w.count for w in weeks)
    if days == 0:
        return f"{NOTHING_YET} The page is there whenever you want it."
    text = f"You wrote on {plural(days, 'day')} {period.phrase}"
    if words:
        names = ", ".join(w.word for w in words[:3])
        text += f"; the words you named most were {names}"
    return text + "."


def readings(data: TrendsData, today: date) -> dict[str, str]:
    """One sentence per chart, keyed like the charts."""
    p = data.period
    return {
        "granularity": granularity_reading(data.recent_granularity or data.granularity,
                                           today, p),
        "mood": mood_reading(data.feelings, p),
        "intensity": intensity_reading(data.intensity, p, intensity_bucket(data.range)),
        "body": region_reading(data.regions, p),
        "breathing": breathing_reading(data.breathing, data.changes, p),
        "journal": journal_reading(data.journal_days, data.top_words, p),
        **practice_readings(data.practices, p.phrase),
    }


READING_TITLES = {"granularity": "Feelings you named", "mood": "Mood grid",
                  "intensity": "Intensity", "body": "Where in the body",
                  "breathing": "Breathing", "journal": "Journal",
                  "helps": "What helps you", "states": "Check-ins", "basics": "The basics"}


def trends_markdown(sections: list[tuple[Period, dict[str, str]]]) -> str:
    """The Trends readings as markdown, one heading per period (for the markdown export)."""
    lines = ["## Trends", ""]
    for period, found in sections:
        lines += [f"### {period.phrase[0].upper()}{period.phrase[1:]}", ""]
        lines += [f"- **{READING_TITLES[key]}**: {text}" for key, text in found.items()]
        lines.append("")
    return "\n".join(lines)
