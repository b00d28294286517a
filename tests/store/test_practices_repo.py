"""Check-ins, practice sessions, small goals and the basics in the store."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace

import pytest

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.practices import CheckInState, PracticeKind, PracticeSession
from numbness_desktop.store.practices_repo import (
    PracticesRepository,
    valid_basics,
    valid_check_in,
    valid_goal,
    valid_session,
)


def make_session(clock, kind=PracticeKind.GROUNDING, **ratings) -> PracticeSession:
    now = clock()
    return PracticeSession(id=new_id(), kind=kind, day=now.date().isoformat(),
                           started_at=iso(now), planned_seconds=None, actual_seconds=95,
                           completed=True, **ratings)


def test_the_migration_made_the_four_tables_with_the_contract_columns(store):
    tables = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"check_ins", "practice_sessions", "small_goals", "daily_basics"} <= tables
    columns = [row[1] for row in store.query("PRAGMA table_info(practice_sessions)")]
    assert columns == ["id", "kind", "day", "started_at", "planned_seconds", "actual_seconds",
                       "completed", "distress_before", "distress_after", "connected_before",
                       "connected_after", "note", "created_at", "updated_at"]
    columns = [row[1] for row in store.query("PRAGMA table_info(check_ins)")]
    assert columns == ["id", "day", "state", "connected", "distress", "note", "created_at",
                       "updated_at"]


def test_a_check_in_is_saved_with_its_time_and_local_day(store, clock):
    repo = PracticesRepository(store)
    saved = repo.add_check_in(CheckInState.SHUT_DOWN, 2, None, "  far away  ")
    assert saved.day == "2026-11-26"
    assert saved.created_at == iso(clock())
    assert saved.note == "far away"
    assert repo.latest_check_in("2026-11-26") == saved
    clock.advance(hours=1)
    later = repo.add_check_in(CheckInState.SETTLED, 5, 3)
    assert repo.latest_check_in("2026-11-26") == later
    assert repo.check_ins_between("2026-11-01", "2026-11-30") == [saved, later]
    with pytest.raises(ValueError):
        repo.add_check_in(CheckInState.SETTLED, 11)


def test_check_ins_of_the_same_second_keep_the_order_they_were_made_in(store):
    """Times are kept to the second; two check-ins in one second came back in the order of
    their random ids, so "the latest" could be the first one."""
    repo = PracticesRepository(store)
    made = [repo.add_check_in(state, 3) for state in (CheckInState.ACTIVATED,
                                                      CheckInState.SHUT_DOWN,
                                                      CheckInState.SETTLED)]
    made += [repo.add_check_in(CheckInState.ACTIVATED, rating) for rating in range(10)]
    assert len({check_in.created_at for check_in in made}) == 1  # the clock stood still
    assert repo.check_ins_between("2026-11-26", "2026-11-26") == made
    assert repo.latest_check_in("2026-11-26") == made[-1]


def test_a_session_round_trips_and_gets_its_after_rating_later(store, clock):
    repo = PracticesRepository(store)
    saved = repo.save_session(make_session(clock, distress_before=6, connected_before=2))
    assert repo.session(saved.id) == saved
    clock.advance(minutes=2)
    rated = repo.save_session(replace(saved, distress_after=4, connected_after=4))
    again = repo.session(saved.id)
    assert again == rated and again.rated
    assert again.created_at == saved.created_at
    assert again.updated_at == iso(clock())
    assert repo.sessions_between("2026-11-26", "2026-11-26") == [rated]
    with pytest.raises(ValueError):
        repo.save_session(replace(saved, distress_after=12))


def test_one_small_goal_a_day_ticked_and_never_carried_over(store, clock):
    repo = PracticesRepository(store)
    goal = repo.set_goal("2026-11-26", " Drink a glass of water ")
    assert goal.text == "Drink a glass of water" and not goal.done
    ticked = repo.set_goal_done(goal.id, True)
    assert repo.goal_for("2026-11-26") == ticked and ticked.done
    assert repo.goal_for("2026-11-27") is None  # a new day starts fresh
    edited = repo.set_goal("2026-11-26", "Water, and a walk")
    assert edited.id == goal.id and edited.done
    assert repo.set_goal("2026-11-26", "  ") is None
    assert repo.goal_for("2026-11-26") is None


def test_the_basics_are_answered_one_at_a_time(store, clock):
    repo = PracticesRepository(store)
    repo.set_basic("2026-11-26", "sleep", 0)
    basics = repo.set_basic("2026-11-26", "meals", 2)
    assert (basics.sleep, basics.meals, basics.movement, basics.rest) == (0, 2, None, None)
    assert basics.answered() == 2
    assert repo.basics_between("2026-11-20", "2026-11-30") == [basics]
    with pytest.raises(ValueError):
        repo.set_basic("2026-11-26", "sleep", 3)
    with pytest.raises(ValueError):
        repo.set_basic("2026-11-26", "screen time", 1)


def test_basics_between_takes_the_newest_row_of_a_day(store, clock):
    repo = PracticesRepository(store)
    first = repo.set_basic("2026-11-26", "sleep", 1)
    with store.write() as db:  # as an import from another computer can leave it
        db["daily_basics"].insert({"id": new_id(), "day": "2026-11-26", "sleep": 2,
                                   "created_at": "2026-11-26T21:00:00+01:00",
                                   "updated_at": "2026-11-26T21:00:00+01:00"})
    rows = repo.basics_between("2026-11-26", "2026-11-26")
    assert len(rows) == 1 and rows[0].sleep == 2 and rows[0].id != first.id


def slow_what_helps(sessions, breathing):
    """The reference: plain Python over every record."""
    changes = defaultdict(list)
    for s in sessions:
        if s["connected_before"] is not None and s["connected_after"] is not None:
            changes[(s["kind"], "connected")].append(s["connected_after"] - s["connected_before"])
        if s["distress_before"] is not None and s["distress_after"] is not None:
            changes[(s["kind"], "distress")].append(s["distress_after"] - s["distress_before"])
    for b in breathing:
        if b[0] is not None and b[1] is not None:
            changes[("breathing", "connected")].append(b[1] - b[0])
    return {key: (sum(v) / len(v), len(v)) for key, v in changes.items()}


def test_what_helps_matches_a_slow_reference(store, clock):
    from numbness_desktop.domain.breath import Pattern
    from numbness_desktop.domain.breath_records import Outcome, SessionRecord
    from numbness_desktop.store.breathing_repo import BreathingRepository

    rng = random.Random(11)
    repo = PracticesRepository(store)
    made = []
    for _ in range(200):
        def maybe():
            return rng.randint(0, 10) if rng.random() < 0.7 else None
        session = make_session(clock, kind=rng.choice(list(PracticeKind)),
                               distress_before=maybe(), distress_after=maybe(),
                               connected_before=maybe(), connected_after=maybe())
        repo.save_session(session)
        made.append({"kind": session.kind.value, "distress_before": session.distress_before,
                     "distress_after": session.distress_after,
                     "connected_before": session.connected_before,
                     "connected_after": session.connected_after})
        clock.advance(hours=5)
    breathing = []
    for _ in range(30):
        before, after = rng.choice((None, 3)), rng.choice((None, 4, 6))
        BreathingRepository(store).save_session(SessionRecord(
            new_id(), "4-6", Pattern(4, 0, 6), 120.0, 120.0, 12, Outcome.FINISHED,
            iso(clock()), iso(clock()), "", "", before_connected=before,
            after_connected=after))
        breathing.append((before, after))
    expected = slow_what_helps(made, breathing)
    got = {(e.practice, e.measure): (e.average, e.sessions) for e in repo.what_helps()}
    assert got.keys() == expected.keys()
    for key, (average, count) in expected.items():
        assert got[key][1] == count
        assert got[key][0] == pytest.approx(average)


@pytest.mark.parametrize("record, ok", [
    ({"day": "2026-11-26", "state": "shut_down", "connected": 2, "distress": None,
      "note": ""}, True),
    ({"day": "2026-11-26", "state": "numb", "connected": 2, "distress": None, "note": ""},
     False),
    ({"day": "2026-11-26", "state": "settled", "connected": None, "distress": 1, "note": ""},
     False),
])
def test_imported_check_ins_are_checked(record, ok):
    assert valid_check_in(record) is ok


def test_imported_sessions_goals_and_basics_are_checked():
    session = {"kind": "movement", "day": "2026-11-26", "started_at": "2026-11-26T10:00:00+00:00",
               "planned_seconds": 300, "actual_seconds": 280, "completed": 1,
               "distress_before": 5, "distress_after": None, "connected_before": None,
               "connected_after": None, "note": ""}
    assert valid_session(session)
    assert not valid_session({**session, "kind": "breathing"})
    assert not valid_session({**session, "distress_before": 11})
    assert valid_goal({"day": "2026-11-26", "text": "Call Sam", "done": 0})
    assert not valid_goal({"day": "2026-11-26", "text": " ", "done": 0})
    assert valid_basics({"day": "2026-11-26", "sleep": 2, "meals": None})
    assert not valid_basics({"day": "2026-11-26", "sleep": 3})
