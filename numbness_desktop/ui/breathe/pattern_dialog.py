"""Make your own pattern: a name and four timings, checked as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.breath import MAX_PHASE_SECONDS, Pattern, validate_pattern

FIELDS = (("inhale", "Breathe in", 4.0), ("hold", "Hold (after breathing in)", 0.0),
          ("exhale", "Breathe out", 6.0), ("rest", "Rest (after breathing out)", 0.0))


class PatternDialog(QDialog):
    def __init__(self, name_problems: Callable[[str], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New breathing pattern")
        self._name_problems = name_problems
        layout = QVBoxLayout(self)
        intro = QLabel("Seconds for each part of one breath, 0 to 30 (in and out at least 1). "
                       "A longer out-breath is often the calmest.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName("Pattern name")
        self.name.setPlaceholderText("e.g. Slow evening")
        form.addRow("Name", self.name)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, label, default in FIELDS:
            spin = QDoubleSpinBox()
            spin.setRange(0.0, MAX_PHASE_SECONDS)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(" s")
            spin.setValue(default)
            spin.setAccessibleName(f"{label}, seconds")
            spin.valueChanged.connect(self._check)
            form.addRow(label, spin)
            self.spins[key] = spin
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setAccessibleDescription("Pattern summary")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription("What needs changing")
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save pattern")
        self.save_button.setAccessibleName("Save pattern")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def pattern(self) -> Pattern:
        return Pattern(*(self.spins[key].value() for key, _, _ in FIELDS))

    def problems(self) -> list[str]:
        return validate_pattern(self.pattern()) + self._name_problems(self.name.text())

    def _check(self) -> None:
        problems = self.problems()
        pattern_ok = not validate_pattern(self.pattern())
        self.summary.setText(self.pattern().summary() if pattern_ok else "")
        self.problem.setText(problems[0] if problems and (self.name.text() or pattern_ok is False)
                             else "")
        self.save_button.setEnabled(not problems)

    def accept(self) -> None:
        if not self.problems():
            super().accept()
