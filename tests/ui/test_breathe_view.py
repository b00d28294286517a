"""The Breathe tab driven as a person would, with a fake monotonic clock (no sleeping)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from numbness_desktop.domain.breath import Pattern
from numbness_desktop.domain.breath_records import Outcome
from numbness_desktop.domain.breath_timing import Status
from numbness_desktop.domain.clock import iso
from numbness_desktop.ui import motion as motion_module
from numbness_desktop.ui.breathe.prefs import BreathePrefs
from numbness_desktop.ui.breathe.view import HISTORY_HINT, BreatheView
from numbness_desktop.ui.motion import Motion


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def view(qtbot, app_model, clock, mono):
    widget = BreatheView(app_model, clock, mono)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.lead_in_check.setChecked(False)
    yield widget
    widget.runner.reset()


def at(view: BreatheView, mono: FakeMonotonic, seconds_from_start: float, start: float) -> str:
    """Move the clock to a moment of the session and let the runner look at it."""
    mono.now = start + seconds_from_start
    view.runner.tick()
    return view.phase_label.text()


def choose(view: BreatheView, name: str) -> None:
    index = view.pattern_box.findText(name)
    assert index >= 0, name
    view.pattern_box.setCurrentIndex(index)
    view.pattern_box.activated.emit(index)


def choose_length(view: BreatheView, seconds: int | None) -> None:
    index = view.length_box.findData(seconds)
    view.length_box.setCurrentIndex(index)
    view.length_box.activated.emit(index)


def test_contract_names_are_there(view):
    named = {w.accessibleName(): w for w in view.findChildren(QWidget) if w.accessibleName()}
    named[view.pacer.accessibleName()] = view.pacer
    for name in ("Breath pacer", "Breathing phase", "Start breathing", "Breathing pattern"):
        assert name in named, name
    assert view.phase_label.text() == "Ready"  # nothing has started: not "Rest"
    assert view.phase_label.accessibleDescription() == "Ready"
    unnamed = [w for w in view.findChildren(QWidget)
               if isinstance(w, QAbstractButton | QComboBox) and not w.accessibleName()]
    assert unnamed == []


def test_start_pause_resume_stop(view, mono, app_model, qtbot):
    choose_length(view, 60)
    start = mono.now
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.status is Status.RUNNING
    assert view.start_button.accessibleName() == "Pause breathing"
    assert view.runner.timer_running
    assert at(view, mono, 2.0, start) == "Breathe in"
    assert view.count_label.text() == "2"
    assert view.status_label.text() == "0:58 left"
    assert at(view, mono, 5.0, start) == "Breathe out"
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.status is Status.PAUSED
    assert view.start_button.text() == "Carry on"
    assert view.start_button.accessibleName() == "Carry on breathing"  # follows its text
    assert not view.runner.timer_running  # nothing ticks while paused
    mono.advance(300)  # a long pause
    view.runner.tick()
    assert view.phase_label.text() == "Breathe out"
    assert view.runner.breathing_elapsed() == pytest.approx(5.0)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.status is Status.RUNNING
    resumed = mono.now
    assert at(view, mono, 5.0, resumed) == "Breathe in"  # 10 s of breathing: a new breath
    assert view.runner.breathing_elapsed() == pytest.approx(10.0)
    with qtbot.waitSignal(view.sessionEnded) as ended:
        qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    record = ended.args[0]
    assert record.outcome is Outcome.STOPPED_EARLY
    assert record.actual_seconds == pytest.approx(10.0)
    assert record.planned_seconds == 60
    assert app_model.breathing.session(record.id) == record
    assert not view.runner.timer_running
    assert "You breathed for 10 seconds" in view.end_label.text()
    assert "fail" not in view.end_label.text().lower()
    assert view.again_button.isVisible()


@pytest.mark.parametrize(
    ("preset", "moments"),
    [
        ("4-6", [(0, "Breathe in"), (3.99, "Breathe in"), (4, "Breathe out"),
                 (9.99, "Breathe out"), (10, "Breathe in")]),
        ("4-4-6", [(4, "Hold"), (7.9, "Hold"), (8, "Breathe out"), (14, "Breathe in")]),
        ("4-7-8", [(3, "Breathe in"), (4, "Hold"), (10.9, "Hold"), (11, "Breathe out"),
                   (18.9, "Breathe out"), (19, "Breathe in")]),
        ("Box 4-4-4-4", [(4, "Hold"), (8, "Breathe out"), (12, "Rest"), (15.9, "Rest"),
                         (16, "Breathe in")]),
        ("Coherent 5.5-5.5", [(5.49, "Breathe in"), (5.5, "Breathe out"), (11, "Breathe in")]),
    ],
)
def test_phase_text_at_chosen_moments(view, mono, preset, moments):
    choose(view, preset)
    choose_length(view, None)
    start = mono.now
    view.start()
    for seconds, phase in moments:
        assert at(view, mono, seconds, start) == phase, seconds


def test_get_ready_lead_in_rests_first(view, mono):
    view.lead_in_check.setChecked(True)
    start = mono.now
    view.start()
    assert at(view, mono, 1.0, start) == "Rest"
    assert view.status_label.text() == "Get ready…"
    assert view.count_label.text() == "2"
    assert at(view, mono, 3.0, start) == "Breathe in"


def test_stopping_during_the_lead_in_saves_nothing(view, mono, app_model):
    view.lead_in_check.setChecked(True)
    view.start()
    mono.advance(1.5)
    view.stop()
    assert app_model.breathing.recent_sessions() == []
    assert view.status is Status.READY
    assert "Start whenever you like" in view.end_label.text()


def test_a_finished_session_is_saved_with_every_field(view, mono, clock, app_model, qtbot):
    choose(view, "4-7-8")
    choose_length(view, 60)
    qtbot.mouseClick(view.checkin.connected.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.checkin.tension.buttons[7], Qt.MouseButton.LeftButton)
    started_at = iso(clock())
    start = mono.now
    view.start()
    for second in range(1, 76):
        at(view, mono, second, start)
    assert view.status is Status.RUNNING  # 4-7-8 ends on the exhale that finishes at 76 s
    assert view.phase_label.text() == "Breathe out"
    clock.advance(seconds=76)
    with qtbot.waitSignal(view.sessionEnded) as ended:
        at(view, mono, 76.0, start)
    record = ended.args[0]
    assert view.status is Status.ENDED
    assert view.phase_label.text() == "Rest"
    assert (record.preset_name, record.pattern, record.planned_seconds, record.actual_seconds,
            record.breaths, record.outcome) == ("4-7-8", Pattern(4, 7, 8), 76, 76, 4,
                                                Outcome.FINISHED)
    assert (record.before_connected, record.before_tension) == (3, 7)
    assert (record.after_connected, record.after_tension) == (None, None)
    assert record.started_at == started_at
    assert record.ended_at == iso(clock())
    assert view.checkin.title.text() == "After breathing"
    qtbot.mouseClick(view.checkin.tension.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.checkin.connected.buttons[5], Qt.MouseButton.LeftButton)
    stored = app_model.breathing.session(record.id)
    assert (stored.after_connected, stored.after_tension) == (5, 4)
    qtbot.mouseClick(view.checkin.connected.buttons[5], Qt.MouseButton.LeftButton)  # clears
    assert app_model.breathing.session(record.id).after_connected is None
    assert "2 minutes" not in view.end_label.text()
    assert "1 minute 16 seconds" in view.end_label.text()
    qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    assert view.status is Status.READY
    assert view.checkin.title.text() == "Before you start"
    assert view.checkin.values() == (None, None)


def test_the_history_line_appears_after_three_rated_sessions(view, mono, qtbot):
    assert view.history_label.text() == HISTORY_HINT
    for _ in range(3):
        choose_length(view, 60)
        qtbot.mouseClick(view.checkin.tension.buttons[6], Qt.MouseButton.LeftButton)
        start = mono.now
        view.start()
        at(view, mono, 60, start)
        qtbot.mouseClick(view.checkin.tension.buttons[4], Qt.MouseButton.LeftButton)
        view.new_session()
    assert view.history_label.text() == (
        "In your own ratings, your tension after 4-6 breathing was 2.0 points lower on "
        "average (3 rated sessions).")


def test_reduced_motion_keeps_the_size_and_changes_only_opacity(view, mono):
    pacer = view.pacer
    assert not view.reduced_check.isChecked()
    assert pacer.radius_for(0.0) < pacer.radius_for(1.0)
    view.reduced_check.setChecked(True)
    assert pacer.reduced_motion
    assert pacer.radius_for(0.0) == pacer.radius_for(1.0)
    assert pacer.opacity_for(0.0) < pacer.opacity_for(1.0)
    painted = []
    pacer.frame_hook = painted.append
    start = mono.now
    view.start()
    at(view, mono, 2.0, start)
    pacer.repaint()
    assert painted[-1].phase.value == "Breathe in"
    assert view.phase_label.text() == "Breathe in"  # the words are still there
    assert BreathePrefs(view.app_model.preferences).reduced_motion  # remembered


def test_reduced_motion_follows_the_system_until_chosen(app_model):
    watched = Motion(app_model.preferences, app_model.system_motion)
    app_model.system_motion._set(True)  # the desktop portal's answer arrives
    assert watched.reduced()
    BreathePrefs(app_model.preferences).reduced_motion = False
    assert not watched.reduced()
    assert not BreathePrefs(app_model.preferences).reduced_motion


def test_opening_breathe_does_not_freeze_the_systems_motion_preference(
        app_model, qtbot, clock):
    """The system's preference shown on the tab is not saved as the person's choice, and a
    later change of the system's preference is followed while the tab is open."""
    system = app_model.system_motion
    system._set(True)
    view = BreatheView(app_model, clock)
    qtbot.addWidget(view)
    assert view.reduced_check.isChecked()
    assert view.pacer.reduced_motion
    assert not app_model.preferences.contains(motion_module.KEY)
    system._set(False)  # what the portal's SettingChanged does
    assert not view.reduced_check.isChecked()
    assert not view.pacer.reduced_motion
    assert not app_model.preferences.contains(motion_module.KEY)
    view.reduced_check.click()  # now the person chooses
    assert app_model.preferences.value(motion_module.KEY, "") == "on"
    system._set(True)
    system._set(False)
    assert view.pacer.reduced_motion


