"""The shared model: operations, change signals, calm errors, undo."""

from __future__ import annotations

import sqlite3

from numbness_desktop import paths
from numbness_desktop.domain.safety_plan import ItemRole
from numbness_desktop.model.plan_section_model import ItemIdRole, PlanSectionModel


def test_writes_emit_change_and_refresh_the_cached_plan(app_model, qtbot):
    with qtbot.waitSignal(app_model.safety.changed):
        item = app_model.safety.add_item("reasons", "my nephew")
    assert [i.text for i in app_model.safety.plan().items] == ["my nephew"]
    with qtbot.waitSignal(app_model.safety.changed):
        app_model.safety.update_item(item.id, "my nephew's birthday")
    assert app_model.safety.plan().items[0].text == "my nephew's birthday"
    with qtbot.assertNotEmitted(app_model.safety.changed):
        app_model.safety.update_item(item.id, "my nephew's birthday")


def test_delete_and_undo_in_reverse_order(app_model, qtbot):
    ids = [app_model.safety.add_item("coping", word).id for word in ("walk", "bath", "tea")]
    with qtbot.waitSignal(app_model.safety.undoAvailableChanged) as signal:
        app_model.safety.delete_item(ids[0])
    assert signal.args == [True]
    app_model.safety.delete_item(ids[2])
    assert [i.text for i in app_model.safety.plan().items] == ["bath"]
    app_model.safety.undo_delete()
    app_model.safety.undo_delete()
    assert [i.text for i in app_model.safety.plan().section_items("coping")] == [
        "walk", "bath", "tea"
    ]
    assert not app_model.safety.can_undo_delete()
    assert app_model.safety.undo_delete() is None


def test_a_failed_write_emits_a_calm_message_and_changes_nothing(app_model, store, data_dir,
                                                                qtbot):
    app_model.safety.add_item("reasons", "kept")
    store.conn.close()
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    with qtbot.waitSignal(app_model.errorOccurred) as signal:
        assert app_model.safety.add_item("reasons", "lost?") is None
    assert "still on screen" in signal.args[0]
    assert [i.text for i in app_model.safety.plan().items] == ["kept"]


def test_help_info_uses_country_defaults_until_the_person_writes_their_own(app_model):
    app_model.safety.ensure_country("CA")
    info = app_model.safety.help_info()
    assert [i.phone for i in info.crisis_lines] == ["988"]
    assert [i.phone for i in info.emergency] == ["911"]
    app_model.safety.add_item("help_people", "Sam", "555 0101")
    assert [(i.text, i.phone) for i in app_model.safety.help_info().people] == [("Sam", "555 0101")]
    app_model.safety.ensure_country("GB")  # already chosen: unchanged
    assert app_model.safety.plan().country == "CA"
    assert app_model.safety.own_help_entries() == []
    assert app_model.safety.entry_count() == 1  # Sam; the filled-in numbers are not counted
    crisis = app_model.safety.plan().with_role(ItemRole.CRISIS_LINE)[0]
    app_model.safety.update_item(crisis.id, crisis.text, "988 ext 2")
    assert [i.phone for i in app_model.safety.own_help_entries()] == ["988 ext 2"]


def test_section_model_follows_the_shared_model(app_model, qtbot):
    model = PlanSectionModel(app_model.safety, "warning_signs")
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.modelReset):
        first = app_model.safety.add_item("warning_signs", "grey days")
    app_model.safety.add_item("warning_signs", "no replies")
    app_model.safety.add_item("reasons", "not in this section")
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "1.  grey days"
    assert model.index(1, 0).data() == "2.  no replies"
    assert model.index(0, 0).data(ItemIdRole) == first.id
    app_model.safety.move_item(first.id, 1)
    assert model.index(1, 0).data(ItemIdRole) == first.id
