"""The Safety plan tab, driven with clicks and keys."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from numbness_desktop import paths
from numbness_desktop.domain.safety_plan import SECTIONS
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository
from numbness_desktop.ui.safety.view import SafetyPlanView
from tests.pdf_text import pdf_text, squashed
from tests.ui.conftest import click_row, type_entry


def section_texts(editor):
    return [item.display() for item in editor.list_model.items()]


def shown(editor):
    """What the list shows (and a screen reader reads), without the row numbers."""
    model = editor.list_model
    return [model.index(row, 0).data().split(".  ", 1)[1] for row in range(model.rowCount())]


def test_fill_every_section_close_and_find_it_all_again_in_order(open_window, qtbot):
    window = open_window()
    window.show_tab("Safety plan")
    expected = {}
    for section in SECTIONS:
        editor = window.safety.editors[section.key]
        if section.key == "professionals":
            editor.list_model.items()  # the country's crisis line and emergency number
        for n in (1, 2):
            phone = f"0700 00{n}" if section.has_contacts else ""
            type_entry(qtbot, editor, f"{section.title} entry {n}", phone)
        expected[section.key] = section_texts(editor)
        assert editor.text_field.text() == ""
        assert expected[section.key][-2:] == [
            f"{section.title} entry {n}" + (f" — 0700 00{n}" if section.has_contacts else "")
            for n in (1, 2)
        ]
    window.close()

    again = open_window()
    assert again.current_tab() == "Safety plan"
    for section in SECTIONS:
        assert section_texts(again.safety.editors[section.key]) == expected[section.key]


def test_words_typed_then_undone_leave_no_empty_entry_behind(open_window, qtbot):
    """Typing creates the entry (it saves itself); undoing the typing and pressing Enter
    left a numbered "(empty)" line in the plan. Now it goes, and nothing is offered to Undo:
    there was nothing in it."""
    window = open_window()
    window.show_tab("Safety plan")
    editor = window.safety.editors["warning_signs"]
    before = section_texts(editor)
    qtbot.mouseClick(editor.text_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text_field, "I go quiet")
    assert editor.flush()  # as a pause in typing does: the entry exists now
    assert section_texts(editor) == [*before, "I go quiet"]
    QTest.keyClick(editor.text_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text_field.text() == ""
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)
    assert section_texts(editor) == before
    assert not window.app_model.safety.can_undo_delete()
    assert editor.text_field.hasFocus()  # ready for the next entry
    # An entry written earlier and emptied now is left for Remove to take (which asks)
    type_entry(qtbot, editor, "Sleeping all day")
    click_row(qtbot, editor, len(before))
    editor.text_field.clear()
    assert editor.flush()
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)
    assert len(section_texts(editor)) == len(before) + 1


def test_move_and_delete_are_offered_only_where_they_would_act(open_window, qtbot):
    window = open_window()
    editor = window.safety.editors["coping"]
    for word in ("walk", "bath", "tea"):
        type_entry(qtbot, editor, word)
    buttons = (editor.up_button, editor.down_button, editor.delete_button)
    editor.start_new_entry()  # a new entry: nothing chosen
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    rows = {section_texts(editor).index(word): word for word in ("walk", "bath", "tea")}
    first, last = min(rows), max(rows)
    click_row(qtbot, editor, first)
    assert [b.isEnabled() for b in buttons] == [False, True, True]
    click_row(qtbot, editor, first + 1)
    assert [b.isEnabled() for b in buttons] == [True, True, True]
    click_row(qtbot, editor, last)
    assert [b.isEnabled() for b in buttons] == [True, False, True]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # the last moves up
    assert [b.isEnabled() for b in buttons] == [True, True, True]


def test_reorder_by_keyboard_buttons_and_drop(open_window, qtbot):
    window = open_window()
    editor = window.safety.editors["coping"]
    for word in ("walk", "bath", "tea"):
        type_entry(qtbot, editor, word)
    click_row(qtbot, editor, 0)
    assert editor.text_field.text() == "walk"
    QTest.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert section_texts(editor) == ["bath", "walk", "tea"]
    assert editor.list.current_id() == editor.list_model.items()[1].id
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert section_texts(editor) == ["bath", "tea", "walk"]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert section_texts(editor) == ["walk", "bath", "tea"]
    # A drop below the last row's middle lands the dragged first row at the end.
    last = editor.list.visualRect(editor.list_model.index(2, 0))
    click_row(qtbot, editor, 0)
    row = editor.list.drop_row_at(QPoint(last.center().x(), last.bottom() - 2))
    assert row == 2
    editor.list.moveRequested.emit(editor.list.current_id(), row)
    assert section_texts(editor) == ["bath", "tea", "walk"]


def test_edit_an_entry_in_place(open_window, qtbot):
    window = open_window()
    editor = window.safety.editors["reasons"]
    type_entry(qtbot, editor, "the sea")
    click_row(qtbot, editor, 0)
    editor.text_field.selectAll()
    qtbot.keyClicks(editor.text_field, "the sea in summer")
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)
    assert section_texts(editor) == ["the sea in summer"]
    assert editor.editing_id is None


def test_delete_then_undo_by_button_and_by_ctrl_z(open_window, qtbot):
    window = open_window()
    window.show_tab("Safety plan")
    editor = window.safety.editors["warning_signs"]
    for word in ("grey", "quiet", "late"):
        type_entry(qtbot, editor, word)
    click_row(qtbot, editor, 1)
    QTest.keyClick(editor.list, Qt.Key.Key_Delete)
    assert section_texts(editor) == ["grey", "late"]
    banner = window.safety.undo_banner
    assert banner.isVisible()
    assert "quiet" in banner.label.text()
    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    assert section_texts(editor) == ["grey", "quiet", "late"]
    assert not banner.isVisible()

    click_row(qtbot, editor, 0)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert section_texts(editor) == ["quiet", "late"]
    editor.list.setFocus()
    QTest.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section_texts(editor) == ["grey", "quiet", "late"]


def test_typing_saves_itself_after_a_pause_without_enter(app_model, store, qtbot):
    view = SafetyPlanView(app_model, autosave_ms=20)
    qtbot.addWidget(view)
    view.show()
    editor = view.editors["distractions"]
    qtbot.keyClicks(editor.text_field, "the library cafe")
    assert view.status_label.text() == "Saving…"
    qtbot.waitUntil(lambda: len(SafetyPlanRepository(store).plan().items) == 1, timeout=2000)
    qtbot.keyClicks(editor.text_field, " on Ash Street")
    qtbot.waitUntil(
        lambda: SafetyPlanRepository(store).plan().items[0].text
        == "the library cafe on Ash Street",
        timeout=2000,
    )
    assert len(SafetyPlanRepository(store).plan().items) == 1
    qtbot.waitUntil(lambda: view.status_label.text().startswith("All changes saved"))


def test_pending_words_are_saved_when_the_window_closes(open_window, qtbot, data_dir, clock):
    window = open_window()
    editor = window.safety.editors["reasons"]
    qtbot.keyClicks(editor.text_field, "typed and closed at once")
    window.close()
    from numbness_desktop.store.db import open_store

    store = open_store(data_dir, clock)
    assert [i.text for i in SafetyPlanRepository(store).plan().items
            if i.section == "reasons"] == ["typed and closed at once"]
    store.close()


def test_a_failed_save_shows_a_calm_message_and_keeps_the_words(open_window, qtbot, data_dir):
    window = open_window()
    store = window.app_model.store
    store.conn.close()
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    editor = window.safety.editors["reasons"]
    type_entry(qtbot, editor, "please keep this")
    assert window.error_banner.isVisible()
    assert "read-only" in window.error_banner.label.text()
    assert editor.text_field.text() == "please keep this"
    assert section_texts(editor) == []
    asked = []
    window.confirm_close_unsaved = lambda: asked.append(True) or False
    window.close()
    assert asked == [True]
    assert window.isVisible()  # kept open: the words are still there to copy
    window.confirm_close_unsaved = lambda: True
    window.close()
    assert not window.isVisible()


def pick(box, code):
    box.setCurrentIndex(box.findData(code))
    box.activated.emit(box.currentIndex())


def test_country_choice_moves_filled_in_numbers_and_asks_about_typed_ones(open_window, qtbot):
    window = open_window()
    view = window.safety
    box = view.country_box
    editor = view.editors["professionals"]
    asked = []
    view.ask_about_own_numbers = lambda name, own: asked.append((name, len(own))) or False
    pick(box, "AU")  # auto -> auto
    assert "Lifeline — 13 11 14   (filled in for Australia)" in shown(editor)
    assert "Australia" in view.country_note.text()
    pick(box, "US")
    texts = section_texts(editor)
    assert not any("13 11 14" in t or "000" in t for t in texts)
    assert "Lifeline — 988   (filled in for United States)" in " ".join(shown(editor))
    pick(box, "OTHER")  # auto -> none: nothing left that could be wrong
    assert section_texts(editor) == []
    assert "findahelpline.com" in view.country_note.text()
    assert asked == []  # nothing of theirs, nothing to ask
    window.app_model.safety.add_item("professionals", "My line", "555 0100")
    mine = window.app_model.safety.plan().section_items("professionals")[0]
    with window.app_model.store.write() as db:  # typed as a crisis line (as import may bring)
        db.execute("UPDATE safety_plan_items SET role = 'crisis_line' WHERE id = ?", [mine.id])
    window.app_model.safety.forget_cached()
    pick(box, "NZ")  # typed -> anything: asked, kept
    assert asked == [("New Zealand", 1)]
    assert "My line — 555 0100" in section_texts(editor)
    view.ask_about_own_numbers = lambda name, own: True  # the person chose "Remove them"
    pick(box, "GB")
    assert "My line — 555 0100" not in section_texts(editor)
    assert window.app_model.safety.plan().country == "GB"


def test_help_panel_names_its_country_and_changes_it_in_one_step(open_window, qtbot):
    window = open_window()
    window.app_model.safety.set_country("US")
    window.app_model.safety.add_item("reasons", "Pepper the dog")
    panel = window.show_help()
    text = panel.text()
    assert "Call or text 988 · Chat at 988lifeline.org" in text
    assert "Free, 24/7" in text
    assert "Lines for United States, checked on 2026-12-01." in text
    assert panel.country_box.currentData() == "US"
    labels = [label.text() for label in panel.body.findChildren(QLabel)]
    assert labels.index("What matters most to me") < labels.index("Crisis line")
    pick(panel.country_box, "OTHER")
    text = panel.text()
    assert "988" not in text and "911" not in text
    assert "We don't have a checked crisis line for your country." in text
    assert "findahelpline.com" in text
    assert window.app_model.safety.plan().country == "OTHER"
    assert window.safety.country_box.currentData() == "OTHER"


def test_pdf_export_contains_the_plan(open_window, qtbot, tmp_path):
    window = open_window()
    type_entry(qtbot, window.safety.editors["reasons"], "Pepper the dog")
    target = tmp_path / "plan.pdf"
    window.safety.choose_pdf_path = lambda: target
    qtbot.mouseClick(window.safety.pdf_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = squashed(pdf_text(data))
    assert squashed("Pepper the dog") in text
    assert squashed("My warning signs") in text
    assert (target.stat().st_mode & 0o777) == 0o600
    assert not window.safety.info_banner.isHidden()


def test_tab_into_a_section_never_edits_an_entry(open_window, qtbot):
    """The reported slip: Tab into the list, Tab into the field, type, Enter — that must add
    a new entry, not overwrite entry 1."""
    window = open_window()
    window.show_tab("Safety plan")
    editor = window.safety.editors["warning_signs"]
    type_entry(qtbot, editor, "I stop replying to messages")
    editor.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(editor.list.hasFocus)
    QTest.keyClick(editor.list, Qt.Key.Key_Down)  # moving through entries only selects
    assert editor.editing_id is None
    focus = editor.list
    while not editor.text_field.hasFocus():
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        focus = window.focusWidget()
    assert editor.text_field.text() == ""
    assert editor.text_field.selectedText() == ""
    qtbot.keyClicks(editor.text_field, "I sleep all afternoon")
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)
    assert section_texts(editor) == ["I stop replying to messages", "I sleep all afternoon"]


def test_f2_or_enter_edits_the_selected_entry(open_window, qtbot):
    window = open_window()
    window.show_tab("Safety plan")
    editor = window.safety.editors["reasons"]
    for word in ("the sea", "my cat"):
        type_entry(qtbot, editor, word)
    editor.list.setFocus(Qt.FocusReason.TabFocusReason)
    editor.list.setCurrentIndex(editor.list_model.index(1, 0))
    QTest.keyClick(editor.list, Qt.Key.Key_F2)
    assert editor.text_field.hasFocus()
    assert editor.text_field.text() == "my cat"
    assert editor.text_field.selectedText() == ""  # typing adds to the words, never replaces
    assert editor.done_button.text() == "Done"
    assert editor.done_button.accessibleName().startswith("Done")
    qtbot.keyClicks(editor.text_field, " Pepper")
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)
    assert section_texts(editor) == ["the sea", "my cat Pepper"]
    assert editor.done_button.text() == "Add"
    editor.list.setFocus(Qt.FocusReason.TabFocusReason)
    editor.list.setCurrentIndex(editor.list_model.index(0, 0))
    QTest.keyClick(editor.list, Qt.Key.Key_Return)
    assert editor.text_field.text() == "the sea"


def test_one_way_to_add_and_names_start_with_the_visible_words(open_window):
    from PySide6.QtWidgets import QPushButton

    window = open_window()
    window.show_tab("Safety plan")
    for editor in window.safety.editors.values():
        buttons = [b for b in editor.findChildren(QPushButton) if b.isVisibleTo(editor)]
        assert [b.text() for b in buttons].count("Add") == 1
        assert "New entry" not in [b.text() for b in buttons]
        for button in buttons:
            assert button.accessibleName().startswith(button.text()), button.accessibleName()
