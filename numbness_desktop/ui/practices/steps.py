"""Back, Skip and Next step: the same three buttons under every guided step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def step_words(index: int, count: int) -> str:
    """'Step 2 · 5 in all': where you are, never a count to reach."""
    return f"Step {index + 1} · {count} in all"


class StepNav(QWidget):
    back = Signal()
    skip = Signal()
    next = Signal()

    def __init__(self, what: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton("Back")
        self.back_button.setAccessibleName("Previous step")
        self.skip_button = QPushButton("Skip")
        self.skip_button.setAccessibleName(f"Skip this {what}")
        self.next_button = QPushButton("Next step")
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName("Next step")
        self.position = QLabel()
        self.position.setObjectName("muted")
        layout.addWidget(self.back_button)
        layout.addWidget(self.position)
        layout.addStretch(1)
        layout.addWidget(self.skip_button)
        layout.addWidget(self.next_button)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)

    def show_position(self, index: int, count: int) -> None:
        self.position.setText(step_words(index, count))
        self.back_button.setEnabled(index > 0)
        last = index == count - 1
        self.next_button.setText("Finish" if last else "Next step")
        self.next_button.setToolTip("Finish the practice" if last else "Go to the next step")
