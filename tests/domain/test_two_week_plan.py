"""The two-week plan's day arithmetic, auto-ticks and review, as pure logic."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from numbness_desktop.domain.two_week_plan import (
    STEPS,
    DayFacts,
    OnceFacts,
    PlanRun,
    StepState,
    Tick,
    TickValue,
    auto_done,
    day_line,
    day_number,
    progress,
    progress_line,
)
from numbness_desktop.domain.two_week_review import Rating, review

START = date(2026, 10, 20)
RUN = PlanRun("run", START)


def test_nine_steps_each_with_a_place():
    assert len(STEPS) == 9
    assert len({step.place for step in STEPS}) == 9
    assert sum(step.daily for step in STEPS) == 4


def test_day_number_counts_calendar_days():
    assert day_number(START, START) == 1
    assert day_number(START, START + timedelta(days=13)) == 14
    assert day_number(START, START - timedelta(days=2)) == -1  # a start in the future
    assert day_number(START, START + timedelta(days=20)) == 21  # long past the end


def test_dst_change_never_skips_or_repeats_a_day():
    """Europe/London leaves summer time on 25 October 2026: 25 hours, still one day."""
    london = ZoneInfo("Europe/London")
    start = datetime(2026, 10, 24, 23, 30, tzinfo=london)
    moments = [start + timedelta(hours=h) for h in range(0, 24 * 4)]
    days = sorted({day_number(start.date(), m.astimezone(london).date()) for m in moments})
    assert days == [1, 2, 3, 4, 5]


def test_travel_counts_the_date_where_the_person_is():
    """Flying west late on day 3: the local date is still day 3 (no day lost or gained)."""
    start = date(2026, 11, 1)
    tokyo = datetime(2026, 11, 3, 23, 0, tzinfo=timezone(timedelta(hours=9)))
    new_york = tokyo.astimezone(timezone(timedelta(hours=-5)))  # 3 Nov, 09:00
    assert day_number(start, tokyo.date()) == 3
    assert day_number(start, new_york.date()) == 3


def test_auto_ticks_thresholds():
    assert auto_done("feelings", DayFacts(feelings_named=5))
    assert not auto_done("feelings", DayFacts(feelings_named=4))
    assert auto_done("breathing", DayFacts(breathing_seconds=126))  # 2 minutes of 4-4-6
    assert not auto_done("breathing", DayFacts(breathing_seconds=60))
    assert auto_done("movement", DayFacts(movement_sessions=1))
    assert auto_done("mindfulness", DayFacts(mindful_seconds=600))
    assert auto_done("mindfulness", DayFacts(body_scans_completed=1))
    assert not auto_done("mindfulness", DayFacts(mindful_seconds=300))


def test_progress_counts_days_touched_and_steps_tried():
    today = START + timedelta(days=4)
    facts = {START: DayFacts(feelings_named=5), START + timedelta(days=2): DayFacts(
        breathing_seconds=130, movement_sessions=1)}
    ticks = [Tick("t1", "run", "mindfulness", START + timedelta(days=2)),
             Tick("t2", "run", "appointment", START + timedelta(days=3), TickValue.NOT_NOW),
             Tick("t3", "run", "feelings", today)]
    p = progress(RUN, today, facts, OnceFacts(therapists_noted=2), ticks)
    assert p.day == 5
    assert p.days_touched == 3  # day 1, day 3 and today
    # feelings, breathing, movement, mindfulness, therapists (not "not for me now")
    assert p.steps_tried == 5
    states = {v.step.key: v.state for v in p.steps}
    assert states["feelings"] is StepState.HAND
    assert states["breathing"] is StepState.OPEN  # today, not day 3
    assert states["therapists"] is StepState.AUTO
    assert states["appointment"] is StepState.NOT_NOW
    assert day_line(p) == "Day 5 of 14"
    assert "3 days" in progress_line(p) and "streak" not in progress_line(p).lower()


def test_lines_before_and_after_the_two_weeks():
    before = progress(RUN, START - timedelta(days=1), {}, OnceFacts(), [])
    assert day_line(before) == "Your two weeks begin tomorrow."
    after = progress(RUN, START + timedelta(days=14), {}, OnceFacts(), [])
    assert after.finished and "complete" in day_line(after)
    assert "missed" not in progress_line(after).lower()


def slow_review(run, facts, once, ticks, ratings):
    """A deliberately plain reference: loop over every day and step."""
    days_per_step = {}
    touched = 0
    for offset in range(run.length_days):
        day = run.start_day + timedelta(days=offset)
        done = []
        for step in STEPS:
            hand = any(t.day == day and t.step == step.key and t.value is TickValue.DONE
                       for t in ticks)
            if hand or (step.daily and auto_done(step.key, facts.get(day, DayFacts()))):
                done.append(step.key)
        touched += bool(done)
        for key in done:
            days_per_step[key] = days_per_step.get(key, 0) + 1
    for step in STEPS:  # a one-off step ticked by hand counts once, whenever it was
        if not step.daily and any(t.step == step.key and t.value is TickValue.DONE
                                  for t in ticks):
            days_per_step.setdefault(step.key, 1)
    changes = {}
    for r in ratings:
        if not run.start_day <= r.day <= run.last_day:
            continue
        entry = changes.setdefault(r.source, [0, [], []])
        entry[0] += 1
        if r.connected_before is not None and r.connected_after is not None:
            entry[1].append(r.connected_after - r.connected_before)
        if r.tension_before is not None and r.tension_after is not None:
            entry[2].append(r.tension_after - r.tension_before)
    helped = {s: (n, round(sum(c) / len(c), 1) if c else None,
                  round(sum(t) / len(t), 1) if t else None, None)
              for s, (n, c, t) in changes.items() if (c or t) and s != "check-in"}
    felt = [r.connected_after for r in ratings
            if r.source == "check-in" and run.start_day <= r.day <= run.last_day]
    if felt:
        helped["check-in"] = (len(felt), None, None, round(sum(felt) / len(felt), 1))
    return touched, days_per_step, helped


def test_review_matches_a_slow_reference_on_random_histories():
    rng = random.Random(12)
    for _ in range(40):
        facts = {START + timedelta(days=d): DayFacts(
            rng.choice((0, 3, 5, 7)), rng.choice((0, 60, 110, 300)), rng.choice((0, 0, 1)),
            rng.choice((0, 200, 600)), rng.choice((0, 0, 1))) for d in range(-3, 17)}
        ticks = [Tick(str(i), "run", rng.choice(STEPS).key,
                      START + timedelta(days=rng.randrange(-2, 16))) for i in range(8)]
        ratings = [Rating(rng.choice(("breathing", "body_scan")),
                          START + timedelta(days=rng.randrange(-3, 17)),
                          rng.choice((None, 2, 4)), rng.choice((None, 5, 6)),
                          rng.choice((None, 7)), rng.choice((None, 3, 4)))
                   for _ in range(12)]
        ratings += [Rating("check-in", START + timedelta(days=rng.randrange(-3, 17)), None,
                           rng.randrange(11)) for _ in range(rng.randrange(3))]
        once = OnceFacts()  # one-off steps only by hand here
        result = review(RUN, facts, once, ticks, ratings)
        touched, per_step, helped = slow_review(RUN, facts, once, ticks, ratings)
        assert result.days_touched == touched
        assert result.days_per_step == per_step
        assert {h.source: (h.sessions, h.connected_change, h.tension_change,
                           h.connected_mean) for h in result.helped} == helped
