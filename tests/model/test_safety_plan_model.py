"""The safety plan's own model works with only a store and an error signal (no hub)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal

from numbness_desktop import paths
from numbness_desktop.model.plan_section_model import PlanSectionModel
from numbness_desktop.model.safety_plan_model import UNDO_LIMIT, SafetyPlanModel


class Errors(QObject):
    occurred = Signal(str)


def make(store) -> tuple[SafetyPlanModel, Errors]:
    errors = Errors()
    return SafetyPlanModel(store, errors.occurred, errors), errors


def test_the_plan_model_stands_alone(store, qapp, qtbot):
    plan, _errors = make(store)
    with qtbot.waitSignal(plan.changed):
        walk = plan.add_item("coping", "walk")
    assert walk is not None and plan.entry_count() == 1
    with qtbot.waitSignal(plan.undoAvailableChanged) as signal:
        plan.delete_item(walk.id)
    assert signal.args == [True] and plan.last_deleted() == walk
    assert plan.plan().items == ()
    plan.undo_delete()
    assert [i.text for i in plan.plan().items] == ["walk"] and not plan.can_undo_delete()


def test_the_undo_stack_keeps_the_last_twenty(store, qapp):
    plan, _errors = make(store)
    items = [plan.add_item("reasons", f"reason {n}") for n in range(UNDO_LIMIT + 2)]
    for item in items:
        assert item is not None and plan.delete_item(item.id) is not None
    while plan.undo_delete() is not None:
        pass
    assert [i.text for i in plan.plan().items] == [f"reason {n}" for n in range(2, UNDO_LIMIT + 2)]


def test_a_failed_write_goes_to_the_error_signal_it_was_given(store, data_dir, qapp, qtbot):
    plan, errors = make(store)
    store.conn.close()
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    with qtbot.waitSignal(errors.occurred) as signal, qtbot.assertNotEmitted(plan.changed):
        assert plan.add_item("reasons", "lost?") is None
    assert "still on screen" in signal.args[0]


def test_a_section_list_follows_the_plan_model(store, qapp):
    plan, _errors = make(store)
    section = PlanSectionModel(plan, "coping")
    plan.add_item("coping", "tea")
    plan.add_item("reasons", "elsewhere")
    assert [i.text for i in section.items()] == ["tea"]
