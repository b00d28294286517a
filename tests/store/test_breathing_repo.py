"""Breathing sessions and custom patterns in the store, export and import."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from numbness_desktop.domain.breath import Pattern
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.store.breathing_repo import BreathingRepository
from numbness_desktop.store.db import open_store
from numbness_desktop.store.demo import fill_demo
from numbness_desktop.store.migrations import SCHEMA_VERSION
from numbness_desktop.store.transfer import RECORD_KINDS, import_data
from numbness_desktop.store.transfer_export import export_data, write_export


def make_session(clock, preset="4-6", before=(None, None), after=(None, None),
                 outcome=Outcome.FINISHED, actual=120.0) -> SessionRecord:
    now = iso(clock())
    return SessionRecord(
        id=new_id(), preset_name=preset, pattern=Pattern(4, 0, 6), planned_seconds=120.0,
        actual_seconds=actual, breaths=int(actual // 10), outcome=outcome, started_at=now,
        ended_at=now, created_at="", updated_at="", before_connected=before[0],
        before_tension=before[1], after_connected=after[0], after_tension=after[1],
    )


def test_the_migration_made_indexed_tables(store):
    tables = {row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"breathing_sessions", "breathing_presets"} <= tables
    indexes = {row[0] for row in store.query(
        "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='breathing_sessions'")}
    assert any("started_at" in name for name in indexes)


def test_a_session_round_trips_and_ratings_are_added_later(store, clock):
    repo = BreathingRepository(store)
    saved = repo.save_session(make_session(clock, before=(3, 7)))
    assert saved.created_at == saved.updated_at == iso(clock())
    assert repo.session(saved.id) == saved
    clock.advance(minutes=3)
    rated = repo.save_session(replace(saved, after_connected=5, after_tension=4))
    again = repo.session(saved.id)
    assert again == rated
    assert again.created_at == saved.created_at
    assert again.updated_at == iso(clock())
    assert (again.before_connected, again.before_tension, again.after_connected,
            again.after_tension) == (3, 7, 5, 4)
    assert repo.session_count() == 1


def test_an_open_session_has_no_planned_length(store, clock):
    repo = BreathingRepository(store)
    saved = repo.save_session(replace(make_session(clock, outcome=Outcome.STOPPED_EARLY),
                                      planned_seconds=None, actual_seconds=93.5))
    assert repo.session(saved.id).planned_seconds is None
    assert repo.session(saved.id).outcome is Outcome.STOPPED_EARLY


def test_ratings_out_of_range_are_a_bug(store, clock):
    with pytest.raises(ValueError):
        BreathingRepository(store).save_session(make_session(clock, before=(11, None)))


def test_history_needs_three_rated_sessions_and_prefers_the_chosen_pattern(store, clock):
    repo = BreathingRepository(store)
    for before, after in (((2, 7), (3, 5)), ((2, 6), (4, 5))):
        repo.save_session(make_session(clock, before=before, after=after))
    repo.save_session(make_session(clock, before=(2, 6)))  # no after rating: not counted
    assert repo.change_summary("4-6") is None
    repo.save_session(make_session(clock, before=(3, 8), after=(4, 5)))
    summary = repo.change_summary("4-6")
    assert (summary.preset_name, summary.measure, summary.sessions) == ("4-6", "tension", 3)
    assert summary.average_change == pytest.approx(-2.0)
    for _ in range(4):
        repo.save_session(make_session(clock, preset="Box 4-4-4-4", before=(None, 5),
                                       after=(None, 5)))
    assert repo.change_summary("4-6").preset_name == "4-6"
    box = repo.change_summary("Box 4-4-4-4")
    assert (box.preset_name, box.sessions, box.average_change) == ("Box 4-4-4-4", 4, 0.0)
    # Another pattern without its own history gets the most-rated pattern's line.
    assert repo.change_summary("4-8").preset_name == "Box 4-4-4-4"


def test_history_falls_back_to_all_patterns_together(store, clock):
    repo = BreathingRepository(store)
    for preset in ("4-6", "4-8", "Box 4-4-4-4"):
        repo.save_session(make_session(clock, preset=preset, before=(2, None), after=(4, None)))
    summary = repo.change_summary("4-6")
    assert (summary.preset_name, summary.measure, summary.sessions) == (None, "connected", 3)
    assert summary.average_change == pytest.approx(2.0)


def test_custom_patterns_are_saved_deleted_and_restored(store, clock):
    repo = BreathingRepository(store)
    evening = repo.add_preset("  Evening ", Pattern(4, 2, 8, 0))
    repo.add_preset("after work", Pattern(3, 0, 5, 1))
    assert [p.name for p in repo.custom_presets()] == ["after work", "Evening"]
    assert evening.preset().is_custom
    deleted = repo.delete_preset(evening.id)
    assert deleted == evening
    assert [p.name for p in repo.custom_presets()] == ["after work"]
    assert repo.delete_preset(evening.id) is None
    repo.restore_preset(deleted)
    assert repo.custom_presets()[1] == evening
    with pytest.raises(ValueError):
        repo.add_preset("bad", Pattern(0, 0, 6))


def test_demo_has_believable_breathing_history(store, clock):
    fill_demo(store, clock())
    repo = BreathingRepository(store)
    sessions = repo.recent_sessions(500)
    assert 40 <= len(sessions) <= 80
    assert {s.outcome for s in sessions} == set(Outcome)
    assert sum(1 for s in sessions if s.rated) >= 20
    assert len(repo.custom_presets()) == 2
    assert repo.change_summary("4-6").sessions >= 3
    assert all(s.started_at < iso(clock()) for s in sessions)


def test_sessions_and_patterns_travel_through_export_and_import(store, clock, tmp_path):
    fill_demo(store, clock())
    data = json.loads(write_export(store, "json", tmp_path / "x.json").read_text())
    assert data["schema_version"] == SCHEMA_VERSION
    assert len(data["breathing_presets"]) == 2
    first = data["breathing_sessions"][0]
    assert set(first) >= {"id", "preset_name", "inhale", "hold", "exhale", "rest",
                          "planned_seconds", "actual_seconds", "outcome", "before_tension",
                          "after_tension", "started_at", "updated_at"}
    other = open_store(tmp_path / "other", clock)
    try:
        counts = import_data(other, data)
        records = 21 + sum(len(data[kind.key]) for kind in RECORD_KINDS)
        assert counts["added"] == records
        again = export_data(other)
        assert again["breathing_sessions"] == data["breathing_sessions"]
        assert again["breathing_presets"] == data["breathing_presets"]
        assert import_data(other, data)["added"] == 0
    finally:
        other.close()
    csv_dir = write_export(store, "csv", tmp_path / "csv")
    assert (csv_dir / "breathing_sessions.csv").read_text().startswith("id,preset_name,")


def test_broken_imported_sessions_are_skipped(store, clock):
    good = make_session(clock)
    BreathingRepository(store).save_session(good)
    data = export_data(store)
    template = data["breathing_sessions"][0]
    bad = [
        {**template, "id": "b1", "outcome": "exploded"},
        {**template, "id": "b2", "before_tension": 14},
        {**template, "id": "b3", "exhale": 0},
        {k: v for k, v in template.items() if k != "inhale"} | {"id": "b4"},
        {**template, "id": "b5", "actual_seconds": "long"},
    ]
    data["breathing_sessions"] = bad
    data["breathing_presets"] = [{"id": "p1", "name": "", "inhale": 4, "hold": 0,
                                  "exhale": 6, "rest": 0, "created_at": "x",
                                  "updated_at": "2026-01-01T00:00:00+00:00"}]
    data["safety_plan"]["items"] = []
    for record, field in zip(bad, ("outcome", "before_tension", "", "inhale",
                                   "actual_seconds"), strict=True):
        data["breathing_sessions"] = [record]
        with pytest.raises(ImportFormatError, match=f"record 1 \\(id {record['id']}\\)"
                                                    f"{': .' + field if field else ' is not'}"):
            import_data(store, data)
    data["breathing_sessions"] = []
    with pytest.raises(ImportFormatError, match=r"breathing_presets, record 1 .*'name'"):
        import_data(store, data)
    assert store.query("SELECT count(*) FROM breathing_sessions")[0][0] == 1
