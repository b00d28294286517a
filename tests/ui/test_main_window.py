"""The main window: contract tabs, shortcuts, Get help now from every tab, restored state."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from numbness_desktop.app import create_window
from numbness_desktop.ui.i18n import long_date
from numbness_desktop.ui.main_window import TAB_ORDER
from tests.ui.conftest import type_entry


def test_title_and_tabs_follow_the_contract(open_window):
    window = open_window()
    assert window.windowTitle() == "Reconnect"
    labels = window.tab_labels()
    assert labels == ["Today", "Breathe", "Practices", "Body map", "Journal", "Trends",
                      "Support", "Safety plan"]
    assert labels == list(TAB_ORDER)
    assert window.current_tab() == "Today"


def test_ctrl_number_switches_tabs_by_contract_position(open_window):
    window = open_window()
    for key, label in ((Qt.Key.Key_8, "Safety plan"), (Qt.Key.Key_7, "Support"),
                       (Qt.Key.Key_1, "Today"), (Qt.Key.Key_3, "Practices"),
                       (Qt.Key.Key_4, "Body map"), (Qt.Key.Key_2, "Breathe"),
                       (Qt.Key.Key_5, "Journal"), (Qt.Key.Key_6, "Trends")):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab() == label


def test_get_help_now_opens_from_every_tab_with_the_plans_contacts(open_window, qtbot):
    window = open_window()
    window.show_tab("Safety plan")
    type_entry(qtbot, window.safety.editors["help_people"], "Sam (sister)", "0700 123")
    window.app_model.safety.set_country("US")
    buttons = [w for w in window.findChildren(QWidget) if w.accessibleName() == "Get help now"]
    assert buttons == [window.help_button]
    for label in window.tab_labels():
        window.show_tab(label)
        QTest.keyClick(window.tabs.currentWidget(), Qt.Key.Key_H,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        panel = window._help_panel
        assert panel is not None
        qtbot.waitUntil(panel.isVisible)
        text = panel.text()
        assert "988" in text
        assert "911" in text
        assert "Sam (sister):  0700 123" in text
        panel.close()
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    assert window._help_panel.isVisible()


def test_today_cards_lead_somewhere_real(open_window, qtbot):
    window = open_window()
    today = window.today
    assert today.greeting_label.text() == "Good evening"  # the fake clock says 19:30
    assert today.date_label.text() == long_date(QDate(2026, 11, 26))  # the locale's own words
    assert "entr" not in today.plan_card.text.text()  # the filled-in numbers are not theirs
    window.app_model.safety.add_item("reasons", "Pepper")
    assert "1 entry across your plan" in today.plan_card.text.text()  # Pepper, not the 911
    qtbot.mouseClick(today.plan_card.button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Safety plan"
    window.show_tab("Today")
    qtbot.mouseClick(today.help_card.button, Qt.MouseButton.LeftButton)
    assert window._help_panel.isVisible()


def test_window_size_and_last_tab_are_restored(open_window):
    from numbness_desktop.ui.main_window import DEFAULT_SIZE

    window = open_window()
    size = window.minimumSize() + QSize(0, 40)  # within the (small) offscreen screen
    window.resize(size)
    window.show_tab("Safety plan")
    window.close()
    reopened = create_window(window.app_model.store.data_dir)
    try:
        assert reopened.current_tab() == "Safety plan"
        assert reopened.size() == size != QSize(*DEFAULT_SIZE)  # not a first start's size
    finally:
        reopened.close()


def test_every_interactive_control_has_an_accessible_name(open_window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListView

    window = open_window()
    window.show_help()
    widgets = window.findChildren(QWidget) + window._help_panel.findChildren(QWidget)
    unnamed = [
        w for w in widgets
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QListView)
        and w.isVisibleTo(window.window()) and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


def test_text_scales_with_ctrl_plus_and_is_remembered(open_window, qapp):
    window = open_window()
    base = qapp.font().pointSizeF()
    assert base >= 11
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() > base
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == base
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() > base
    larger = qapp.font().pointSizeF()
    window.close()
    from numbness_desktop.ui import theme

    theme.apply_theme(qapp, 1.0)
    again = open_window()
    assert qapp.font().pointSizeF() == larger
    QTest.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == base


def test_get_help_reaches_every_window_once_the_first_paint_is_done(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.help_action.shortcutContext()
                    == Qt.ShortcutContext.ApplicationShortcut, timeout=3000)
    assert window.createPopupMenu() is None  # the toolbar cannot be hidden by a right-click


def test_every_tab_fits_the_smallest_window_without_clipping(open_window, qtbot):
    from numbness_desktop.ui.main_window import MIN_SIZE

    window = open_window()
    for label in window.tab_labels():
        window.show_tab(label)  # builds it
    qtbot.wait(50)
    needed = window.minimumSizeHint()  # what the views' layouts need, every tab built
    assert needed.width() <= MIN_SIZE[0] and needed.height() <= MIN_SIZE[1], needed
    screen = window.screen().availableSize()  # a smaller screen caps it (offscreen: 800×600)
    assert (window.minimumWidth(), window.minimumHeight()) == (
        min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))


def test_a_first_start_fits_a_1366_by_768_laptop():
    """The window once opened 800 px tall: taller than such a screen's free area."""
    from numbness_desktop.ui.main_window import FRAME_ALLOWANCE, first_size

    laptop = QSize(1366, 768 - 32)  # a desktop panel takes the top 32 px
    size = first_size(laptop)
    assert size.width() + FRAME_ALLOWANCE[0] <= laptop.width()
    assert size.height() + FRAME_ALLOWANCE[1] <= laptop.height()
    assert size.height() >= 640  # still the roomy default, not the minimum
    assert first_size(QSize(1024, 600)).height() <= 600 - FRAME_ALLOWANCE[1]


