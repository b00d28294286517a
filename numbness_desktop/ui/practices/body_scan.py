"""Body scan / mindfulness: 3, 5 or 10 minutes of gentle cues moving through the body.

The cue comes from the clock (pauses excluded), never from counting timer ticks. With
reduced motion the cue text changes without fading and the progress moves a cue at a time.
At the end, an invitation (never a demand) to mark what was noticed on the body map, with
the places the person flagged already filled in.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPropertyAnimation, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import body_scan
from numbness_desktop.domain.clock import Clock
from numbness_desktop.domain.practices import PracticeKind
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.practices.frame import PracticeContent
from numbness_desktop.ui.practices.reflow import ReflowRow

TICK_MS = 250
FADE_MS = 600
SKIP_PAST_S = 0.001  # "Next part" lands this far into the next cue (see next_part)


def length_words(seconds: int) -> str:
    """"5 minutes", in the person's language and numbers."""
    return ntr("%n minute", "%n minutes", seconds // 60)


def time_left_words(seconds: int) -> str:
    """"4:05 left" (minutes and seconds, the locale's digits)."""
    return tr("{minutes}:{seconds} left").format(minutes=number(seconds // 60),
                                                  seconds=two_digits(seconds % 60))


def two_digits(value: int) -> str:
    """0–99 as two of the locale's digits ("05")."""
    return number(value // 10) + number(value % 10)


class BodyScanPractice(PracticeContent):
    kind = PracticeKind.BODY_SCAN
    title = "Body scan"
    why = body_scan.WHY
    learn_page = "mindfulness"  # the body scan is a mindfulness practice
    start_name = "Start body scan"
    openBodyMap = Signal(list)  # region ids to fill in

    def __init__(self, clock: Clock, reduced_motion: bool = False) -> None:
        super().__init__()
        self.clock = clock
        self.reduced_motion = reduced_motion
        self.length = body_scan.DEFAULT_LENGTH
        self._started: datetime | None = None
        self._paused_at: datetime | None = None
        self._paused_total = 0.0
        self.cue = -1
        self.noticed: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        opening = QLabel(tr(body_scan.OPENING))
        opening.setObjectName("muted")
        opening.setWordWrap(True)
        layout.addWidget(opening)
        self.place = QLabel()
        self.place.setObjectName("pageTitle")
        self.place.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleDescription(tr("Body scan cue"))
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 3)
        self._fade = QGraphicsOpacityEffect(self.text)
        self._fade.setOpacity(1.0)
        self.text.setGraphicsEffect(self._fade)
        self._animation = QPropertyAnimation(self._fade, b"opacity", self)
        self._animation.setDuration(FADE_MS)
        self._animation.setStartValue(0.45)  # a soft change, never a flash
        self._animation.setEndValue(1.0)
        layout.addWidget(self.place)
        layout.addWidget(self.text)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(tr("Time through the body scan"))
        layout.addWidget(self.progress)
        self.time_left = QLabel()
        self.time_left.setObjectName("muted")
        layout.addWidget(self.time_left)
        row = ReflowRow(10)  # the column's spacing, as when it was a row inside it
        self.pause_button = QPushButton()
        self.pause_button.setToolTip(tr("Pause, or carry on"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self._show_paused(False)
        self.notice_button = QPushButton(tr("I noticed something here"))
        self.notice_button.setCheckable(True)
        self.notice_button.setAccessibleName(self.notice_button.text())
        self.notice_button.setToolTip(
            tr("Optional: flag this place to mark on the body map later"))
        self.notice_button.toggled.connect(self._noticed)
        self.next_button = QPushButton(tr("Next step"))  # DESIGN.md's name, shown as well
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setToolTip(tr("Move on to the next part of the body now"))
        self.next_button.clicked.connect(self.next_part)
        row.add(self.pause_button)
        row.add(self.notice_button)
        row.add_stretch()
        row.add(self.next_button)
        layout.addWidget(row)
        layout.addStretch(1)
        self._places: list[QCheckBox] = []

    # Choices before starting -----------------------------------------------------------------
    def intro_widget(self) -> QWidget:
        row = ReflowRow()
        row.add(QLabel(tr("How long:")))
        self.lengths = QButtonGroup(row)
        for seconds in body_scan.LENGTHS:
            button = QPushButton(length_words(seconds))
            button.setCheckable(True)
            button.setAccessibleName(tr("Body scan length {length}").format(
                length=length_words(seconds)))
            button.setChecked(seconds == self.length)
            self.lengths.addButton(button, seconds)
            row.add(button)
        self.lengths.idClicked.connect(self.set_length)
        row.add_stretch()
        return row

    def set_length(self, seconds: int) -> None:
        self.length = seconds
        button = self.lengths.button(seconds)
        if button is not None:
            button.setChecked(True)

    def planned_seconds(self) -> int:
        return self.length

    # Running ---------------------------------------------------------------------------------
    def begin(self) -> None:
        self._started = self.clock()
        self._paused_at = None
        self._paused_total = 0.0
        self.cue = -1
        self.noticed = set()
        self._show_paused(False)
        self.timer.start()
        self.tick()

    def _show_paused(self, paused: bool) -> None:
        """The button offers what a click does; its name follows its words."""
        self.pause_button.setText(tr("Carry on") if paused else tr("Pause"))
        self.pause_button.setAccessibleName(tr("Carry on with the body scan") if paused
                                            else tr("Pause body scan"))

    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        now = self._paused_at or self.clock()
        return (now - self._started).total_seconds() - self._paused_total

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def toggle_pause(self) -> None:
        if self._started is None or (not self.timer.isActive() and not self.paused):
            return
        if self._paused_at is not None:
            self._paused_total += (self.clock() - self._paused_at).total_seconds()
            self._paused_at = None
            self._show_paused(False)
            self.timer.start()
            self.say(self.pause_button, tr("Carrying on"))
        else:
            self._paused_at = self.clock()
            self.timer.stop()
            self._show_paused(True)
            self.time_left.setText(tr("Paused · Carry on whenever you're ready"))
            self.say(self.pause_button, tr("Paused"))

    def next_part(self) -> None:
        """Skip ahead to the next part: the clock moves on by the rest of this cue's share
        (and a millisecond more: landing exactly on the next cue's start, a share that is
        not a whole number of seconds could round to a hair before it, and the same cue
        stayed)."""
        share = body_scan.seconds_per_cue(self.length)
        if self.cue >= len(body_scan.CUES) - 1:
            self.done.emit()
            return
        self._paused_total -= (self.cue + 1) * share + SKIP_PAST_S - self.elapsed()
        self.tick()

    def tick(self) -> None:
        elapsed = self.elapsed()
        if elapsed >= self.length:
            self.done.emit()
            return
        index = body_scan.cue_index(elapsed, self.length)
        if index != self.cue:
            self._show_cue(index)
        share = body_scan.seconds_per_cue(self.length)
        shown = (index * share) if self.reduced_motion else elapsed
        self.progress.setMaximum(1000)
        self.progress.setValue(int(1000 * shown / self.length))
        if not self.paused:
            left = max(0, int(self.length - elapsed + 0.999))
            self.time_left.setText(time_left_words(left))

    def _show_cue(self, index: int) -> None:
        self.cue = index
        cue = body_scan.CUES[index]
        place, text = tr(cue.place), tr(cue.text)
        self.place.setText(place)
        self.text.setText(text)
        self.notice_button.blockSignals(True)
        self.notice_button.setChecked(index in self.noticed)
        self.notice_button.blockSignals(False)
        self.say(self.text, tr("{place}. {cue}").format(place=place, cue=text))
        if not self.reduced_motion:
            self._animation.stop()
            self._animation.start()

    def _noticed(self, on: bool) -> None:
        if self.cue >= 0:
            (self.noticed.add if on else self.noticed.discard)(self.cue)

    def first_focus(self) -> QWidget:
        return self.pause_button

    def stop(self) -> None:
        self.timer.stop()
        self._animation.stop()
        self._fade.setOpacity(1.0)
        for index, box in enumerate(self._places):
            box.setChecked(index in self.noticed)

    # The end: an invitation to the body map ------------------------------------------------
    def finish_widget(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        invite = QLabel(tr("If you noticed anything, you could mark it on the body map. "
                           "Only if you'd like to; noticing nothing is an answer too."))
        invite.setWordWrap(True)
        layout.addWidget(invite)
        grid = QGridLayout()
        for index, cue in enumerate(body_scan.CUES):
            box = QCheckBox(tr(cue.place))
            box.setAccessibleName(tr("Noticed something: {place}").format(place=box.text()))
            grid.addWidget(box, index // 5, index % 5)
            self._places.append(box)
        layout.addLayout(grid)
        self.map_button = QPushButton(tr("Mark these on the body map"))
        self.map_button.setAccessibleName(self.map_button.text())
        self.map_button.clicked.connect(self._open_map)
        row = QHBoxLayout()
        row.addWidget(self.map_button)
        row.addStretch(1)
        layout.addLayout(row)
        return holder

    def chosen_regions(self) -> list[str]:
        return body_scan.regions_for([i for i, box in enumerate(self._places) if box.isChecked()])

    def _open_map(self) -> None:
        self.openBodyMap.emit(self.chosen_regions())
