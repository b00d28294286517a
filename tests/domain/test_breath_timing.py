"""A session's clock: start, pause, resume and end keep the exact position."""

from __future__ import annotations

import pytest

from numbness_desktop.domain.breath import Pattern, Phase
from numbness_desktop.domain.breath_timing import SessionTiming, Status

PATTERN = Pattern(4, 0, 6)


def test_elapsed_follows_the_clock_not_the_questions():
    timing = SessionTiming(PATTERN, 120)
    assert timing.elapsed(1000.0) == 0.0
    timing.start(1000.0)
    assert timing.state(1002.0).phase is Phase.INHALE
    assert timing.state(1004.0).phase is Phase.EXHALE
    assert timing.state(1010.0).phase is Phase.INHALE
    # Asking a million times or never gives the same answer.
    assert timing.breathing_elapsed(1063.25) == pytest.approx(63.25)


def test_pause_and_resume_keep_the_exact_position():
    timing = SessionTiming(PATTERN, 120)
    timing.start(0.0)
    before = timing.state(5.5)
    timing.pause(5.5)
    assert timing.status is Status.PAUSED
    assert timing.state(500.0) == before  # time stands still while paused
    timing.resume(500.0)
    assert timing.state(500.0) == before
    assert timing.breathing_elapsed(501.0) == pytest.approx(6.5)
    timing.pause(502.0)
    timing.resume(700.0)
    assert timing.breathing_elapsed(700.0) == pytest.approx(7.5)
    assert timing.seconds_to_end(700.0) == pytest.approx(112.5)


def test_pausing_twice_or_resuming_when_running_changes_nothing():
    timing = SessionTiming(PATTERN, None)
    timing.start(0.0)
    timing.resume(3.0)
    timing.pause(4.0)
    timing.pause(9.0)
    timing.resume(10.0)
    assert timing.breathing_elapsed(11.0) == pytest.approx(5.0)


def test_lead_in_rests_before_the_first_breath():
    timing = SessionTiming(PATTERN, 60, lead_in=3.0)
    timing.start(0.0)
    state = timing.state(1.0)
    assert state.phase is Phase.REST
    assert state.countdown == 2
    assert timing.seconds_to_next_change(1.0) == pytest.approx(2.0)
    assert timing.state(3.0).phase is Phase.INHALE
    assert not timing.is_complete(62.9)
    assert timing.is_complete(63.0)
    assert timing.breathing_elapsed(80.0) == 60.0  # capped at the planned end


def test_ten_minute_session_with_pauses_ends_on_the_planned_exhale():
    timing = SessionTiming(Pattern(4, 7, 8), 600, lead_in=3.0)
    assert timing.planned_seconds == 608
    timing.start(10_000.0)
    now = 10_000.0
    for pause in range(5):
        now += 100.0
        timing.pause(now)
        now += 37.0 + pause
        timing.resume(now)
    breathing = timing.breathing_elapsed(now)
    assert breathing == pytest.approx(500.0 - 3.0)
    end_at = now + (608 - breathing)
    assert not timing.is_complete(end_at - 0.001)
    assert timing.state(end_at - 0.001).phase is Phase.EXHALE
    assert timing.is_complete(end_at)
    assert timing.end(end_at) == pytest.approx(608)
    assert timing.status is Status.ENDED
    assert timing.breathing_seconds(end_at + 1000) == pytest.approx(608)


def test_stopping_early_counts_only_breathing_time():
    timing = SessionTiming(PATTERN, 300, lead_in=3.0)
    timing.start(0.0)
    timing.pause(20.0)
    assert timing.end(45.0) == pytest.approx(17.0)
    stopped_in_lead_in = SessionTiming(PATTERN, 300, lead_in=3.0)
    stopped_in_lead_in.start(0.0)
    assert stopped_in_lead_in.end(2.0) == 0.0


def test_next_change_includes_the_planned_end():
    timing = SessionTiming(Pattern(4, 0, 6), 10)
    timing.start(0.0)
    assert timing.seconds_to_next_change(1.0) == pytest.approx(3.0)
    assert timing.seconds_to_next_change(9.5) == pytest.approx(0.5)
    open_session = SessionTiming(Pattern(4, 0, 6), None)
    open_session.start(0.0)
    assert open_session.seconds_to_end(50.0) is None
    assert open_session.planned_seconds is None
    assert not open_session.is_complete(10_000.0)


def test_a_session_starts_once():
    timing = SessionTiming(PATTERN, 60)
    timing.start(0.0)
    with pytest.raises(RuntimeError):
        timing.start(1.0)
