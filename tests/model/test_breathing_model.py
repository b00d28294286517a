"""The breathing model: presets, sessions, signals, calm errors and undo."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from numbness_desktop import paths
from numbness_desktop.domain.breath import PRESETS, Pattern
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.clock import iso, new_id


def session(clock, before=(None, None), after=(None, None)) -> SessionRecord:
    now = iso(clock())
    return SessionRecord(new_id(), "4-6", Pattern(4, 0, 6), 120.0, 120.0, 12, Outcome.FINISHED,
                         now, now, "", "", before[0], before[1], after[0], after[1])


def test_breathing_is_built_once_on_first_use(app_model):
    assert app_model.breathing is app_model.breathing
    assert [p.name for p in app_model.breathing.presets()] == [p.name for p in PRESETS]


def test_custom_presets_come_after_the_built_in_ones(app_model, qtbot):
    breathing = app_model.breathing
    with qtbot.waitSignal(breathing.presetsChanged):
        made = breathing.add_preset("Evening", Pattern(4, 2, 8))
    assert made.is_custom
    assert breathing.presets()[-1] == made
    assert breathing.preset_by_key(made.key) == made
    assert breathing.name_problems("evening") == ["There is already a pattern with that name."]
    with pytest.raises(ValueError):
        breathing.add_preset("4-6", Pattern(4, 0, 6))


def test_deleting_a_pattern_can_be_undone(app_model, qtbot):
    breathing = app_model.breathing
    made = breathing.add_preset("Evening", Pattern(4, 2, 8))
    with qtbot.waitSignal(breathing.presetsChanged):
        breathing.delete_preset(made.custom_id)
    assert made not in breathing.presets()
    assert breathing.can_undo_delete()
    assert breathing.undo_delete_preset() == made
    assert made in breathing.presets()
    assert not breathing.can_undo_delete()
    assert breathing.undo_delete_preset() is None


def test_sessions_save_update_and_feed_the_history_line(app_model, clock, qtbot):
    breathing = app_model.breathing
    assert breathing.history_line("4-6") is None
    saved = []
    for before, after in (((2, 7), (4, 5)), ((3, 6), (3, 4)), ((1, 8), (3, 6))):
        with qtbot.waitSignal(breathing.sessionsChanged):
            first = breathing.save_session(session(clock, before))
        saved.append(breathing.save_session(replace(first, after_connected=after[0],
                                                    after_tension=after[1])))
    assert breathing.session(saved[0].id).after_tension == 5
    assert breathing.history_line("4-6") == (
        "In your own ratings, your tension after 4-6 breathing was 2.0 points lower on "
        "average (3 rated sessions).")
    assert {s.id for s in breathing.recent_sessions()} == {s.id for s in saved}


def test_a_failed_save_is_calm_and_returns_none(app_model, store, data_dir, clock, qtbot):
    breathing = app_model.breathing
    store.conn.close()
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    with qtbot.waitSignal(app_model.errorOccurred) as signal:
        assert breathing.save_session(session(clock)) is None
    assert "read-only" in signal.args[0] or "isn't allowed" in signal.args[0]
    with qtbot.waitSignal(app_model.errorOccurred):
        assert breathing.add_preset("Evening", Pattern(4, 2, 8)) is None
