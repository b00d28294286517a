"""The menu bar follows desktop convention and its entries do what they say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import TAB_ORDER


def entries(menu) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in menu.actions()
            if not a.isSeparator()]


def test_menus_by_desktop_convention(open_window):
    window = open_window()
    assert list(window.menus) == ["File", "Edit", "View", "Go", "Help"]
    assert [m.title().replace("&", "") for m in window.menuBar().findChildren(type(
        window.menus["File"])) if m.parent() is window.menuBar()][:5] == list(window.menus)
    assert entries(window.menus["File"]) == ["Export…", "Import…", "Back up now",
                                             "Restore from backup…", "Delete everything…",
                                             "Settings…", "Quit"]
    assert entries(window.menus["Edit"]) == ["Undo", "Redo", "Find in journal…"]
    # every tab this build has, by its contract position (Ctrl+N)
    assert entries(window.menus["Go"]) == [t for t in TAB_ORDER if t in window.tab_labels()]
    assert entries(window.menus["Help"]) == ["Get help now", "Learn", "Welcome",
                                             "Well-being check (WHO-5)…", "About Reconnect"]
    shortcuts = {name: [k.toString() for k in a.shortcuts()]
                 for name, a in window.actions_by_name.items()}
    assert shortcuts["Settings"] == ["Ctrl+,"]
    assert shortcuts["Quit"] == ["Ctrl+Q"]
    assert shortcuts["Find"] == ["Ctrl+F"]
    assert "F1" in [k.toString() for k in window.help_action.shortcuts()]


def test_entries_added_later_go_before_the_closing_ones(open_window):
    window = open_window()
    later = QAction("Learn more…", window)
    window.menus["File"].addAction(later)
    window.menus["File"].addAction("Print…")
    window.menus["Help"].addAction("Learn")
    assert entries(window.menus["File"])[-4:] == ["Learn more…", "Print…", "Settings…", "Quit"]
    help_entries = entries(window.menus["Help"])
    assert help_entries[0] == "Get help now"
    assert "Welcome" in help_entries  # Reconnect's own entries (ui/companions.py)
    assert help_entries[-2:] == ["Learn", "About Reconnect"]


def test_entries_added_before_the_first_paint_keep_their_place(data_dir, clock, qtbot):
    from numbness_desktop.app import create_window

    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    assert list(window.menus) == ["File", "Edit", "View", "Go", "Help"]
    assert not window.menus_filled  # the entries come after the first paint
    window.menus["File"].addAction("Print…")
    window.menus["Help"].addAction("Learn")
    window.show()
    qtbot.waitUntil(lambda: window.menus_filled)
    assert entries(window.menus["File"]) == [
        "Export…", "Import…", "Back up now", "Restore from backup…", "Delete everything…",
        "Print…", "Settings…", "Quit"]
    help_entries = entries(window.menus["Help"])
    assert help_entries[0] == "Get help now"
    assert "Welcome" in help_entries  # Reconnect's own entries (ui/companions.py)
    assert help_entries[-2:] == ["Learn", "About Reconnect"]
    assert entries(window.menus["Edit"]) == ["Undo", "Redo", "Find in journal…"]


def bindings(window) -> dict[str, list[QAction]]:
    """Each key the window's own actions answer, and the actions bound to it."""
    bound: dict[str, list[QAction]] = {}
    for action in window.actions():
        for key in action.shortcuts():
            bound.setdefault(key.toString(), []).append(action)
    return bound


