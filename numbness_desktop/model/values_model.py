"""Values-based goals: an area of life, the goal in the person's words, a small next step."""

from __future__ import annotations

from numbness_desktop.domain.support import GoalStatus, ValuesGoal
from numbness_desktop.model.record_list_model import RecordListModel


class ValuesModel(RecordListModel):
    record_type = ValuesGoal
    empty_text = "No goal yet. One small thing that matters to you is enough."

    def active(self) -> list[ValuesGoal]:
        return [goal for goal in self.records() if goal.status == GoalStatus.ACTIVE.value]
