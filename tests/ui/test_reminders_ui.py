"""Reminders in the window: the Settings page, the invitation strip, the autostart entry
written only when chosen, and close to tray."""

from __future__ import annotations

import stat
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from numbness_desktop import autostart
from numbness_desktop.model.reminders_model import CLOSE_TO_TRAY
from numbness_desktop.ui.reminders import tray as tray_module
from numbness_desktop.ui.reminders.settings_page import RemindersPage


@pytest.fixture
def window(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.reminder_tray is not None, timeout=3000)
    window.app_model.reminders.zone = ZoneInfo("Europe/Berlin")
    return window


def test_the_page_starts_off_and_turning_on_offers_a_time(window, qtbot):
    page = RemindersPage(window.app_model)
    qtbot.addWidget(page)
    assert not page.enabled.isChecked() and page.rows() == []
    assert not window.companions.reminder_tray.timer.isActive()
    page.enabled.click()
    assert window.app_model.reminders.enabled
    assert [row.reminder.time_of_day for row in page.rows()] == ["19:00"]
    assert window.companions.reminder_tray.timer.isActive()
    assert page.next_label.text().startswith("Next: a check-in,")
    page.add_button.click()
    assert len(page.rows()) == 2
    page.rows()[1].remove.click()
    assert len(page.rows()) == 1


def test_an_invitation_appears_in_the_window_with_snooze_and_not_today(window, clock, qtbot):
    reminders = window.app_model.reminders
    reminders.set_enabled(True)
    reminders.add("check_in", "19:40")
    tray = window.companions.reminder_tray
    clock.advance(minutes=11)
    tray.check_now()
    bar = window.companions.invitation_bar
    assert bar.isVisibleTo(window)
    assert bar.title.text() == "A moment to check in, if you like"
    assert "missed" not in bar.text.text()
    bar.buttons["snooze"].click()
    assert not bar.isVisibleTo(window)
    clock.advance(minutes=31)
    tray.check_now()
    assert bar.isVisibleTo(window)
    bar.buttons["not_today"].click()
    assert reminders.quiet_day() is not None
    window.show_tab("Journal")
    clock.advance(hours=24)  # tomorrow 19:40 + a little
    tray.check_now()
    bar.buttons["accept"].click()
    assert window.current_tab() == "Today"


def test_autostart_is_written_only_when_chosen_and_removed_when_unchosen(window, qtbot,
                                                                         isolated_user_folders):
    entry = Path(isolated_user_folders) / ".config" / "autostart" / "numbness-desktop.desktop"
    page = RemindersPage(window.app_model)
    qtbot.addWidget(page)
    assert not entry.exists() and not page.autostart.isChecked()
    page.enabled.click()  # reminders alone write nothing outside the data folder
    assert not entry.exists()
    page.autostart.click()
    assert entry.is_file() and autostart.entry_path() == entry
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    text = entry.read_text()
    assert "--minimised" in text and str(window.app_model.store.data_dir) in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    page.autostart.click()
    assert not entry.exists()
    assert window.app_model.preferences.value("reminders/autostart", True) is False


def test_close_to_tray_hides_and_quit_closes(window, monkeypatch):
    # Offscreen has no tray (a QSystemTrayIcon there only warns): pretend its icon is shown.
    tray = window.companions.reminder_tray
    monkeypatch.setattr(type(tray), "tray_shown", property(lambda _self: True))
    window.app_model.reminders.set_enabled(True)
    window.app_model.preferences.set_value(CLOSE_TO_TRAY, True)
    window.close()
    assert not window.isVisible()
    assert tray.timer.isActive()  # still running, so the reminders arrive
    assert window.app_model.store.query("SELECT 1")  # the store is still open
    window.quit()
    assert not tray.timer.isActive()


def test_no_tray_icon_where_the_desktop_has_none(window):
    window.app_model.reminders.set_enabled(True)
    assert tray_module.tray_available() is False  # offscreen
    assert window.companions.reminder_tray.icon is None


def test_without_close_to_tray_closing_closes(window):
    window.close()
    assert not window.isVisible()
    assert not window.companions.reminder_tray.timer.isActive()


def test_settings_has_the_reminders_page(window):
    dialog = window.show_settings()
    assert "Reminders" in dialog.page_titles()
    page = dialog.show_page("Reminders")
    assert isinstance(page, RemindersPage) and not page.enabled.isChecked()
    dialog.close()


def test_a_window_closed_before_its_first_paint_reads_nothing_late(open_window, qtbot):
    window = open_window()
    window.close()
    window.companions.reminder_tray = None
    window.companions.start_reminders()  # a late first-paint callback
    assert window.companions.reminder_tray is None
    assert window.offer_wellbeing() is None
