"""The WHO-5 questionnaire, exactly as published, and a calm result.

Each statement is a group of six radio buttons (arrow keys move between answers, Tab to the
next statement). "See my score" is enabled once all five are answered. The result shows the
score out of 100, the note that it is a screening aid and not a diagnosis, and — for a score
below the published cut-off — a gentle suggestion to talk with a professional, with the Learn
page one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import who5
from numbness_desktop.model.wellbeing_model import WellbeingModel
from numbness_desktop.ui.i18n import number, tr

ANSWER_COLUMNS = 3


class Who5Dialog(QDialog):
    learnRequested = Signal(str)  # a Learn page id
    helpRequested = Signal()

    def __init__(self, model: WellbeingModel, occasion: str = who5.Occasion.OWN,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.occasion = occasion
        self.saved: who5.Who5Result | None = None
        self.setWindowTitle(tr("Well-being check (WHO-5)"))
        self.setAccessibleName(tr("Well-being check"))
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_questions())
        self.stack.addWidget(self._build_result())

        buttons = QHBoxLayout()
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(self.helpRequested)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("Not now"))
        self.cancel_button.setAccessibleName(tr("Close the well-being check without saving"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton(tr("See my score"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(tr("See my score"))
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.done_button = QPushButton(tr("Close"))
        self.done_button.setAccessibleName(tr("Close the well-being check"))
        self.done_button.clicked.connect(self.accept)
        self.done_button.hide()
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

    def _build_questions(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_scroll = scroll
        page = QWidget()
        page.setObjectName("page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 8)
        column.setSpacing(10)
        title = QLabel(tr(who5.TITLE))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        column.addWidget(title)
        lead = QLabel(tr("Optional, about two minutes. Your answers stay on this computer, "
                         "and you can stop at any time."))
        lead.setObjectName("muted")
        lead.setWordWrap(True)
        column.addWidget(lead)
        instruction = QLabel(tr(who5.INSTRUCTION))
        instruction.setWordWrap(True)
        column.addWidget(instruction)
        heading = QLabel(tr(who5.HEADING))
        heading.setObjectName("sectionTitle")
        column.addWidget(heading)
        self.groups: list[QButtonGroup] = []
        self.grids: list[QGridLayout] = []
        self.columns = ANSWER_COLUMNS
        for place, published in enumerate(who5.ITEMS, start=1):
            statement = tr(published)
            card = QFrame()
            card.setObjectName("card")
            card.setAccessibleName(statement)
            grid = QGridLayout(card)
            grid.setContentsMargins(14, 10, 14, 10)
            grid.setHorizontalSpacing(18)
            label = QLabel(tr("{number}. {statement}").format(number=number(place),
                                                               statement=statement))
            label.setWordWrap(True)
            label.setObjectName("subTitle")
            grid.addWidget(label, 0, 0, 1, ANSWER_COLUMNS)
            group = QButtonGroup(card)
            for text, value in who5.ANSWERS:
                button = QRadioButton(tr(text))
                button.setAccessibleName(tr(text))
                button.setAccessibleDescription(statement)
                group.addButton(button, value)
            group.idToggled.connect(lambda _id, _on: self._answers_changed())
            self.groups.append(group)
            self.grids.append(grid)
            self._place(grid, group, ANSWER_COLUMNS)
            column.addWidget(card)
        sources = QLabel(tr("Source: {source}. Used unchanged, as its authors ask.").format(
            source=who5.SOURCES[0]))
        sources.setObjectName("muted")
        sources.setWordWrap(True)
        column.addWidget(sources)
        column.addStretch(1)
        scroll.setWidget(page)
        scroll.viewport().installEventFilter(self)
        return scroll

    def _build_result(self) -> QWidget:
        """The result; it scrolls (never squeezes its words) when the text is large."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its links are the Tab stops
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        title = QLabel(tr("Your well-being check"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        self.score_label = QLabel()
        self.score_label.setObjectName("sectionTitle")
        self.score_label.setWordWrap(True)
        column.addWidget(self.score_label)
        self.raw_label = QLabel()
        self.raw_label.setObjectName("muted")
        self.raw_label.setWordWrap(True)
        column.addWidget(self.raw_label)
        note = QLabel(tr(who5.NOT_A_DIAGNOSIS))
        note.setWordWrap(True)
        column.addWidget(note)
        self.low_card = QFrame()
        self.low_card.setObjectName("helpCard")
        low_layout = QVBoxLayout(self.low_card)
        low_layout.setContentsMargins(16, 12, 16, 12)
        self.low_text = QLabel(tr(who5.LOW_SCORE_NOTE))
        self.low_text.setWordWrap(True)
        low_layout.addWidget(self.low_text)
        self.learn_button = QPushButton(tr("When to seek professional guidance"))
        self.learn_button.setObjectName("linkButton")
        self.learn_button.setAccessibleName(tr("Open the Learn page: When to seek "
                                               "professional guidance"))
        self.learn_button.clicked.connect(lambda: self.learnRequested.emit("seek-help"))
        low_layout.addWidget(self.learn_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.low_card)
        about = QPushButton(tr("About the WHO-5 and what the score means"))
        about.setObjectName("linkButton")
        about.setAccessibleName(tr("Open the Learn page about the WHO-5"))
        about.clicked.connect(lambda: self.learnRequested.emit("who5"))
        column.addWidget(about, 0, Qt.AlignmentFlag.AlignLeft)
        trends = QLabel(tr("Your checks appear in Trends, so you can see how they change."))
        trends.setObjectName("muted")
        trends.setWordWrap(True)
        column.addWidget(trends)
        column.addStretch(1)
        scroll.setWidget(page)
        self.result_scroll = scroll
        return scroll

    @staticmethod
    def _place(grid: QGridLayout, group: QButtonGroup, columns: int) -> None:
        """The six answers in the published order, ``columns`` to a row."""
        for position, button in enumerate(group.buttons()):
            grid.removeWidget(button)
            grid.addWidget(button, 1 + position // columns, position % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the questions' viewport: a scroll bar came
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Three answers to a row while they fit; two, then one, at large text sizes or with
        longer words."""
        widest = max(b.sizeHint().width() for b in self.groups[0].buttons())
        room = self.questions_scroll.viewport().width() - 60
        columns = max(1, min(ANSWER_COLUMNS, room // (widest + 18)))
        if columns != self.columns:
            self.columns = columns
            for grid, group in zip(self.grids, self.groups, strict=True):
                self._place(grid, group, columns)

    def answers(self) -> tuple[int, ...] | None:
        chosen = tuple(group.checkedId() for group in self.groups)
        return None if -1 in chosen else chosen

    def answer(self, item: int, value: int) -> None:
        """Choose an answer (item 0–4, value 0–5), as a click would."""
        self.groups[item].button(value).click()

    def _answers_changed(self) -> None:
        self.save_button.setEnabled(self.answers() is not None)

    def save(self) -> who5.Who5Result | None:
        answers = self.answers()
        if answers is None:
            return None
        result = self.model.save(answers, self.occasion)
        if result is None:
            return None  # the window's banner says why; the answers stay chosen
        self.saved = result
        self.score_label.setText(tr("Your score: {score} out of 100").format(
            score=number(result.percent)))
        self.raw_label.setText(tr("Raw score {raw} (on a scale from 0 to 25), multiplied by 4. "
                                  "Higher means better well-being.").format(
            raw=number(result.raw)))
        self.low_card.setVisible(result.low)
        self.stack.setCurrentIndex(1)
        self.save_button.hide()
        self.cancel_button.hide()
        self.done_button.show()
        self.done_button.setFocus()
        self.result_scroll.verticalScrollBar().setValue(0)  # the score first
        return result
