"""Today's two-week plan: start it on any day, see "Day N of 14" and the nine steps.

Each step opens the place that does it. Daily steps tick themselves from what the person
did that day, and can be ticked by hand; one-off steps tick once. Progress is days touched
and steps tried, never a streak or a score. This card is on the way to the first paint, so
it names no Qt enum (see tests/test_first_paint_cost.py) and builds its dialogs on demand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.two_week_plan import (
    STEPS,
    StepState,
    TickValue,
)
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.today.plan_words import day_line, lead, state_words
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from numbness_desktop.ui.today.plan_review import PlanReviewDialog

INTRO = ("Nine small steps for the next two weeks: naming feelings, slow breathing, moving, "
         "a body scan, and a few one-off steps towards support. Start on any day; "
         "do what you can and stop any time.")
STEP_ROW_SPACING = 10  # between the nine steps' rows
STEPS_SHOWN_KEY = "view/twoWeekStepsShown"  # the person may fold the nine steps away


def set_shown(widget: QWidget, shown: bool) -> None:
    """``widget.setVisible(shown)``, only when that changes whether it shows with its parent:
    "showing" a widget whose window is not on screen yet polishes it (and lays out what is
    inside it) there and then."""
    parent = widget.parentWidget()
    if parent is None or widget.isVisibleTo(parent) != shown:
        widget.setVisible(shown)


class StepRow:
    """One step: a tick box, its title and state in words, and a button to its place.

    A row can be held back while it is surely below the fold of the window's first view (see
    ``TwoWeekPlanCard.release_rows``): its widgets are not even made until it is brought in
    (a hidden widget is still made from Python and polished against the style sheet before
    the first paint: ~3 M instructions a row). What the card shows in it is kept meanwhile.
    """

    def __init__(self, card: TwoWeekPlanCard, grid: QGridLayout, row: int, index: int) -> None:
        self.step = STEPS[index]
        self._card = card
        self._grid = grid
        self._row = row
        self.held = True  # not in its place yet (its widgets made, or not, hidden)
        self.built = False
        self._state: tuple[StepState, bool] | None = None  # as last shown by the card
        self._button_wanted = True  # whether its place's tab exists
        self._not_now_wanted = True  # whether "Not for me now" is still an answer to give
        self.not_now: QPushButton | None = None

    def build(self) -> None:
        """Make the row's widgets, hidden, in its place in the card's grid (once)."""
        if self.built:
            return
        self.built = True
        card, step, grid, row = self._card, self.step, self._grid, self._row
        self.box = QCheckBox()
        self.box.setAccessibleName(tr("Tick: {step}").format(step=tr(step.title)))
        self.box.toggled.connect(lambda on: card.tick(step.key, TickValue.DONE if on else None))
        self.title = WrappedLabel(tr(step.title))
        self.state = WrappedLabel()
        self.state.setObjectName("muted")
        self.button = QPushButton(tr(step.button))
        self.button.setAccessibleName(tr("{action} ({step})").format(action=tr(step.button),
                                                                     step=tr(step.title)))
        self.button.clicked.connect(lambda: card.openPlace.emit(step.place.value))
        if step.key == "appointment":
            self.not_now = QPushButton(tr("Not for me now"))
            self.not_now.setAccessibleName(tr("Not for me now (first appointment)"))
            self.not_now.clicked.connect(lambda: card.tick(step.key, TickValue.NOT_NOW))
        for widget in self.widgets():
            widget.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.state)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.button)
        if self.not_now is not None:
            buttons.addWidget(self.not_now)
        grid.addWidget(self.box, row, 0)
        grid.addLayout(text, row, 1)
        grid.addLayout(buttons, row, 2)
        if self._state is not None:
            self._show_state()

    def widgets(self) -> list[QWidget]:
        """The row's widgets in their Tab order (none before it is built)."""
        if not self.built:
            return []
        shown = [self.box, self.title, self.state, self.button]
        return shown if self.not_now is None else [*shown, self.not_now]

    def controls(self) -> list[QWidget]:
        """What Tab reaches in the row, in order (none before it is built)."""
        return [w for w in self.widgets() if w is not self.title and w is not self.state]

    def bring_in(self) -> None:
        if not self.held:
            return
        self.build()
        self.held = False
        for widget in (self.box, self.title, self.state):
            widget.show()
        set_shown(self.button, self._button_wanted)
        if self.not_now is not None:
            set_shown(self.not_now, self._not_now_wanted)

    def show_button(self, shown: bool) -> None:
        self._button_wanted = shown
        if not self.held:
            set_shown(self.button, shown)

    def show_state(self, state: StepState, daily: bool) -> None:
        self._state = (state, daily)
        self._not_now_wanted = state is StepState.OPEN
        if self.built:
            self._show_state()

    def _show_state(self) -> None:
        assert self._state is not None
        state, daily = self._state
        blocked = self.box.blockSignals(True)
        self.box.setChecked(state is not StepState.OPEN)  # "not for me now" is an answer
        self.box.blockSignals(blocked)
        self.box.setEnabled(state is not StepState.AUTO)
        words = state_words(state, daily, self.step.seen_in)
        self.state.setText(tr("{hint} ({state})").format(hint=tr(self.step.hint), state=words))
        self.box.setAccessibleDescription(words)
        if self.not_now is not None and not self.held:
            set_shown(self.not_now, self._not_now_wanted)


