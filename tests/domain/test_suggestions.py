"""The check-in's matched suggestions: pure rules, offered in words that never order."""

from __future__ import annotations

import re

import pytest

from numbness_desktop.domain.practices import CheckInState
from numbness_desktop.domain.suggestions import (
    CATALOGUE,
    Target,
    check_in_reply,
    suggestions_for,
)


def targets(state, connected=None, distress=None):
    return [s.target for s in suggestions_for(state, connected, distress)]


def test_activated_gets_a_longer_out_breath_grounding_and_movement():
    assert targets(CheckInState.ACTIVATED, 5, 4) == [Target.BREATHE, Target.GROUNDING,
                                                     Target.SHAKE_OUT]


def test_shut_down_gets_movement_orienting_and_sound_and_touch():
    assert targets(CheckInState.SHUT_DOWN, 4) == [Target.MOVEMENT, Target.ORIENTING,
                                                  Target.GROUNDING_SENSES]


def test_settled_gets_feelings_a_body_scan_and_a_values_step():
    assert targets(CheckInState.SETTLED, 6, 1) == [Target.JOURNAL, Target.BODY_SCAN,
                                                   Target.VALUES]


def test_very_little_connection_while_shut_down_starts_with_the_least_effort():
    assert targets(CheckInState.SHUT_DOWN, 1)[0] is Target.ORIENTING


def test_high_distress_offers_someone_to_reach_out_to_first():
    for state in (CheckInState.ACTIVATED, CheckInState.SHUT_DOWN):
        found = targets(state, 3, 8)
        assert found[0] is Target.REACH_OUT and len(found) == 3
    assert Target.REACH_OUT not in targets(CheckInState.SETTLED, 5, 9)


def test_very_keyed_up_puts_grounding_before_breathing():
    found = targets(CheckInState.ACTIVATED, 5, 7)
    assert found.index(Target.GROUNDING) < found.index(Target.BREATHE)


@pytest.mark.parametrize("state", list(CheckInState))
@pytest.mark.parametrize("connected", [None, 0, 2, 5, 10])
@pytest.mark.parametrize("distress", [None, 0, 6, 7, 10])
def test_always_two_or_three_different_suggestions(state, connected, distress):
    found = targets(state, connected, distress)
    assert 2 <= len(found) <= 3
    assert len(set(found)) == len(found)


def test_the_words_never_say_should_or_must():
    words = [check_in_reply(state) for state in CheckInState]
    for suggestion in CATALOGUE.values():
        words += [suggestion.title, suggestion.text, suggestion.button]
    for text in words:
        assert not re.search(r"\b(should|must|have to|need to)\b", text, re.IGNORECASE), text