def test_count_down_numbers_can_be_hidden(view, mono):
    view.numbers_check.setChecked(False)
    start = mono.now
    view.start()
    at(view, mono, 1.0, start)
    assert view.count_label.text() == ""
    assert view.phase_label.text() == "Breathe in"
    assert not BreathePrefs(view.app_model.preferences).show_numbers


def test_timer_runs_only_while_a_session_runs_and_can_be_seen(view, mono, qtbot):
    assert not view.runner.timer_running
    start = mono.now
    view.start()
    at(view, mono, 1.0, start)
    assert view.pacer.animating  # frames from the pacer's clock while the circle moves
    assert view.runner._timer.interval() <= 1000  # the words: once a second
    view.hide()  # another tab, or the window minimised
    assert not view.pacer.animating
    assert view.runner.timer_running
    assert view.runner._timer.interval() > 2000  # only a wake-up at the next phase change
    frames = []
    view.runner.frame.connect(lambda: frames.append(1))
    at(view, mono, 3.0, start)
    assert frames == []  # nothing painted while hidden
    view.show()
    qtbot.waitExposed(view)
    assert view.pacer.animating
    view.runner.pause()
    assert not view.runner.timer_running
    assert not view.pacer.animating
    view.runner.resume()
    view.stop()
    assert not view.runner.timer_running


