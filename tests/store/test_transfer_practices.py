"""Check-ins, practice sessions, goals and basics survive export → import, once."""

from __future__ import annotations

import csv

import pytest

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.practices import CheckInState, PracticeKind, PracticeSession
from numbness_desktop.store.db import open_store
from numbness_desktop.store.practices_repo import PracticesRepository
from numbness_desktop.store.transfer import import_data, read_export
from numbness_desktop.store.transfer_export import export_data, write_export


def fill(store, clock):
    repo = PracticesRepository(store)
    repo.add_check_in(CheckInState.SHUT_DOWN, 2, 6, "far away")
    now = clock()
    repo.save_session(PracticeSession(new_id(), PracticeKind.BODY_SCAN, now.date().isoformat(),
                                      iso(now), 300, 300, True, 6, 4, 2, 5, "warm hands"))
    goal = repo.set_goal(now.date().isoformat(), "Call Sam")
    repo.set_goal_done(goal.id, True)
    repo.set_basic(now.date().isoformat(), "sleep", 1)


def test_practices_round_trip_and_import_twice_adds_nothing(store, clock, tmp_path):
    fill(store, clock)
    out = write_export(store, "json", tmp_path / "export.json")
    data = read_export(out)
    for key in ("check_ins", "practice_sessions", "small_goals", "daily_basics"):
        assert len(data[key]) == 1, key
    assert data["practice_sessions"][0]["kind"] == "body_scan"
    assert data["check_ins"][0]["state"] == "shut_down"
    other = open_store(tmp_path / "other", clock)
    try:
        first = import_data(other, data)
        assert first["skipped"] == 0
        again = import_data(other, data)
        assert again == {"added": 0, "updated": 0, "skipped": 0}
        mine = export_data(other)
        for key in ("check_ins", "practice_sessions", "small_goals", "daily_basics"):
            assert mine[key] == data[key]
    finally:
        other.close()


def test_an_odd_practice_record_refuses_the_file(store, clock):
    data = export_data(store)
    data["practice_sessions"] = [{"id": new_id(), "kind": "juggling", "day": "2026-11-26",
                                  "started_at": "2026-11-26T10:00:00+00:00",
                                  "actual_seconds": 10, "completed": 1,
                                  "created_at": "2026-11-26T10:00:00+00:00",
                                  "updated_at": "2026-11-26T10:00:00+00:00"}]
    with pytest.raises(ImportFormatError, match=r"practice_sessions, record 1 .* is not a record"):
        import_data(store, data)
    assert store.query("SELECT count(*) FROM practice_sessions")[0][0] == 0


def test_csv_and_markdown_hold_the_practices(store, clock, tmp_path):
    fill(store, clock)
    folder = write_export(store, "csv", tmp_path / "csv")
    with (folder / "practice_sessions.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["kind"] == "body_scan" and rows[0]["connected_after"] == "5"
    assert (folder / "check_ins.csv").exists() and (folder / "daily_basics.csv").exists()
    text = write_export(store, "markdown", tmp_path / "out.md").read_text(encoding="utf-8")
    assert "check-in: Shut down, connected 2/10, distress 6/10 — far away" in text
    assert "- [x] Small goal: Call Sam" in text
    assert "Body scan, 5 min" in text


def test_the_demo_has_a_practice_history_trends_can_show(store, clock):
    from numbness_desktop.domain.what_helps import shown
    from numbness_desktop.store.demo import fill_demo

    fill_demo(store, clock())
    repo = PracticesRepository(store)
    data = export_data(store)
    assert len(data["check_ins"]) > 40 and len(data["practice_sessions"]) > 20
    assert data["small_goals"] and data["daily_basics"]
    helps = shown(repo.what_helps())
    assert {e.practice for e in helps} >= {"grounding", "body_scan", "movement", "breathing"}
    trends = repo.trends("2026-08-28", "2026-11-26", "week")
    assert trends.states and trends.basics
