"""The two-week plan's steps tick themselves from real records, day by local day."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from numbness_desktop.domain.breath import Pattern, completed_breaths
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.support import PersonCheckIn, TherapistNote, ValuesGoal
from numbness_desktop.domain.two_week_plan import StepState, TickValue, progress
from numbness_desktop.store.breathing_repo import BreathingRepository
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.plan_repo import PlanRepository
from numbness_desktop.store.support_repo import RecordRepository

PRACTICE_SESSIONS = """CREATE TABLE IF NOT EXISTS practice_sessions (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, day TEXT NOT NULL, started_at TEXT NOT NULL,
    planned_seconds INTEGER, actual_seconds INTEGER NOT NULL, completed INTEGER NOT NULL,
    distress_before INTEGER, distress_after INTEGER, connected_before INTEGER,
    connected_after INTEGER, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL)"""


def name_feelings(store, day: str, words) -> None:
    repo = JournalRepository(store)
    entry = repo.add(day, "A few words.")
    for word in words:
        repo.add_chip(entry.id, word)


def breathe(store, started, pattern: Pattern, seconds: float, before=None, after=None):
    ended = started + timedelta(seconds=seconds)
    BreathingRepository(store).save_session(SessionRecord(
        id=str(uuid.uuid4()), preset_name="4-4-6", pattern=pattern, planned_seconds=seconds,
        actual_seconds=seconds, breaths=completed_breaths(pattern, seconds),
        outcome=Outcome.FINISHED, started_at=iso(started), ended_at=iso(ended),
        created_at=iso(ended), updated_at=iso(ended), before_connected=None,
        before_tension=before, after_connected=None, after_tension=after))


def practise(store, kind: str, day: date, seconds: int, completed: int = 1,
             before=None, after=None) -> None:
    """A practice session as the practices helper's table stores it (schema in TEAM.md)."""
    store.conn.execute(PRACTICE_SESSIONS)
    stamp = f"{day.isoformat()}T18:00:00+01:00"
    with store.write() as db:
        db["practice_sessions"].insert({
            "id": str(uuid.uuid4()), "kind": kind, "day": day.isoformat(),
            "started_at": stamp, "planned_seconds": seconds, "actual_seconds": seconds,
            "completed": completed, "distress_before": before, "distress_after": after,
            "connected_before": None, "connected_after": None, "note": "",
            "created_at": stamp, "updated_at": stamp})


@pytest.fixture
def repo(store):
    return PlanRepository(store)


def test_journal_feelings_tick_the_first_step(store, repo, clock):
    today = clock().date()
    run = repo.start(today)
    name_feelings(store, today.isoformat(), ["calm", "tired", "flat"])
    facts = repo.day_facts(today, today)
    assert facts[today].feelings_named == 3
    p = progress(run, today, facts, repo.once_facts(), repo.ticks(run.id))
    assert p.steps[0].state is StepState.OPEN
    name_feelings(store, today.isoformat(), ["calm", "curious", "sad"])  # "calm" again
    facts = repo.day_facts(today, today)
    assert facts[today].feelings_named == 5  # five different words across entries
    p = progress(run, today, facts, repo.once_facts(), repo.ticks(run.id))
    assert p.steps[0].state is StepState.AUTO


def test_about_two_minutes_of_4_4_6_counts_and_other_patterns_do_not(store, repo, clock):
    now = clock()
    today = now.date()
    breathe(store, now - timedelta(hours=2), Pattern(4, 0, 6), 300)  # 4-6: another step
    assert today not in repo.day_facts(today, today)
    breathe(store, now - timedelta(hours=1), Pattern(4, 4, 6), 70)
    breathe(store, now - timedelta(minutes=30), Pattern(4, 4, 6), 56)
    facts = repo.day_facts(today, today)
    assert facts[today].breathing_seconds == 126
    run = repo.start(today)
    states = {v.step.key: v.state for v in progress(run, today, facts, repo.once_facts(),
                                                    []).steps}
    assert states["breathing"] is StepState.AUTO


