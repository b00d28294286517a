"""The Breathe tab: choose a pattern, follow the pacer, rate before and after if you like."""

from __future__ import annotations

import math
import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.breath import (
    Phase,
    Preset,
)
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.breath_timing import LEAD_IN_SECONDS, Status
from numbness_desktop.domain.clock import Clock, iso, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.announce import announce
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.breathe import words
from numbness_desktop.ui.breathe.cards import PacerCard, PatternCard, SessionCard
from numbness_desktop.ui.breathe.keys import PacerKeys
from numbness_desktop.ui.breathe.options import SessionOptions
from numbness_desktop.ui.breathe.patterns import PatternChoice
from numbness_desktop.ui.breathe.prefs import BreathePrefs
from numbness_desktop.ui.breathe.ratings import CheckInCard
from numbness_desktop.ui.breathe.runner import BreathRunner, Monotonic
from numbness_desktop.ui.breathe.session_end import session_record
from numbness_desktop.ui.breathe.window_watch import WindowWatch
from numbness_desktop.ui.breathe.words import HISTORY_HINT, IDLE_WORD, clock_text
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import side_width

__all__ = ["HISTORY_HINT", "IDLE_WORD", "QUICK_START_SECONDS", "BreatheView", "clock_text"]

SIDE_WIDTH = 400  # the side column at the smallest window
SIDE_WIDTH_WIDE = 470  # ... and at most, when there is room: the 0-10 buttons get some air
QUICK_START_SECONDS = 120


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
        self._before: tuple[int | None, int | None] = (None, None)
        self._started_at = ""
        self.window_watch = WindowWatch(self, self.runner.set_visible)
        # what the words on screen were made for (see _on_frame)
        self._shown: tuple[Phase, int | None, Status, bool, int | None] | None = None
        self._build()
        self.keys = PacerKeys(self, self.toggle, self.stop)
        self.runner.on_frame = self._on_frame
        self.runner.frames_wanted = self.pacer.run_frames
        self.runner.statusChanged.connect(self._apply_status)
        self.runner.finished.connect(self._on_finished)
        self.runner.phaseStarted.connect(self._on_phase_started)
        self.model.sessionsChanged.connect(self._refresh_history)
        self.model.presetsChanged.connect(self.patterns.reload)
        self.patterns.reload()
        self.patterns.select(self.prefs.preset_key, remember=False)
        self.options.restore()
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
        self.undo_banner = Banner(tr("Undo"), tr("Undo delete pattern"))
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
        self.history_label.setAccessibleDescription(tr("From your breathing history"))
        column.addWidget(self.history_label)
        column.addStretch(1)
        outer.addWidget(side)

    def _pacer_card(self) -> QFrame:
        card = self.pacer_card = PacerCard(self.runner.frame_state)
        self.pacer = card.pacer
        self.phase_label, self.count_label = card.phase_label, card.count_label
        self.status_label, self.end_label = card.status_label, card.end_label
        self.phase_line, self.count_line = card.phase_line, card.count_line
        self.status_line, self.keys_label = card.status_line, card.keys_label
        self.status_line.installEventFilter(self)
        self.start_button, self.stop_button = card.start_button, card.stop_button
        self.again_button = card.again_button
        self.start_button.clicked.connect(self.toggle)
        self.stop_button.clicked.connect(self.stop)
        self.again_button.clicked.connect(self.new_session)
        return card

    def _pattern_card(self) -> QFrame:
        card = PatternCard()
        self.pattern_box, self.pattern_note = card.pattern_box, card.pattern_note
        self.new_pattern_button = card.new_pattern_button
        self.delete_pattern_button = card.delete_pattern_button
        self.patterns = PatternChoice(card, self.model, self.prefs, self.undo_banner,
                                      lambda: self.runner.active, self._refresh_history)
        self.new_pattern_button.clicked.connect(self.make_pattern)
        self.delete_pattern_button.clicked.connect(self.delete_pattern)
        return card

    def _session_card(self) -> QFrame:
        card = SessionCard()
        self.length_box = card.length_box
        self.lead_in_check, self.numbers_check = card.lead_in_check, card.numbers_check
        self.reduced_check, self.sound_check = card.reduced_check, card.sound_check
        self.options = SessionOptions(card, self.app_model.preferences,
                                      self.app_model.system_motion, self.pacer,
                                      self._show_idle_status, self._on_numbers, self)
        return card

    def _on_numbers(self) -> None:
        if self.runner.active:
            self._on_frame()

    # Public actions ------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self.runner.status

    def current_preset(self) -> Preset:
        return self.patterns.preset

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
        self.runner.begin(self.patterns.preset.pattern, self.length_box.currentData(), lead_in)

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
            self.patterns.select(pattern_key)
        index = self.length_box.findData(seconds)
        if index >= 0:
            self.length_box.setCurrentIndex(index)
        self._show_idle_status()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def make_pattern(self) -> Preset | None:
        return self.patterns.make(self.run_dialog, self)

    def run_dialog(self, dialog: QDialog) -> int:
        """Shows a dialog modally; tests replace this to fill the dialog in."""
        return dialog.exec()

    def delete_pattern(self) -> None:
        self.patterns.delete()

    def undo_delete_pattern(self) -> None:
        self.patterns.undo_delete()

    # Runner events ---------------------------------------------------------------------------
    def _on_frame(self) -> None:
        runner = self.runner
        status = runner.status
        state = (runner.tick_state if status is Status.RUNNING else None) or runner.state()
        if state is None:
            return
        # What the words say, as plain values: they change about once a second, the
        # circle always, so the words are made (and translated) only when these change.
        planned = runner.timing.planned_seconds if runner.timing else None
        if status is Status.PAUSED or state.elapsed < 0:
            clock = None
        elif planned is not None:
            clock = math.ceil(planned - state.elapsed - 1e-9)
        else:
            clock = math.ceil(state.elapsed - 1e-9)
        shown = (state.phase, state.countdown if self.options.numbers else None, status,
                 state.elapsed < 0, clock)
        if shown != self._shown:
            self.pacer_card.show_state(state, status, planned, self.options.numbers)
            self._shown = shown
        self.pacer.request_frame(state.level)

    def _on_phase_started(self, phase: Phase) -> None:
        tones = self.options.tones
        if tones is not None and self.sound_check.isChecked():
            tones.play_phase(phase)
        if self.prefs.speak_phases:  # a screen reader says each phase as it begins
            announce(self.phase_label, tr(phase.value))

    def _on_finished(self, reached_end: bool, seconds: float) -> None:
        self._after_end_visuals()
        if seconds <= 0:
            self.end_label.setText(words.stopped_before_breathing())
            self.runner.reset()
            return
        now = iso(self.clock())
        record = session_record(self.patterns.preset, self.runner.timing, seconds, reached_end,
                                self._started_at, now, self._before)
        saved = self.model.save_session(record)
        self.record = saved or record
        finished = record.outcome is Outcome.FINISHED
        tones = self.options.tones
        if finished and reached_end and tones is not None and self.sound_check.isChecked():
            tones.play_bell()
        self.end_label.setText(words.end_message(finished, seconds, saved is not None))
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
        words.set_phase(self.phase_label, tr(Phase.REST.value))
        words.set_text(self.count_label, "")
        words.set_text(self.status_label, "")
        self.pacer.update()

    # State on screen -----------------------------------------------------------------------
    def _apply_status(self) -> None:
        status = self.runner.status
        running = status is Status.RUNNING
        active = self.runner.active
        # The button's name follows its text (a screen reader hears what is shown).
        if status is Status.PAUSED:
            self.start_button.setText(tr("Carry on"))
            self.start_button.setAccessibleName(tr("Carry on breathing"))
        elif running:
            self.start_button.setText(tr("Pause"))
            self.start_button.setAccessibleName(tr("Pause breathing"))
        else:
            self.start_button.setText(tr("Start"))
            self.start_button.setAccessibleName(tr("Start breathing"))
        self.start_button.setVisible(status is not Status.ENDED)
        self.stop_button.setVisible(active)
        self.again_button.setVisible(status is Status.ENDED)
        for widget in (self.pattern_box, self.new_pattern_button, self.length_box,
                       self.lead_in_check):
            widget.setEnabled(not active)
        self.delete_pattern_button.setEnabled(not active and self.patterns.preset.is_custom)
        self.checkin.setEnabled(not active)
        self.pacer_card.show_end_message(bool(self.end_label.text()))
        if status is Status.ENDED:
            self._after_end_visuals()
        elif status is Status.READY:
            self._show_idle_status()
        else:
            self._on_frame()

    def _show_idle_status(self) -> None:
        self._shown = None
        words.set_phase(self.phase_label, tr(words.IDLE_WORD))  # nothing started: not "Rest"
        words.set_text(self.count_label, "")
        words.set_text(self.status_label,
                       words.idle_words(self.status_line, self.length_box.currentData()))
        self.pacer_card.show_end_message(bool(self.end_label.text()))
        self.pacer.update()

    def _refresh_history(self) -> None:
        line = self.model.history_line(self.patterns.preset.name)
        self.history_label.setText(line or tr(HISTORY_HINT))

    # Visibility: no frames while hidden or minimised (see window_watch.py) ----------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.window_watch.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.runner.set_visible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.status_line:
            if event.type() == QEvent.Type.Resize and self.runner.status is Status.READY:
                self._show_idle_status()  # the longer or the shorter words, as they fit
            return False
        if self.window_watch.is_window(watched):
            kind = event.type()
            if kind == QEvent.Type.Close and self.runner.active:
                self.runner.stop()  # closing mid-session keeps what was breathed
            elif kind in (QEvent.Type.Expose, QEvent.Type.Resize):
                self.pacer.paint_whole_next()  # the window's pixels may be new
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The side column grows a little on wide windows; the pacer keeps the rest."""
        self._fit_side(event.size().width())
        self.pacer_card.fit_keys(event.size().height())
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
        self.pacer_card.scale_fonts(base)
        self.pacer_card.fit_keys(self.height())
