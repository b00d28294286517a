"""5-4-3-2-1 grounding (and orienting): one step at a time, with optional short fields.

Enter moves to the next field and, from the last one, to the next step. What is typed stays
in memory only, unless the person ticks "Keep what I wrote" at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from numbness_desktop.domain import grounding
from numbness_desktop.domain.practices import PracticeKind
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.practices.frame import PracticeContent
from numbness_desktop.ui.practices.steps import StepNav, step_words

MAX_FIELDS = 5
START_NAMES = {"grounding": "Start grounding",
               "grounding_senses": "Start 5-4-3-2-1 with sound and touch",
               "orienting": "Start orienting"}


class GroundingPractice(PracticeContent):
    kind = PracticeKind.GROUNDING
    learn_page = "window-of-tolerance"  # grounding brings you back inside the window

    def __init__(self, variant: str = "grounding") -> None:
        super().__init__()
        self.variant = variant
        self.title, self.steps, self.why = grounding.VARIANTS[variant]
        self.start_name = START_NAMES[variant]
        self.answers: list[list[str]] = [[""] * step.count for step in self.steps]
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.sense = QLabel()
        self.sense.setObjectName("muted")
        self.prompt = QLabel()
        self.prompt.setObjectName("sectionTitle")
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(tr("Grounding step"))  # DESIGN.md's name
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        for widget in (self.sense, self.prompt, self.hint):
            layout.addWidget(widget)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.fields: list[QLineEdit] = []
        for place in range(MAX_FIELDS):
            field = QLineEdit()
            field.setMaxLength(120)
            field.installEventFilter(self)
            grid.addWidget(field, place // 2, place % 2)
            self.fields.append(field)
        layout.addLayout(grid)
        self.private_note = QLabel(tr("Optional. What you type here is not saved unless you "
                                      "choose to keep it at the end."))
        self.private_note.setObjectName("muted")
        self.private_note.setWordWrap(True)
        layout.addWidget(self.private_note)
        layout.addSpacing(8)
        self.nav = StepNav("step")
        self.nav.back.connect(lambda: self.go(self.index - 1))
        self.nav.skip.connect(self.skip)
        self.nav.next.connect(self.next_step)
        layout.addWidget(self.nav)
        layout.addStretch(1)
        self.keep = QCheckBox(tr("Keep what I wrote with this practice"))
        self.keep.setAccessibleName(self.keep.text())
        self.keep.toggled.connect(lambda _on: self.noteChanged.emit())
        self._show()

    # PracticeContent -------------------------------------------------------------------------
    def begin(self) -> None:
        self.answers = [[""] * step.count for step in self.steps]
        self.keep.setChecked(False)
        self.go(0)

    def stop(self) -> None:
        self._collect()
        typed = grounding.notes_text(self.steps, self.answers)
        self.keep.setVisible(bool(typed))
        self.keep.setToolTip(typed)

    def finish_widget(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(tr(grounding.FINISH_TEXT))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.keep)
        return holder

    def note(self) -> str:
        return grounding.notes_text(self.steps, self.answers) if self.keep.isChecked() else ""

    def first_focus(self) -> QWidget:
        count = self.steps[self.index].count
        return self.fields[0] if count else self.nav.next_button

    # Steps -----------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            return
        self._collect()
        self.index = index
        self._show()
        self.say(self.prompt, tr("{position}. {prompt}").format(
            position=step_words(index, len(self.steps)), prompt=tr(self.steps[index].prompt)))
        self.first_focus().setFocus()

    def next_step(self) -> None:
        if self.index == len(self.steps) - 1:
            self._collect()
            self.done.emit()
        else:
            self.go(self.index + 1)

    def skip(self) -> None:
        """Move on; nothing from this step is kept."""
        for field in self.fields:
            field.clear()
        self._collect()
        self.next_step()

    def _collect(self) -> None:
        step = self.steps[self.index]
        self.answers[self.index] = [self.fields[n].text() for n in range(step.count)]

    def _show(self) -> None:
        step = self.steps[self.index]
        sense = tr(step.sense)
        self.sense.setText(sense)
        self.prompt.setText(tr(step.prompt))
        self.prompt.setAccessibleDescription(self.prompt.text())  # heard under its name
        self.hint.setText(tr(step.hint))
        for place, field in enumerate(self.fields):
            field.setVisible(place < step.count)
            field.setText(self.answers[self.index][place] if place < step.count else "")
            field.setAccessibleName(tr("{sense}, answer {n}").format(sense=sense,
                                                                      n=number(place + 1)))
            field.setPlaceholderText(f"{number(place + 1)}." if place < step.count else "")
        self.private_note.setVisible(step.count > 0)
        self.nav.show_position(self.index, len(self.steps))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.fields and \
                isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            place = self.fields.index(watched)
            if place + 1 < self.steps[self.index].count:
                self.fields[place + 1].setFocus()
            else:
                self.next_step()
            return True
        return False