def test_a_session_counts_on_the_local_day_it_started(store, repo, clock):
    """Started at 23:50 local time (22:50 UTC): it belongs to that local day."""
    late = clock().replace(hour=23, minute=50)
    breathe(store, late, Pattern(4, 4, 6), 140)
    assert late.date() in repo.day_facts(late.date(), late.date())
    tomorrow = late.date() + timedelta(days=1)
    assert repo.day_facts(tomorrow, tomorrow) == {}


def test_practice_sessions_tick_movement_and_mindfulness(store, repo, clock):
    today = clock().date()
    practise(store, "movement", today, 300)
    practise(store, "grounding", today, 200)
    facts = repo.day_facts(today, today)[today]
    assert facts.movement_sessions == 1 and facts.mindful_seconds == 200
    run = repo.start(today)
    states = {v.step.key: v.state for v in progress(run, today, {today: facts},
                                                    repo.once_facts(), []).steps}
    assert states["movement"] is StepState.AUTO
    assert states["mindfulness"] is StepState.OPEN
    practise(store, "body_scan", today, 600)
    facts = repo.day_facts(today, today)
    states = {v.step.key: v.state for v in progress(run, today, facts, repo.once_facts(),
                                                    []).steps}
    assert states["mindfulness"] is StepState.AUTO


def test_one_off_steps_tick_from_support_records(store, repo, clock):
    today = clock().date()
    run = repo.start(today)
    notes = RecordRepository(store, TherapistNote)
    notes.add(name="Ask my GP for a referral")
    assert repo.once_facts().therapists_noted == 1
    notes.add(name="Harbour Counselling")
    RecordRepository(store, ValuesGoal).add(area="Family", goal="Call Mum on Sundays")
    states = {v.step.key: v.state for v in progress(run, today, {}, repo.once_facts(),
                                                    []).steps}
    assert states["therapists"] is StepState.AUTO
    assert states["values"] is StepState.AUTO
    assert states["appointment"] is StepState.OPEN
    repo.set_tick(run.id, "appointment", today, TickValue.NOT_NOW, daily=False)
    states = {v.step.key: v.state for v in progress(run, today, {}, repo.once_facts(),
                                                    repo.ticks(run.id)).steps}
    assert states["appointment"] is StepState.NOT_NOW


def test_hand_ticks_and_untick(store, repo, clock):
    today = clock().date()
    run = repo.start(today)
    repo.set_tick(run.id, "movement", today, TickValue.DONE, daily=True)
    repo.set_tick(run.id, "movement", today, TickValue.DONE, daily=True)  # not twice
    assert [t.step for t in repo.ticks(run.id)] == ["movement"]
    repo.set_tick(run.id, "movement", today, None, daily=True)
    assert repo.ticks(run.id) == []


def test_starting_again_stops_the_old_run_and_choices(store, repo, clock):
    first = repo.start(date(2026, 11, 1))
    clock.advance(minutes=1)
    second = repo.start(date(2026, 11, 20))
    assert repo.current_run().id == second.id
    assert [r.status.value for r in repo.runs()] == ["stopped", "active"]
    from numbness_desktop.domain.two_week_plan import Choice

    continued = repo.choose(second.id, Choice.CONTINUE, date(2026, 12, 4))
    assert continued.id == second.id and continued.length_days == 28
    clock.advance(minutes=1)
    repeated = repo.choose(second.id, Choice.REPEAT, date(2026, 12, 4))
    assert repeated.id not in (first.id, second.id)
    assert repeated.start_day == date(2026, 12, 4)
    assert repo.choose(repeated.id, Choice.STOP, date(2026, 12, 5)) is None


def test_ratings_inside_the_plan_days(store, repo, clock):
    now = clock()
    breathe(store, now, Pattern(4, 4, 6), 126, before=7, after=4)
    practise(store, "body_scan", now.date(), 600, before=6, after=5)
    RecordRepository(store, PersonCheckIn).add(person_name="Sam", done=1, connected=7,
                                               planned_day=now.date().isoformat())
    RecordRepository(store, PersonCheckIn).add(person_name="Alex", done=0,
                                               planned_day=now.date().isoformat())
    ratings = repo.ratings(now.date(), now.date())
    assert {(r.source, r.tension_before, r.tension_after, r.connected_after)
            for r in ratings} == {("breathing", 7, 4, None), ("body_scan", 6, 5, None),
                                  ("check-in", None, None, 7)}
