"""Back, Skip and Next step: the same three buttons under every guided step.

Where you are ("Step 2 · 5 in all") sits beside Back; with large text (or longer words in
another language) Skip and Next step move to a line of their own rather than being cut.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.practices.reflow import ReflowRow


def step_words(index: int, count: int) -> str:
    """'Step 2 · 5 in all': where you are, never a count to reach."""
    return tr("Step {step} · {count} in all").format(step=number(index + 1),
                                                      count=number(count))


def _pair(*buttons: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    return holder


class StepNav(ReflowRow):
    back = Signal()
    skip = Signal()
    next = Signal()

    def __init__(self, what: str = "step") -> None:
        """``what``: "step" or "movement", for the Skip button's name."""
        super().__init__()
        self.back_button = QPushButton(tr("Back"))
        self.back_button.setAccessibleName(tr("Previous step"))
        self.skip_button = QPushButton(tr("Skip"))
        self.skip_button.setAccessibleName(tr("Skip this movement") if what == "movement"
                                           else tr("Skip this step"))
        self.next_button = QPushButton(tr("Next step"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(self.next_button.text())
        self.position = QLabel()
        self.position.setObjectName("muted")
        self.add(_pair(self.back_button, self.position))
        self.add_stretch()
        self.add(_pair(self.skip_button, self.next_button))
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)

    def show_position(self, index: int, count: int) -> None:
        self.position.setText(step_words(index, count))
        self.back_button.setEnabled(index > 0)
        last = index == count - 1
        self.next_button.setText(tr("Finish") if last else tr("Next step"))
        # Its name stays "Next step" (DESIGN.md's contract); on the last step its
        # description says that it finishes.
        self.next_button.setAccessibleDescription(tr("Finish the practice") if last else "")
        self.next_button.setToolTip(tr("Finish the practice") if last
                                    else tr("Go to the next step"))
