"""The Practices tab driven as a person would: clicks and keys, offscreen, a fake clock."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from numbness_desktop.domain import body_scan, grounding, movement
from numbness_desktop.domain.practices import CheckInState, PracticeKind
from numbness_desktop.ui.practices.view import PracticesView


@pytest.fixture
def view(qtbot, app_model, clock):
    widget = PracticesView(app_model, clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def spoken(monkeypatch) -> list[str]:
    """What a screen reader is told (ui/announce.py's one way out), in order."""
    from PySide6.QtGui import QAccessible

    from numbness_desktop.ui import announce as announce_module

    said: list[str] = []
    monkeypatch.setattr(announce_module, "_send", lambda event: said.append(
        event.message() if announce_module.HAS_ANNOUNCEMENTS
        else event.accessibleInterface().text(QAccessible.Text.Description)))
    return said


def named(root: QWidget, name: str) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.accessibleName() == name
            and w.isVisible()]


def key(qtbot, which: Qt.Key, text: str = "") -> None:
    """A key press on whatever has the keyboard focus, as a person would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text:
        QTest.keyClicks(focused, text)
    else:
        QTest.keyClick(focused, which)


def sessions(app_model):
    return app_model.practices.sessions_between("2000-01-01", "2100-01-01")


def test_contract_names_are_there(view):
    for name in ("Activated", "Settled", "Shut down", "Save check-in"):
        assert len(named(view, name)) == 1, name
    view.cards["grounding"].button.click()
    assert len(named(view, "Start grounding")) == 1
    named(view, "Start grounding")[0].click()
    assert named(view, "Grounding step")[0].text() == grounding.STANDARD[0].prompt
    assert len(named(view, "Next step")) == 1


def test_a_check_in_is_saved_and_offers_matched_suggestions(view, app_model, clock):
    form = view.check_in
    assert not form.save_button.isEnabled()
    form.states.buttons[CheckInState.ACTIVATED].click()
    form.connected.buttons[4].click()
    form.distress.buttons[6].click()
    form.note.setText("racing since lunch")
    form.save_button.click()
    saved = app_model.practices.latest_check_in()
    assert (saved.state, saved.connected, saved.distress, saved.note) == (
        CheckInState.ACTIVATED, 4, 6, "racing since lunch")
    assert saved.created_at.startswith("2026-11-26T19:30")
    buttons = [b.accessibleName() for b in form.suggestions.buttons]
    assert buttons == ["Try breathing with a longer out-breath", "Try 5-4-3-2-1 grounding",
                       "Try moving to let the energy out"]
    assert not any("should" in b.accessibleDescription() for b in form.suggestions.buttons)


def test_grounding_completed_by_keyboard_keeps_words_only_when_chosen(view, app_model, clock,
                                                                     qtbot, spoken):
    frame = view.open_target("grounding")
    assert QApplication.focusWidget() is frame.start_button
    key(qtbot, Qt.Key.Key_Space)
    assert frame.stage == "running"
    content = frame.content
    assert QApplication.focusWidget() is content.fields[0]
    key(qtbot, None, "the lamp")
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is content.fields[1]
    for _ in range(4):  # Enter through the rest of the fields: the next step
        key(qtbot, Qt.Key.Key_Return)
    assert content.index == 1
    assert spoken[-1] == "Step 2 · 5 in all. Name four things you can hear."
    assert content.prompt.accessibleDescription() == "Name four things you can hear."
    content.nav.back_button.click()
    assert content.index == 0 and content.fields[0].text() == "the lamp"
    content.nav.next_button.click()
    content.nav.skip_button.click()  # hearing: skipped
    for _ in range(3):
        clock.advance(seconds=20)
        content.nav.next_button.setFocus()
        key(qtbot, Qt.Key.Key_Space)
    assert frame.stage == "finished"
    saved = sessions(app_model)[0]
    assert saved.kind is PracticeKind.GROUNDING and saved.completed and saved.note == ""
    assert saved.actual_seconds == 60
    content.keep.click()
    assert sessions(app_model)[0].note == "See: the lamp"
    content.keep.click()
    assert sessions(app_model)[0].note == ""


def test_esc_stops_a_practice_and_stopping_is_saved_kindly(view, app_model, clock, qtbot):
    frame = view.open_target("orienting")
    frame.start_button.click()
    clock.advance(seconds=12)
    key(qtbot, Qt.Key.Key_Escape)
    assert frame.stage == "finished"
    assert "Stopping is always fine" in frame.finish_label.text()
    saved = sessions(app_model)[0]
    assert not saved.completed and saved.actual_seconds == 12
    key(qtbot, Qt.Key.Key_Escape)  # and Esc again leaves the practice
    assert view.stack.currentWidget() is view.home


def test_body_scan_cues_follow_the_clock_and_pauses(view, app_model, clock, spoken):
    frame = view.open_target("body_scan")
    content = frame.content
    content.lengths.button(180).click()
    frame.begin()
    share = body_scan.seconds_per_cue(180)
    assert content.place.text() == "Feet"
    clock.advance(seconds=share + 0.5)
    content.tick()
    assert content.place.text() == "Legs"
    assert spoken[-1].startswith("Legs.")
    content.toggle_pause()
    clock.advance(seconds=500)  # a long pause moves nothing
    content.tick()
    assert content.place.text() == "Legs" and content.paused
    content.toggle_pause()
    content.notice_button.click()  # something noticed in the legs
    clock.advance(seconds=180 - share - 0.5)
    content.tick()
    assert frame.stage == "finished"
    saved = sessions(app_model)[0]
    assert (saved.kind, saved.planned_seconds, saved.completed) == (
        PracticeKind.BODY_SCAN, 180, True)
    assert saved.actual_seconds == 680  # the time it really took, pauses included
    assert content.chosen_regions() == ["left_leg", "right_leg"]
    regions = []
    view.openBodyMap.connect(regions.append)
    content.map_button.click()
    assert regions == [["left_leg", "right_leg"]]


@pytest.mark.parametrize("seconds", [180, 300, 600])
def test_next_part_walks_every_cue_even_while_the_clock_stands_still(view, seconds):
    """Each "Next part" shows the next cue, however the shares round (300 s / 9 cues is
    not a whole number): a skip that landed a hair before the next cue's start stayed on
    the same cue, and with no time passing it never moved on."""
    frame = view.open_target("body_scan")
    content = frame.content
    content.lengths.button(seconds).click()
    frame.begin()
    places = [content.place.text()]
    for _ in range(len(body_scan.CUES) - 1):
        content.next_part()
        places.append(content.place.text())
    assert places == [cue.place for cue in body_scan.CUES]
    content.next_part()
    assert frame.stage == "finished"


def test_reduced_motion_keeps_the_body_scan_still(view, app_model, clock):
    app_model.preferences.set_value("motion/reduced", "on")
    frame = view.open_target("body_scan")
    content = frame.content
    assert content.reduced_motion
    frame.begin()
    clock.advance(seconds=10)
    content.tick()
    assert content.progress.value() == 0  # moves a whole cue at a time
    clock.advance(seconds=30)
    content.tick()
    assert content._animation.state() == content._animation.State.Stopped
    assert content.progress.value() == 1000 // len(body_scan.CUES)


def test_movement_step_by_step_by_keyboard_with_figures(view, app_model, clock, qtbot,
                                                        spoken):
    frame = view.open_target("movement")
    content = frame.content
    frame.start_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    steps = movement.STRETCHES
    assert content.figure.step == steps[0]
    assert content.figure.accessibleDescription() == steps[0].description
    assert content.time_left.text() == "0:30 left on this step"
    clock.advance(seconds=31)
    content.tick()
    assert "ready" in content.time_left.text()
    assert content.index == 0  # the timer never moves on by itself
    assert QApplication.focusWidget() is content.nav.next_button
    key(qtbot, Qt.Key.Key_Space)
    assert content.index == 1
    assert spoken[-1].startswith("Step 2 · 6 in all: Reach up.")
    content.nav.skip_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert content.index == 2
    while frame.stage == "running":
        content.nav.next_button.setFocus()
        key(qtbot, Qt.Key.Key_Space)
    saved = sessions(app_model)[0]
    assert saved.kind is PracticeKind.MOVEMENT and saved.planned_seconds == 200
    assert saved.completed


def test_the_figure_paints_in_the_body_maps_style(qtbot):
    from numbness_desktop.ui.practices.figure import MovementFigure

    figure = MovementFigure()
    qtbot.addWidget(figure)
    figure.resize(200, 300)
    for _name, steps in movement.ROUTINES.values():
        for step in steps:
            figure.set_step(step)
            image = figure.grab().toImage()
            assert not image.isNull()
            middle = image.pixelColor(100, 150)  # the torso is filled, not left empty
            assert middle.alpha() > 0


def test_self_kindness_then_one_small_goal_ticked(view, app_model, clock, qtbot):
    frame = view.open_target("self_kindness")
    frame.start_button.click()
    content = frame.content
    for _ in range(3):
        assert content.text.text() and content.text.accessibleDescription() == "Practice step"
        content.nav.next_button.click()
    assert frame.stage == "finished"
    goal = content.goal
    goal.field.setFocus()
    QTest.keyClicks(goal.field, "Text Sam back")
    QTest.keyClick(goal.field, Qt.Key.Key_Return)
    assert app_model.practices.goal().text == "Text Sam back"
    goal.done.click()
    assert app_model.practices.goal().done
    assert view.goal.done.isChecked()  # the home page's card follows
    clock.advance(days=1)
    view.goal.refresh()
    assert view.goal.field.text() == "" and not view.goal.done.isChecked()


def test_the_basics_one_click_each_and_again_to_clear(view, app_model):
    buttons = view.basics.buttons
    buttons["sleep"][2].click()
    buttons["meals"][0].click()
    basics = app_model.practices.basics()
    assert (basics.sleep, basics.meals, basics.movement) == (2, 0, None)
    buttons["sleep"][2].click()
    assert app_model.practices.basics().sleep is None
    assert not buttons["sleep"][2].isChecked()


def test_staying_present_ends_with_a_line_for_the_journal(view, app_model):
    opened = []
    view.openJournal.connect(lambda: opened.append(True))
    frame = view.open_target("staying_present")
    frame.start_button.click()
    for _ in range(3):
        frame.content.nav.next_button.click()
    named(view, "Write one sentence in the journal")[0].click()
    assert opened == [True]
    assert sessions(app_model)[0].kind is PracticeKind.STAYING_PRESENT


def test_shut_down_from_today_to_a_rated_practice_end_to_end(open_window, qtbot, clock):
    """Two clicks on Today, a matched practice, done by keyboard, rated after: saved."""
    window = open_window()
    card = window.today.check_in
    named(card, "Shut down")[0].click()
    card.connected.buttons[2].click()
    app_model = window.app_model
    saved = app_model.practices.latest_check_in()
    assert (saved.state, saved.connected) == (CheckInState.SHUT_DOWN, 2)
    first = card.suggestions.buttons[0]
    assert first.accessibleName() == "Try looking around"
    first.click()
    assert window.current_tab() == "Practices"
    frame = window.practices.frame
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    frame.before.connected.buttons[2].click()
    frame.start_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    while frame.stage == "running":
        clock.advance(seconds=15)
        focused = QApplication.focusWidget()
        if focused is not frame.content.nav.next_button:  # a step with fields: Enter on
            for _ in range(frame.content.steps[frame.content.index].count):
                key(qtbot, Qt.Key.Key_Return)
        else:
            key(qtbot, Qt.Key.Key_Space)
    frame.after.connected.buttons[5].click()
    session = app_model.practices.sessions_between("2026-11-26", "2026-11-26")[0]
    assert (session.kind, session.completed, session.connected_before,
            session.connected_after) == (PracticeKind.GROUNDING, True, 2, 5)
    assert session.actual_seconds == 60
    # A second click on Today changes the same check-in rather than adding one.
    card.connected.buttons[3].click()
    assert len(app_model.practices.check_ins_between("2026-11-26", "2026-11-26")) == 1


def test_a_suggestion_for_another_tab_opens_that_tab(open_window):
    window = open_window()
    card = window.today.check_in
    card.states.buttons[CheckInState.SETTLED].click()
    card.connected.buttons[6].click()
    names = [b.accessibleName() for b in card.suggestions.buttons]
    assert names[0] == "Name feelings in the journal"
    card.suggestions.buttons[0].click()
    assert window.current_tab() == "Journal"


def test_a_body_scan_can_fill_in_the_body_map(open_window):
    window = open_window()
    window.show_tab("Practices")
    frame = window.practices.open_target("body_scan")
    frame.begin()
    frame.end(completed=False)
    frame.content._places[0].setChecked(True)
    frame.content.map_button.click()
    assert window.current_tab() == "Body map"
    assert {m.region for m in window.body_map.map.marks()} == {"left_foot", "right_foot"}


def test_every_control_has_a_name_on_every_page(view):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from numbness_desktop.ui.practices.view import PRACTICE_TARGETS

    def unnamed(root):
        return [w for w in root.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit) and not w.accessibleName()]

    view.check_in.states.buttons[CheckInState.SETTLED].click()
    view.check_in.connected.buttons[5].click()
    view.check_in.save()
    assert unnamed(view) == []
    for target in PRACTICE_TARGETS:
        frame = view.open_target(target)
        frame.begin()
        frame.end(completed=True)
        assert unnamed(frame) == [], target
        view.show_home()


def test_a_values_step_opens_what_matters_most(open_window, qtbot):
    window = open_window()
    card = window.today.check_in
    card.states.buttons[CheckInState.SETTLED].click()
    card.connected.buttons[6].click()
    card.suggestions.buttons[2].click()
    assert window.current_tab() == "Safety plan"
    editor = window.safety.editors["reasons"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text_field)


def test_a_practice_running_when_the_window_closes_is_saved_as_stopped(open_window, clock,
                                                                       data_dir):
    from numbness_desktop.store.db import open_store
    from numbness_desktop.store.practices_repo import PracticesRepository

    window = open_window()
    window.show_tab("Practices")
    frame = window.practices.open_target("body_scan")
    frame.begin()
    clock.advance(seconds=40)
    window.close()
    store = open_store(data_dir, clock)
    try:
        saved = PracticesRepository(store).sessions_between("2026-11-26", "2026-11-26")
    finally:
        store.close()
    assert [(s.kind, s.completed, s.actual_seconds) for s in saved] == [
        (PracticeKind.BODY_SCAN, False, 40)]


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The control Tab moves to from ``widget`` (Qt's focus chain, skipping what can't take
    focus by Tab)."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
               and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_tab_goes_on_from_the_last_suggestion_to_what_followed_the_check_in(view, qtbot):
    form = view.check_in
    form.states.buttons[CheckInState.SETTLED].click()
    form.connected.buttons[6].click()
    below = _next_tab_stop(form.save_button)  # what Tab reached from the form before
    form.save_button.click()
    buttons = form.suggestions.buttons
    assert QApplication.focusWidget() is buttons[0]
    for here, there in itertools.pairwise(buttons):
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there, here.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is below
    form.states.buttons[CheckInState.ACTIVATED].click()  # a changed check-in: new buttons
    form.save_button.click()
    qtbot.wait(1)  # the old buttons are deleted on the next turn of the event loop
    assert _next_tab_stop(form.save_button) is form.suggestions.buttons[0]
    assert _next_tab_stop(form.suggestions.buttons[-1]) is below


def test_on_today_tab_goes_on_from_the_last_suggestion_to_the_next_card(open_window, qtbot):
    window = open_window()
    card = window.today.check_in
    named(card, "Settled")[0].click()
    below = _next_tab_stop(card.connected.buttons[-1])  # past the card's last 0–10 button
    card.connected.buttons[7].click()
    buttons = card.suggestions.buttons
    assert _next_tab_stop(card.connected.buttons[-1]) is buttons[0]
    buttons[-1].setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is below


def test_no_python_runs_for_the_window_s_repaints_once_practices_is_built(
        open_window, qtbot, monkeypatch):
    """The pacer repaints 60 times a second: a Python event filter on the window widget
    would run for each UpdateRequest. Practices watches the window's QWindow instead."""
    from PySide6.QtCore import QEvent

    from numbness_desktop.ui.practices import routing

    seen: list[QEvent.Type] = []
    original = routing._EndOnClose.eventFilter

    def counting(self, watched, event):
        seen.append(event.type())
        return original(self, watched, event)

    monkeypatch.setattr(routing._EndOnClose, "eventFilter", counting)
    window = open_window()
    window.show_tab("Practices")
    qtbot.waitExposed(window)
    seen.clear()
    for _ in range(3):
        window.breathe.update()
        QApplication.processEvents()
    assert QEvent.Type.UpdateRequest not in seen
