"""The Practices tab: a check-in, matched suggestions, and the everyday practices.

The home page holds the check-in, one card per practice, the day's small goal and the
basics. Starting a practice shows it full-page (a ``PracticeFrame``); when it is done the
home page comes back. Suggestions that live on other tabs (breathing, the journal, the
safety plan, the people to reach) are passed up as ``openTarget`` for the window to route.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from numbness_desktop.domain import grounding
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.practices import CheckInState
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui import motion
from numbness_desktop.ui.cards import ActionCard
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.layout import centred_column
from numbness_desktop.ui.practices.announce import speaks
from numbness_desktop.ui.practices.basics import BasicsCard
from numbness_desktop.ui.practices.checkin_form import CheckInForm
from numbness_desktop.ui.practices.frame import PracticeContent, PracticeFrame, scrolled
from numbness_desktop.ui.practices.goal import GoalCard
from numbness_desktop.ui.practices.reflow import CardGrid

PAGE_MAX_WIDTH = 900
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

    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.practices = app_model.practices
        self.clock = clock
        self.frame: PracticeFrame | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.home = scrolled(self._home_page())
        self.stack.addWidget(self.home)

    def _home_page(self) -> QWidget:
        page = QWidget()
        column = centred_column(page, scaled(PAGE_MAX_WIDTH), (24, 20, 24, 16), 12)
        self._column = column.parentWidget()
        title = QLabel(tr("Practices"))
        title.setObjectName("pageTitle")
        lead = QLabel(tr("Check in with yourself, then try a practice if you like. Each one "
                         "is small; stop any time."))
        lead.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(lead)
        self.check_in = CheckInForm(self.practices)
        self.check_in.suggestionChosen.connect(self.open_target)
        column.addWidget(self.check_in)
        self.card_grid = CardGrid()  # two to a row; one when large text needs the room
        self.cards: dict[str, ActionCard] = {}
        for target, name, text, button in CARDS:
            card = ActionCard(tr(name), tr(text), tr(button), tr(button))
            card.button.clicked.connect(lambda _c=False, t=target: self.open_target(t))
            self.card_grid.add(card)
            self.cards[target] = card
        column.addWidget(self.card_grid)
        self.goal = GoalCard(self.practices)
        self.basics = BasicsCard(self.practices)
        column.addWidget(self.goal)
        column.addWidget(self.basics)
        column.addStretch(1)
        note = QLabel(tr("These are self-help practices, not treatment. If one doesn't suit "
                         "you today, leave it; another day may be different."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        column.addWidget(note)
        return page

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
        from numbness_desktop.ui.practices import body_scan as scan_ui
        from numbness_desktop.ui.practices import grounding as grounding_ui
        from numbness_desktop.ui.practices import movement as movement_ui
        from numbness_desktop.ui.practices import pause

        if target in grounding.VARIANTS:
            return grounding_ui.GroundingPractice(target)
        if target == "body_scan":
            still = motion.reduced(self.app_model.preferences,
                                   self.app_model.system_motion.reduced)
            scan = scan_ui.BodyScanPractice(self.clock, still)
            scan.openBodyMap.connect(self.openBodyMap)
            return scan
        if target in ("movement", "shake_out", "slow_walk"):
            routine = {"movement": "stretches"}.get(target, target)
            return movement_ui.MovementPractice(self.clock, routine)
        if target == "self_kindness":
            return pause.KindnessPractice(self.practices)
        if target == "staying_present":
            present = pause.PresentPractice()
            present.openJournal.connect(self.openJournal)
            return present
        raise ValueError(f"no practice called {target!r}")

    def start(self, content: PracticeContent) -> PracticeFrame:
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
        self.stack.setCurrentWidget(self.home)
        self._drop_frame()

    def _drop_frame(self) -> None:
        if self.frame is not None:
            frame, self.frame = self.frame, None
            if frame.stage == "running":
                frame.end(completed=False)
            self.stack.removeWidget(frame)
            frame.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        column = getattr(self, "_column", None)
        if event.type() == QEvent.Type.FontChange and column is not None:
            column.setMaximumWidth(scaled(PAGE_MAX_WIDTH))  # text size changed

    def flush(self) -> bool:
        self.goal.flush()
        return True


# Every practice this tab can start (the cards' and the suggestions' own).
PRACTICE_TARGETS = (*tuple(t for t, *_ in CARDS), "grounding_senses", "shake_out", "slow_walk")