def test_the_phase_comes_from_the_clock_not_from_ticks(view, mono):
    choose_length(view, 600)
    start = mono.now
    view.start()
    # Ten minutes minus a moment with almost no ticks (a very busy machine): no drift.
    assert at(view, mono, 599.5, start) == "Breathe out"
    assert view.status_label.text() == "0:01 left"
    assert view.runner.breathing_elapsed() == pytest.approx(599.5)
    at(view, mono, 600.0, start)
    assert view.status is Status.ENDED
    assert view.record.actual_seconds == 600
    assert view.record.breaths == 60


def test_timer_lands_on_phase_boundaries(view, mono):
    start = mono.now
    view.start()
    at(view, mono, 3.995, start)
    assert view.runner._timer.interval() == 5  # wakes exactly at the boundary, not later


def test_custom_pattern_is_made_chosen_deleted_and_restored(view, app_model, qtbot):
    def fill(dialog):
        dialog.name.setText("Evening")
        dialog.spins["inhale"].setValue(4)
        dialog.spins["hold"].setValue(2)
        dialog.spins["exhale"].setValue(8)
        assert dialog.save_button.isEnabled()
        dialog.accept()
        return dialog.result()

    view.run_dialog = fill
    made = view.make_pattern()
    assert made.name == "Evening"
    assert view.current_preset() == made
    assert view.pattern_box.currentText() == "Evening · 4-2-8"
    assert view.delete_pattern_button.isVisible()
    qtbot.mouseClick(view.delete_pattern_button, Qt.MouseButton.LeftButton)
    assert view.current_preset().name == "4-6"
    assert view.pattern_box.findText("Evening · 4-2-8") == -1
    assert view.undo_banner.isVisible()
    qtbot.mouseClick(view.undo_banner.action, Qt.MouseButton.LeftButton)
    assert view.current_preset().name == "Evening"
    assert not view.undo_banner.isVisible()


