"""The Body map tab, driven with clicks and keys as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import (
    FeelingDraft,
    OverlayFilter,
    Quality,
    RegionMark,
    overlay_text,
)
from numbness_desktop.domain.errors import DiskFullError
from numbness_desktop.store.body_map_repo import BodyMapRepository


def body_map(window):
    window.show_tab("Body map")
    return window.body_map


def settled(qtbot, widget, turns: int = 3) -> None:
    """Wait until ``widget`` keeps its size for a few event-loop turns (the window has just
    been resized and the tab first shown: its layouts may still be settling)."""
    sizes = [widget.size().toTuple()]

    def still() -> bool:
        sizes.append(widget.size().toTuple())
        return len(sizes) > turns and len(set(sizes[-turns:])) == 1

    qtbot.waitUntil(still)


def key(widget, which, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, which, modifier)


def focused() -> QWidget:
    return QApplication.focusWidget()


def test_contract_names_are_there_once(open_window):
    view = body_map(open_window())
    for name in ("Body map", "Emotion", "Intensity", "Save feeling", "Everywhere",
                 "I can't tell where"):
        found = [w for w in view.findChildren(QWidget) if w.accessibleName() == name]
        assert len(found) == 1, name
    assert view.map.accessibleName() == "Body map"
    assert view.form.picker.field.accessibleName() == "Emotion"


@pytest.mark.parametrize("size", [(1100, 760), (1600, 1000)])
def test_clicking_the_centre_of_every_region_marks_exactly_that_region(open_window, qtbot,
                                                                        size):
    window = open_window()
    window.resize(*size)
    view = body_map(window)
    qtbot.waitUntil(lambda: view.map.width() > 300)
    settled(qtbot, view.map)  # points are aimed at the map as it is drawn, not mid-layout
    for spot in shapes.spots():
        centre = view.map.centre_of(spot.view, spot.region)
        found = view.map.spot_at(centre)
        assert (found.view, found.region) == (spot.view, spot.region)
        qtbot.mouseMove(view.map, centre.toPoint())
        assert view.map._hover == found  # hover highlights the place under the pointer
        qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
        assert view.map.marks() == (RegionMark(spot.region),), spot
        qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
        assert view.map.marks() == ()
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert view.map.marks() == ()


def test_keyboard_only_from_the_map_to_a_saved_feeling(open_window, qtbot):
    window = open_window()
    view = body_map(window)
    view.map.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.map.hasFocus)
    assert view.map.focused_region() == "head"
    for step in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):
        key(view.map, step)  # head → face → throat → shoulders → chest
    assert view.map.focused_region() == "chest"
    assert "Focused: Chest: not marked" in view.map.accessibleDescription()
    key(view.map, Qt.Key.Key_Space)
    key(view.map, Qt.Key.Key_Plus)
    key(view.map, Qt.Key.Key_Down)
    key(view.map, Qt.Key.Key_Minus)  # marks the belly as "less" in one key
    assert view.map.marks() == (RegionMark("chest", Quality.MORE),
                                RegionMark("belly", Quality.LESS))
    assert "Marked: Chest (more), Belly (less)" in view.map.accessibleDescription()
    key(view.map, Qt.Key.Key_Tab)
    assert view.map.hasFocus()  # Tab moves between regions first
    key(view.map, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert focused() is view.everywhere
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is view.nowhere
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is view.form.quality_boxes["chest"]
    while focused() is not view.form.picker.field:
        key(focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "tens")
    key(focused(), Qt.Key.Key_Down)
    assert focused() is view.form.picker.list
    key(focused(), Qt.Key.Key_Return)
    assert view.form.picker.word() == "tense"
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is view.form.intensity
    key(focused(), Qt.Key.Key_Right)
    key(focused(), Qt.Key.Key_Right)
    key(focused(), Qt.Key.Key_Tab)
    assert focused() is view.form.chips["tight"]
    key(focused(), Qt.Key.Key_Space)
    for _ in range(40):
        if focused() is view.form.save_button:
            break
        key(focused(), Qt.Key.Key_Tab)
    assert focused() is view.form.save_button
    key(focused(), Qt.Key.Key_Space)
    logs = window.app_model.body_map.todays_feelings()
    assert len(logs) == 1
    log = logs[0]
    assert (log.emotion, log.intensity, log.sensations) == ("tense", 7, ("tight",))
    assert log.marks == (RegionMark("chest", Quality.MORE), RegionMark("belly", Quality.LESS))
    assert view.map.marks() == () and view.form.picker.word() == ""  # cleared kindly
    assert view.form.status.text().startswith("Saved: tense, 7/10")
    assert view.feelings.rowCount() == 1


def test_everywhere_and_cant_tell_where_are_answers(open_window, qtbot):
    view = body_map(open_window())
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton,
                     pos=view.map.centre_of("front", "chest").toPoint())
    qtbot.mouseClick(view.everywhere, Qt.MouseButton.LeftButton)
    assert [m.region for m in view.map.marks()] == ["chest", "whole_body"]
    assert view.everywhere.text() == "✓ Everywhere"
    qtbot.mouseClick(view.nowhere, Qt.MouseButton.LeftButton)
    assert view.map.marks() == (RegionMark("nowhere"),)
    assert view.nowhere.isChecked() and not view.everywhere.isChecked()
    view.form.picker.field.setText("flat")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    saved = view.body_map.todays_feelings()[0]
    assert saved.marks == (RegionMark("nowhere"),)
    assert "i can't tell where" in view.form.status.text()


def test_i_cant_tell_where_as_the_very_first_click_is_an_answer(open_window, qtbot):
    """On a fresh form it once raised inside Qt ("Something went wrong")."""
    window = open_window()
    view = body_map(window)
    errors: list[str] = []
    window.app_model.errorOccurred.connect(errors.append)
    qtbot.mouseClick(view.nowhere, Qt.MouseButton.LeftButton)
    assert view.map.marks() == (RegionMark("nowhere"),)
    from PySide6.QtWidgets import QLabel

    def rows() -> str:
        return " ".join(w.text() for w in view.form.where_box.findChildren(QLabel)
                        if w.isVisibleTo(view))

    qtbot.waitUntil(lambda: "can't tell where" in rows().lower())
    qtbot.mouseClick(view.nowhere, Qt.MouseButton.LeftButton)  # and off again
    assert view.map.marks() == ()
    assert errors == []
    assert not window.error_banner.isVisible()


def test_save_reopen_edit_delete_undo(open_window, qtbot):
    window = open_window()
    view = body_map(window)
    view.map.toggle("throat")
    view.form.picker.field.setText("anxious")
    view.form.intensity.setValue(6)
    view.form.note.setText("before the call")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    window.close()

    again = open_window()
    assert again.current_tab() == "Body map"
    view = again.body_map
    assert view.feelings.rowCount() == 1
    view.list.setCurrentIndex(view.feelings.index(0, 0))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.form.picker.word() == "anxious"
    assert view.map.marks() == (RegionMark("throat"),)
    assert view.form.note.text() == "before the call"
    view.map.toggle("chest")
    view.form.quality_boxes["chest"].setCurrentIndex(1)  # less
    view.form.intensity.setValue(4)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    log = view.body_map.todays_feelings()[0]
    assert (log.intensity, log.marks) == (4, (RegionMark("throat"),
                                              RegionMark("chest", Quality.LESS)))
    assert view.form.editing is None and view.form.save_button.text() == "Save feeling"

    view.list.setCurrentIndex(view.feelings.index(0, 0))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.feelings.rowCount() == 0
    assert view.undo_banner.isVisible()
    qtbot.mouseClick(view.undo_banner.action, Qt.MouseButton.LeftButton)
    assert view.body_map.todays_feelings() == [log]
    assert not view.undo_banner.isVisible()
    view.list.setCurrentIndex(view.feelings.index(0, 0))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    key(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.body_map.todays_feelings() == [log]


def test_a_failed_save_keeps_everything_on_screen(open_window, qtbot, monkeypatch):
    window = open_window()
    view = body_map(window)

    def full(*_args, **_kwargs):
        raise DiskFullError("The disk is full, so Reconnect couldn't save.")

    monkeypatch.setattr(view.body_map.repo, "save", full)
    view.map.toggle("belly")
    view.form.picker.field.setText("hollow")
    view.form.note.setText("words I want to keep")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert window.error_banner.isVisible()
    assert view.form.note.text() == "words I want to keep"
    assert view.map.marks() == (RegionMark("belly"),)


def test_a_word_is_needed_and_an_own_word_can_be_added(open_window, qtbot):
    view = body_map(open_window())
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert "word" in view.form.status.text()
    assert view.body_map.todays_feelings() == []
    view.form.picker.field.setFocus()
    QTest.keyClicks(view.form.picker.field, "meh")
    add_row = view.form.picker.choices.rowCount() - 1
    view.form.picker.list.setCurrentIndex(view.form.picker.choices.index(add_row, 0))
    key(view.form.picker.list, Qt.Key.Key_Return)
    assert [w.word for w in view.body_map.own_words()] == ["meh"]
    assert view.form.picker.word() == "meh"


def test_your_map_shows_the_stores_numbers(open_window, qtbot, store, clock):
    repo = BodyMapRepository(store)
    for level, quality in ((3, Quality.LESS), (7, Quality.MORE), (5, Quality.LESS)):
        repo.save(FeelingDraft("numb", level, (RegionMark("chest", quality),
                                               RegionMark("left_hand", Quality.LESS))))
    clock.advance(days=-40)
    repo.save(FeelingDraft("calm", 2, (RegionMark("belly"),)))
    clock.advance(days=40)
    view = body_map(open_window())
    qtbot.mouseClick(view.map_mode, Qt.MouseButton.LeftButton)
    panel = view.overlay_panel
    assert view.side.currentWidget() is panel
    panel.period.setCurrentIndex(panel.period.findData(30))
    expected = repo.overlay(OverlayFilter(30), clock().date())
    assert view.map._overlay == expected
    assert expected.get("chest").count == 3 and expected.get("belly").count == 0
    assert panel.text_model.stringList() == overlay_text(expected, "count", "all")
    assert panel.text_model.stringList()[0] == (
        "Chest: marked 3 times (1 with more sensation, 2 with less)\nmean intensity 5.0 of 10")
    panel.period.setCurrentIndex(panel.period.findData(None))
    assert view.map._overlay.get("belly").count == 1
    panel.quality.setCurrentIndex(panel.quality.findData("less"))
    assert panel.legend.describe().startswith("Faintest to strongest colour: from just above 0 "
                                              "up to 3.0 marks")
    panel.feelings.setCurrentIndex(panel.feelings.findData("family:peaceful"))
    assert view.map._overlay == repo.overlay(OverlayFilter(None, family="peaceful"),
                                             clock().date())
    assert view.map._overlay.get("chest").count == 0
    panel.feelings.setCurrentIndex(panel.feelings.findData("word:numb"))
    assert view.map._overlay.get("chest").count == 3
    view.map.setFocus()
    view.map.focus_region("chest")
    assert "Chest: 3 marks (1 more, 2 less), mean intensity 5.0" in \
        view.map.accessibleDescription()
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton,
                     pos=view.map.centre_of("front", "belly").toPoint())
    assert view.map.marks() == ()  # the overlay is for looking, not marking
    qtbot.mouseClick(view.mark_mode, Qt.MouseButton.LeftButton)
    assert view.map._overlay is None


def test_today_card_opens_the_map(open_window, qtbot):
    window = open_window()
    qtbot.mouseClick(window.today.body_card.button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Body map"


def test_an_unsaved_feeling_survives_closing_the_window(open_window, qtbot):
    window = open_window()
    view = body_map(window)
    view.map.toggle("chest")
    view.map.set_quality("chest", Quality.LESS)
    view.form.picker.field.setText("hollow-ish")
    view.form.chips["heavy"].setChecked(True)
    view.form.note.setText("half a thought I don't want to lose")
    window.close()

    view = body_map(open_window())
    assert view.map.marks() == (RegionMark("chest", Quality.LESS),)
    assert view.form.picker.word() == "hollow-ish"
    assert view.form.chips["heavy"].isChecked()
    assert view.form.note.text() == "half a thought I don't want to lose"
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    assert view.body_map.draft() == ""
    assert view.body_map.todays_feelings()[0].emotion == "hollow-ish"
