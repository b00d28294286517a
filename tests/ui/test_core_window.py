"""The main window's own jobs (ui/window/): Quit from the menu, the first paint's deferred
check of the filled-in crisis numbers."""

from __future__ import annotations

from numbness_desktop.model.reminders_model import CLOSE_TO_TRAY


def test_quit_from_the_menu_quits_even_with_close_to_tray(open_window, monkeypatch):
    window = open_window()
    tray = window.companions.reminder_tray
    assert tray is not None  # started just after the first paint
    monkeypatch.setattr(type(tray), "tray_shown", property(lambda _self: True))
    window.app_model.reminders.set_enabled(True)
    window.app_model.preferences.set_value(CLOSE_TO_TRAY, True)
    window.actions_by_name["Quit"].trigger()
    assert not window.isVisible()
    assert not tray.timer.isActive()  # closed for real, not hidden in the tray


def test_filled_in_numbers_are_brought_in_step_after_the_first_paint(open_window, store,
                                                                     qtbot):
    from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

    repo = SafetyPlanRepository(store)
    repo.set_country("GB")
    filled = [i for i in repo.plan().items if not i.is_own]
    assert filled
    with store.write() as db:  # an older version's text for a number Reconnect filled in
        db.execute("UPDATE safety_plan_items SET text = 'old name' WHERE id = ?",
                   [filled[0].id])
    window = open_window()  # returns once the first paint's deferred work has run
    qtbot.waitUntil(lambda: all(i.text != "old name"
                                for i in window.app_model.safety.plan().items))
