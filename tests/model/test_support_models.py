"""Support models: add, edit, delete and undo, each write signalled; people are shared."""

from __future__ import annotations

import sqlite3

from numbness_desktop import paths
from numbness_desktop.domain.support import PersonCheckIn


def test_people_are_the_safety_plans_people(app_model):
    sam = app_model.safety.add_item("help_people", "Sam (sister)", "0700 1")
    assert [i.text for i in app_model.safety.plan().section_items("help_people")] == [
        "Sam (sister)"]
    app_model.safety.delete_item(sam.id)
    assert app_model.safety.plan().section_items("help_people") == []
    app_model.safety.undo_delete()
    assert app_model.safety.plan().section_items("help_people")[0].id == sam.id


def test_checkins_crud_with_undo(app_model, qtbot):
    model = app_model.support.checkins
    with qtbot.waitSignal(app_model.support.changed):
        made = model.add(person_id="p", person_name="Sam", planned_day="2026-11-28",
                         planned_time="after work", how="Coffee")
    assert isinstance(made, PersonCheckIn) and model.rowCount() == 1
    done = model.mark_done(made.id, 7, "Easier than I thought.")
    assert (done.done, done.connected, done.note) == (1, 7, "Easier than I thought.")
    assert "felt 7/10 connected" in model.data(model.index(0))
    model.delete(made.id)
    assert model.rowCount() == 0 and model.can_undo()
    restored = model.undo_delete()
    assert restored == done and model.records() == [done]
    assert not model.can_undo()


def test_therapist_notes_crud_with_undo(app_model):
    model = app_model.support.therapists
    a = model.add(name="Ask my GP for a referral", status="to_contact")
    b = model.add(name="Harbour Counselling", focus="trauma, EMDR", mode="teletherapy",
                  cost="sliding scale")
    model.update(a.id, status="contacted", next_step="Ring on Monday")
    assert model.record_at(model.row_of(a.id)).status == "contacted"
    assert "Contacted" in model.record_at(model.row_of(a.id)).display()
    model.delete(b.id)
    model.delete(a.id)
    assert model.rowCount() == 0
    model.undo_delete()
    model.undo_delete()
    assert {r.id for r in model.records()} == {a.id, b.id}


def test_a_failed_write_keeps_calm(app_model, store, data_dir, qtbot):
    model = app_model.support.values
    kept = model.add(goal="Walk with Ruth")
    store.conn.close()  # the folder turned read-only under us
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    with qtbot.waitSignal(app_model.errorOccurred) as blocker:
        assert model.update(kept.id, goal="Walk with Ruth on Sundays") is None
    assert "Traceback" not in blocker.args[0]
    assert model.records() == [kept]
