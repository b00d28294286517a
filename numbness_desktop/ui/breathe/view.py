"""The Breathe tab: choose a pattern, follow the pacer, rate before and after if you like."""

from __future__ import annotations

import math
import time
import uuid
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.breath import (
    DEFAULT_PRESET,
    Phase,
    Preset,
    completed_breaths,
    dizziness_note,
)
from numbness_desktop.domain.breath_records import Outcome, SessionRecord, duration_text
from numbness_desktop.domain.breath_timing import LEAD_IN_SECONDS, Status
from numbness_desktop.domain.clock import Clock, iso, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.announce import announce
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.breathe.keys import PacerKeys
from numbness_desktop.ui.breathe.pacer import PacerWidget
from numbness_desktop.ui.breathe.prefs import LENGTHS, SOUND_KEY, BreathePrefs
from numbness_desktop.ui.breathe.ratings import CheckInCard
from numbness_desktop.ui.breathe.runner import BreathRunner, Monotonic
from numbness_desktop.ui.breathe.steady_line import SteadyLine
from numbness_desktop.ui.breathe.tones import TonePlayer, sound_available
from numbness_desktop.ui.large_text import side_width
from numbness_desktop.ui.motion import Motion
from numbness_desktop.ui.theme import current_colours

SIDE_WIDTH = 400  # the side column at the smallest window
SIDE_WIDTH_WIDE = 470  # ... and at most, when there is room: the 0-10 buttons get some air
QUICK_START_SECONDS = 120
KEYS_HINT = "Breathe in as the circle grows, out as it shrinks.\nSpace starts or pauses · Esc stops"
LARGE_TEXT_PT = 16.0  # from about 150 % text (the body text is 11 pt)
PACER_MIN, PACER_MIN_LARGE = 200, 130  # the circle's smallest size, normal and large text
IDLE_WORD = "Ready"  # the phase line before a session starts
HISTORY_HINT = ("Rate before and after if you like: after a few rated sessions, a line "
                "from your own ratings can appear here.")


