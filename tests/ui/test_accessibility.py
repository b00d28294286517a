"""Every tab and dialog, as a screen-reader and keyboard-only person meets them.

Walks the Tab order of each tab and dialog (see a11y_audit.py) and fails on a focusable
control without a name, a Tab stop whose focus cannot be seen or lies off screen, a scroll
area or an empty chart as a Tab stop, and a label whose name hides its words. Get help now is
in every tab's Tab order; its panel puts focus on its first line of help and gives it back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.a11y_audit import hidden_label_text, tab_walk


@pytest.fixture
def settle(qapp):
    def run() -> None:
        for _ in range(3):
            qapp.processEvents()

    return run


@pytest.fixture
def demo_window(open_window, data_dir, qtbot):
    from numbness_desktop.cli import _fill_demo

    _fill_demo(data_dir)
    window = open_window()
    window.resize(1280, 800)
    qtbot.wait(50)  # the first paint, then what waits for it (Get help now in the Tab order)
    return window


def audit_tabs(window, settle) -> dict[str, list[str]]:
    found = {}
    for label in window.tab_labels():
        window.show_tab(label)
        settle()
        assert QApplication.activeWindow() is window, f"{label}: the window lost activation"
        stops, problems = tab_walk(window.tabs.tabBar(), settle)
        if window.help_button not in stops:
            problems.append("Get help now is not in the Tab order")
        found[label] = problems + hidden_label_text(window)
    return found


def test_every_tab_with_history_is_named_reachable_and_visible(demo_window, settle):
    problems = audit_tabs(demo_window, settle)
    assert problems == {label: [] for label in demo_window.tab_labels()}


def test_every_tab_on_a_new_install_is_named_reachable_and_visible(open_window, settle, qtbot):
    window = open_window()
    window.resize(1280, 800)
    qtbot.wait(50)
    problems = audit_tabs(window, settle)
    assert problems == {label: [] for label in window.tab_labels()}


def test_opening_a_tab_shows_no_stray_window(open_window, qtbot):
    window = open_window()
    for label in window.tab_labels():
        window.show_tab(label)
        qtbot.wait(10)
        strays = [w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w is not window and not w.inherits("QMenu")]
        assert strays == [], label
        assert QApplication.activeWindow() is window


def test_get_help_now_focus_lands_on_the_first_line_of_help_and_returns(demo_window, qtbot):
    window = demo_window
    for label in window.tab_labels():
        window.show_tab(label)
        window.tabs.tabBar().setFocus()
        qtbot.waitUntil(lambda: window.tabs.tabBar().hasFocus())
        QTest.keyClick(window.tabs.tabBar(), Qt.Key.Key_H,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        panel = window._help_panel
        qtbot.waitUntil(lambda panel=panel: QApplication.focusWidget() is panel.first_item())
        focused = QApplication.focusWidget()
        assert focused.accessibleDescription() == "Emergency number"  # the first card
        assert focused.text()  # its own words are heard
        QTest.keyClick(focused, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda panel=panel: not panel.isVisible())
        qtbot.waitUntil(lambda: window.tabs.tabBar().hasFocus())


def test_dialogs_are_named_and_reachable(demo_window, settle, qtbot):
    window = demo_window
    opened: list[QWidget] = [window.show_help(), window.show_settings(), window.show_about()]
    window.show_tab("Breathe")
    from numbness_desktop.ui.breathe.pattern_dialog import PatternDialog

    opened.append(PatternDialog(window.app_model.breathing.name_problems, window))
    window.show_tab("Trends")
    opened.append(window.trends.open_summary())
    found = {}
    for dialog in opened:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        first = dialog.focusWidget() or dialog.nextInFocusChain()
        stops, problems = tab_walk(first, settle)
        found[dialog.windowTitle()] = problems + hidden_label_text(dialog)
        assert stops, dialog.windowTitle()
        dialog.close()
    assert found == {title: [] for title in found}
