"""Body-map rules: marks, drafts and the overlay's arithmetic."""

from __future__ import annotations

from datetime import date

from numbness_desktop.domain.body_map import (
    FeelingDraft,
    OverlayFilter,
    Quality,
    RegionMark,
    marked_text,
    normalise_marks,
    overlay_from_rows,
    overlay_text,
)


def test_marks_are_unique_ordered_and_cant_tell_where_stands_alone():
    marks = normalise_marks([RegionMark("belly", Quality.LESS), RegionMark("chest"),
                             RegionMark("belly", Quality.MORE), RegionMark("elbow")])
    assert marks == (RegionMark("chest"), RegionMark("belly", Quality.MORE))
    assert normalise_marks([RegionMark("chest"), RegionMark("nowhere", Quality.LESS)]) == (
        RegionMark("nowhere", Quality.HERE),)


def test_a_draft_needs_a_word_but_no_place():
    assert FeelingDraft("", 3, ()).problems()
    assert FeelingDraft("numb", 11, ()).problems()
    assert FeelingDraft("numb", 0, ()).problems() == []


def test_overlay_totals_and_text():
    overlay = overlay_from_rows([("chest", "more", 3, 21), ("chest", "less", 1, 2),
                                 ("belly", "here", 2, 8)], feelings=5)
    chest = overlay.get("chest")
    assert (chest.count, chest.more, chest.less, chest.here) == (4, 3, 1, 0)
    assert chest.mean_intensity == 23 / 4
    assert overlay.maximum("count", "all") == 4
    assert overlay.maximum("count", "less") == 1
    assert chest.value("intensity", "more") == 7.0 and chest.value("intensity", "less") == 2.0
    assert overlay.get("belly").value("intensity", "more") == 0.0
    assert overlay.maximum("intensity", "all") == 10.0  # intensity is coloured on 0-10
    assert overlay.get("head").count == 0
    text = overlay_text(overlay, "count", "all")
    assert text[0] == ("Chest: marked 4 times (3 with more sensation, 1 with less)\n"
                       "mean intensity 5.8 of 10")
    assert text[1] == "Belly: marked 2 times\nmean intensity 4.0 of 10"


def test_marked_text_says_what_the_numbers_mean_in_plain_words():
    assert marked_text(12, 0, 9) == "marked 12 times (9 with less sensation)"
    assert marked_text(7, 7, 0) == "marked 7 times (7 with more sensation)"
    assert marked_text(1, 0, 0) == "marked 1 time"
    assert marked_text(23, 18, 5) == "marked 23 times (18 with more sensation, 5 with less)"


def test_periods_start_on_the_right_day():
    today = date(2026, 11, 26)
    assert OverlayFilter(7).first_day(today) == "2026-11-20"
    assert OverlayFilter(None).first_day(today) is None
