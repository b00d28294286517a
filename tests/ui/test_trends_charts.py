"""Small honest-chart rules: lines break over gaps, labels never pile up, counts are whole."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtGui import QFontMetrics

from numbness_desktop.domain.trends import FeelingCount
from numbness_desktop.ui.trends import charts
from numbness_desktop.ui.trends.chart import date_ticks, number_ticks, tick_font


def days(*numbers: int) -> list[float]:
    return [charts.stamp(date(2026, 11, n)) for n in numbers]


def test_the_intensity_line_breaks_over_more_than_three_empty_days():
    joined = charts.joined_neighbours(days(1, 2, 5, 10, 11), "day")
    assert joined == [True, True, False, True, False]  # the last joins nothing


def test_weekly_points_join_across_up_to_three_weeks():
    weeks = [charts.stamp(date(2026, 9, 7)), charts.stamp(date(2026, 9, 28)),
             charts.stamp(date(2026, 11, 2))]
    assert charts.joined_neighbours(weeks, "week") == [True, False, False]


def test_mood_labels_skip_words_that_would_touch_a_label_already_placed():
    placed = [FeelingCount("sad", 9, -0.6, -0.4), FeelingCount("lonely", 8, -0.62, -0.36),
              FeelingCount("calm", 7, 0.6, -0.4), FeelingCount("tired", 6, -0.4, -0.7)]
    assert [f.word for f in charts.label_places(placed)] == ["sad", "calm", "tired"]


def test_count_axes_tick_whole_numbers(qapp):
    plot = charts.new_plot(False)
    charts._whole_number_ticks(plot, "bottom", 4.4)
    values = [v for v, _ in number_ticks(0, 4.4, plot.bottom.step)]
    assert values and all(float(v).is_integer() for v in values)
    charts._whole_number_ticks(plot, "bottom", 33)
    assert plot.bottom.step == 10
    assert [text for _, text in number_ticks(0, 33, plot.bottom.step)] == ["0", "10", "20", "30"]


def test_date_axes_name_days_months_or_years_that_fit(qapp):
    metrics = QFontMetrics(tick_font())
    week = date_ticks(charts.stamp(date(2026, 11, 20)), charts.stamp(date(2026, 11, 27)), 900,
                      metrics)
    assert [text for _, text in week][:2] == ["20 Nov", "21 Nov"]
    years = date_ticks(charts.stamp(date(2017, 1, 1)), charts.stamp(date(2026, 11, 27)), 900,
                       metrics)
    assert years and all(text.isdigit() for _, text in years)
    assert all(later > earlier for (earlier, _), (later, _) in pairwise(years))


def test_a_week_still_going_on_or_cut_by_the_period_says_so():
    from numbness_desktop.domain.trends import DateRange, Period, TrendsData

    data = TrendsData(period=Period.MONTH,
                      range=DateRange(date(2026, 10, 28), date(2026, 11, 26)))
    assert charts._partial_note(date(2026, 11, 23), "week", data) == " (so far)"
    assert charts._partial_note(date(2026, 10, 26), "week", data) == " (from 28 Oct 2026)"
    assert charts._partial_note(date(2026, 11, 2), "week", data) == ""


def test_a_year_that_began_in_september_starts_its_axis_there_and_says_so():
    from numbness_desktop.domain.trends import DateRange, Period, TrendsData, WeekCount

    year = DateRange(date(2025, 11, 27), date(2026, 11, 26))
    late = TrendsData(period=Period.YEAR, range=year,
                      journal_days=[WeekCount(date(2026, 9, 7), 3)])
    assert charts.late_start("journal", late) == date(2026, 9, 7)
    assert charts.late_start_note("journal", late).startswith(
        "It starts at your first entry in this period (September 2026)")
    early = TrendsData(period=Period.YEAR, range=year,
                       journal_days=[WeekCount(date(2025, 12, 1), 3)])
    assert charts.late_start("journal", early) is None
    assert charts.late_start_note("journal", early) == ""
