"""The Support tab, by keyboard only: a check-in and a therapist note; undo after delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from numbness_desktop.ui.support.sections import SECTIONS

MAX_TABS = 60


def tab_to(window, widget) -> None:
    """Press Tab until ``widget`` has the focus: it is reachable by keyboard."""
    for _ in range(MAX_TABS):
        if QApplication.focusWidget() is widget:
            return
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.accessibleName()} cannot be reached with Tab")


def keys(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def press(key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def open_support(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "Support"
    view = window.support
    tab_to(window, view.nav)
    return view


def test_sections_are_listed_in_one_place(open_window):
    window = open_window()
    window.show_tab("Support")
    titles = [window.support.nav.item(i).text() for i in range(window.support.nav.count())]
    assert titles == [s.title for s in SECTIONS] == [
        "People", "Finding a therapist", "A first appointment", "Values", "Learn"]


def test_adding_a_person_and_a_check_in_by_keyboard(open_window, qtbot):
    window = open_window()
    view = open_support(window, qtbot)
    people = view.show_section("people")
    # the staying-present link only where this build has the Practices tab
    assert people.practice_link.isVisibleTo(people) == ("Practices" in window.tab_labels())
    tab_to(window, people.name_field)
    keys("Sam (sister)")
    press(Qt.Key.Key_Tab)
    keys("0700 123")
    press(Qt.Key.Key_Return)
    # shared with the safety plan: typed once
    assert [i.text for i in window.app_model.safety.plan().section_items("help_people")] == [
        "Sam (sister)"]
    editor = people.checkins
    assert editor.widgets["person_id"].currentText() == "Sam (sister)"
    tab_to(window, editor.widgets["planned_time"])
    keys("after work")
    press(Qt.Key.Key_Return)
    records = window.app_model.support.checkins.records()
    assert [(r.person_name, r.planned_time, r.done) for r in records] == [
        ("Sam (sister)", "after work", 0)]
    # later: mark it done, how connected it felt, one line
    tab_to(window, editor.widgets["done"])
    press(Qt.Key.Key_Down)
    assert editor.value("done") == "1"
    tab_to(window, editor.widgets["connected"])
    for _ in range(7):
        press(Qt.Key.Key_Up)  # "Not rated" (-1) up to 6
    tab_to(window, editor.widgets["note"])
    keys("Lighter afterwards.")
    press(Qt.Key.Key_Return)
    done = window.app_model.support.checkins.records()[0]
    assert (done.done, done.connected, done.note) == (1, 6, "Lighter afterwards.")
    assert done.id == records[0].id


def test_a_therapist_note_by_keyboard_then_delete_and_undo(open_window, qtbot):
    window = open_window()
    view = open_support(window, qtbot)
    press(Qt.Key.Key_Down)  # Finding a therapist
    section = view.built["therapists"]
    editor = section.editor
    tab_to(window, editor.widgets["name"])
    keys("Harbour Counselling")
    press(Qt.Key.Key_Tab)
    keys("hello@example.org")
    press(Qt.Key.Key_Tab)
    keys("trauma, somatic approaches")
    tab_to(window, editor.widgets["status"])
    press(Qt.Key.Key_Down)  # contacted
    tab_to(window, editor.widgets["next_step"])
    keys("Wait for their reply")
    press(Qt.Key.Key_Return)
    model = window.app_model.support.therapists
    [note] = model.records()
    assert (note.name, note.contact, note.status, note.next_step) == (
        "Harbour Counselling", "hello@example.org", "contacted", "Wait for their reply")
    tab_to(window, editor.delete_button)
    press(Qt.Key.Key_Space)
    assert model.records() == []
    assert editor.undo_bar.isVisible()
    qtbot.mouseClick(editor.undo_bar.action, Qt.MouseButton.LeftButton)
    assert model.records() == [note]


def test_a_note_needs_a_name(open_window, qtbot):
    window = open_window()
    window.show_tab("Support")
    editor = window.support.show_section("therapists").editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.app_model.support.therapists.records() == []
    assert "needed" in editor.mode_label.text()


def test_first_appointment_questions_and_summary(open_window, qtbot):
    window = open_window()
    window.show_tab("Support")
    section = window.support.show_section("appointment")
    qtbot.mouseClick(section.add_questions_button, Qt.MouseButton.LeftButton)
    text = section.editor.widgets["questions"].toPlainText()
    assert text.count("•") == 6
    qtbot.mouseClick(section.add_questions_button, Qt.MouseButton.LeftButton)
    assert section.editor.widgets["questions"].toPlainText() == text  # not twice
    qtbot.mouseClick(section.editor.save_button, Qt.MouseButton.LeftButton)
    assert window.app_model.support.appointments.records()[0].questions == text
    qtbot.mouseClick(section.summary_button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Trends"
    qtbot.waitUntil(lambda: window.trends.summary_dialog.isVisible())
    window.trends.summary_dialog.close()


def test_every_support_control_has_a_name(open_window):
    window = open_window()
    window.show_tab("Support")
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    for section in SECTIONS:
        widget = window.support.show_section(section.key)
        for kind in (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox,
                     QAbstractItemView):
            for control in widget.findChildren(kind):
                if isinstance(control.parent(), (QAbstractSpinBox, QComboBox)):
                    continue  # the inner line edit of a named field
                if control.isVisibleTo(widget):
                    assert control.accessibleName(), (section.key, control)


def test_typed_words_are_kept_when_leaving_the_tab(open_window, qtbot, clock):
    window = open_window()
    window.show_tab("Support")
    editor = window.support.show_section("values").editor
    qtbot.mouseClick(editor.widgets["goal"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.widgets["goal"], "Cook with my daughter")
    window.show_tab("Today")  # leaving the tab keeps the words
    [goal] = window.app_model.support.values.records()
    assert goal.goal == "Cook with my daughter"
    window.show_tab("Support")
    qtbot.keyClicks(editor.widgets["next_step"], "Pick a recipe")
    qtbot.waitUntil(lambda: window.app_model.support.values.records()[0].next_step
                    == "Pick a recipe", timeout=3000)  # an edit saves itself after a pause
    # untouched forms save nothing
    window.support.show_section("people")
    window.show_tab("Today")
    assert window.app_model.support.checkins.records() == []


def test_a_person_typed_but_not_added_is_kept(open_window, qtbot):
    window = open_window()
    window.show_tab("Support")
    people = window.support.show_section("people")
    qtbot.keyClicks(people.name_field, "Ruth (neighbour)")
    assert window.flush_views()
    assert [i.text for i in window.app_model.safety.plan().section_items("help_people")] == [
        "Ruth (neighbour)"]


def test_mark_a_planned_check_in_as_done(open_window, qtbot):
    window = open_window()
    window.app_model.safety.add_item("help_people", "Sam", "0700")
    window.show_tab("Support")
    editor = window.support.show_section("people").checkins
    assert not editor.mark_done_button.isVisible()  # nothing to mark yet
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.mark_done_button.isVisible()
    assert not editor.widgets["connected"].isVisible()
    qtbot.mouseClick(editor.mark_done_button, Qt.MouseButton.LeftButton)
    assert editor.widgets["connected"].isVisible() and editor.widgets["connected"].hasFocus()
    assert not editor.mark_done_button.isVisible()
    QTest.keyClicks(editor.widgets["connected"], "8")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [done] = window.app_model.support.checkins.records()
    assert (done.done, done.connected) == (1, 8)


def test_the_section_list_grows_with_a_text_size_chosen_while_it_is_open(open_window, qapp,
                                                                         qtbot):
    from numbness_desktop.ui import theme

    window = open_window()
    window.show_tab("Support")
    nav = window.support.nav
    try:
        theme.apply_theme(qapp, 2.0)

        def fits() -> bool:
            widest = max(nav.fontMetrics().horizontalAdvance(nav.item(row).text())
                         for row in range(nav.count()))
            return (nav.viewport().width() >= widest
                    and not nav.verticalScrollBar().isVisible())

        qtbot.waitUntil(fits, timeout=2000)  # every section's name whole, no scroll bar
    finally:
        theme.apply_theme(qapp, 1.0)


def test_no_one_yet_is_said_in_words_not_an_empty_box(open_window, qtbot):
    """With no one added, People once showed an empty list frame and nothing else."""
    from PySide6.QtGui import QAccessible

    window = open_window()
    view = open_support(window, qtbot)
    people = view.show_section("people")
    qtbot.waitUntil(people.isVisible)
    assert not people.people_list.isVisible()  # no empty frame
    sentence = people.people_empty
    assert sentence.isVisible()
    assert "feel safe with" in sentence.text() and "Add person" in sentence.text()
    # in the list's place, read out as its words, and said again at the name field
    assert sentence.y() < people.name_field.y()
    interface = QAccessible.queryAccessibleInterface(sentence)
    assert interface.text(QAccessible.Text.Name) == sentence.text()
    assert people.name_field.accessibleDescription() == sentence.text()
    tab_to(window, people.name_field)
    keys("Sam (sister)")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(people.people_list.isVisible)
    assert not sentence.isVisible()
    assert people.name_field.accessibleDescription() == ""
    assert not people.remove_button.isEnabled()  # no one chosen yet: nothing to remove
    people.people_list.setCurrentIndex(people.people_model.index(0, 0))
    assert people.remove_button.isEnabled()
    people.remove_button.click()  # the last person gone: the sentence is back
    qtbot.waitUntil(sentence.isVisible)
    assert not people.people_list.isVisible()
    assert not people.remove_button.isEnabled()  # and Remove has no one to remove
