"""The schedule maths: every boundary of every preset, zero-length phases, long runs."""

from __future__ import annotations

import itertools
import math

import pytest

from numbness_desktop.domain.breath import (
    DEFAULT_PRESET,
    PRESETS,
    Pattern,
    Phase,
    boundaries,
    completed_breaths,
    level,
    phase_at,
    planned_end,
    validate_pattern,
    validate_preset_name,
)

IN, HOLD, OUT, REST = Phase.INHALE, Phase.HOLD, Phase.EXHALE, Phase.REST
PRESET_IDS = [preset.key for preset in PRESETS]


def test_the_presets_are_the_ones_promised():
    assert DEFAULT_PRESET.name == "4-6"
    assert {p.name: p.pattern.durations for p in PRESETS} == {
        "4-6": (4, 0, 6, 0),
        "4-8": (4, 0, 8, 0),
        "4-4-6": (4, 4, 6, 0),
        "4-7-8": (4, 7, 8, 0),
        "Box 4-4-4-4": (4, 4, 4, 4),
        "Coherent 5.5-5.5": (5.5, 0, 5.5, 0),
    }
    assert [p.pattern.label() for p in PRESETS] == [
        "4-6", "4-8", "4-4-6", "4-7-8", "4-4-4-4", "5.5-5.5"]
    coherent = PRESETS[-1].pattern
    assert coherent.breaths_per_minute == pytest.approx(5.4545, abs=1e-3)
    assert coherent.summary() == "In 5.5 · out 5.5 — about 5.5 breaths a minute"
    assert PRESETS[3].pattern.summary() == "In 4 · hold 7 · out 8 — about 3.2 breaths a minute"


def expected_boundaries(pattern: Pattern, cycles: int) -> list[tuple[float, Phase]]:
    found, start = [], 0.0
    for _ in range(cycles):
        offset = start
        for phase, duration in zip((IN, HOLD, OUT, REST), pattern.durations, strict=True):
            if duration:
                found.append((offset, phase))
                offset += duration
        start += pattern.cycle
    return found