class TwoWeekPlanCard(QFrame):
    openPlace = Signal(str)  # a two_week_plan.Place value

    def __init__(self, app_model: AppModel) -> None:
        super().__init__()
        self.app_model = app_model
        self.plan = app_model.plan
        self.setObjectName("card")
        self.setAccessibleName(tr("Two-week plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        self.title = QLabel(tr("Your two-week plan"))
        self.title.setObjectName("sectionTitle")
        self.day_label = QLabel()
        self.day_label.setObjectName("subTitle")
        self.day_label.setAccessibleDescription(tr("Which day of the two-week plan this is"))
        self.text = WrappedLabel(tr(INTRO))
        self.goal_label = WrappedLabel()
        self.goal_label.setAccessibleDescription(tr("My values-based goal"))
        for widget in (self.title, self.day_label, self.text, self.goal_label):
            layout.addWidget(widget)

        self.fold_button = QPushButton()
        self.fold_button.setObjectName("linkButton")
        self.fold_button.clicked.connect(self.toggle_steps)
        layout.addWidget(self.fold_button)
        self.steps_box = QWidget()
        grid = QGridLayout(self.steps_box)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(STEP_ROW_SPACING)
        grid.setColumnStretch(1, 1)
        self.rows = [StepRow(self, grid, i, i) for i in range(len(STEPS))]
        layout.addWidget(self.steps_box)
        # Held back until the window's first view is laid out: then Today brings in the steps
        # that could be in sight, and the rest just after the first paint (release_rows),
        # made only then. The first is made now (hidden): a row's height is measured on it.
        # Whenever the list is filled after that, every step is there.
        self.rows[0].build()
        self.rows_wait_for_first_view = True

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.start_button = QPushButton(tr("Start my two weeks"))
        self.start_button.setAccessibleName(tr("Start my two weeks"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(lambda: self.start())
        self.start_other_button = QPushButton(tr("Start on another day…"))
        self.start_other_button.setAccessibleName(tr("Start on another day"))
        self.start_other_button.clicked.connect(self.choose_start_day)
        self.review_button = QPushButton(tr("See how the two weeks went"))
        self.review_button.setAccessibleName(tr("See how the two weeks went"))
        self.review_button.setObjectName("primary")
        self.review_button.clicked.connect(self.open_review)
        self.again_button = QPushButton(tr("Start again…"))
        self.again_button.setAccessibleName(tr("Start the two weeks again"))
        self.again_button.clicked.connect(self.choose_start_day)
        self.stop_button = QPushButton(tr("Stop the plan"))
        self.stop_button.setAccessibleName(tr("Stop the plan"))
        self.stop_button.clicked.connect(self.stop)
        for button in (self.start_button, self.review_button, self.start_other_button,
                       self.again_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.review_dialog: PlanReviewDialog | None = None
        self.place_available = lambda _place: True  # the window says which tabs exist
        self.refreshes = 0  # how often the card was really read and filled (a test counts)
        self._filled_for_show = False  # filled while hidden, for the show about to come
        self.plan.changed.connect(self.refresh)

    # Showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the card now if it can be seen; otherwise it is filled as it next shows.

        So while Today is being built (the card, Today and the window each asked) it is read
        and filled once, as the window first shows, not once per caller.
        """
        if not self.isVisible():
            self._filled_for_show = False  # (what was filled may be out of date)
            return
        self._fill()

    def fill_before_show(self) -> None:
        """Fill the card now, while hidden, for the window's first show in this same turn
        of the event loop: its words are then in place when Qt first measures them."""
        from PySide6.QtCore import QTimer

        self._fill()
        self._filled_for_show = True
        QTimer.singleShot(0, self._forget_fill_for_show)  # a later show reads anew

    def _forget_fill_for_show(self) -> None:
        self._filled_for_show = False

    def showEvent(self, event) -> None:
        """Every time Today comes back: what was done elsewhere ticks its step."""
        if not self._filled_for_show:
            self._fill()
        self._filled_for_show = False
        super().showEvent(event)

    def _fill(self) -> None:
        self.refreshes += 1
        p = self.plan.progress()
        running = p is not None
        set_shown(self.start_button, not running)
        set_shown(self.start_other_button, not running)
        set_shown(self.again_button, running)
        set_shown(self.stop_button, running)
        can_show = p is not None and not p.not_started_yet and not p.finished
        shown = can_show and self.steps_shown()
        set_shown(self.steps_box, shown)
        if not self.rows_wait_for_first_view:
            self.bring_in_every_row()  # (any still held)
        set_shown(self.fold_button, can_show)
        words = tr("Hide the nine steps") if shown else tr("Show the nine steps")
        self.fold_button.setText(words)
        self.fold_button.setAccessibleName(words)
        set_shown(self.review_button, p is not None and p.finished)
        set_shown(self.day_label, running)
        if p is None:
            self.text.setText(tr(INTRO))
            set_shown(self.goal_label, False)
            return
        self.day_label.setText(day_line(p))
        self.text.setText(lead(p))
        for row, view in zip(self.rows, p.steps, strict=True):
            row.show_state(view.state, view.step.daily)
            row.show_button(self.place_available(view.step.place.value))
        goal = self.app_model.newest_active_goal()
        set_shown(self.goal_label, goal is not None)
        if goal is not None:
            line, review_day = goal
            if review_day and review_day <= p.today.isoformat():
                words = tr("What matters to you: {goal}. A good day to look at it again, if "
                           "you like.")
            else:
                words = tr("What matters to you: {goal}.")
            self.goal_label.setText(words.format(goal=line))

    def release_rows(self, room: int | None,
                     later: Callable[[Callable[[], None]], object] | None = None) -> None:
        """Bring in the held steps whose top lies within ``room`` pixels below this card's
        top (all of them when ``room`` is None), and the others through ``later`` (just
        after the first paint): Qt then does not polish, measure and lay out some forty
        widgets nobody can see yet before that paint. They are in their place and in the Tab
        order from the next turn of the event loop."""
        self.rows_wait_for_first_view = False
        in_sight = len(self.rows) if room is None else self._rows_within(room)
        self._bring_in(self.rows[:in_sight])
        if in_sight < len(self.rows):
            if later is None:
                self.bring_in_every_row()
            else:
                later(self.bring_in_every_row)

    def bring_in_every_row(self) -> None:
        """Every held step in its place now (as the first view's turn has passed)."""
        self._bring_in(self.rows)

    def _bring_in(self, rows: list[StepRow]) -> None:
        """``rows`` in their place, made now if they were not. A row made after the card
        joined the window joins the window's Tab order at its end: its controls are put
        straight after the previous row's, where the card shows them."""
        before: QWidget | None = None
        for row in self.rows:
            if row in rows and not row.built:
                row.build()
                for control in row.controls():
                    if before is not None:
                        QWidget.setTabOrder(before, control)
                    before = control
            elif row.built:
                before = row.controls()[-1]
        for row in rows:
            row.bring_in()

    def _rows_within(self, room: int) -> int:
        """How many steps' tops lie within ``room`` pixels below the card's top (plain
        geometry, erring towards more: each row at least a button high)."""
        if not self.steps_box.isVisibleTo(self):
            return 0
        layout = self.layout()
        if layout is not None:
            layout.activate()  # (its words are in: where the steps begin)
        row = self.rows[0].button.sizeHint().height() + STEP_ROW_SPACING
        top = self.steps_box.y()
        count = 0
        while count < len(self.rows) and top + count * row < room:
            count += 1
        return count

    def steps_shown(self) -> bool:
        return bool(self.app_model.preferences.value(STEPS_SHOWN_KEY, True))

    def toggle_steps(self) -> None:
        self.app_model.preferences.set_value(STEPS_SHOWN_KEY, not self.steps_shown())
        self.refresh()
        self.fold_button.setFocus()

    # Acting ----------------------------------------------------------------------------------
    def start(self, day=None) -> None:
        self.plan.start(day)

    def tick(self, step: str, value: TickValue | None) -> None:
        self.plan.set_tick(step, value)

    def choose_start_day(self) -> None:
        from numbness_desktop.ui.today.plan_start import StartDayDialog

        dialog = StartDayDialog(self.plan.today(), restart=self.plan.current_run() is not None,
                                parent=self)
        if self.run_dialog(dialog):
            self.start(dialog.chosen_day())

    def stop(self) -> None:
        from numbness_desktop.ui.today.plan_start import confirm_stop

        if confirm_stop(self):
            self.plan.stop()

    def open_review(self):
        from numbness_desktop.ui.today.plan_review import PlanReviewDialog

        if self.review_dialog is not None:
            self.review_dialog.deleteLater()
        self.review_dialog = PlanReviewDialog(self.plan, self)
        self.review_dialog.open()
        return self.review_dialog

    def run_dialog(self, dialog) -> bool:
        """Shows a dialog modally; tests replace this to answer it."""
        return bool(dialog.exec())