def test_the_pattern_dialog_refuses_what_cannot_be_breathed(view):
    from numbness_desktop.ui.breathe.pattern_dialog import PatternDialog

    dialog = PatternDialog(view.model.name_problems, view)
    dialog.name.setText("Quick")
    dialog.spins["inhale"].setValue(0.5)
    assert not dialog.save_button.isEnabled()
    assert dialog.problem.text() == "The in-breath needs at least 1 second."
    dialog.spins["inhale"].setValue(4)
    dialog.name.setText("4-6")
    assert dialog.problem.text() == "There is already a pattern with that name."
    dialog.name.setText("Quick")
    assert dialog.save_button.isEnabled()
    assert dialog.summary.text() == "In 4 · out 6 — about 6 breaths a minute"
    dialog.close()


def test_choices_are_remembered(view, qtbot, app_model, clock, mono):
    choose(view, "Box 4-4-4-4")
    choose_length(view, 300)
    view.lead_in_check.setChecked(True)
    again = BreatheView(app_model, clock, mono)
    qtbot.addWidget(again)
    assert again.current_preset().name == "Box 4-4-4-4"
    assert again.length_box.currentData() == 300
    assert again.lead_in_check.isChecked()


def test_a_failed_save_keeps_the_session_and_retries_with_the_ratings(view, mono, app_model,
                                                                      monkeypatch, qtbot):
    from numbness_desktop.domain.errors import ReadOnlyError
    from numbness_desktop.store.breathing_repo import BreathingRepository

    real_save = BreathingRepository.save_session
    failing = {"on": True}

    def flaky(self, record):
        if failing["on"]:
            raise ReadOnlyError("Reconnect's data folder is read-only at the moment.")
        return real_save(self, record)

    monkeypatch.setattr(BreathingRepository, "save_session", flaky)
    choose_length(view, 60)
    start = mono.now
    view.start()
    with qtbot.waitSignal(app_model.errorOccurred):
        at(view, mono, 60, start)
    assert "isn't saved yet" in view.end_label.text()
    assert view.record is not None
    failing["on"] = False
    qtbot.mouseClick(view.checkin.tension.buttons[2], Qt.MouseButton.LeftButton)
    stored = app_model.breathing.session(view.record.id)
    assert stored.after_tension == 2
    assert stored.actual_seconds == 60