def clock_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class BreatheView(QWidget):
    """Everything on the tab; the runner keeps time, this view only shows it."""

    sessionEnded = Signal(object)  # the SessionRecord, saved or not

    def __init__(self, app_model: AppModel, clock: Clock = system_clock,
                 monotonic: Monotonic = time.monotonic) -> None:
        super().__init__()
        self.app_model = app_model
        self.model = app_model.breathing
        self.clock = clock
        self.prefs = BreathePrefs(app_model.preferences)
        self.runner = BreathRunner(monotonic, self)
        self.record: SessionRecord | None = None
        self._preset: Preset = DEFAULT_PRESET
        self._before: tuple[int | None, int | None] = (None, None)
        self._started_at = ""
        self._tones: TonePlayer | None = None
        self._watched_window: QWindow | None = None  # see showEvent
        self._numbers = False  # the count-down numbers shown (follows numbers_check)
        self._shown: tuple[str, str, str] | None = None  # phase, count, time on screen
        self._build()
        self.keys = PacerKeys(self, self.toggle, self.stop)
        self.runner.frame.connect(self._on_frame)
        self.runner.statusChanged.connect(self._apply_status)
        self.runner.finished.connect(self._on_finished)
        self.runner.phaseStarted.connect(self._on_phase_started)
        self.model.presetsChanged.connect(self._reload_presets)
        self.model.sessionsChanged.connect(self._refresh_history)
        self._reload_presets()
        self._restore_prefs()
        self._apply_status()
        self._scale_fonts()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._on_app_font)  # Ctrl+= / Ctrl+- change the text size

    # Building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(20)
        outer.addWidget(self._pacer_card(), 1)
        side = QScrollArea()
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        # Grown with large text (resizeEvent); a sideways scroll bar only as a last resort.
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        side.setFixedWidth(SIDE_WIDTH + 14)
        self.side = side
        page = QWidget()
        page.setObjectName("page")
        side.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        self.undo_banner = Banner("Undo", "Undo delete pattern")
        self.undo_banner.action.clicked.connect(self.undo_delete_pattern)
        column.addWidget(self.undo_banner)
        column.addWidget(self._pattern_card())
        column.addWidget(self._session_card())
        self.checkin = CheckInCard()
        self.checkin.changed.connect(self._on_ratings_changed)
        column.addWidget(self.checkin)
        self.history_label = QLabel()
        self.history_label.setObjectName("muted")
        self.history_label.setWordWrap(True)
        self.history_label.setAccessibleDescription("From your breathing history")
        column.addWidget(self.history_label)
        column.addStretch(1)
        outer.addWidget(side)

    def _pacer_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(6)
        self.pacer = PacerWidget(self.runner.state)
        layout.addWidget(self.pacer, 1)
        self.phase_label = QLabel(IDLE_WORD)
        self.phase_label.setAccessibleDescription(IDLE_WORD)
        self.phase_label.setAccessibleName("Breathing phase")
        self.count_label = QLabel("")
        self.count_label.setAccessibleDescription("Seconds left in this phase")
        self.status_label = QLabel("")
        self.status_label.setAccessibleDescription("Session time")
        self.status_label.setObjectName("muted")
        self.end_label = QLabel("")
        self.end_label.setAccessibleDescription("Session summary")
        self.end_label.setWordWrap(True)
        for label in (self.phase_label, self.count_label, self.status_label, self.end_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The lines that change while pacing sit in holders: a new text repaints the line
        # only, never the window (see steady_line.py). The end summary wraps; it stays as is.
        self.phase_line, self.count_line, self.status_line = (
            SteadyLine(label) for label in (self.phase_label, self.count_label,
                                            self.status_label))
        for widget in (self.phase_line, self.count_line, self.status_line, self.end_label):
            layout.addWidget(widget)
        self.status_line.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumWidth(130)
        self.start_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop breathing")
        self.stop_button.setToolTip("Stop (Esc). Stopping when it feels right is fine.")
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton("Breathe again")
        self.again_button.setObjectName("primary")
        self.again_button.setAccessibleName("Breathe again")
        self.again_button.clicked.connect(self.new_session)
        for button in (self.start_button, self.stop_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keys = self.keys_label = QLabel(KEYS_HINT)
        keys.setObjectName("muted")
        keys.setWordWrap(True)  # large text wraps instead of being cut at both ends
        keys.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(keys)
        return card

    def _pattern_card(self) -> QFrame:
        card, layout = _card("Pattern")
        row = QHBoxLayout()
        row.setSpacing(6)
        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName("Breathing pattern")
        self.pattern_box.activated.connect(self._on_pattern_chosen)
        self.new_pattern_button = QPushButton("New…")
        self.new_pattern_button.setAccessibleName("New breathing pattern")
        self.new_pattern_button.setToolTip("Make and name your own pattern")
        self.new_pattern_button.clicked.connect(self.make_pattern)
        self.delete_pattern_button = QPushButton("Delete")
        self.delete_pattern_button.setAccessibleName("Delete breathing pattern")
        self.delete_pattern_button.setToolTip("Delete this pattern of yours (you can undo)")
        self.delete_pattern_button.clicked.connect(self.delete_pattern)
        row.addWidget(self.pattern_box, 1)
        row.addWidget(self.new_pattern_button)
        row.addWidget(self.delete_pattern_button)
        layout.addLayout(row)
        self.pattern_note = QLabel()
        self.pattern_note.setObjectName("muted")
        self.pattern_note.setWordWrap(True)
        self.pattern_note.setAccessibleDescription("Pattern timings")
        layout.addWidget(self.pattern_note)
        return card

    def _session_card(self) -> QFrame:
        card, layout = _card("Session")
        row = QHBoxLayout()
        label = QLabel("Length")
        self.length_box = QComboBox()
        self.length_box.setAccessibleName("Session length")
        for seconds, text in LENGTHS:
            self.length_box.addItem(text, seconds)
        label.setBuddy(self.length_box)
        self.length_box.activated.connect(self._on_length_chosen)
        row.addWidget(label)
        row.addWidget(self.length_box, 1)
        layout.addLayout(row)
        self.lead_in_check = QCheckBox("Get ready for 3 seconds first")
        self.numbers_check = QCheckBox("Show count-down numbers")
        self.reduced_check = QCheckBox("Reduced motion: the circle keeps its size")
        self.sound_check = QCheckBox("Soft tone at each change, bell at the end")
        for check in (self.lead_in_check, self.numbers_check, self.reduced_check,
                      self.sound_check):
            check.setAccessibleName(check.text())
            layout.addWidget(check)
        self.lead_in_check.toggled.connect(self._on_lead_in)
        self.numbers_check.toggled.connect(self._on_numbers)
        self.reduced_check.toggled.connect(self._on_reduced)
        self.motion = Motion(self.app_model.preferences, self.app_model.system_motion, self)
        self.motion.changed.connect(self._follow_motion)
        self.app_model.preferences.changed.connect(self._on_preference)
        self.sound_check.toggled.connect(self._on_sound)
        # Without the sound library (a trimmed install), no sound option at all.
        self.sound_check.setVisible(sound_available())
        return card

    # Public actions ------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self.runner.status

    def current_preset(self) -> Preset:
        return self._preset

    def toggle(self) -> None:
        """Space and the Start/Pause button: start, pause or carry on."""
        status = self.runner.status
        if status is Status.READY:
            self.start()
        elif status is Status.RUNNING:
            self.runner.pause()
        elif status is Status.PAUSED:
            self.runner.resume()

    def start(self) -> None:
        if self.runner.active:
            return
        if self.runner.status is Status.ENDED:
            self.new_session()
        self._before = self.checkin.values()
        self._started_at = iso(self.clock())
        lead_in = LEAD_IN_SECONDS if self.lead_in_check.isChecked() else 0.0
        self.end_label.setText("")
        self.runner.begin(self._preset.pattern, self.length_box.currentData(), lead_in)

    def stop(self) -> None:
        """Esc and the Stop button: end now. Whatever was breathed is kept."""
        self.runner.stop()

    def new_session(self) -> None:
        """From the end screen back to a fresh start, with the before questions."""
        if self.runner.active:
            return
        self.runner.reset()
        self.record = None
        self.checkin.set_mode(after=False)
        self.end_label.setText("")
        self._apply_status()

    def prepare_quick_start(self, seconds: int = QUICK_START_SECONDS,
                            pattern_key: str | None = None) -> None:
        """Today's "Breathe for 2 minutes": a session of that length (and, from the
        two-week plan, the 4-4-6 pattern), ready to start."""
        if self.runner.active:
            return
        if self.runner.status is Status.ENDED:
            self.new_session()
        if pattern_key is not None and self.model.preset_by_key(pattern_key) is not None:
            self._select(pattern_key)
        index = self.length_box.findData(seconds)
        if index >= 0:
            self.length_box.setCurrentIndex(index)
        self._show_idle_status()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def make_pattern(self) -> Preset | None:
        from numbness_desktop.ui.breathe.pattern_dialog import PatternDialog

        dialog = PatternDialog(self.model.name_problems, self)
        if self.run_dialog(dialog) != PatternDialog.DialogCode.Accepted:
            return None
        made = self.model.add_preset(dialog.name.text(), dialog.pattern())
        if made is not None:
            self._select(made.key)
        return made

    def run_dialog(self, dialog) -> int:
        """Shows a dialog modally; tests replace this to fill the dialog in."""
        return dialog.exec()

    def delete_pattern(self) -> None:
        preset = self._preset
        if not preset.is_custom or self.runner.active:
            return
        deleted = self.model.delete_preset(preset.custom_id)
        if deleted is not None:
            self.undo_banner.show_message(f"“{deleted.name}” was deleted.")
            self._select(DEFAULT_PRESET.key)

    def undo_delete_pattern(self) -> None:
        restored = self.model.undo_delete_preset()
        if restored is not None:
            self._select(restored.key)
            if not self.model.can_undo_delete():
                self.undo_banner.hide()

    # Runner events ---------------------------------------------------------------------------
    def _on_frame(self) -> None:
        runner = self.runner
        status = runner.status
        state = (runner.tick_state if status is Status.RUNNING else None) or runner.state()
        if state is None:
            return
        phase = state.phase.value
        count = str(state.countdown) if self._numbers else ""
        if status is Status.PAUSED:
            words = self._fitting(self.status_line, "Paused · Space or Carry on to continue",
                                  "Paused")
        elif state.elapsed < 0:
            words = "Get ready…"
        else:
            planned = runner.timing.planned_seconds if runner.timing else None
            words = (f"{clock_text(planned - state.elapsed)} left" if planned is not None
                     else f"{clock_text(state.elapsed)} so far")
        shown = (phase, count, words)
        if shown != self._shown:  # the words change about once a second, the circle always
            _set_phase(self.phase_label, phase)
            _set_text(self.count_label, count)
            _set_text(self.status_label, words)
            self._shown = shown
        self.pacer.request_frame(state.level)

    def _on_phase_started(self, phase: Phase) -> None:
        if self._tones is not None and self.sound_check.isChecked():
            self._tones.play_phase(phase)
        if self.prefs.speak_phases:  # a screen reader says each phase as it begins
            announce(self.phase_label, phase.value)

    def _on_finished(self, reached_end: bool, seconds: float) -> None:
        self._after_end_visuals()
        if seconds <= 0:
            self.end_label.setText("Stopped before the first breath. Start whenever you like.")
            self.runner.reset()
            return
        preset = self._preset
        timing = self.runner.timing
        now = iso(self.clock())
        record = SessionRecord(
            id=str(uuid.uuid4()), preset_name=preset.name, pattern=preset.pattern,
            planned_seconds=timing.planned_seconds if timing else None,
            actual_seconds=round(seconds, 2),
            breaths=completed_breaths(preset.pattern, seconds),
            # An open session has no planned end: ending it is finishing it.
            outcome=Outcome.FINISHED if reached_end or timing is None
            or timing.planned_seconds is None else Outcome.STOPPED_EARLY,
            started_at=self._started_at, ended_at=now, created_at=now, updated_at=now,
            before_connected=self._before[0], before_tension=self._before[1],
        )
        saved = self.model.save_session(record)
        self.record = saved or record
        if record.outcome is Outcome.FINISHED:
            message = (f"That was {duration_text(seconds)} of slow breathing. Take a moment to "
                       "notice how you feel — there is nothing you need to change.")
            if reached_end and self._tones is not None and self.sound_check.isChecked():
                self._tones.play_bell()
        else:
            message = (f"You breathed for {duration_text(seconds)}. Stopping when it feels right "
                       "is part of the practice.")
        if saved is None:
            message += " It isn't saved yet; rating below tries again."
        self.end_label.setText(message)
        self.checkin.set_mode(after=True)
        self._apply_status()
        self.sessionEnded.emit(self.record)

    def _on_ratings_changed(self) -> None:
        if not self.checkin.after or self.record is None:
            return
        connected, tension = self.checkin.values()
        updated = replace(self.record, after_connected=connected, after_tension=tension)
        saved = self.model.save_session(updated)
        self.record = saved or updated

    def _after_end_visuals(self) -> None:
        self._shown = None
        _set_phase(self.phase_label, Phase.REST.value)
        _set_text(self.count_label, "")
        _set_text(self.status_label, "")
        self.pacer.update()

    # State on screen -----------------------------------------------------------------------
    def _apply_status(self) -> None:
        status = self.runner.status
        running = status is Status.RUNNING
        active = self.runner.active
        if status is Status.PAUSED:
            self.start_button.setText("Carry on")
            self.start_button.setAccessibleName("Carry on breathing")
        elif running:
            self.start_button.setText("Pause")
            self.start_button.setAccessibleName("Pause breathing")
        else:
            self.start_button.setText("Start")
            self.start_button.setAccessibleName("Start breathing")
        self.start_button.setVisible(status is not Status.ENDED)
        self.stop_button.setVisible(active)
        self.again_button.setVisible(status is Status.ENDED)
        for widget in (self.pattern_box, self.new_pattern_button, self.length_box,
                       self.lead_in_check):
            widget.setEnabled(not active)
        self.delete_pattern_button.setEnabled(not active and self._preset.is_custom)
        self.checkin.setEnabled(not active)
        self._show_end_message(bool(self.end_label.text()))
        if status is Status.ENDED:
            self._after_end_visuals()
        elif status is Status.READY:
            self._show_idle_status()
        else:
            self._on_frame()

    def _show_idle_status(self) -> None:
        self._shown = None
        _set_phase(self.phase_label, IDLE_WORD)  # nothing has started: not "Rest" yet
        _set_text(self.count_label, "")
        seconds = self.length_box.currentData()
        if seconds is None:
            text = self._fitting(self.status_line, "An open session: stop whenever you like",
                                 "An open session")
        else:
            text = self._fitting(
                self.status_line, f"About {duration_text(seconds)}, ending on a full out-breath",
                f"About {duration_text(seconds)}")
        _set_text(self.status_label, text)
        self._show_end_message(bool(self.end_label.text()))
        self.pacer.update()

    @staticmethod
    def _fitting(line: SteadyLine, *texts: str) -> str:
        """The first text that fits the one-line holder (large text: the shorter words)."""
        metrics = line.label.fontMetrics()
        room = line.width() - 8
        return next((text for text in texts if metrics.horizontalAdvance(text) <= room),
                    texts[-1])

    def _show_end_message(self, show: bool) -> None:
        """The end message takes the place of the count and time lines: nothing jumps."""
        if show:
            block = (self.count_label.sizeHint().height() + self.status_label.sizeHint().height()
                     + 6)
            self.end_label.setMinimumHeight(block)
        self.end_label.setVisible(show)
        self.count_line.setVisible(not show)
        self.status_line.setVisible(not show)

    def _refresh_history(self) -> None:
        line = self.model.history_line(self._preset.name)
        self.history_label.setText(line or HISTORY_HINT)

    # Presets and preferences -----------------------------------------------------------------
    def _reload_presets(self) -> None:
        keep = self._preset.key
        self.pattern_box.clear()
        for preset in self.model.presets():
            text = preset.name
            if preset.is_custom:
                text = f"{preset.name} · {preset.pattern.label()}"
            self.pattern_box.addItem(text, preset.key)
        self._select(keep, remember=False)

    def _select(self, key: str, remember: bool = True) -> None:
        preset = self.model.preset_by_key(key) or DEFAULT_PRESET
        self._preset = preset
        index = self.pattern_box.findData(preset.key)
        if index >= 0 and index != self.pattern_box.currentIndex():
            self.pattern_box.setCurrentIndex(index)
        note = preset.pattern.summary()
        if preset.description:
            note = f"{preset.description}. {note}."
        dizzy = dizziness_note(preset.pattern)
        if dizzy:
            note = f"{note} {dizzy}"
        self.pattern_note.setText(note)
        self.delete_pattern_button.setEnabled(preset.is_custom and not self.runner.active)
        self.delete_pattern_button.setVisible(preset.is_custom)
        if remember:
            self.prefs.preset_key = preset.key
        self._refresh_history()

    def _on_pattern_chosen(self, index: int) -> None:
        self._select(self.pattern_box.itemData(index))

    def _on_length_chosen(self, index: int) -> None:
        self.prefs.length = self.length_box.itemData(index)
        self._show_idle_status()

    def _on_lead_in(self, checked: bool) -> None:
        self.prefs.lead_in = checked

    def _on_numbers(self, checked: bool) -> None:
        self._numbers = checked
        self.prefs.show_numbers = checked
        if self.runner.active:
            self._on_frame()

    def _on_reduced(self, checked: bool) -> None:
        """Saved only when it differs from what applies now: showing the system's preference
        (or following its change) is not a choice of the person's."""
        if checked != self.motion.reduced():
            self.prefs.reduced_motion = checked
        self.pacer.set_reduced_motion(checked)

    def _follow_motion(self, reduced: bool) -> None:
        self.reduced_check.setChecked(reduced)
        self.pacer.set_reduced_motion(reduced)

    def _on_preference(self, key: str) -> None:
        if key == SOUND_KEY and sound_available():
            self.sound_check.setChecked(self.prefs.sound)

    def _on_sound(self, checked: bool) -> None:
        if checked != self.prefs.sound:
            self.prefs.sound = checked
        if checked and self._tones is None and sound_available():
            self._tones = TonePlayer(self.app_model.preferences, self)

    def _restore_prefs(self) -> None:
        prefs = self.prefs
        self._select(prefs.preset_key, remember=False)
        index = self.length_box.findData(prefs.length)
        self.length_box.setCurrentIndex(max(0, index))
        self.lead_in_check.setChecked(prefs.lead_in)
        self.numbers_check.setChecked(prefs.show_numbers)
        self._numbers = self.numbers_check.isChecked()
        reduced = self.motion.reduced()
        self.reduced_check.setChecked(reduced)
        self.pacer.set_reduced_motion(reduced)
        if sound_available():
            self.sound_check.setChecked(prefs.sound)

    # Visibility: no frames while hidden or minimised ---------------------------------------
    # The window's own QWindow is watched, not the main window widget: the widget gets an
    # UpdateRequest event every frame, and a Python event filter on it cost a call into Python
    # (and a wrapper for each event) 60 times a second. The QWindow sees no per-frame events,
    # yet a window's close (QWidget.close() goes through QWindow.close() in Qt 6) and its state
    # changes. Showing and hiding reach this view as its own show and hide events.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not self._watched_window:
            self._unwatch_window()
            if handle is not None:
                handle.installEventFilter(self)
                handle.windowStateChanged.connect(self._update_visibility)
            self._watched_window = handle
        self._update_visibility()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.runner.set_visible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status_line:
            if event.type() == QEvent.Type.Resize and self.runner.status is Status.READY:
                self._show_idle_status()  # the longer or the shorter words, as they fit
            return False
        if watched is self._watched_window and event.type() == QEvent.Type.Close \
                and self.runner.active:
            self.runner.stop()  # closing mid-session keeps what was breathed
        return False

    def _unwatch_window(self) -> None:
        old, self._watched_window = self._watched_window, None
        if old is not None:
            try:
                old.removeEventFilter(self)
                old.windowStateChanged.disconnect(self._update_visibility)
            except (RuntimeError, TypeError):
                pass  # that window is gone already

    def _update_visibility(self, *_state) -> None:
        handle = self._watched_window
        # The QWindow's state: during its windowStateChanged the widget's may still be old.
        minimised = handle.windowState() == Qt.WindowState.WindowMinimized \
            if handle is not None else self.window().isMinimized()
        self.runner.set_visible(self.isVisible() and not minimised)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The side column grows a little on wide windows; the pacer keeps the rest."""
        self._fit_side(event.size().width())
        super().resizeEvent(event)

    def _fit_side(self, view_width: int) -> None:
        width = side_width(SIDE_WIDTH, SIDE_WIDTH_WIDE, view_width)
        if self.side.maximumWidth() != width + 14:
            self.side.setFixedWidth(width + 14)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._scale_fonts()
            self._fit_side(self.width())
        super().changeEvent(event)

    def _on_app_font(self, app_font: QFont) -> None:
        self._scale_fonts(app_font)

    def _scale_fonts(self, app_font: QFont | None = None) -> None:
        """Phase text large and the count a little smaller; both follow the text size.

        ``app_font`` is the new application font when called from ``fontChanged`` (while that
        signal runs, ``QApplication.font()`` still answers the old one).
        """
        base = (app_font if isinstance(app_font, QFont) else QApplication.font()).pointSizeF()
        # Style sheets, not setFont: the app's style sheet would restore an older font on
        # every theme change; and the muted colour and the size must come together.
        self.phase_label.setStyleSheet(f"font-size: {base * 2.0:.1f}pt; font-weight: 600;")
        colour = current_colours().muted
        self.count_label.setStyleSheet(f"color: {colour}; font-size: {base * 1.5:.1f}pt;")
        self.count_label.setMinimumHeight(round(base * 1.5 * 1.9))
        # Large text: the keys only, so the circle keeps its room on a small window.
        large = base >= LARGE_TEXT_PT
        _set_text(self.keys_label, KEYS_HINT.split("\n")[-1] if large else KEYS_HINT)
        # ... and the circle may be a little smaller, so the larger words keep their room.
        smallest = PACER_MIN_LARGE if large else PACER_MIN
        self.pacer.setMinimumSize(smallest, smallest)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    return card, layout


def _set_phase(label: QLabel, phase: str) -> None:
    """The phase line's name is fixed ("Breathing phase"); its words go in the description
    too, so a screen reader reading the line hears the phase itself."""
    if label.text() != phase:
        label.setText(phase)
        label.setAccessibleDescription(phase)


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its words change: no relayout on every frame."""
    if label.text() != text:
        label.setText(text)
