from datetime import date

from numbness_desktop.domain.trends import (
    DateRange,
    DayIntensity,
    FeelingCount,
    Period,
    PresetChange,
    RegionCount,
    WeekCount,
    WeekMinutes,
    breathing_reading,
    granularity_reading,
    intensity_reading,
    journal_reading,
    mood_centre,
    mood_reading,
    period_range,
    recent_weeks,
    region_reading,
    summary_range,
    week_start,
)

TODAY = date(2026, 11, 26)  # a Thursday
MONDAY = date(2026, 11, 23)


def test_periods_are_inclusive_ranges_ending_today():
    assert period_range(Period.WEEK, TODAY) == DateRange(date(2026, 11, 20), TODAY)
    assert period_range(Period.MONTH, TODAY) == DateRange(date(2026, 10, 28), TODAY)
    assert period_range(Period.QUARTER, TODAY).days == 91
    assert period_range(Period.YEAR, TODAY) == DateRange(date(2025, 11, 27), TODAY)
    assert period_range(Period.ALL, TODAY, date(2024, 1, 10)) == DateRange(date(2024, 1, 10),
                                                                           TODAY)
    assert period_range(Period.ALL, TODAY, None) == DateRange(TODAY, TODAY)
    assert summary_range(TODAY) == DateRange(date(2026, 11, 13), TODAY)


def test_weeks_start_on_monday():
    assert week_start(TODAY) == MONDAY
    assert week_start(MONDAY) == MONDAY
    assert recent_weeks(TODAY) == DateRange(date(2026, 10, 26), TODAY)


def test_granularity_reading_compares_with_a_month_ago():
    weeks = [WeekCount(date(2026, 10, 26), 4), WeekCount(MONDAY, 9)]
    assert granularity_reading(weeks, TODAY, Period.WEEK) == (
        "You named 9 different feelings this week, up from 4 a month ago.")
    fewer = [WeekCount(date(2026, 10, 26), 6), WeekCount(MONDAY, 2)]
    assert granularity_reading(fewer, TODAY, Period.MONTH) == (
        "Most weeks in the past month you named about 6 different feelings; this week so far, "
        "2. Weeks vary.")
    assert granularity_reading([WeekCount(MONDAY, 1)], TODAY, Period.WEEK) == (
        "You named 1 different feeling this week.")


def test_granularity_reading_is_kind_when_empty():
    assert granularity_reading([], TODAY, Period.WEEK) == (
        "Nothing here yet. The feelings you name appear here.")
    earlier = [WeekCount(date(2026, 11, 9), 3)]
    assert granularity_reading(earlier, TODAY, Period.MONTH) == (
        "Your fullest week in the past month had 3 different feelings; this week is still "
        "open.")


def test_mood_centre_weights_by_count_and_skips_unplaced_words():
    feelings = [FeelingCount("calm", 3, 0.6, -0.4), FeelingCount("numb", 1, -0.2, -0.8),
                FeelingCount("meh", 5)]
    assert mood_centre(feelings) == (0.4, -0.5)
    assert mood_reading(feelings, Period.WEEK) == (
        "9 feelings this week; on the whole they sat on the pleasant, low-energy side.")
    assert mood_centre([FeelingCount("meh", 2)]) is None
    assert mood_reading([], Period.YEAR).startswith("Nothing here yet.")


def test_intensity_reading_keeps_shut_down_apart():
    days = [DayIntensity(MONDAY, False, 5.0, 4, 6, 2), DayIntensity(TODAY, False, 8.0, 8, 8, 1),
            DayIntensity(TODAY, True, 3.0, 2, 4, 2)]
    assert intensity_reading(days, Period.WEEK) == (
        "Feelings averaged 6.0 out of 10 over 2 days; when you felt shut down, 3.0 out of 10 "
        "on 1 day.")
    only_shut = [DayIntensity(TODAY, True, 2.0, 2, 2, 1)]
    assert intensity_reading(only_shut, Period.WEEK) == (
        "When you felt shut down, 2.0 out of 10 on 1 day.")
    assert intensity_reading([], Period.WEEK).startswith("Nothing here yet.")


def test_region_breathing_and_journal_readings():
    regions = [RegionCount("chest", 2, 1), RegionCount("belly", 0, 1)]
    assert region_reading(regions, Period.WEEK) == (
        "Chest was marked most often this week: 2 with more sensation, 1 with less.")
    assert region_reading([], Period.WEEK).startswith("Nothing here yet.")
    weeks = [WeekMinutes(MONDAY, 8.0), WeekMinutes(date(2026, 11, 16), 2.0)]
    changes = [PresetChange("4-6", "tension", -2.0, 3), PresetChange("box", "tension", 0.2, 1)]
    assert breathing_reading(weeks, changes, Period.MONTH) == (
        "You breathed for 10 minutes in the past month; in your own ratings, your tension "
        "after 4-6 was 2.0 points lower.")
    # one or two rated sessions are never read into (the shared rule in domain.readings)
    assert breathing_reading(weeks, [PresetChange("4-6", "tension", -2.0, 2)], Period.MONTH) \
        == "You breathed for 10 minutes in the past month."
    # a short session is "less than a minute", never "0 minutes"
    assert breathing_reading([WeekMinutes(MONDAY, 26 / 60)], [], Period.MONTH) == (
        "You breathed for less than a minute in the past month.")
    assert breathing_reading([WeekMinutes(MONDAY, 1.0)], [], Period.WEEK) == (
        "You breathed for 1 minute this week.")
    assert breathing_reading([], [], Period.WEEK) == (
        "Nothing here yet. A minute of breathing shows up here whenever you want it.")
    words = [FeelingCount("calm", 2), FeelingCount("tired", 1), FeelingCount("hopeful", 1),
             FeelingCount("sad", 1)]
    assert journal_reading([WeekCount(MONDAY, 2)], words, Period.WEEK) == (
        "You wrote on 2 days this week; the words you named most were calm, tired, hopeful.")
    assert journal_reading([], [], Period.ALL) == (
        "Nothing here yet. The page is there whenever you want it.")