# In the full window: keyboard, Today's quick start ------------------------------------------
@pytest.fixture
def window_view(open_window, mono, qtbot):
    window = open_window()
    window.show_tab("Breathe")
    view = window.breathe
    qtbot.waitExposed(view)
    qtbot.wait(20)
    # Building a lazy tab offscreen can leave no active window (the Safety plan tab too).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.runner.monotonic = mono
    view.lead_in_check.setChecked(False)
    return window, view


def test_space_starts_and_pauses_and_esc_stops(window_view, mono, app_model):
    window, view = window_view
    QTest.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.status is Status.RUNNING
    mono.advance(5)
    QTest.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.status is Status.PAUSED
    QTest.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.status is Status.RUNNING
    mono.advance(3)
    QTest.keyClick(view.pacer, Qt.Key.Key_Escape)
    assert view.status is Status.ENDED
    assert app_model.breathing.recent_sessions()[0].actual_seconds == pytest.approx(8.0)
    QTest.keyClick(view.pacer, Qt.Key.Key_Space)
    assert view.status is Status.ENDED  # Space does not start again by surprise
    window.tabs.tabBar().setFocus()
    view.new_session()
    QTest.keyClick(window.tabs.tabBar(), Qt.Key.Key_Space)  # right after Ctrl+2, say
    assert view.status is Status.RUNNING
    view.stop()


def test_space_on_a_focused_control_does_its_own_job(window_view):
    _window, view = window_view
    view.numbers_check.setFocus()
    before = view.numbers_check.isChecked()
    QTest.keyClick(view.numbers_check, Qt.Key.Key_Space)
    assert view.numbers_check.isChecked() != before
    assert view.status is Status.READY


def test_space_is_not_taken_on_other_tabs(window_view, qtbot):
    window, view = window_view
    window.show_tab("Safety plan")
    field = window.safety.editors["reasons"].text_field
    qtbot.wait(20)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    QTest.keyClicks(field, "a b")
    assert field.text() == "a b"
    assert view.status is Status.READY


