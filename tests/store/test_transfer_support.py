"""The plan and Support records survive export → import, once, and nonsense is refused."""

from __future__ import annotations

import json

import pytest

from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.store.db import open_store
from numbness_desktop.store.demo import fill_demo
from numbness_desktop.store.transfer import import_data
from numbness_desktop.store.transfer_export import export_data, write_export

KEYS = ("plan_runs", "plan_ticks", "person_checkins", "therapist_notes", "appointments",
        "values_goals")


def test_round_trip_into_a_new_folder_and_twice_adds_nothing(store, clock, tmp_path):
    fill_demo(store, clock())
    with store.write() as db:  # an appointment too, with questions over several lines
        db["appointments"].insert({"id": "a1", "day": "2026-12-03", "time": "10:30",
                                   "place": "Riverside", "with_whom": "Dr. Lee",
                                   "questions": "• One?\n• Two?", "note": "",
                                   "created_at": "2026-11-26T19:30:00+01:00",
                                   "updated_at": "2026-11-26T19:30:00+01:00"})
    data = export_data(store)
    for key in KEYS:
        assert data[key], key
    other = open_store(tmp_path / "other", clock)
    try:
        counts = import_data(other, json.loads(json.dumps(data)))
        assert counts["skipped"] == 0
        again = export_data(other)
        for key in KEYS:
            assert again[key] == data[key], key
        assert import_data(other, data) == {"added": 0, "updated": 0, "skipped": 0}
    finally:
        other.close()


def test_records_that_make_no_sense_refuse_the_whole_file(store):
    """Import validates every field first (issue 13): one bad record refuses the file whole,
    naming it, and nothing is written."""
    stamp = "2026-11-26T19:30:00+01:00"
    data = {"plan_runs": [{"id": "r", "start_day": "someday", "created_at": stamp,
                           "updated_at": stamp}],
            "plan_ticks": [{"id": "t", "run_id": "r", "step": "juggling", "day": "2026-11-26",
                            "created_at": stamp, "updated_at": stamp}],
            "person_checkins": [{"id": "c", "connected": 14, "created_at": stamp,
                                 "updated_at": stamp}],
            "therapist_notes": [{"id": "n", "name": "X", "status": "maybe",
                                 "created_at": stamp, "updated_at": stamp}],
            "values_goals": [{"id": "v", "goal": "", "created_at": stamp,
                              "updated_at": stamp}]}
    before = store.query("SELECT count(*) FROM plan_runs")[0][0]
    with pytest.raises(ImportFormatError, match="plan_runs, record 1"):
        import_data(store, data)
    assert store.query("SELECT count(*) FROM plan_runs")[0][0] == before
    for table in ("plan_ticks", "person_checkins", "therapist_notes", "values_goals"):
        assert store.query(f"SELECT count(*) FROM {table}")[0][0] == 0


def test_markdown_and_csv_hold_the_support_notes(store, clock, tmp_path):
    fill_demo(store, clock())
    text = write_export(store, "markdown", tmp_path / "out.md").read_text(encoding="utf-8")
    assert "## Support" in text and "Harbour Counselling" in text
    assert "Feel more present with my partner" in text
    assert "## Two-week plans" in text
    folder = write_export(store, "csv", tmp_path / "csv")
    for key in KEYS:
        assert (folder / f"{key}.csv").exists()
