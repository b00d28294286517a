"""The Practices tab: a check-in, matched suggestions, and the everyday practices.

The home page holds the check-in, one card per practice, the day's small goal and the
basics. Starting a practice shows it full-page (a ``PracticeFrame``); when it is done the
home page comes back. Suggestions that live on other tabs (breathing, the journal, the
safety plan, the people to reach) are passed up as ``openTarget`` for the window to route.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.cards import ActionCard
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.layout import centred_column
from numbness_desktop.ui.practices.checkin_form import CheckInForm
from numbness_desktop.ui.practices.reflow import CardGrid
from numbness_desktop.ui.practices.scroll import scrolled
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:  # a practice's modules are imported when one opens, not with the tab
    from numbness_desktop.domain.check_in_state import CheckInState
    from numbness_desktop.model.practices_model import PracticesModel
    from numbness_desktop.ui.practices.basics import BasicsCard
    from numbness_desktop.ui.practices.frame import PracticeContent, PracticeFrame
    from numbness_desktop.ui.practices.goal import GoalCard

PAGE_MAX_WIDTH = 900
LATER_CARDS = 2  # the last row of cards, shown just after the first paint
OTHER_TABS = ("breathe", "journal", "values", "reach_out")
CARDS = (  # (target, title, text, button)
    ("grounding", "5-4-3-2-1 grounding",
     "Five things you see, four you hear, three you can touch, two you smell, one you taste. "
     "A step at a time.", "Open 5-4-3-2-1 grounding"),
    ("orienting", "Look around",
     "Let your eyes wander slowly round the room and name a few colours.", "Open looking around"),
    ("body_scan", "Body scan",
     "3, 5 or 10 minutes of gentle attention, from your feet to your face.",
     "Open the body scan"),
    ("movement", "Gentle movement",
     "A few slow stretches, a slow walk, or shaking out. Skip any step.",
     "Open gentle movement"),
    ("self_kindness", "Self-kindness pause",
     "Three short steps of kindness towards yourself, and one small goal for today.",
     "Open the self-kindness pause"),
    ("staying_present", "Staying present with someone",
     "Before: Take three slow breaths. · During: Listen without rushing to solve or fix. · "
     "Afterwards: Write one sentence in the journal: how it was, or one thing you noticed.",
     "Open staying present"),
)


class PracticesView(QWidget):
    openTarget = Signal(str)  # a suggestion that lives on another tab
    openBodyMap = Signal(list)  # region ids to fill in
    openJournal = Signal()
    openLearn = Signal(str)  # a Learn page id (a practice's "More in Learn" link)
    _filled = False  # the home page (a class default: event() runs before __init__ ends)

    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.clock = clock
        self.frame: PracticeFrame | None = None
        self._below_pending = False
        self._goal: GoalCard | None = None
        self._basics: BasicsCard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        # The page goes into its scroll area while still empty and is filled there: given a
        # whole page, the scroll area would measure all of it (size hints, height for width)
        # before it is styled, only to measure it again when shown.
        self.home = scrolled(QWidget())
        self.stack.addWidget(self.home)

    @property
    def practices(self) -> PracticesModel:
        """The practices' model, first asked for by what reads or saves (the day's goal and
        basics, a saved check-in, a practice): not by the home page's first paint, which
        shows none of it (its model and records cost ~8 ms to import)."""
        return self.app_model.practices

    # The home page is filled once the view is in its place (its tab, in the window), or
    # when first shown or asked for if it never gets a parent: each widget is then made
    # inside its final parent and takes the window's font, palette and style sheet once, as
    # it is made. Filled first and put in its tab afterwards, the whole page was restyled as
    # it joined the window (QWidget::setParent sends every widget below it a StyleChange,
    # and again at each level it was added to): about a fifth of the tab's first show.
    @property
    def check_in(self) -> CheckInForm:
        return self._home()[0]

    @property
    def card_grid(self) -> CardGrid:
        return self._home()[1]

    @property
    def cards(self) -> dict[str, ActionCard]:
        return self._home()[2]

    def _home(self) -> tuple[CheckInForm, CardGrid, dict[str, ActionCard]]:
        if not self._filled:
            self._filled = True
            self._fill_home(self.home.widget())
        return self._check_in, self._card_grid, self._cards

    def _fill_home(self, page: QWidget) -> None:
        column = centred_column(page, scaled(PAGE_MAX_WIDTH), (24, 20, 24, 16), 12)
        self._column: QWidget = column.parentWidget()
        holder = self._column
        title = QLabel(tr("Practices"), holder)
        title.setObjectName("pageTitle")
        lead = WrappedLabel(tr("Check in with yourself, then try a practice if you like. Each one "
                        "is small; stop any time."), holder)
        column.addWidget(title)
        column.addWidget(lead)
        self._check_in = CheckInForm(self.app_model, holder)
        self._check_in.suggestionChosen.connect(self.open_target)
        column.addWidget(self._check_in)
        # Two cards to a row; one when large text needs the room.
        self._card_grid = grid = CardGrid(parent=holder)
        self._cards: dict[str, ActionCard] = {}
        for target, name, text, button in CARDS:
            card = ActionCard(tr(name), tr(text), tr(button), tr(button))
            card.button.clicked.connect(lambda _c=False, t=target: self.open_target(t))
            self._cards[target] = card
        grid.extend(list(self._cards.values()))
        column.addWidget(grid)
        # Below the fold in most windows: the last row of cards, the day's goal and the
        # basics. They come just after the tab's first paint (or at once if the window would
        # show them, or when first asked for), in their place on the page and in the Tab
        # order. The cards are there from the start, hidden (so the grid still chooses its
        # columns by all six); the goal and the basics are built then.
        self._later_cards = list(self._cards.values())[-LATER_CARDS:]
        for card in self._later_cards:
            card.hide()
        self._below_at = column.count()
        column.addStretch(1)
        note = WrappedLabel(tr("These are self-help practices, not treatment. If one doesn't suit "
                        "you today, leave it; another day may be different."), holder)
        note.setObjectName("muted")
        column.addWidget(note)
        self._column_layout = column

    @property
    def goal(self) -> GoalCard:
        return self._below_the_fold()[0]

    @property
    def basics(self) -> BasicsCard:
        return self._below_the_fold()[1]

    def _below_the_fold(self) -> tuple[GoalCard, BasicsCard]:
        if self._goal is None or self._basics is None:
            self._home()
            from numbness_desktop.ui.practices.basics import BasicsCard
            from numbness_desktop.ui.practices.goal import GoalCard

            self._goal, self._basics = GoalCard(self.practices), BasicsCard(self.practices)
            self._column_layout.insertWidget(self._below_at, self._goal)
            self._column_layout.insertWidget(self._below_at + 1, self._basics)
            # Built later, their controls joined the window's Tab order at its end: put them
            # straight after the last card's, where the page shows them.
            before: QWidget = self.cards[CARDS[-1][0]].button
            for control in (self._goal.field, self._goal.done,
                            *(b for row in self._basics.buttons.values() for b in row)):
                QWidget.setTabOrder(before, control)
                before = control
            for card in self._later_cards:
                card.show()
            if self.isVisible():
                # Shown and the page grown at once. Left to the layout (it shows new parts
                # a turn later) and to the posted layout requests, the column would first
                # squeeze everything into its old height (the cards above overlapping for a
                # frame), and only then would the scroll area grow the page.
                self._goal.show()
                self._basics.show()
                self.card_grid.updateGeometry()
                self._column.updateGeometry()
                QApplication.sendEvent(self.home, QEvent(QEvent.Type.LayoutRequest))
        return self._goal, self._basics

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._goal is None and not self._below_pending:
            self._below_pending = True
            # Laid out by now (not yet painted): does the window show where the rest goes?
            # (Plain geometry: the scroll area's viewport() costs ~20 ms the first time.)
            grid = self.card_grid
            grid_bottom = self._column.y() + grid.y() + grid.height()
            if not self.home.isVisible():  # a practice opened at once: ready long before
                QTimer.singleShot(0, self, self._below_the_fold)  # the page comes back
            elif grid_bottom < self.home.height():
                self._below_the_fold()  # in sight: built before the first paint
            else:
                after_first_paint(self.home.widget(), self._below_the_fold)

    # Navigation ------------------------------------------------------------------------------
    def preset_check_in(self, state: CheckInState) -> None:
        self.show_home()
        self.check_in.preset(state)

    def open_target(self, target: str) -> PracticeFrame | None:
        """A suggestion or card: the practice here, or (for another tab's) up to the window."""
        if target in OTHER_TABS:
            self.openTarget.emit(target)
            return None
        return self.start(self._content(target))

    def _content(self, target: str) -> PracticeContent:
        """The practice's own module is imported only when it opens."""
        from numbness_desktop.domain import grounding

        if target in grounding.VARIANTS:
            from numbness_desktop.ui.practices import grounding as grounding_ui

            return grounding_ui.GroundingPractice(target)
        if target == "body_scan":
            from numbness_desktop.ui import motion
            from numbness_desktop.ui.practices import body_scan as scan_ui

            still = motion.reduced(self.app_model.preferences,
                                   self.app_model.system_motion.reduced)
            scan = scan_ui.BodyScanPractice(self.clock, still)
            scan.openBodyMap.connect(self.openBodyMap)
            return scan
        if target in ("movement", "shake_out", "slow_walk"):
            from numbness_desktop.ui.practices import movement as movement_ui

            routine = {"movement": "stretches"}.get(target, target)
            return movement_ui.MovementPractice(self.clock, routine)
        if target == "self_kindness":
            from numbness_desktop.ui.practices import pause

            return pause.KindnessPractice(self.practices)
        if target == "staying_present":
            from numbness_desktop.ui.practices import pause

            present = pause.PresentPractice()
            present.openJournal.connect(self.openJournal)
            return present
        raise ValueError(f"no practice called {target!r}")

    def start(self, content: PracticeContent) -> PracticeFrame:
        from numbness_desktop.ui.practices.announce import speaks
        from numbness_desktop.ui.practices.frame import PracticeFrame

        self._drop_frame()
        prefs = self.app_model.preferences
        self.frame = PracticeFrame(content, self.practices, self.clock,
                                   speaks=lambda: speaks(prefs))
        self.frame.closed.connect(self.show_home)
        self.frame.learnRequested.connect(self.openLearn)
        self.stack.addWidget(self.frame)
        self.stack.setCurrentWidget(self.frame)
        self.frame.start_button.setFocus()
        return self.frame

    def show_home(self) -> None:
        if self.stack.currentWidget() is not self.home:
            self._below_the_fold()  # back from a practice: the whole page at once
        self.stack.setCurrentWidget(self.home)
        self._drop_frame()

    def _drop_frame(self) -> None:
        if self.frame is not None:
            frame, self.frame = self.frame, None
            if frame.stage == "running":
                frame.end(completed=False)
            self.stack.removeWidget(frame)
            frame.deleteLater()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ParentChange:
            parent = self.parentWidget()
            if parent is not None and not self.isVisible():
                # Put in its tab before it is first shown: filled there (see check_in), then
                # given the tab's size now, so the page is laid out once at its real width,
                # not first at a default size. The scroll area too: asked now whether the
                # filled page needs its scroll bar, it shows the page at once at the width
                # left beside it (asked only as it shows, it would lay the page out at the
                # whole width first, and again beside the scroll bar).
                self._home()
                self.resize(parent.contentsRect().size())
                self.home.resize(self.size())
                QApplication.sendEvent(self.home, QEvent(QEvent.Type.LayoutRequest))
        elif kind == QEvent.Type.Polish and not self._filled:
            self._home()  # shown with no parent (as the tests do): filled as it first shows
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._filled:
            self._column.setMaximumWidth(scaled(PAGE_MAX_WIDTH))  # text size changed

    def flush(self) -> bool:
        if self._goal is not None:
            self._goal.flush()
        return True


# Every practice this tab can start (the cards' and the suggestions' own).
PRACTICE_TARGETS = (*tuple(t for t, *_ in CARDS), "grounding_senses", "shake_out", "slow_walk")