def test_ctrl_2_opens_breathe_and_today_quick_start(open_window, qtbot):
    window = open_window()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "Breathe"
    view = window.breathe
    qtbot.wait(20)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = view.length_box.findData(600)
    view.length_box.setCurrentIndex(index)
    window.show_tab("Today")
    qtbot.mouseClick(window.today.breathe_card.button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Breathe"
    assert view.length_box.currentData() == 120
    assert view.status is Status.READY
    qtbot.waitUntil(view.start_button.hasFocus)
    assert view.status_label.text() == "About 2 minutes, ending on a full out-breath"


def test_ending_an_open_session_is_finishing_it(view, mono):
    choose_length(view, None)
    start = mono.now
    view.start()
    at(view, mono, 95.0, start)
    assert view.status_label.text() == "1:35 so far"
    view.stop()
    assert view.record.outcome is Outcome.FINISHED
    assert view.record.planned_seconds is None
    assert "That was 1 minute 35 seconds of slow breathing" in view.end_label.text()


# Sound: cues made in code, sent to a fake output (tests/conftest.py: fake_sound_output) -----
def sound_view(qtbot, app_model, clock, mono) -> BreatheView:
    view = BreatheView(app_model, clock, mono)
    qtbot.addWidget(view)
    view.show()
    view.lead_in_check.setChecked(False)
    choose(view, "4-4-6")
    choose_length(view, 60)
    return view


def run_a_minute(view, mono) -> None:
    start = mono.now
    view.start()
    for second in (1, 4, 8, 14, 15, 70):  # 4-4-6 for a minute ends at 70 s
        at(view, mono, second, start)


def test_tones_are_off_by_default(fake_sound_output, qtbot, app_model, clock, mono):
    view = sound_view(qtbot, app_model, clock, mono)
    assert view.sound_check.isVisibleTo(view)  # the default install can play them
    assert not view.sound_check.isChecked()
    run_a_minute(view, mono)
    assert fake_sound_output.played == []


def test_each_phase_has_its_cue_and_the_end_a_bell(fake_sound_output, qtbot, app_model, clock,
                                                  mono):
    view = sound_view(qtbot, app_model, clock, mono)
    view.sound_check.setChecked(True)
    run_a_minute(view, mono)
    assert fake_sound_output.names() == ["INHALE", "HOLD", "EXHALE", "INHALE", "BELL"]
    assert BreathePrefs(view.app_model.preferences).sound


def test_only_the_chosen_cues_sound_at_the_chosen_volume(fake_sound_output, qtbot, app_model,
                                                        clock, mono):
    from numbness_desktop.ui.breathe import tones

    prefs = app_model.preferences
    tones.set_cue(prefs, "HOLD", False)
    tones.set_cue(prefs, "BELL", False)
    prefs.set_value(tones.VOLUME_KEY, 20)
    view = sound_view(qtbot, app_model, clock, mono)
    view.sound_check.setChecked(True)
    run_a_minute(view, mono)
    assert fake_sound_output.names(20) == ["INHALE", "EXHALE", "INHALE"]


def test_volume_scales_the_cue_and_zero_is_silent(fake_sound_output, app_model):
    import array

    from numbness_desktop.ui.breathe import tones

    player = tones.TonePlayer(app_model.preferences)
    loudest = []
    for level in (100, 20):
        app_model.preferences.set_value(tones.VOLUME_KEY, level)
        assert player.play("INHALE")
        loudest.append(max(abs(v) for v in array.array("h", fake_sound_output.played[-1])))
    assert loudest[0] == pytest.approx(5 * loudest[1], rel=0.01)
    assert loudest[0] <= 0.5 * 32767  # never harsh, even at 100 %
    app_model.preferences.set_value(tones.VOLUME_KEY, 0)
    assert not player.play("INHALE")
    player.close()
    assert fake_sound_output.closed


def test_without_the_sound_library_there_is_no_sound_option(monkeypatch, qtbot, app_model,
                                                            clock, mono):
    from numbness_desktop import audio

    monkeypatch.setattr(audio, "available", lambda: False)
    view = BreatheView(app_model, clock, mono)
    qtbot.addWidget(view)
    view.show()
    assert not view.sound_check.isVisibleTo(view)


def test_minimising_the_window_stops_the_frames(window_view, mono, qtbot):
    window, view = window_view
    view.start()
    assert view.pacer.animating  # the pacer's frame clock runs
    window.showMinimized()
    qtbot.waitUntil(lambda: not view.pacer.animating, timeout=2000)
    assert view.runner._timer.interval() > 1000  # only a wake-up at the next phase change
    window.showNormal()
    qtbot.waitUntil(lambda: view.pacer.animating, timeout=2000)
    view.stop()
    assert not view.pacer.animating


def test_closing_the_window_mid_session_keeps_what_was_breathed(window_view, mono, qtbot,
                                                                data_dir, clock):
    from numbness_desktop.store.breathing_repo import BreathingRepository
    from numbness_desktop.store.db import open_store

    window, view = window_view
    view.start()
    mono.advance(42)
    view.runner.tick()
    with qtbot.waitSignal(view.sessionEnded) as ended:
        window.close()
    assert ended.args[0].actual_seconds == pytest.approx(42)
    assert ended.args[0].outcome is Outcome.STOPPED_EARLY
    reopened = open_store(data_dir, clock)
    try:
        assert BreathingRepository(reopened).session(ended.args[0].id) == ended.args[0]
    finally:
        reopened.close()


def test_phase_text_follows_the_text_size(view, qapp):
    from numbness_desktop.ui import theme

    def size(label) -> float:
        label.ensurePolished()
        return label.font().pointSizeF()

    theme.apply_theme(qapp, 1.0)
    before = size(view.phase_label), size(view.count_label)
    assert before[0] == pytest.approx(qapp.font().pointSizeF() * 2)
    theme.apply_theme(qapp, 1.5)
    try:
        assert size(view.phase_label) == pytest.approx(before[0] * 1.5, rel=0.05)
        assert size(view.count_label) == pytest.approx(before[1] * 1.5, rel=0.05)
    finally:
        theme.apply_theme(qapp, 1.0)
    assert size(view.phase_label) == pytest.approx(before[0], rel=0.05)


def test_screen_readers_hear_each_new_phase(view, mono):
    start = mono.now
    view.start()
    at(view, mono, 1.0, start)
    assert view.phase_label.accessibleDescription() == "Breathe in"
    at(view, mono, 4.5, start)
    assert view.phase_label.accessibleDescription() == "Breathe out"


def test_the_circle_has_a_calm_largest_size(view):
    from numbness_desktop.ui.breathe.pacer import MAX_RADIUS

    view.resize(2400, 1600)
    assert view.pacer.full_radius() <= MAX_RADIUS
    assert view.pacer.circle_rect().width() <= 2 * MAX_RADIUS * 1.07 + 6


def test_rating_buttons_have_room_and_never_overflow_their_row(open_window, qtbot):
    window = open_window()
    from numbness_desktop.ui.main_window import MIN_SIZE

    for size in ((1280, 800), MIN_SIZE):
        window.resize(*size)
        window.show_tab("Breathe")
        qtbot.wait(150)  # resize and layout settle
        for row in (window.breathe.checkin.connected, window.breathe.checkin.tension):
            buttons = row.buttons
            assert buttons[-1].geometry().right() < row.width()  # the whole row fits
            assert len({b.width() for b in buttons}) <= 2  # equal shares (±1 px)
            gaps = {b.x() - a.geometry().right() - 1 for a, b in pairwise(buttons)}
            assert min(gaps) >= 6
            room = buttons[10].width() - buttons[10].fontMetrics().horizontalAdvance("10")
            assert room >= (12 if size[0] == 1280 else 6)
            assert buttons[10].accessibleName().endswith("10 of 10")


class _EventCounter(QObject):
    """Counts events of some types per watched widget."""

    def __init__(self, kinds) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self.kinds:
            self.seen.append((watched, event.type()))
        return False


def test_the_ticking_words_repaint_only_themselves(window_view, mono, qtbot):
    """The time and count lines change every second: that must not lay out (or repaint) the
    window again. A layout request reaching the tab widget repaints the whole page."""
    window, view = window_view
    view.numbers_check.setChecked(True)
    start = mono.now
    view.start()
    at(view, mono, 0.5, start)
    qtbot.wait(30)
    # Layout work still queued from showing the window (a busy machine may not have reached
    # it in 30 ms) is done now, so only what the ticking itself asks for is counted.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    qtbot.wait(5)
    counter = _EventCounter({QEvent.Type.LayoutRequest, QEvent.Type.Paint})
    watched = [window, window.tabs, view, view.side, view.checkin, view.pattern_box]
    for widget in watched:
        widget.installEventFilter(counter)
    try:
        texts = set()
        for second in (1.5, 2.5, 3.5, 4.5, 5.5):  # the time, count and phase all change
            at(view, mono, second, start)
            texts.add((view.phase_label.text(), view.count_label.text(),
                       view.status_label.text()))
            qtbot.wait(5)
        assert len(texts) == 5
        assert not [kind for _widget, kind in counter.seen
                    if kind == QEvent.Type.LayoutRequest]
        # Only the strip of the changed lines is repainted, never the side column.
        assert not [w for w, kind in counter.seen
                    if kind == QEvent.Type.Paint and w in (view.side, view.checkin,
                                                           view.pattern_box)]
    finally:
        for widget in watched:
            widget.removeEventFilter(counter)
        view.stop()


def test_the_phase_and_count_lines_keep_their_size_with_the_text_size(view, qapp, qtbot):
    from numbness_desktop.ui import theme

    theme.apply_theme(qapp, 1.0)
    qtbot.wait(10)
    before = view.phase_line.height(), view.count_line.height()
    try:
        theme.apply_theme(qapp, 1.5)
        qtbot.waitUntil(lambda: view.phase_line.height() > before[0] * 1.3)
        assert view.count_line.height() > before[1] * 1.3
        # The words are never cut: each line becomes as tall as its label asks.
        lines = (view.phase_line, view.count_line, view.status_line)
        qtbot.waitUntil(lambda: all(line.height() >= line.label.sizeHint().height()
                                    for line in lines))
        for line in lines:
            assert line.label.geometry() == line.rect()
    finally:
        theme.apply_theme(qapp, 1.0)
    qtbot.waitUntil(lambda: view.phase_line.height() == before[0])


def test_frames_pass_through_no_python_event_filter_and_closing_still_saves(
        qtbot, app_model, clock, mono):
    """Each frame sends the window an update request; the view watches the window's QWindow
    (which sees only its close and state changes), so no frame calls into Python for that."""
    calls = []

    class CountingView(BreatheView):
        def eventFilter(self, watched, event):
            calls.append(event.type())
            return super().eventFilter(watched, event)

    view = CountingView(app_model, clock, mono)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.lead_in_check.setChecked(False)
    start = mono.now
    view.start()
    painted = []
    view.pacer.frame_hook = painted.append
    qtbot.wait(30)  # the window's first events (expose, focus) are not frames
    calls.clear()
    for step in range(1, 13):
        at(view, mono, step * 0.1, start)
        qtbot.wait(2)  # the update request and the paint are delivered
    assert len(painted) >= 6
    assert QEvent.Type.UpdateRequest not in calls
    assert len(calls) <= 2 < len(painted)  # (perhaps an enter or focus event, not frames)
    with qtbot.waitSignal(view.sessionEnded) as ended:
        view.close()
    assert ended.args[0].actual_seconds == pytest.approx(1.2)
    assert QEvent.Type.Close in calls


def test_each_phase_is_announced_to_a_screen_reader(view, mono, monkeypatch):
    from numbness_desktop.ui import announce as announce_module

    spoken: list[str] = []
    monkeypatch.setattr(announce_module, "_send", lambda event: spoken.append(
        event.message() if announce_module.HAS_ANNOUNCEMENTS
        else event.accessibleInterface().text(QAccessible.Text.Description)))
    choose(view, "4-7-8")
    start = mono.now
    view.start()
    for second in (1, 5, 12, 20):
        at(view, mono, second, start)
    assert spoken == ["Breathe in", "Hold", "Breathe out", "Breathe in"]
    assert view.phase_label.accessibleDescription() == "Breathe in"


def test_spoken_phases_can_be_turned_off(view, mono, monkeypatch, app_model):
    from numbness_desktop.ui import announce as announce_module

    spoken: list[object] = []
    monkeypatch.setattr(announce_module, "_send", spoken.append)
    app_model.preferences.set_value("speech/phases", False)
    start = mono.now
    view.start()
    for second in (1, 5, 12):
        at(view, mono, second, start)
    assert spoken == []


def test_after_a_session_breathe_again_reads_ready_and_start(view, mono, qtbot):
    start = mono.now
    view.start()
    at(view, mono, 2.0, start)
    view.stop()
    assert view.again_button.isVisible()
    qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
    assert view.phase_label.text() == "Ready"  # idle again: not "Rest"
    assert view.phase_label.accessibleDescription() == "Ready"
    assert view.start_button.text() == "Start"
    assert view.start_button.accessibleName() == "Start breathing"  # the name follows
    assert not view.pacer.animating
