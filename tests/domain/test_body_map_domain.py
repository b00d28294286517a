"""Body-map rules: marks, drafts and the overlay's arithmetic."""

from __future__ import annotations

from datetime import date

from numbness_desktop.domain.body_map import (
    FeelingDraft,
    OverlayFilter,
    Quality,
    RegionMark,
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
    assert text[0] == "Chest: 4×, 3 more, 1 less\nmean intensity 5.8 of 10"
    assert text[1].startswith("Belly: 2×")


def test_periods_start_on_the_right_day():
    today = date(2026, 11, 26)
    assert OverlayFilter(7).first_day(today) == "2026-11-20"
    assert OverlayFilter(None).first_day(today) is None
