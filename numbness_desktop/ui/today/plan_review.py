"""The kind review at the end of the two weeks: what you tried, what helped by your own
ratings, and the choice to continue, repeat or stop. No scores, no "missed" days."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.two_week_plan import STEP_BY_KEY, Choice
from numbness_desktop.domain.two_week_review import HelpLine, Review
from numbness_desktop.model.plan_model import PlanModel
from numbness_desktop.ui.i18n import ntr, number, tr

SOURCE_NAMES = {"breathing": "Breathing", "body_scan": "Body scan", "movement": "Movement",
                "grounding": "Grounding", "self_kindness": "Self-kindness",
                "staying_present": "Staying present"}


def review_lines(result: Review, length: int) -> list[str]:
    """The review in plain sentences (also used by tests)."""
    lines = [ntr("You came back to the plan on %n of the {length} days.",
                 "You came back to the plan on %n of the {length} days.",
                 result.days_touched).format(length=number(length))
             if result.days_touched else
             tr("These two weeks were quiet ones, and that is all right. Coming back now "
                "counts.")]
    for key in result.steps_tried:
        step = STEP_BY_KEY[key]
        n = result.days_per_step.get(key, 0)
        when = ntr("on %n day", "on %n days", n) if step.daily else tr("done")
        lines.append(tr("• {step}: {when}").format(step=tr(step.title), when=when))
    return lines


def helped_line(line: HelpLine) -> str:
    name = tr(SOURCE_NAMES.get(line.source, line.source.replace("_", " ").capitalize()))
    if line.connected_mean is not None:
        return ntr("Time with people (%n check-in): afterwards you felt, on average, {mean} "
                   "out of 10 connected.",
                   "Time with people (%n check-ins): afterwards you felt, on average, {mean} "
                   "out of 10 connected.", line.sessions).format(
            mean=number(line.connected_mean, 1))
    parts = []
    if line.tension_change is not None:
        change = line.tension_change
        parts.append(tr("tension about the same") if abs(change) < 0.5 else
                     (tr("tension {points} points lower") if change < 0 else
                      tr("tension {points} points higher")).format(
                         points=number(abs(change), 1)))
    if line.connected_change is not None:
        change = line.connected_change
        parts.append(tr("feeling connected about the same") if abs(change) < 0.5 else
                     (tr("feeling connected {points} points higher") if change > 0 else
                      tr("feeling connected {points} points lower")).format(
                         points=number(abs(change), 1)))
    changes = (tr("{first} and {second}").format(first=parts[0], second=parts[1])
               if len(parts) == 2 else "".join(parts))
    return ntr("{name} (%n session): afterwards, on average, {changes}.",
               "{name} (%n sessions): afterwards, on average, {changes}.",
               line.sessions).format(name=name, changes=changes)


class PlanReviewDialog(QDialog):
    def __init__(self, plan: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Your two weeks"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        run = plan.current_run()
        result = plan.review() or Review(0, ())
        length = run.length_days if run else 14
        title = QLabel(tr("What you tried"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.tried_label = QLabel("\n".join(review_lines(result, length)))
        self.tried_label.setWordWrap(True)
        self.tried_label.setAccessibleDescription(tr("What you tried"))
        layout.addWidget(self.tried_label)
        layout.addSpacing(8)
        helped = QLabel(tr("What helped, by your own ratings"))
        helped.setObjectName("sectionTitle")
        layout.addWidget(helped)
        words = [helped_line(line) for line in result.helped] or [
            tr("There are no before-and-after ratings from these days. That is fine; how it "
               "felt to you is what counts.")]
        self.helped_label = QLabel("\n".join(words))
        self.helped_label.setWordWrap(True)
        self.helped_label.setAccessibleDescription(tr("What helped"))
        layout.addWidget(self.helped_label)
        layout.addSpacing(8)
        question = QLabel(tr("What would you like next? Each is a good choice."))
        question.setWordWrap(True)
        layout.addWidget(question)
        row = QVBoxLayout()  # one under another: whole at any text size
        row.setSpacing(8)
        self.choice_buttons = {}
        for choice, text, name in (
                (Choice.CONTINUE, "Continue for two more weeks", "Continue the plan"),
                (Choice.REPEAT, "Start a fresh two weeks today", "Repeat the plan"),
                (Choice.STOP, "Stop here for now", "Stop the plan here")):
            button = QPushButton(tr(text))
            button.setAccessibleName(tr(name))
            button.clicked.connect(lambda _c=False, choice=choice: self.choose(choice))
            row.addWidget(button)
            self.choice_buttons[choice] = button
        self.choice_buttons[Choice.CONTINUE].setObjectName("primary")
        layout.addLayout(row)
        later = QPushButton(tr("Decide later"))
        later.setAccessibleName(tr("Decide later"))
        later.clicked.connect(self.reject)
        layout.addWidget(later)

    def choose(self, choice: Choice) -> None:
        self.plan.choose(choice)
        self.accept()
