"""The short guided practices: a self-kindness pause, and staying present with someone.

Both are a few steps of gentle words with Back, Skip and Next step; the self-kindness
pause ends with the day's one small goal, staying present with one line for the journal.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from numbness_desktop.domain import practice_texts
from numbness_desktop.domain.practices import PracticeKind
from numbness_desktop.model.practices_model import PracticesModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.practices.frame import PracticeContent
from numbness_desktop.ui.practices.goal import GoalCard
from numbness_desktop.ui.practices.steps import StepNav, step_words


class StepsPractice(PracticeContent):
    """Words, a step at a time."""

    steps: tuple[practice_texts.PauseStep, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("muted")
        self.text = QLabel()
        self.text.setObjectName("sectionTitle")
        self.text.setWordWrap(True)
        self.text.setAccessibleDescription(tr("Practice step"))
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        self.nav = StepNav("step")
        self.nav.back.connect(lambda: self.go(self.index - 1))
        self.nav.skip.connect(self.next_step)
        self.nav.next.connect(self.next_step)
        layout.addWidget(self.nav)
        layout.addStretch(1)

    def begin(self) -> None:
        self.index = -1
        self.go(0)

    def first_focus(self) -> QWidget:
        return self.nav.next_button

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            return
        self.index = index
        step = self.steps[index]
        title, text = tr(step.title), tr(step.text)
        self.heading.setText(title)
        self.text.setText(text)
        self.nav.show_position(index, len(self.steps))
        self.say(self.text, tr("{position}: {title}. {text}").format(
            position=step_words(index, len(self.steps)), title=title, text=text))
        self.nav.next_button.setFocus()

    def next_step(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.done.emit()
        else:
            self.go(self.index + 1)


class KindnessPractice(StepsPractice):
    kind = PracticeKind.SELF_KINDNESS
    title = "Self-kindness pause"
    why = practice_texts.KINDNESS_WHY
    learn_page = "act"  # making room for what you feel; small steps towards what matters
    start_name = "Start self-kindness pause"
    steps = practice_texts.KINDNESS_STEPS

    def __init__(self, practices: PracticesModel) -> None:
        super().__init__()
        self.practices = practices

    def finish_widget(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        limits = QLabel(tr(practice_texts.HONOURED_LIMITS))
        limits.setWordWrap(True)
        layout.addWidget(limits)
        self.goal = GoalCard(self.practices)
        layout.addWidget(self.goal)
        return holder

    def stop(self) -> None:
        if hasattr(self, "goal"):
            self.goal.refresh()


class PresentPractice(StepsPractice):
    kind = PracticeKind.STAYING_PRESENT
    title = "Staying present with someone"
    why = practice_texts.PRESENT_WHY
    learn_page = "relational"  # feeling again in the company of others
    start_name = "Start staying present"
    steps = practice_texts.PRESENT_STEPS
    openJournal = Signal()

    def finish_widget(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(tr("Write one sentence in the journal"))
        button.setAccessibleName(button.text())
        button.clicked.connect(self.openJournal)
        row.addWidget(button)
        row.addStretch(1)
        return holder
