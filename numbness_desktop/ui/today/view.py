"""Today: a warm greeting, the date, one card per practice, and help one click away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.daily import FEELINGS_INVITATION
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.cards import ActionCard
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.formatting import friendly_time
from numbness_desktop.ui.i18n import date_of, long_date, ntr, tr
from numbness_desktop.ui.layout import centred_column
from numbness_desktop.ui.today.checkin_card import CheckInCard
from numbness_desktop.ui.today.plan_card import STEP_ROW_SPACING, TwoWeekPlanCard
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QShowEvent

PAGE_MAX_WIDTH = 900


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return tr("Good morning")
    if 12 <= hour < 18:
        return tr("Good afternoon")
    if 18 <= hour < 23:
        return tr("Good evening")
    return tr("Hello — it's late, so go gently")


class TodayView(QWidget):
    """The first thing the person sees; every card leads somewhere real."""

    openSafetyPlan = Signal()
    openJournal = Signal()
    openBodyMap = Signal()
    openBreathing = Signal()
    helpRequested = Signal()
    openPlace = Signal(str)  # a two-week plan step's place

    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.clock = clock
        # On a short window the page scrolls: squeezed, the cards' texts ran onto their
        # buttons.
        # The scroll area goes into Today's layout once Today is in its place among the
        # tabs (lay_out): QTabWidget.addTab shows the first page it gets, and a page with a
        # layout is then laid out at once, at a size it never has (~9 M instructions
        # before the first paint, for nothing).
        self.page_scroll = QScrollArea(self)
        # Not a Tab stop (its cards' buttons are). Qt.FocusPolicy.NoFocus is 0: set as a
        # property, so that PySide6 builds no Qt namespace before the first paint.
        self.page_scroll.setProperty("focusPolicy", 0)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page = page = QWidget()
        page.setObjectName("page")
        self.page_scroll.setWidget(page)
        column = centred_column(page, PAGE_MAX_WIDTH, (24, 20, 24, 16), 12)

        self.greeting_label = QLabel()
        self.greeting_label.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("muted")
        lead = WrappedLabel(tr("One small step is plenty, and so is none. Stop any time."))
        for widget in (self.greeting_label, self.date_label, lead):
            column.addWidget(widget)

        self.check_in = CheckInCard(app_model)  # two clicks: a state, then a number
        column.addWidget(self.check_in)

        self.two_weeks = TwoWeekPlanCard(app_model)
        self.two_weeks.openPlace.connect(self.openPlace)
        column.addWidget(self.two_weeks)

        # The five cards and the note under them: see _below_parts.
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        self._cards_grid = grid
        self._column_layout = column
        self._column = column.parentWidget()
        self._below: tuple[ActionCard, ActionCard, ActionCard, ActionCard, ActionCard,
                           WrappedLabel] | None = None
        self._below_pending = True  # (to be) made hidden, until shown for good
        self._below_decided = False

        app_model.safetyPlanChanged.connect(self.refresh)
        app_model.journalChanged.connect(self.refresh)
        app_model.support.changed.connect(self.two_weeks.refresh)
        self.refresh()

    # The cards below the two-week plan ------------------------------------------------------
    # Under a running two-week plan with its nine steps shown, the five cards and the note are
    # below the fold of any usual window. They are made just after the first paint, in their
    # place on the page and in the Tab order (a hidden widget is still made from Python and
    # polished before the first paint; kept hidden they were not measured nor laid out,
    # ~37 M instructions, and made later ~10 M more are saved); whenever they could be in
    # sight, before it (showEvent). Asked for earlier, they are made then, hidden until that.
    @property
    def breathe_card(self) -> ActionCard:
        return self._below_parts()[0]

    @property
    def body_card(self) -> ActionCard:
        return self._below_parts()[1]

    @property
    def journal_card(self) -> ActionCard:
        return self._below_parts()[2]

    @property
    def plan_card(self) -> ActionCard:
        return self._below_parts()[3]

    @property
    def help_card(self) -> ActionCard:
        return self._below_parts()[4]

    @property
    def note(self) -> WrappedLabel:
        return self._below_parts()[5]

    @property
    def below_the_fold(self) -> tuple[QWidget, ...]:
        return self._below_parts()

    @property
    def cards_made(self) -> bool:
        return self._below is not None

    def _below_parts(self) -> tuple[ActionCard, ActionCard, ActionCard, ActionCard,
                                    ActionCard, WrappedLabel]:
        if self._below is None:
            self._below = self._make_below()
        return self._below

    def _make_below(self) -> tuple[ActionCard, ActionCard, ActionCard, ActionCard,
                                   ActionCard, WrappedLabel]:
        plan_card = ActionCard(tr("My safety plan"), "", tr("Open my safety plan"),
                               tr("Open my safety plan"))
        plan_card.button.clicked.connect(self.openSafetyPlan)
        help_card = ActionCard(
            tr("Need help now?"),
            tr("Your crisis line, emergency number and the people you trust, in one place. "
               "Ctrl+Shift+H opens it from anywhere."),
            tr("Show my help contacts"), tr("Show my help contacts"), object_name="helpCard",
        )
        help_card.button.setObjectName("primary")
        help_card.button.clicked.connect(self.helpRequested)
        journal_card = ActionCard(
            tr("Name a feeling today"), "", tr("Open the journal"), tr("Open the journal"))
        journal_card.button.clicked.connect(self.openJournal)
        breathe_card = ActionCard(
            tr("Breathe for 2 minutes"),
            tr("Slow breathing with a longer out-breath. A soft circle shows the pace; "
               "stop whenever you like."),
            tr("Breathe for 2 minutes"), tr("Breathe for 2 minutes"),
        )
        breathe_card.button.clicked.connect(self.openBreathing)
        body_card = ActionCard(
            tr("Where do you feel it?"),
            tr("Name one feeling and mark where it sits in your body — or that you can't "
               "tell where. Both are real answers."),
            tr("Open the body map"), tr("Open the body map"),
        )
        body_card.button.clicked.connect(self.openBodyMap)
        note = WrappedLabel(tr("Reconnect is a self-help companion — not a diagnosis and not "
                               "a therapist. Everything you write stays on this computer."))
        note.setObjectName("muted")
        parts = (breathe_card, body_card, journal_card, plan_card, help_card, note)
        if self._below_pending:
            for part in parts:
                part.hide()
        grid = self._cards_grid
        grid.addWidget(breathe_card, 0, 0)
        grid.addWidget(body_card, 0, 1)
        grid.addWidget(journal_card, 1, 0)
        grid.addWidget(plan_card, 1, 1)
        grid.addWidget(help_card, 2, 0, 1, 2)
        self._column_layout.addWidget(note)
        # Made after the page joined the window, their buttons joined its Tab order at the
        # end: put them straight after the plan card's last button, as the page shows them.
        before: QWidget = self.two_weeks.stop_button
        for card in parts[:5]:
            QWidget.setTabOrder(before, card.button)
            before = card.button
        self._fill_cards(plan_card, journal_card, self.clock())
        return parts

    def _fill_cards(self, plan_card: ActionCard, journal_card: ActionCard,
                    now: datetime) -> None:
        count, last_edited = self.app_model.safety_plan_summary()
        if count == 0:
            text = tr("A plan you write while you feel steadier, for harder moments. "
                      "Start with one section; it saves itself.")
        else:
            text = ntr("%n entry across your plan, last edited {when}. Reading it through can "
                       "help too.",
                       "%n entries across your plan, last edited {when}. Reading it through "
                       "can help too.", count).format(when=friendly_time(last_edited))
        plan_card.text.setText(text)
        journal_card.text.setText(journal_card_text(
            self.app_model.journal_feelings_named(now.date().isoformat())))
        if not self._below_pending:  # (hidden, they fit their text as they first show)
            for card in (plan_card, journal_card):
                card.fit_text()  # new words, perhaps another line

    def lay_out(self) -> None:
        """Today's own layout: the window calls it just after adding Today to its tabs."""
        if self.layout() is None:
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addWidget(self.page_scroll)

    def showEvent(self, event: QShowEvent) -> None:
        self.lay_out()  # (in case nobody did)
        super().showEvent(event)
        if self._below_pending and not self._below_decided:
            self._below_decided = True
            if self._cards_surely_below_the_fold():
                after_first_paint(self.page, self.show_below_the_fold)
            else:
                self.show_below_the_fold()  # perhaps in sight: before the first paint

    def _cards_surely_below_the_fold(self) -> bool:
        """Whether the cards' place is lower than the whole window is tall (plain geometry,
        erring towards "no"): only when the plan's nine steps are shown (the card filled
        itself as it showed, just now), each row at least a button high. The plan card's
        top is where the page, laid out before that at least as wide as it will be, put
        it; the scroll area's viewport() would cost ~10 ms the first time.)"""
        plan = self.two_weeks
        if not plan.rows or not plan.steps_box.isVisibleTo(plan):
            return False
        row = plan.rows[0].button.sizeHint().height() + STEP_ROW_SPACING
        top = self._column.y() + plan.y()
        return top + len(plan.rows) * row >= self.window().height()

    def window_shown(self) -> None:
        """The window has shown and laid itself out (its first show): the plan's steps
        that could be in sight come in now, before the first paint; those below the fold of
        the page (they were held back, see TwoWeekPlanCard.release_rows) just after it."""
        plan = self.two_weeks
        if not plan.rows_wait_for_first_view:
            return
        if not self.isVisible():  # another tab first: the steps are there when Today shows
            plan.release_rows(None)
            return
        room = self.page_scroll.height() - self._column.y() - plan.y()
        plan.release_rows(room, lambda bring_in: after_first_paint(
            self.page, lambda: self._steps_after_first_paint(bring_in)))

    def _steps_after_first_paint(self, bring_in: Callable[[], object]) -> None:
        if any(row.held for row in self.two_weeks.rows):  # (else the cards brought them)
            bring_in()
            self._grow_page()

    def show_below_the_fold(self) -> None:
        """The cards and the note under the two-week plan (once; made now if they were not:
        see ``_below_parts``)."""
        if not self._below_pending:
            return
        parts = self._below_parts()  # (made hidden, filled, not yet fitted)
        self._below_pending = False
        if not self.two_weeks.rows_wait_for_first_view:  # (after the first paint)
            self.two_weeks.bring_in_every_row()  # the steps above the cards first
        for widget in parts:
            widget.show()
        self._grow_page()

    def _grow_page(self) -> None:
        if self.isVisible():
            # The page grown at once: left to the posted layout requests, the column would
            # first squeeze everything into its old height for a frame.
            from PySide6.QtCore import QEvent
            from PySide6.QtWidgets import QApplication

            self._column.updateGeometry()
            QApplication.sendEvent(self.page_scroll, QEvent(QEvent.Type.LayoutRequest))

    def first_paint_marker(self) -> QWidget:
        """What shows real data first: the page (its cards are filled before the first
        paint). The plan card itself can lie below the fold on a short window.

        The page, not the scroll area's viewport: asking PySide6 for the viewport (a widget
        made in C++) makes it look up the widget's Python type, which builds the enums of
        every QWidget subclass (QWizard, QFileDialog, ...), ~10 ms before the first paint.
        """
        return self.page

    def refresh(self) -> None:
        now = self.clock()
        self.greeting_label.setText(greeting(now.hour))
        self.date_label.setText(long_date(date_of(now)))
        if self._below is not None:  # (else they are filled as they are made)
            self._fill_cards(self.plan_card, self.journal_card, now)
        self.two_weeks.refresh()


def journal_card_text(named: int) -> str:
    if named == 0:
        return tr("{invitation} — small or 'neutral' ones too, and where you felt them in "
                  "your body. A word each is enough.").format(invitation=tr(FEELINGS_INVITATION))
    return ntr("%n feeling named today. That is real noticing; add more if you like, or leave "
               "it there.",
               "%n feelings named today. That is real noticing; add more if you like, or "
               "leave it there.", named)
