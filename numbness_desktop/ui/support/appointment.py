"""A first appointment: when and where, questions to bring (suggestions in our own words),
and the summary from Trends one click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from numbness_desktop.domain.support import SUGGESTED_QUESTIONS
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.support.record_editor import Field, Nouns, RecordEditor

INTRO = ("If you have access to therapy, a first appointment is a conversation to see whether "
         "it fits — you can ask questions too. Only if and when it suits you.")


class AppointmentSection(QWidget):
    openSummary = Signal()

    def __init__(self, app_model: AppModel, today: Callable[[], date]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(tr("A first appointment"))
        title.setObjectName("sectionTitle")
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        self.summary_button = QPushButton(tr("Prepare my summary to bring…"))
        self.summary_button.setAccessibleName(tr("Prepare my summary to bring"))
        self.summary_button.setToolTip(tr("The summary from Trends: you choose what goes in, "
                                          "then save it as a PDF."))
        self.summary_button.clicked.connect(self.openSummary)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_button)
        summary_row.addStretch(1)
        layout.addLayout(summary_row)
        fields = (
            Field("day", tr("Day"), "date", default=today),
            Field("time", tr("Time"), placeholder=tr("e.g. 10:30")),
            Field("place", tr("Place"), placeholder=tr("address, or “online”")),
            Field("with_whom", tr("With"), placeholder=tr("name of the therapist or clinic")),
            Field("questions", tr("Questions to ask"), "text",
                  placeholder=tr("Your own questions, or add the suggestions below")),
            Field("note", tr("Notes"), placeholder=tr("optional")),
        )
        self.editor = RecordEditor(app_model.support.appointments, fields,
                                   Nouns("appointment", "appointments"), today)
        layout.addWidget(self.editor, 1)
        self.add_questions_button = QPushButton(tr("Add suggested questions"))
        self.add_questions_button.setAccessibleName(tr("Add suggested questions"))
        self.add_questions_button.setToolTip("\n".join(tr(q) for q in SUGGESTED_QUESTIONS))
        self.add_questions_button.clicked.connect(self.add_suggested_questions)
        questions_row = QHBoxLayout()
        questions_row.addWidget(self.add_questions_button)
        questions_row.addStretch(1)
        self.editor.extra.addLayout(questions_row)

    def add_suggested_questions(self) -> None:
        """Append the suggestions not already there; the person edits them freely."""
        box = self.editor.widgets["questions"]
        assert isinstance(box, QPlainTextEdit)
        text = box.toPlainText().rstrip()
        missing = [tr(q) for q in SUGGESTED_QUESTIONS if tr(q) not in text]
        lines = ([text] if text else []) + [f"• {q}" for q in missing]
        box.setPlainText("\n".join(lines))
