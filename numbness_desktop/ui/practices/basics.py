"""The basics: a light daily note of sleep, meals, movement and rest, three levels each.

No numbers to fail at: each answer is one click, again to clear, saved at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout

from numbness_desktop.domain import practice_texts
from numbness_desktop.domain.practices import BASICS, BASICS_QUESTIONS, LEVEL_WORDS
from numbness_desktop.model.practices_model import PracticesModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.wrapped_label import WrappedLabel


class BasicsCard(QFrame):
    def __init__(self, practices: PracticesModel) -> None:
        super().__init__()
        self.practices = practices
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = WrappedLabel(tr("The basics today"))
        title.setObjectName("sectionTitle")
        why = WrappedLabel(tr(practice_texts.BASICS_WHY))
        why.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(why)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.buttons: dict[str, list[QPushButton]] = {}
        for row, name in enumerate(BASICS):
            question = WrappedLabel(tr(BASICS_QUESTIONS[name]))
            grid.addWidget(question, row, 0)
            self.buttons[name] = []
            for level, english in enumerate(LEVEL_WORDS[name]):
                button = QPushButton(tr(english))
                button.setCheckable(True)
                button.setAccessibleName(tr("{question}: {answer}").format(
                    question=question.text(), answer=button.text()))
                button.clicked.connect(
                    lambda _checked=False, n=name, v=level: self.answer(n, v))
                grid.addWidget(button, row, level + 1)
                self.buttons[name].append(button)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        hint = WrappedLabel(tr("One click each, again to clear. Saved as you go."))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        practices.basicsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        basics = self.practices.basics()
        for name, buttons in self.buttons.items():
            value = getattr(basics, name) if basics else None
            for level, button in enumerate(buttons):
                button.setChecked(level == value)

    def answer(self, name: str, level: int) -> None:
        basics = self.practices.basics()
        current = getattr(basics, name) if basics else None
        self.practices.set_basic(name, None if current == level else level)
        self.refresh()  # also when the save failed: show what is really stored