@pytest.mark.parametrize("preset", PRESETS, ids=PRESET_IDS)
def test_every_phase_boundary_of_every_preset(preset):
    pattern = preset.pattern
    cycles = 5
    marks = expected_boundaries(pattern, cycles)
    assert boundaries(pattern, pattern.cycle * cycles - 1e-6) == marks
    ends = [moment for moment, _ in marks[1:]] + [pattern.cycle * cycles]
    for (moment, phase), end in zip(marks, ends, strict=True):
        duration = end - moment
        at = phase_at(pattern, moment)
        assert (at.phase, at.fraction, at.seconds_left) == (phase, 0.0, duration), moment
        just_before_end = phase_at(pattern, end - 1e-6)
        assert just_before_end.phase is phase
        assert just_before_end.seconds_left == pytest.approx(1e-6, abs=1e-9)
        middle = phase_at(pattern, moment + duration / 2)
        assert middle.phase is phase
        assert middle.fraction == pytest.approx(0.5)
        assert middle.cycle == int(moment // pattern.cycle)


@pytest.mark.parametrize("preset", PRESETS, ids=PRESET_IDS)
def test_zero_length_phases_never_show(preset):
    pattern = preset.pattern
    shown = {phase_at(pattern, step / 100).phase for step in range(int(pattern.cycle * 300))}
    expected = {phase for phase, d in zip((IN, HOLD, OUT, REST), pattern.durations,
                                          strict=True) if d}
    assert shown == expected


def test_zero_hold_goes_straight_from_in_to_out():
    pattern = Pattern(4, 0, 6, 0)
    assert phase_at(pattern, 4.0).phase is OUT
    assert phase_at(pattern, 10.0).phase is IN
    assert phase_at(pattern, 10.0).cycle == 1


def test_only_a_rest_after_the_out_breath():
    pattern = Pattern(3, 0, 5, 2)
    assert [p for _, p in boundaries(pattern, 9.9)] == [IN, OUT, REST]
    assert phase_at(pattern, 8.5).phase is REST
    assert phase_at(pattern, 8.5).seconds_left == pytest.approx(1.5)


def test_before_breathing_starts_the_pacer_rests():
    state = phase_at(PRESETS[0].pattern, -2.5)
    assert state.phase is REST
    assert state.seconds_left == 2.5
    assert state.countdown == 3
    assert state.level == 0.0


def test_countdown_counts_whole_seconds_down_to_one():
    pattern = Pattern(4, 0, 6)
    assert [phase_at(pattern, t).countdown for t in (0, 0.5, 1.0, 2.99, 3.5, 3.999)] == \
        [4, 4, 3, 2, 1, 1]


def test_sine_easing_is_not_linear_and_meets_the_holds():
    assert level(IN, 0.0) == 0.0
    assert level(IN, 1.0) == pytest.approx(1.0)
    assert level(IN, 0.5) == pytest.approx(0.5)
    assert level(IN, 0.25) == pytest.approx((1 - math.cos(math.pi / 4)) / 2)
    assert level(IN, 0.25) < 0.25  # slow start
    assert level(HOLD, 0.3) == 1.0
    assert level(OUT, 0.0) == pytest.approx(1.0)
    assert level(OUT, 0.75) == pytest.approx(1 - level(IN, 0.75))
    assert level(REST, 0.5) == 0.0
    pattern = Pattern(4, 4, 6, 2)
    samples = [phase_at(pattern, t / 1000).level for t in range(0, 16000)]
    jumps = [abs(b - a) for a, b in itertools.pairwise(samples)]
    assert max(jumps) < 0.001  # continuous: no jump at any boundary


@pytest.mark.parametrize("preset", PRESETS, ids=PRESET_IDS)
def test_ten_minute_runs_do_not_drift(preset):
    pattern = preset.pattern
    ten_minutes = 600.0
    expected = expected_boundaries(pattern, math.ceil(ten_minutes / pattern.cycle) + 1)
    expected = [(t, p) for t, p in expected if t <= ten_minutes]
    assert boundaries(pattern, ten_minutes) == expected
    # Evaluated every 1/60 s for ten minutes, the phase always matches the boundary list.
    index = 0
    for frame in range(int(ten_minutes * 60)):
        t = frame / 60
        while index + 1 < len(expected) and expected[index + 1][0] <= t:
            index += 1
        assert phase_at(pattern, t).phase is expected[index][1], t
    last_start = expected[-1][0]
    state = phase_at(pattern, last_start + 1e-3)
    assert state.cycle == int(last_start // pattern.cycle)


@pytest.mark.parametrize(
    ("pattern", "chosen", "end"),
    [
        (Pattern(4, 0, 6), 120, 120),
        (Pattern(4, 0, 6), 60, 60),
        (Pattern(4, 0, 6), 61, 70),
        (Pattern(4, 0, 8), 120, 120),
        (Pattern(4, 4, 6), 120, 126),
        (Pattern(4, 7, 8), 60, 76),
        (Pattern(4, 7, 8), 600, 608),
        (Pattern(4, 4, 4, 4), 60, 60),
        (Pattern(4, 4, 4, 4), 120, 124),
        (Pattern(5.5, 0, 5.5), 60, 66),
        (Pattern(5.5, 0, 5.5), 600, 605),
        (Pattern(4, 0, 6), 1, 10),
        (Pattern(4, 0, 6), 0, 10),
    ],
)
def test_sessions_end_on_a_completed_out_breath(pattern, chosen, end):
    assert planned_end(pattern, chosen) == pytest.approx(end)
    assert planned_end(pattern, chosen) >= chosen
    final = phase_at(pattern, end - 1e-6)
    assert final.phase is OUT
    assert completed_breaths(pattern, end) == round((end - pattern.exhale_end) /
                                                    pattern.cycle) + 1


@pytest.mark.parametrize("preset", PRESETS, ids=PRESET_IDS)
@pytest.mark.parametrize("minutes", [1, 2, 3, 5, 10])
def test_every_session_length_ends_on_an_exhale_for_every_preset(preset, minutes):
    pattern = preset.pattern
    end = planned_end(pattern, minutes * 60)
    assert minutes * 60 <= end < minutes * 60 + pattern.cycle
    assert phase_at(pattern, end - 1e-6).phase is OUT
    assert phase_at(pattern, end - 1e-6).seconds_left < 1e-5


def test_completed_breaths():
    pattern = Pattern(4, 0, 6)
    assert completed_breaths(pattern, 0) == 0
    assert completed_breaths(pattern, 9.99) == 0
    assert completed_breaths(pattern, 10) == 1
    assert completed_breaths(pattern, 125) == 12
    assert completed_breaths(Pattern(4, 4, 4, 4), 12) == 1
    assert completed_breaths(Pattern(4, 4, 4, 4), 27.9) == 1


@pytest.mark.parametrize(
    ("pattern", "problems"),
    [
        (Pattern(4, 0, 6), []),
        (Pattern(1, 0, 1), []),
        (Pattern(30, 30, 30, 30), []),
        (Pattern(0.5, 0, 6), ["The in-breath needs at least 1 second."]),
        (Pattern(4, 0, 0), ["The out-breath needs at least 1 second."]),
        (Pattern(31, 0, 6), ["In can be 0 to 30 seconds."]),
        (Pattern(4, -1, 6), ["Hold can be 0 to 30 seconds."]),
        (Pattern(4, 0, 6, 45), ["Rest can be 0 to 30 seconds."]),
        (Pattern(4, float("nan"), 6), ["Hold needs a number of seconds."]),
    ],
)
def test_custom_patterns_are_validated(pattern, problems):
    assert validate_pattern(pattern) == problems


def test_custom_names_are_validated():
    assert validate_preset_name("Evening") == []
    assert validate_preset_name("   ") != []
    assert validate_preset_name("x" * 41) != []
    assert validate_preset_name("4-6") == ["There is already a pattern with that name."]
    assert validate_preset_name("box 4-4-4-4") != []
    assert validate_preset_name("evening ", {"Evening"}) != []


def test_long_holds_carry_a_dizziness_note():
    from numbness_desktop.domain.breath import PRESETS, Pattern, dizziness_note

    noted = [p.key for p in PRESETS if dizziness_note(p.pattern)]
    assert noted == ["4-7-8"]
    assert "dizzy" in dizziness_note(Pattern(4, 0, 6, 8))
    assert dizziness_note(Pattern(4, 4, 4, 4)) is None
