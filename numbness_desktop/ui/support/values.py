"""Values: a goal after ACT — the area of life it belongs to, the goal in the person's own
words, one small next step, and a gentle date to look at it again. Shown on Today while the
two-week plan runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from numbness_desktop.domain.support import VALUE_AREAS, GoalStatus
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.support.record_editor import Field, Nouns, RecordEditor

INTRO = ("Start from what matters to you rather than from how you feel: a direction, like "
         "“feel more present with my partner during evenings”, and one small step towards it. "
         "Feelings may follow later; the step counts either way.")
GOAL_WORDS = Nouns("goal", "goals")
STATUS = ((GoalStatus.ACTIVE.value, "Working on it"), (GoalStatus.DONE.value, "Done"),
          (GoalStatus.SET_ASIDE.value, "Set aside for now"))


class ValuesSection(QWidget):
    def __init__(self, app_model: AppModel, today: Callable[[], date]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(tr("Values"))
        title.setObjectName("sectionTitle")
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        fields = (
            Field("area", tr("Area of life"), "combo",
                  choices=tuple((a, tr(a)) for a in VALUE_AREAS), editable=True),
            Field("goal", tr("My goal"), placeholder=tr("in your own words"), required=True),
            Field("next_step", tr("One small next step"),
                  placeholder=tr("e.g. phones away after 8")),
            Field("review_day", tr("Look at it again on"), "date",
                  default=lambda: today() + timedelta(days=14)),
            Field("status", tr("Status"), "combo",
                  choices=tuple((value, tr(words)) for value, words in STATUS)),
        )
        self.editor = RecordEditor(app_model.support.values, fields, GOAL_WORDS, today)
        layout.addWidget(self.editor, 1)

