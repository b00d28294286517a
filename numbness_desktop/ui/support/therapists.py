"""Finding a therapist: notes on potential therapists or clinics, each with a status and a
next step. Asking a doctor or primary care provider for a referral is offered first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from numbness_desktop.domain.support import FOCUS_SUGGESTIONS, MODES, STATUS_LABELS
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.support.record_editor import Field, Nouns, RecordEditor

INTRO = ("Notes on therapists or clinics you might contact. A good first step is asking your "
         "doctor or primary care provider for a referral; many people also look for someone "
         "trauma-informed. Noting two names is plenty for now.")


def therapist_fields() -> tuple[Field, ...]:
    return (
        Field("name", tr("Name or clinic"), placeholder=tr("e.g. Dr. Patel, Riverside Clinic"),
              required=True),
        Field("contact", tr("How to reach them"), placeholder=tr("phone, email or website")),
        Field("focus", tr("Focus"), placeholder=tr("{examples}, …").format(
            examples=", ".join(tr(focus) for focus in FOCUS_SUGGESTIONS[:5]))),
        Field("mode", tr("In person or online"), "combo",
              choices=tuple((value, tr(words)) for value, words in MODES.items())),
        Field("cost", tr("Cost notes"), placeholder=tr("sliding scale, insurance, …")),
        Field("status", tr("Status"), "combo",
              choices=tuple((status.value, tr(words))
                            for status, words in STATUS_LABELS.items())),
        Field("next_step", tr("Next step"), placeholder=tr("e.g. email on Monday morning")),
    )


class TherapistsSection(QWidget):
    def __init__(self, app_model: AppModel, today: Callable[[], date]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(tr("Finding a therapist"))
        title.setObjectName("sectionTitle")
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        self.editor = RecordEditor(app_model.support.therapists, therapist_fields(),
                                   Nouns("therapist note", "therapist notes"), today)
        layout.addWidget(self.editor, 1)
