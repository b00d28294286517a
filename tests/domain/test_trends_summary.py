from datetime import date

from numbness_desktop.domain.trends import (
    DateRange,
    FeelingCount,
    Period,
    PresetChange,
    RegionCount,
    TrendsData,
    WeekMinutes,
)
from numbness_desktop.domain.trends_summary import Highlight, SummaryChoice, summary_html

TODAY = date(2026, 11, 26)
DATA = TrendsData(
    Period.TWO_WEEKS, DateRange(date(2026, 11, 13), TODAY),
    feelings=[FeelingCount("calm", 3, 0.6, -0.4), FeelingCount("numb", 1, -0.2, -0.8)],
    regions=[RegionCount("chest", 2, 1)],
    breathing=[WeekMinutes(date(2026, 11, 23), 8.0)],
    changes=[PresetChange("4-6", "tension", -2.0, 3), PresetChange("box", "tension", -4.0, 1)])
NOTES = [Highlight("a", "2026-11-25", "Walked by the river <3"),
         Highlight("b", "2026-11-24", "A private thought")]


def test_only_chosen_sections_and_ticked_entries_are_included():
    html = summary_html(DATA, TODAY, SummaryChoice(frozenset({"feelings", "practices"}),
                                                   journal_ids=("a",)), NOTES, None)
    assert "13 November 2026 – 26 November 2026" in html
    assert "2 different feelings named, 4 times in all." in html
    assert "calm (3), numb (1)" in html
    assert ("4-6 — tension after vs before, in your own ratings: 2.0 points lower "
            "(3 rated sessions)") in html
    assert "box" not in html  # one rating is not read into, here or anywhere
    assert "Walked by the river &lt;3" in html
    assert "A private thought" not in html
    assert "Where in the body" not in html and "Chest" not in html
    assert "Intensity" not in html
    assert "safety plan" not in html.lower()


def test_nothing_ticked_gives_only_the_heading():
    html = summary_html(DATA, TODAY, SummaryChoice(frozenset()), NOTES, None)
    assert "<h2>" not in html and "calm" not in html


def test_the_summary_waits_for_three_rated_sessions_like_breathe():
    """One 26-second session once printed "tension 2.0 points lower"."""
    from dataclasses import replace

    from numbness_desktop.domain.trends_summary import section_lines

    one = replace(DATA, breathing=[WeekMinutes(date(2026, 11, 23), 26 / 60)],
                  changes=[PresetChange("4-6", "tension", -2.0, 1)])
    lines = section_lines("practices", one, TODAY)
    assert lines == ["You breathed for less than a minute in the past two weeks."]
