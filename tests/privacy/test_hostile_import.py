"""No import, however hostile, produces a traceback or a broken app.

Hypothesis takes a small valid export and spoils it: a field set to NaN, a 10^30 integer, a
list, a date in the year 9999, an unknown role, a missing field, a record that is not an
object. Either the import is refused with one line and the database is left exactly as it
was, or it is accepted, and then every tab opens, Trends draws every period and every export
format writes.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.store.db import open_store
from numbness_desktop.store.transfer import import_data, read_export
from numbness_desktop.store.transfer_export import export_data, write_export

T = "2026-11-20T09:00:00+01:00"
U = "2026-11-20T09:30:00+01:00"


def base_export() -> dict:
    """One valid record of every kind the app knows."""
    return {
        "format": "reconnect-export", "schema_version": 6, "exported_at": U,
        "journal_entries": [{"id": "e1", "day": "2026-11-20", "text": "numb, then warm",
                             "created_at": T, "updated_at": U}],
        "journal_chips": [{"id": "c1", "entry_id": "e1", "word": "calm", "intensity": 4,
                           "position": 0, "created_at": T, "updated_at": U}],
        "emotion_logs": [{"id": "l1", "felt_at": T, "day": "2026-11-20", "emotion": "calm",
                          "family": "calm", "intensity": 5, "sensations": '["warm"]',
                          "note": "a note", "created_at": T, "updated_at": U}],
        "emotion_log_regions": [{"id": "r1", "log_id": "l1", "region": "chest",
                                 "quality": "more", "intensity": 5, "created_at": T,
                                 "updated_at": U}],
        "custom_words": [{"id": "w1", "word": "fizzy", "created_at": T, "updated_at": U}],
        "breathing_sessions": [{
            "id": "b1", "preset_name": "4-6", "inhale": 4, "hold": 0, "exhale": 6, "rest": 0,
            "planned_seconds": 120, "actual_seconds": 120, "breaths": 12,
            "outcome": "finished", "before_connected": 3, "before_tension": 6,
            "after_connected": 5, "after_tension": 4, "started_at": T,
            "ended_at": "2026-11-20T09:02:00+01:00", "created_at": T, "updated_at": U}],
        "breathing_presets": [{"id": "p1", "name": "Mine", "inhale": 4, "hold": 2,
                               "exhale": 6, "rest": 0, "created_at": T, "updated_at": U}],
        "safety_plan": {"country": "GB", "country_updated_at": U, "items": [
            {"id": "s1", "section": "reasons", "position": 0, "text": "my cat", "phone": "",
             "role": "", "created_at": T, "updated_at": U},
            {"id": "s2", "section": "professionals", "position": 0, "text": "Samaritans",
             "phone": "116 123", "role": "crisis_line", "created_at": T, "updated_at": U}]},
        "preferences": [{"key": "view/textScale", "value": 1.15, "updated_at": U}],
        "check_ins": [{"id": "k1", "day": "2026-11-20", "state": "shut_down", "connected": 2,
                       "distress": 6, "note": "far away", "created_at": T, "updated_at": U}],
        "practice_sessions": [{
            "id": "g1", "kind": "grounding", "day": "2026-11-20", "started_at": T,
            "planned_seconds": 300, "actual_seconds": 240, "completed": 1,
            "distress_before": 6, "distress_after": 4, "connected_before": 2,
            "connected_after": 4, "note": "", "created_at": T, "updated_at": U}],
        "small_goals": [{"id": "o1", "day": "2026-11-20", "text": "Call Sam", "done": 0,
                         "created_at": T, "updated_at": U}],
    }


HOSTILE = st.one_of(
    st.none(), st.booleans(), st.just(""), st.just(10 ** 30), st.just(-(10 ** 30)),
    st.integers(-20, 20), st.floats(allow_nan=True, allow_infinity=True),
    st.just(math.nan), st.just(math.inf),
    st.sampled_from(["9999-99-99", "2026-02-30", "0001-01-01", "2026-11-20", "1900-01-01",
                     "2200-12-31T23:59:59+14:00", "2026-11-20T09:00:00", "high", "nonsense",
                     "crisis_line", "emergency", "whole_body", "nowhere", "less", "here",
                     "stopped_early", "[]", "[1, 2]", "{}", "x" * 5000, "\x00", "😶‍🌫️" * 50,
                     "1e309", "OTHER", "ZZ", "reasons"]),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(),
                                                         max_size=2),
)


def _fields(data: dict) -> list[tuple[list, int, str]]:
    """(the list, record index, field) for every field of every record."""
    lists = [value for value in data.values() if isinstance(value, list)]
    plan = data.get("safety_plan")
    if isinstance(plan, dict) and isinstance(plan.get("items"), list):
        lists.append(plan["items"])
    return [(records, i, field) for records in lists for i, record in enumerate(records)
            if isinstance(record, dict) for field in record]


@st.composite
def hostile_exports(draw) -> dict:
    data = base_export()
    for _ in range(draw(st.integers(1, 3))):
        places = _fields(data)
        if not places:
            break
        records, index, field = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["set", "set", "set", "drop", "not-a-record",
                                       "duplicate"]))
        if action == "set":
            records[index][field] = draw(HOSTILE)
        elif action == "drop":
            records[index].pop(field, None)
        elif action == "not-a-record":
            records[index] = draw(HOSTILE)
        else:
            records.append({**records[index], "id": draw(st.text(min_size=1, max_size=8))})
    if draw(st.integers(0, 9)) == 0:
        data[draw(st.sampled_from(["journal_entries", "safety_plan", "preferences"]))] = \
            draw(HOSTILE)
    return data


def _snapshot(store) -> str:
    data = export_data(store)
    data.pop("exported_at")
    return json.dumps(data, sort_keys=True)


def test_the_base_export_is_accepted_whole(store):
    counts = import_data(store, base_export())
    assert counts["added"] == 13 and counts["skipped"] == 0


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=hostile_exports())
def test_a_hostile_export_is_refused_cleanly_or_leaves_a_working_app(data, qtbot, clock):
    from numbness_desktop.app import create_window
    from numbness_desktop.domain.trends import TAB_PERIODS
    from numbness_desktop.ui.main_window import TAB_ORDER

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "hostile.json"
        try:
            source.write_text(json.dumps(data), encoding="utf-8")
        except ValueError:  # a value json cannot write at all
            return
        store = open_store(root / "data", clock)
        before = _snapshot(store)
        try:
            import_data(store, read_export(source))
        except ImportFormatError as refused:
            assert "\n" not in refused.message and refused.message.endswith(".")
            assert _snapshot(store) == before
            store.close()
            return
        store.close()
        window = create_window(root / "data", clock)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        for label in TAB_ORDER:
            assert window.show_tab(label)
            qtbot.wait(1)
        trends = window.trends
        for period in TAB_PERIODS:
            trends.set_period(period)
            trends.draw_everything()
        window.show_help()
        reopened = window.app_model.store
        for fmt, out in (("json", root / "x.json"), ("csv", root / "csv"),
                         ("markdown", root / "x.md")):
            assert write_export(reopened, fmt, out).exists()
        window.close()


@pytest.mark.parametrize(("text", "message"), [
    ('{"format": "reconnect-export", "schema_version": 1, "journal_entries": [NaN]}',
     "not a Reconnect JSON export"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "reconnect-export", "schema_version": 1, "x": ' + "9" * 5000 + "}",
     "not a Reconnect JSON export"),
])
def test_unreadable_numbers_and_nesting_are_one_line(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        read_export(path)


def test_the_command_line_refuses_a_bad_file_with_one_line_and_exit_1(tmp_path, capsys, clock):
    from numbness_desktop.cli import main

    data_dir = tmp_path / "data"
    bad = base_export()
    bad["safety_plan"]["items"][0]["role"] = "nonsense"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["import", str(path), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "safety_plan.items, record 1 (id s1): 'role' isn't one of" in err
    store = open_store(data_dir, clock)
    try:
        assert store.query("SELECT count(*) FROM safety_plan_items")[0][0] == 0
    finally:
        store.close()


def test_every_hostile_value_of_the_issue_is_refused(store):
    before = _snapshot(store)
    for path, value in ((("safety_plan", "items", 1, "role"), "nonsense"),
                        (("emotion_logs", 0, "intensity"), "high"),
                        (("journal_entries", 0, "day"), "9999-99-99"),
                        (("breathing_sessions", 0, "breaths"), 10 ** 30),
                        (("emotion_logs", 0, "intensity"), None)):
        data = base_export()
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        with pytest.raises(ImportFormatError):
            import_data(store, copy.deepcopy(data))
    assert _snapshot(store) == before
