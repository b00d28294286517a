"""Preferences live in the data folder, keep their types and tell the views when they change."""

from __future__ import annotations

import os

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.store.db import open_store


def test_a_choice_survives_a_restart_with_its_type(store, clock, qtbot):
    prefs = Preferences(store)
    with qtbot.waitSignal(prefs.changed) as blocker:
        assert prefs.set_value("view/textScale", 1.5)
    assert blocker.args == ["view/textScale"]
    prefs.set_value("breathe/leadIn", False)
    prefs.set_value("window/lastTab", "Journal")
    data_dir = store.data_dir
    store.close()
    again = Preferences(open_store(data_dir, clock))
    assert again.value("view/textScale", 1.0) == 1.5
    assert again.value("breathe/leadIn", True) is False
    assert again.value("window/lastTab", "") == "Journal"


def test_a_value_of_the_wrong_type_falls_back_to_the_default(store):
    prefs = Preferences(store)
    prefs.set_value("view/textScale", "huge")
    assert prefs.value("view/textScale", 1.0) == 1.0
    prefs.set_value("breathe/length", True)
    assert prefs.value("breathe/length", 120) == 120  # a bool is not a number of seconds
    prefs.set_value("breathe/length", 300)
    assert prefs.value("breathe/length", 120) == 300
    assert prefs.value("view/textScale2", 2) == 2


def test_removing_a_choice_brings_back_the_default(store):
    prefs = Preferences(store)
    prefs.set_value("motion/reduced", "on")
    assert prefs.contains("motion/reduced")
    assert prefs.remove("motion/reduced")
    assert not prefs.contains("motion/reduced")
    assert Preferences(store).value("motion/reduced", "system") == "system"


def test_preferences_never_touch_the_stores_own_keys(store):
    prefs = Preferences(store)
    store_keys = {row["key"] for row in store.query("SELECT key FROM settings")}
    assert not any(prefs.contains(key) for key in store_keys)


def test_a_failed_write_is_reported_kindly_and_keeps_the_old_value(store, qtbot):
    from PySide6.QtCore import QObject, Signal

    class Errors(QObject):
        occurred = Signal(str)

    errors = Errors()
    prefs = Preferences(store, errors.occurred)
    prefs.set_value("view/textScale", 1.25)
    store.conn.execute("PRAGMA query_only = ON")
    with qtbot.waitSignal(errors.occurred):
        assert prefs.set_value("view/textScale", 2.0) is False
    assert prefs.value("view/textScale", 1.0) == 1.25


def test_two_data_folders_are_two_profiles(tmp_path, clock, isolated_user_folders):
    first = Preferences(open_store(tmp_path / "one", clock))
    second = Preferences(open_store(tmp_path / "two", clock))
    first.set_value("view/appearance", "dark")
    assert second.value("view/appearance", "system") == "system"
    written = [path for path, _dirs, files in os.walk(isolated_user_folders) for _ in files]
    assert written == []  # nothing in ~/.config or anywhere else in the home folder
