"""Gentle movement: a short routine, a step at a time, each with its figure and a timer.

The per-step timer only counts down and says when the time is up; it never moves on by
itself, so nobody is rushed. Every step can be skipped.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import movement
from numbness_desktop.domain.clock import Clock
from numbness_desktop.domain.practices import PracticeKind
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.practices.body_scan import two_digits
from numbness_desktop.ui.practices.figure import MovementFigure
from numbness_desktop.ui.practices.frame import PracticeContent
from numbness_desktop.ui.practices.reflow import ReflowRow
from numbness_desktop.ui.practices.steps import StepNav, step_words

TICK_MS = 500


def step_time_words(seconds_left: float) -> str:
    """'0:25 left on this step', or a soft line once the step's time is up."""
    if seconds_left <= 0:
        return tr("Take your time. Go on when you're ready.")
    whole = int(seconds_left + 0.999)
    return tr("{minutes}:{seconds} left on this step").format(
        minutes=number(whole // 60), seconds=two_digits(whole % 60))


class MovementPractice(PracticeContent):
    kind = PracticeKind.MOVEMENT
    title = "Gentle movement"
    why = movement.WHY
    learn_page = "somatic"  # noticing sensations as the body moves
    start_name = "Start movement"

    def __init__(self, clock: Clock, routine: str = "stretches") -> None:
        super().__init__()
        self.clock = clock
        self.routine = routine
        self.index = 0
        self._step_started: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        self.figure = MovementFigure()
        layout.addWidget(self.figure, 2)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.step_title = QLabel()
        self.step_title.setObjectName("sectionTitle")
        self.step_title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleDescription(tr("Movement step"))
        notice = QLabel(tr(movement.NOTICE))
        notice.setObjectName("muted")
        notice.setWordWrap(True)
        self.time_left = QLabel()
        self.time_left.setWordWrap(True)
        self.time_left.setAccessibleDescription(tr("Time on this step"))
        for widget in (self.step_title, self.text, notice, self.time_left):
            column.addWidget(widget)
        column.addSpacing(8)
        self.nav = StepNav("movement")
        self.nav.back.connect(lambda: self.go(self.index - 1))
        self.nav.skip.connect(self.next_step)
        self.nav.next.connect(self.next_step)
        column.addWidget(self.nav)
        column.addStretch(1)
        layout.addLayout(column, 3)

    @property
    def steps(self) -> tuple[movement.MoveStep, ...]:
        return movement.ROUTINES[self.routine][1]

    def intro_widget(self) -> QWidget:
        row = ReflowRow()
        row.add(QLabel(tr("Which:")))
        self.routines = QButtonGroup(row)
        self.routines.setExclusive(True)
        self._routine_buttons: dict[str, QPushButton] = {}
        for key, (english, steps) in movement.ROUTINES.items():
            name = tr(english)
            minutes = max(1, round(movement.planned_seconds(steps) / 60))
            button = QPushButton(tr("{routine} · about {minutes} min").format(
                routine=name, minutes=number(minutes)))
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setChecked(key == self.routine)
            button.clicked.connect(lambda _c=False, key=key: self.set_routine(key))
            self.routines.addButton(button)
            self._routine_buttons[key] = button
            row.add(button)
        row.add_stretch()
        return row

    def set_routine(self, key: str) -> None:
        self.routine = key
        if hasattr(self, "_routine_buttons"):
            self._routine_buttons[key].setChecked(True)

    def planned_seconds(self) -> int:
        return movement.planned_seconds(self.steps)

    def begin(self) -> None:
        self.index = -1
        self.timer.start()
        self.go(0)

    def stop(self) -> None:
        self.timer.stop()

    def first_focus(self) -> QWidget:
        return self.nav.next_button

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.steps) or index == self.index:
            return
        self.index = index
        step = self.steps[index]
        self.figure.set_step(step)
        title, text = tr(step.title), tr(step.text)
        self.step_title.setText(title)
        self.text.setText(text)
        self.nav.show_position(index, len(self.steps))
        self._step_started = self.clock()
        self.tick()
        self.say(self.text, tr("{position}: {title}. {text}").format(
            position=step_words(index, len(self.steps)), title=title, text=text))
        self.nav.next_button.setFocus()

    def next_step(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.done.emit()
        else:
            self.go(self.index + 1)

    def seconds_left(self) -> float:
        if self._step_started is None:
            return 0.0
        spent = (self.clock() - self._step_started).total_seconds()
        return self.steps[self.index].seconds - spent

    def tick(self) -> None:
        self.time_left.setText(step_time_words(self.seconds_left()))
