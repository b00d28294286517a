"""One small goal for today: written, kept, ticked when done. Tomorrow starts fresh.

A goal belongs to its day and is never carried over, so nothing is ever "missed". The words
save themselves a moment after typing stops, when focus leaves the field, and on Enter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout

from numbness_desktop.domain import practice_texts
from numbness_desktop.model.practices_model import PracticesModel
from numbness_desktop.ui.debounce import Debouncer
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.wrapped_label import WrappedLabel


class GoalCard(QFrame):
    def __init__(self, practices: PracticesModel) -> None:
        super().__init__()
        self.practices = practices
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        title = WrappedLabel(tr("One small goal for today"))
        title.setObjectName("sectionTitle")
        invite = WrappedLabel(tr(practice_texts.GOAL_INVITE))
        layout.addWidget(title)
        layout.addWidget(invite)
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setMaxLength(200)
        self.field.setPlaceholderText(tr("For example: drink a glass of water"))
        self.field.setAccessibleName(tr("Small goal for today"))
        self.done = QCheckBox(tr("Done"))
        self.done.setAccessibleName(tr("Small goal done"))
        row.addWidget(self.field, 1)
        row.addWidget(self.done)
        layout.addLayout(row)
        self.status = WrappedLabel(tr(practice_texts.GOAL_NOTE))
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        self._saver = Debouncer(self.save, parent=self)
        self.field.textEdited.connect(lambda _t: self._saver.poke())
        self.field.editingFinished.connect(self._saver.flush)
        self.field.returnPressed.connect(self.save)
        self.done.toggled.connect(self._ticked)
        practices.goalChanged.connect(self.refresh)
        self._goal_id: str | None = None
        self.refresh()

    def refresh(self) -> None:
        goal = self.practices.goal()
        self._goal_id = goal.id if goal else None
        if not self.field.hasFocus() and not self._saver.pending:
            self.field.setText(goal.text if goal else "")
        self.done.blockSignals(True)
        self.done.setChecked(bool(goal and goal.done))
        self.done.blockSignals(False)
        self.done.setEnabled(goal is not None)
        if goal and goal.done:
            self.status.setText(tr("Done today. That counts. {note}").format(
                note=tr(practice_texts.GOAL_NOTE)))
        else:
            self.status.setText(tr(practice_texts.GOAL_NOTE))

    def save(self) -> None:
        self._saver.cancel()
        current = self.practices.goal()
        if (current.text if current else "") == self.field.text().strip():
            return
        self.practices.set_goal(self.field.text())

    def flush(self) -> bool:
        self._saver.flush()
        return True

    def _ticked(self, on: bool) -> None:
        self.save()
        goal = self.practices.goal()
        if goal is not None:
            self.practices.set_goal_done(goal.id, on)
