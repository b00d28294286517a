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
from numbness_desktop.ui.i18n import tr

FIELDS = (("inhale", "Breathe in", 4.0), ("hold", "Hold (after breathing in)", 0.0),
          ("exhale", "Breathe out", 6.0), ("rest", "Rest (after breathing out)", 0.0))


class PatternDialog(QDialog):
    def __init__(self, name_problems: Callable[[str], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New breathing pattern"))
        self._name_problems = name_problems
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Seconds for each part of one breath, 0 to 30 (in and out at least "
                          "1). A longer out-breath is often the calmest."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Pattern name"))
        self.name.setPlaceholderText(tr("e.g. Slow evening"))
        form.addRow(tr("Name"), self.name)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, source, default in FIELDS:
            label = tr(source)
            spin = QDoubleSpinBox()
            spin.setRange(0.0, MAX_PHASE_SECONDS)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(tr(" s"))
            spin.setValue(default)
            spin.setAccessibleName(tr("{label}, seconds").format(label=label))
            spin.valueChanged.connect(self._check)
            form.addRow(label, spin)
            self.spins[key] = spin
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setAccessibleDescription(tr("Pattern summary"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(tr("What needs changing"))
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save pattern"))
        self.save_button.setAccessibleName(tr("Save pattern"))
        # Cancel keeps Qt's own (translated) text; its name follows it.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
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
        self.summary.setText(tr(self.pattern().summary()) if pattern_ok else "")
        self.problem.setText(tr(problems[0]) if problems
                             and (self.name.text() or pattern_ok is False) else "")
        self.save_button.setEnabled(not problems)

    def accept(self) -> None:
        if not self.problems():
            super().accept()