def test_the_desktop_s_motion_setting_is_asked_for_only_after_the_first_paint(
        data_dir, clock, qtbot):
    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    motion = window.app_model.system_motion
    assert not motion._asked  # nothing on the way to the first paint
    window.show()
    qtbot.waitUntil(lambda: motion._asked)


def test_the_tab_bar_keeps_its_size_when_a_focused_tab_is_chosen(open_window, qtbot):
    """A focused tab draws its frame inside its own padding: choosing tabs from the keyboard
    neither moves the page 2 px down nor lays a tab's page out twice on its first show."""
    window = open_window()
    bar = window.tabs.tabBar()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    height = bar.height()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    qtbot.wait(20)
    assert bar.hasFocus()
    assert bar.height() == height
    focused_width = bar.tabRect(1).width()
    window.help_button.setFocus()
    qtbot.waitUntil(lambda: not bar.hasFocus())
    window.tabs.setCurrentIndex(2)
    window.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert bar.tabRect(1).width() == focused_width


def test_ctrl_number_puts_the_keyboard_into_the_chosen_tab(open_window, qtbot):
    window = open_window()
    window.help_button.setFocus()  # where focus sits at start-up
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "Journal"
    qtbot.waitUntil(lambda: window.focusWidget() is window.journal.editor)
    QTest.keyClicks(window.focusWidget(), "here")
    assert window.journal.editor.toPlainText() == "here"
    for key, label in ((Qt.Key.Key_1, "Today"), (Qt.Key.Key_2, "Breathe"),
                       (Qt.Key.Key_8, "Safety plan")):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.currentWidget()
        assert window.current_tab() == label
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(window.focusWidget()))


def test_ctrl_8_lands_on_the_plans_first_section_ready_to_write(open_window, qtbot):
    window = open_window()
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    first = next(iter(window.safety.editors.values()))
    qtbot.waitUntil(lambda: window.focusWidget() is first.text_field)
    QTest.keyClicks(window.focusWidget(), "I stop answering messages")
    assert first.text_field.text() == "I stop answering messages"


def test_ctrl_number_hands_focus_to_nothing_on_the_way(open_window, qapp, qtbot):
    """Hiding the page being left passed its focus to the next control in the window, and a
    screen reader announced "Get help now" before the new tab's first control."""
    window = open_window()
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.focusWidget() is window.journal.editor)
    gained: list[QWidget] = []
    qapp.focusChanged.connect(lambda _old, new: gained.append(new) if new else None)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(gained))
    assert gained == [window.breathe.pacer_card.start_button]
