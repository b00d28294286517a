"""The WHO-5 is shown exactly as published and scored as published.

The cited texts below were read with the search tool on 2026-12-01; they are the published
English wording (Psychiatric Research Unit, Mental Health Centre North Zealand), as reproduced
by the pages named. The app's strings must match them word for word.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from numbness_desktop.domain import who5
from numbness_desktop.domain.who5 import Occasion, Who5Result

# https://smaat.eu/library/scales/who-5 — "Citation: World Health Organization (1998).
# Wellbeing Measures in Primary Health Care: The DepCare Project."
CITED_ITEMS = """
#1likert
I have felt cheerful and in good spirits.
#2likert
I have felt calm and relaxed.
#3likert
I have felt active and vigorous.
#4likert
I woke up feeling fresh and rested.
#5likert
My daily life has been filled with things that interest me.
"""
# https://medicalalgorithms.com/the-who-five-well-being-index — responses and points.
CITED_ANSWERS = """
all of the time | 5 |
most of the time | 4 |
more than half of the time | 3 |
less than half of the time | 2 |
some of the time | 1 |
at no time (never) | 0 |
"""
# The published questionnaire sheet (WHO-5 Well-being Index, as reproduced in
# scribd.com/document/640425431): instruction and scoring text.
CITED_SHEET = (
    "Please respond to each item by marking one box per row, regarding how you felt in the "
    "last two weeks. "
    "The raw score is calculated by totaling the figures of the five answers. The raw score "
    "ranges from 0 to 25, 0 representing worst possible and 25 representing best possible "
    "quality of life. To obtain a percentage score ranging from 0 to 100, the raw score is "
    "multiplied by 4. A percentage score of 0 represents worst possible, whereas a score of 100 "
    "represents best possible quality of life."
)
# https://help.valant.com/who-five-well-being-index-who-5 (the scoring notes): the cut-off
# and the size of a meaningful change.
CITED_CUTOFF = ("A score below 13 indicates poor well-being and is an indication for testing "
                "for depression under ICD-10.")
CITED_CHANGE = "A 10% difference indicates a significant change."


def test_items_are_the_published_wording_in_order():
    cited = [line.rstrip(".") for line in CITED_ITEMS.strip().splitlines()
             if not line.startswith("#")]
    assert list(who5.ITEMS) == cited


def test_answers_and_their_values_are_the_published_ones():
    cited = []
    for line in CITED_ANSWERS.strip().splitlines():
        text, value = [part.strip() for part in line.split("|")[:2]]
        cited.append((text.replace(" (never)", ""), int(value)))
    assert [(text.lower(), value) for text, value in who5.ANSWERS] == cited
    assert [text[0].isupper() for text, _ in who5.ANSWERS] == [True] * 6


def test_instruction_and_scoring_text_are_the_published_ones():
    assert who5.INSTRUCTION in CITED_SHEET
    assert who5.SCORING in CITED_SHEET


def test_published_cut_off_and_change():
    assert int(re.search(r"below (\d+)", CITED_CUTOFF).group(1)) == who5.LOW_RAW_BELOW
    assert int(re.search(r"(\d+)% difference", CITED_CHANGE).group(1)) == who5.MEANINGFUL_CHANGE


@pytest.mark.parametrize(("answers", "raw", "percent", "low"), [
    ((0, 0, 0, 0, 0), 0, 0, True),
    ((5, 5, 5, 5, 5), 25, 100, False),
    ((3, 3, 3, 2, 1), 12, 48, True),
    ((3, 3, 3, 2, 2), 13, 52, False),
    ((4, 3, 2, 1, 0), 10, 40, True),
])
def test_scoring_raw_times_four(answers, raw, percent, low):
    assert who5.raw_score(answers) == raw
    assert who5.percentage(raw) == percent
    assert who5.is_low(raw) is low
    result = Who5Result("id", "2026-12-01T10:00:00+01:00", "2026-12-01", answers)
    assert (result.raw, result.percent, result.low) == (raw, percent, low)


@pytest.mark.parametrize("answers", [(1, 2, 3, 4), (1, 2, 3, 4, 6), (1, 2, 3, 4, -1),
                                     (1, 2, 3, 4, True), (1, 2, 3, 4, 2.0)])
def test_impossible_answers_are_refused(answers):
    with pytest.raises(ValueError):
        who5.raw_score(answers)


def test_our_own_notes_say_it_is_not_a_diagnosis_and_never_alarm():
    assert "not a diagnosis" in who5.NOT_A_DIAGNOSIS
    for text in (who5.NOT_A_DIAGNOSIS, who5.LOW_SCORE_NOTE):
        for word in ("should", "must", "missed", "failed", "depressed"):
            assert word not in text.lower()
    assert "When to seek professional guidance" in who5.LOW_SCORE_NOTE


START = date(2026, 12, 7)


@pytest.mark.parametrize(("today", "taken", "expected"), [
    (START, [], Occasion.PLAN_START),
    (START + timedelta(days=2), [], Occasion.PLAN_START),  # a day away does not lose it
    (START + timedelta(days=3), [], None),
    (START, [START], None),
    (START + timedelta(days=5), [START], None),
    (START + timedelta(days=13), [START], Occasion.PLAN_END),
    (START + timedelta(days=15), [START], Occasion.PLAN_END),
    (START + timedelta(days=14), [START, START + timedelta(days=13)], None),
    (START + timedelta(days=27), [START, START + timedelta(days=13)], Occasion.FORTNIGHT),
    (START + timedelta(days=40), [START, START + timedelta(days=27)], None),
    (START + timedelta(days=41), [START, START + timedelta(days=27)], Occasion.FORTNIGHT),
])
def test_offered_at_the_plan_start_end_and_every_two_weeks(today, taken, expected):
    assert who5.offer_due(today, START, taken) is expected


def test_without_a_plan_it_is_offered_two_weeks_after_the_last_check_only():
    assert who5.offer_due(START, None, []) is None
    assert who5.offer_due(START, None, [START - timedelta(days=13)]) is None
    assert who5.offer_due(START, None, [START - timedelta(days=14)]) is Occasion.FORTNIGHT


def _result(answers, day="2026-12-01"):
    return Who5Result(day, f"{day}T10:00:00+01:00", day, answers)


def test_reading_names_the_latest_score_and_a_meaningful_change():
    assert who5.reading([]) == "No well-being checks in this period."
    assert "40 out of 100" in who5.reading([_result((2, 2, 2, 2, 2))])
    same = who5.reading([_result((2, 2, 2, 2, 2)), _result((2, 2, 2, 2, 3))])
    assert "about the same" in same
    up = who5.reading([_result((2, 2, 2, 2, 2)), _result((3, 3, 3, 2, 2))])
    assert "12 points higher" in up and "meaningful change" in up
