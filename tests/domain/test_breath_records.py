"""Session records, the honest history line and the sound cues."""

from __future__ import annotations

import io
import wave

import pytest

from numbness_desktop.domain.breath import Phase
from numbness_desktop.domain.breath_records import (
    ChangeSummary,
    check_rating,
    duration_text,
    history_line,
)
from numbness_desktop.domain.tones import cue_samples, wav_bytes


def test_history_line_is_honest_both_ways():
    assert history_line(None) is None
    assert history_line(ChangeSummary("4-6", "tension", -1.8, 2)) is None
    assert history_line(ChangeSummary("4-6", "tension", -1.8, 12)) == (
        "In your own ratings, your tension after 4-6 breathing was 1.8 points lower on average "
        "(12 rated sessions).")
    assert history_line(ChangeSummary("4-6", "tension", 0.6, 3)) == (
        "In your own ratings, your tension after 4-6 breathing was 0.6 points higher on "
        "average (3 rated sessions).")
    assert history_line(ChangeSummary(None, "tension", 0.4, 5)) == (
        "In your own ratings, your tension after breathing was about the same as before "
        "(5 rated sessions).")
    assert history_line(ChangeSummary("Box 4-4-4-4", "connected", 1.25, 4)) == (
        "In your own ratings, how connected you felt to your body after Box 4-4-4-4 breathing "
        "was 1.2 points higher on average (4 rated sessions).")
    assert "about the same" in history_line(ChangeSummary("4-8", "connected", 0.0, 3))


def test_ratings_are_whole_numbers_from_0_to_10_or_skipped():
    assert check_rating(None) is None
    assert check_rating(0) == 0
    assert check_rating(10) == 10
    for bad in (-1, 11, 2.5, True, "3"):
        with pytest.raises(ValueError):
            check_rating(bad)


def test_duration_text():
    assert duration_text(120) == "2 minutes"
    assert duration_text(60) == "1 minute"
    assert duration_text(80.4) == "1 minute 20 seconds"
    assert duration_text(45) == "45 seconds"
    assert duration_text(1) == "1 second"
    assert duration_text(0) == "0 seconds"


def test_each_phase_has_its_own_soft_cue_and_the_bell_fades():
    shapes = {phase.name: cue_samples(phase.name) for phase in Phase}
    assert len({tuple(round(s, 3) for s in samples[:2000]) for samples in shapes.values()}) == 4
    for samples in shapes.values():
        assert max(abs(s) for s in samples) <= 1.0
        assert abs(samples[0]) < 0.01  # no click at the start
    bell = cue_samples("BELL")
    assert max(abs(s) for s in bell[-500:]) < 0.01
    with wave.open(io.BytesIO(wav_bytes(Phase.INHALE.name))) as cue:
        assert (cue.getnchannels(), cue.getsampwidth(), cue.getframerate()) == (1, 2, 22050)
        assert cue.getnframes() == len(shapes[Phase.INHALE.name])