def test_get_help_now_answers_both_its_keys_before_and_after_the_first_paint(
        data_dir, clock, qtbot):
    """Before the first paint its keys are set without QKeySequence's Python type (F1 on a
    stand-in action); after it the action holds both, and each key is bound only once (two
    bindings of a key would be ambiguous, and Qt would answer neither)."""
    from numbness_desktop.app import create_window

    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    before = bindings(window)
    assert before["Ctrl+Shift+H"] == [window.help_action]
    assert len(before["F1"]) == 1
    before["F1"][0].trigger()  # what F1 does before the first paint
    panel = window._help_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    panel.close()
    window.show()
    qtbot.waitUntil(lambda: window.menus_filled)  # just after the first paint
    after = bindings(window)
    assert after["Ctrl+Shift+H"] == [window.help_action]
    assert after["F1"] == [window.help_action]
    assert [k.toString() for k in window.help_action.shortcuts()] == ["Ctrl+Shift+H", "F1"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(panel.isVisible)
    panel.close()


def test_settings_opens_with_ctrl_comma(open_window, qtbot):
    window = open_window()
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window._settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Settings"
    dialog.close()


def test_go_menu_and_ctrl_numbers_switch_tabs(open_window):
    window = open_window()
    window.actions_by_name["Go: Journal"].trigger()
    assert window.current_tab() == "Journal"
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "Today"


def test_view_menu_changes_text_size_and_appearance(open_window, qapp):
    window = open_window()
    try:
        window.actions_by_name["Larger text"].trigger()
        assert theme.text_scale(qapp) == 1.15
        assert window.app_model.preferences.value("view/textScale", 0.0) == 1.15
        window.actions_by_name["Appearance: High contrast"].trigger()
        assert theme.current_colours() is theme.HIGH_CONTRAST
        assert window.actions_by_name["Appearance: High contrast"].isChecked()
        window.actions_by_name["Appearance: Follow the system"].trigger()
        assert theme.current_colours() is theme.LIGHT
    finally:
        theme.force_scheme(qapp, None)
        theme.apply_theme(qapp, 1.0)


def test_edit_undo_acts_on_the_focused_field(open_window, qtbot):
    window = open_window()
    window.show_tab("Journal")
    editor = window.journal.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "warm")
    window.actions_by_name["Undo"].trigger()
    assert "warm" not in editor.toPlainText()
    window.actions_by_name["Redo"].trigger()
    assert "warm" in editor.toPlainText()


def test_undo_and_redo_are_read_by_name_with_their_keys_apart(open_window, qtbot):
    """A screen reader reads the item's name and its key separately: "Undo", Ctrl+Z (the
    key used to be part of the name, "Undo\tCtrl+Z", and could be read out twice)."""
    from PySide6.QtGui import QAccessible

    window = open_window()
    edit = window.menus["Edit"]
    edit.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(edit.isVisible)
    menu = QAccessible.queryAccessibleInterface(edit)
    read = [(menu.child(i).text(QAccessible.Text.Name),
             menu.child(i).text(QAccessible.Text.Accelerator))
            for i in range(menu.childCount())]
    edit.hide()
    assert ("Undo", "Ctrl+Z") in read
    assert ("Redo", "Ctrl+Shift+Z") in read


def test_ctrl_z_outside_the_text_still_brings_back_a_deleted_entry(open_window, qtbot):
    """The menu's Ctrl+Z is shown, not bound window-wide: the Journal's own Ctrl+Z (bring
    back what was deleted) is not made ambiguous by it."""
    window = open_window()
    window.show_tab("Journal")
    view = window.journal
    view.editor.setFocus()
    qtbot.waitUntil(view.editor.hasFocus)
    qtbot.keyClicks(view.editor, "to be deleted")
    view.commit()
    view.confirm_delete = lambda entry: True
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.editor.toPlainText() == ""
    focused = QApplication.focusWidget()  # where the deletion left the keyboard: no text
    assert focused is not None and view.isAncestorOf(focused)
    assert not hasattr(focused, "isUndoRedoEnabled")
    QTest.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.toPlainText() == "to be deleted"


def test_about_shows_version_licence_and_data_folder(open_window, data_dir):
    from numbness_desktop import __version__

    window = open_window()
    dialog = window.show_about()
    text = dialog.text()
    assert __version__ in text
    assert "MIT" in text
    assert str(data_dir) in text
    dialog.close()


def test_quit_closes_the_window(open_window, qtbot):
    window = open_window()
    window.actions_by_name["Quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.instance() is not None
