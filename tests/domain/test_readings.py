"""The one rule for readings from the person's own ratings."""

from __future__ import annotations

from numbness_desktop.domain import readings


def test_comparisons_wait_for_three_rated_sessions():
    assert not readings.may_compare(2) and readings.may_compare(3)
    assert readings.change_reading("your tension", "after a walk", -2.0, 2) is None
    assert readings.change_reading("your tension", "after a walk", -2.0, 3) == (
        "In your own ratings, your tension after a walk was 2.0 points lower on average "
        "(3 rated sessions).")


def test_one_band_for_about_the_same():
    assert readings.change_words(0.49) == readings.change_words(-0.49) == "about the same"
    assert readings.change_words(0.5) == "0.5 points higher"
    assert readings.change_reading("how connected you felt", "after grounding", 0.2, 4) == (
        "In your own ratings, how connected you felt after grounding was about the same as "
        "before (4 rated sessions).")


def test_average_change_uses_only_pairs_rated_both_times():
    assert readings.average_change([(6, 4), (5, None), (None, 3), (7, 6)]) == (-1.5, 2)
    assert readings.average_change([]) == (0.0, 0)


def test_steady_first_then_rises_then_falls():
    ordered = readings.steady_first([("tension", -1.0), ("connected", 0.1), ("calm", 1.0)])
    assert [name for name, _ in ordered] == ["connected", "calm", "tension"]
