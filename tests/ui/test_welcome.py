"""The first-run welcome: three skippable screens, by keyboard, never shown twice, and never
in tests, screenshots or benchmarks that do not ask for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from numbness_desktop.app import welcome_due
from numbness_desktop.ui.welcome.dialog import COUNTRY_CONFIRMED, DONE


def test_not_shown_by_create_window(open_window):
    window = open_window()
    assert [w for w in window.findChildren(QDialog) if w.isVisible()] == []


def test_due_only_for_a_new_database_without_the_preference(open_window, data_dir, clock):
    from numbness_desktop.app import create_window

    window = open_window()
    assert welcome_due(window)  # a new folder: a real launch would show it
    window.app_model.preferences.set_value(DONE, True)
    assert not welcome_due(window)
    window.close()
    reopened = create_window(data_dir, clock)  # the same folder again: not new any more
    try:
        reopened.app_model.preferences.remove(DONE)
        assert not welcome_due(reopened)
    finally:
        reopened.close()


def test_the_whole_flow_by_keyboard(open_window, qtbot):
    window = open_window()
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.stack.currentIndex() == 0 and "not a therapist" in _text(dialog)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Next (the default button)
    assert dialog.stack.currentIndex() == 1
    assert dialog.focusWidget() is dialog.country
    start = dialog.country.currentData()
    QTest.keyClick(dialog.country, Qt.Key.Key_Home)  # another country, by keyboard
    chosen = dialog.country.currentData()
    assert chosen != start
    QTest.keyClick(dialog.country, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 2
    assert window.app_model.safety.plan().country == chosen
    assert window.app_model.preferences.value(COUNTRY_CONFIRMED, "") == chosen
    assert "Nothing leaves the computer" in _text(dialog)
    assert str(window.app_model.store.data_dir) in _text(dialog)
    assert dialog.next_button.text() == "Finish" and not dialog.skip_button.isVisible()
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.app_model.preferences.value(DONE, False) is True


def test_skip_and_escape_end_it_for_good(open_window, qtbot):
    window = open_window()
    dialog = window.show_welcome()
    dialog.skip_button.click()
    assert window.app_model.preferences.value(DONE, False) is True
    window.app_model.preferences.remove(DONE)
    again = window.show_welcome()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    QTest.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert window.app_model.preferences.value(DONE, False) is True


def test_get_help_now_from_every_screen(open_window):
    window = open_window()
    dialog = window.show_welcome()
    for index in range(3):
        dialog.go(index)
        dialog.help_button.click()
        assert window._help_panel.isVisible()
        window._help_panel.close()
    dialog.reject()


def test_back_and_reminders_offered_not_pushed(open_window, qtbot):
    window = open_window()
    dialog = window.show_welcome()
    dialog.go(2)
    dialog.back_button.click()
    assert dialog.stack.currentIndex() == 1
    dialog.go(2)
    assert window.app_model.reminders.enabled is False
    with qtbot.waitSignal(dialog.remindersRequested):
        next(b for b in dialog.findChildren(type(dialog.help_button))
             if b.text() == "Set up gentle reminders…").click()
    assert window.app_model.reminders.enabled is False  # opening the page turns nothing on
    dialog.reject()


def _text(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    page = dialog.stack.currentWidget()
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_country_summary_is_honest_without_a_verified_line():
    from types import SimpleNamespace

    from numbness_desktop.domain import crisis_lines
    from numbness_desktop.ui.welcome.dialog import country_summary

    assert "116 123" in country_summary(crisis_lines, "GB")
    other = country_summary(crisis_lines, "OTHER")
    assert "don't have a verified crisis line" in other and "112" not in other
    line = SimpleNamespace(name="988 Lifeline", ways_text=lambda: "Call or text 988")
    newer = SimpleNamespace(
        lines_for=lambda code: SimpleNamespace(
            lines=(line,) if code == "US" else (),
            emergency=SimpleNamespace(text=lambda: "911") if code == "US" else None),
        find_a_line=lambda: SimpleNamespace(name="Find A Helpline"))
    assert country_summary(newer, "US") == ("Crisis line: 988 Lifeline — Call or text 988.\n"
                                            "Emergency number: 911.")
    assert "Find A Helpline lists local lines" in country_summary(newer, "XX")
