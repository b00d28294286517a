"""Body scan timing, grounding notes, movement figures and 'What helps you' readings."""

from __future__ import annotations

import re

import pytest

from numbness_desktop.domain import body_scan, grounding, movement, practice_texts
from numbness_desktop.domain.what_helps import (
    MIN_RATED,
    PracticeEffect,
    shown,
    what_helps_reading,
)


def test_the_scan_moves_through_the_body_at_an_even_pace():
    total = 180
    share = total / len(body_scan.CUES)
    assert body_scan.cue_index(0, total) == 0
    assert body_scan.cue_index(share - 0.01, total) == 0
    assert body_scan.cue_index(share, total) == 1
    assert body_scan.cue_index(total * 10, total) == len(body_scan.CUES) - 1
    order = [cue.place for cue in body_scan.CUES]
    assert order == ["Feet", "Legs", "Belly", "Chest", "Back", "Shoulders", "Hands", "Face",
                     "Whole body"]


def test_noticed_places_become_body_map_regions():
    assert body_scan.regions_for([0, 2]) == ["left_foot", "right_foot", "belly"]
    assert body_scan.regions_for([]) == []


def test_grounding_notes_hold_only_what_was_typed():
    steps = grounding.STANDARD
    answers = [["lamp", " ", "window"], [], ["chair"], [], []]
    assert grounding.notes_text(steps, answers) == "See: lamp, window; Touch: chair"
    assert [step.count for step in steps] == [5, 4, 3, 2, 1]


def test_every_movement_step_has_a_figure_with_every_joint():
    for _name, steps in movement.ROUTINES.values():
        for step in steps:
            assert set(step.joints) == set(movement.STAND)
            assert set(step.highlight) <= set(movement.PARTS)
            assert step.seconds > 0
    assert movement.planned_seconds(movement.STRETCHES) == 200
    assert movement.step_time_text(24.2) == "0:25 left on this step"
    assert "ready" in movement.step_time_text(0)


def test_what_helps_shows_only_practices_with_enough_rated_sessions():
    few = PracticeEffect("grounding", "connected", 2.0, MIN_RATED - 1)
    enough = PracticeEffect("body_scan", "connected", 1.5, MIN_RATED)
    assert shown([few, enough]) == [enough]
    waiting = what_helps_reading([few])
    assert waiting.startswith("Nothing here yet.") and "3" not in waiting  # not a target
    assert what_helps_reading([enough]) == ("In your own ratings so far: after body scan "
                                            "connection 1.5 points higher (3 rated sessions).")


def test_what_helps_is_honest_about_no_change_and_the_wrong_way():
    nil = PracticeEffect("movement", "connected", 0.1, 4)
    worse = PracticeEffect("grounding", "distress", 0.8, 5)
    reading = what_helps_reading([worse, nil], "in the past month")
    assert reading == ("In your own ratings in the past month: after gentle movement "
                       "connection about the same (4 rated sessions); after 5-4-3-2-1 "
                       "grounding distress 0.8 points higher (5 rated sessions).")
    assert "stayed about as they were" in what_helps_reading([nil])


def all_texts():
    texts = [body_scan.WHY, body_scan.OPENING, grounding.WHY_GROUNDING, grounding.FINISH_TEXT,
             movement.WHY, movement.NOTICE]
    texts += [cue.text for cue in body_scan.CUES]
    for _title, steps, why in grounding.VARIANTS.values():
        texts += [why, *(s.prompt for s in steps), *(s.hint for s in steps)]
    for _title, steps in movement.ROUTINES.values():
        texts += [s.text for s in steps]
    for name in dir(practice_texts):
        value = getattr(practice_texts, name)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, tuple):
            texts += [s.text for s in value] + [s.title for s in value]
    return texts


@pytest.mark.parametrize("text", all_texts())
def test_practice_words_never_order_or_promise(text):
    assert not re.search(r"\b(should|must|missed|streak|cure|guarantee)\b", text, re.I), text
