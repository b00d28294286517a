"""WHO-5 results, reminders and preferences: stored, exported and imported once."""

from __future__ import annotations

import csv
import json

import pytest

from numbness_desktop.domain.reminders import Reminder, ReminderKind
from numbness_desktop.store import settings_repo, wellbeing_repo
from numbness_desktop.store.db import open_store
from numbness_desktop.store.transfer import import_data
from numbness_desktop.store.transfer_export import export_data, write_export


def test_results_round_trip_with_their_scores(store, clock):
    first = wellbeing_repo.add_result(store, (3, 3, 2, 2, 1), "plan_start")
    clock.advance(days=14)
    second = wellbeing_repo.add_result(store, (4, 4, 3, 3, 3))
    results = wellbeing_repo.results(store)
    assert [r.id for r in results] == [first.id, second.id]
    assert [(r.raw, r.percent, r.low, r.occasion) for r in results] == [
        (11, 44, True, "plan_start"), (17, 68, False, "own")]
    assert results[0].taken_at.endswith("+01:00") and results[0].day == "2026-11-26"
    row = store.query("SELECT raw_score FROM wellbeing_results WHERE id = ?", (first.id,))
    assert row[0]["raw_score"] == 11
    assert [r.id for r in wellbeing_repo.results(store, "2026-12-01", "2026-12-31")] == \
        [second.id]
    wellbeing_repo.delete_result(store, first.id)
    assert [r.id for r in wellbeing_repo.results(store)] == [second.id]


def test_impossible_answers_are_never_stored(store):
    with pytest.raises(ValueError):
        wellbeing_repo.add_result(store, (6, 0, 0, 0, 0))
    assert wellbeing_repo.results(store) == []


def test_reminders_round_trip(store, clock):
    evening = wellbeing_repo.add_reminder(store, ReminderKind.CHECK_IN, "19:00")
    morning = wellbeing_repo.add_reminder(store, ReminderKind.PRACTICE, "08:30")
    assert [r.time_of_day for r in wellbeing_repo.reminders(store)] == ["08:30", "19:00"]
    clock.advance(minutes=1)
    wellbeing_repo.update_reminder(store, Reminder(evening.id, ReminderKind.CHECK_IN, "20:15",
                                                   enabled=False))
    assert wellbeing_repo.reminders(store)[1] == Reminder(evening.id, ReminderKind.CHECK_IN,
                                                          "20:15", False)
    wellbeing_repo.delete_reminder(store, morning.id)
    assert len(wellbeing_repo.reminders(store)) == 1
    with pytest.raises(ValueError):
        wellbeing_repo.add_reminder(store, ReminderKind.CHECK_IN, "25:00")


def _fill(store, clock):
    wellbeing_repo.add_result(store, (2, 2, 2, 2, 2), "plan_start")
    clock.advance(days=13)
    wellbeing_repo.add_result(store, (3, 3, 3, 3, 3), "plan_end")
    wellbeing_repo.add_reminder(store, ReminderKind.CHECK_IN, "19:00")
    settings_repo.write_preference(store, "reminders/enabled", True)
    settings_repo.write_preference(store, "welcome/done", True)
    settings_repo.write_preference(store, "window/geometry", "AAAA")  # stays on this computer


def test_export_and_import_once(store, clock, tmp_path):
    _fill(store, clock)
    data = json.loads(write_export(store, "json", tmp_path / "e.json").read_text())
    assert [r["raw_score"] for r in data["wellbeing_results"]] == [10, 15]
    assert [r["occasion"] for r in data["wellbeing_results"]] == ["plan_start", "plan_end"]
    assert data["reminders"][0]["time_of_day"] == "19:00"
    assert {p["key"]: p["value"] for p in data["preferences"]} == {
        "reminders/enabled": True, "welcome/done": True}
    other = open_store(tmp_path / "other", clock)
    try:
        first = import_data(other, data)
        assert first == {"added": 5, "updated": 0, "skipped": 0}
        assert import_data(other, data) == {"added": 0, "updated": 0, "skipped": 0}
        again = export_data(other)
        for key in ("wellbeing_results", "reminders", "preferences"):
            assert again[key] == data[key]
        assert settings_repo.read_preferences(other)["welcome/done"] is True
        assert "window/geometry" not in settings_repo.read_preferences(other)
    finally:
        other.close()


def test_import_refuses_results_whose_score_does_not_add_up(store, clock):
    """Main's import check refuses a file with a record Reconnect cannot show: nothing is
    imported and the message names the record."""
    from numbness_desktop.domain.errors import ImportFormatError

    _fill(store, clock)
    data = export_data(store)
    data["wellbeing_results"][0]["raw_score"] = 25
    data["wellbeing_results"][1]["item1"] = 9
    data["reminders"][0]["time_of_day"] = "7 pm"
    data["preferences"].append({"key": "no-namespace", "value": 1, "updated_at": "x"})
    for record in data["wellbeing_results"] + data["reminders"]:
        record["id"] += "-new"
    before = export_data(store)
    with pytest.raises(ImportFormatError, match="wellbeing_results"):
        import_data(store, data)
    assert export_data(store)["wellbeing_results"] == before["wellbeing_results"]


def test_a_newer_preference_wins_an_older_one_does_not(store, clock):
    _fill(store, clock)
    data = export_data(store)
    clock.advance(days=1)
    settings_repo.write_preference(store, "reminders/enabled", False)
    import_data(store, data)
    assert settings_repo.read_preferences(store)["reminders/enabled"] is False
    data["preferences"][0]["updated_at"] = "2030-01-01T00:00:00+00:00"
    import_data(store, data)
    assert settings_repo.read_preferences(store)["reminders/enabled"] is True


def test_csv_export_has_a_file_per_kind(store, clock, tmp_path):
    _fill(store, clock)
    out = write_export(store, "csv", tmp_path / "csv")
    with (out / "wellbeing_results.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert [row["raw_score"] for row in rows] == ["10", "15"]
    with (out / "preferences.csv").open() as handle:
        prefs = {row["key"]: row["value"] for row in csv.DictReader(handle)}
    assert prefs["welcome/done"] == "true"
    assert (out / "reminders.csv").is_file()
