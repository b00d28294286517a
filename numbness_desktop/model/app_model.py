"""The hub: builds every feature's model on first use and wires them together.

Views reach a feature's model through the hub (``app_model.journal``, ``app_model.safety``,
``app_model.trends`` …) and listen to its signals, so a save in one view refreshes every
other view without polling. Each model gets only what it needs (the store, the shared
``errorOccurred`` signal, preferences), never the hub itself, so ``model/`` has no import
circle. A failed write emits ``errorOccurred`` with a calm message and returns ``None``; the
view keeps what the person typed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import today_repo
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from numbness_desktop.model.body_map_model import BodyMapModel
    from numbness_desktop.model.breathing_model import BreathingModel
    from numbness_desktop.model.data_model import DataModel
    from numbness_desktop.model.data_safety import DataSafety
    from numbness_desktop.model.journal_model import JournalModel
    from numbness_desktop.model.plan_model import PlanModel
    from numbness_desktop.model.practices_model import PracticesModel
    from numbness_desktop.model.preferences import Preferences
    from numbness_desktop.model.privacy_model import PrivacyModel
    from numbness_desktop.model.reminders_model import RemindersModel
    from numbness_desktop.model.safety_plan_model import SafetyPlanModel
    from numbness_desktop.model.support_hub import SupportModels
    from numbness_desktop.model.system_motion import SystemMotion
    from numbness_desktop.model.trends_model import TrendsModel
    from numbness_desktop.model.wellbeing_model import WellbeingModel

T = TypeVar("T")


class AppModel(QObject):
    """The store seen through Qt signals, one feature model at a time."""

    errorOccurred = Signal(str)
    journalChanged = Signal()  # once the journal's model exists: any change to a day
    safetyPlanChanged = Signal()  # once the safety plan's model exists: any change to it
    closing = Signal()  # the store is about to close: stop timers that would still use it

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._journal: JournalModel | None = None
        self._body_map: BodyMapModel | None = None

    # Feature models, each built on first use -----------------------------------------------
    @property
    def journal(self) -> JournalModel:
        """The journal's model, built on first use."""
        if self._journal is None:
            from numbness_desktop.model.journal_model import JournalModel

            self._journal = JournalModel(self.store, self.errorOccurred, self)
            self._journal.dayChanged.connect(lambda _day: self.journalChanged.emit())
        return self._journal

    @property
    def body_map(self) -> BodyMapModel:
        """The body map's model, built on first use (not needed for the first paint)."""
        if self._body_map is None:
            from numbness_desktop.model.body_map_model import BodyMapModel

            self._body_map = BodyMapModel(self.store, self.errorOccurred, self)
        return self._body_map

    @cached_property
    def safety(self) -> SafetyPlanModel:
        """The safety plan: its entries, its country, delete and undo."""
        from numbness_desktop.model.safety_plan_model import SafetyPlanModel

        model = SafetyPlanModel(self.store, self.errorOccurred, self)
        model.changed.connect(self.safetyPlanChanged)
        return model

    @cached_property
    def data(self) -> DataModel:
        """Export, import, backups and Delete everything (File menu, Settings → Data)."""
        from numbness_desktop.model.data_model import DataModel

        return DataModel(self.store, self.close, self._refresh_after_import, self)

    @cached_property
    def privacy(self) -> PrivacyModel:
        """The optional passphrase (Settings → Privacy)."""
        from numbness_desktop.model.privacy_model import PrivacyModel

        return PrivacyModel(self.store, self)

    @cached_property
    def preferences(self) -> Preferences:
        """Every choice the person made, kept in their data folder (never in ~/.config)."""
        from numbness_desktop.model.preferences import Preferences

        return Preferences(self.store, self.errorOccurred, self)

    @cached_property
    def data_safety(self) -> DataSafety:
        """Backups and restore (File → Back up now, Restore from backup…)."""
        from numbness_desktop.model.data_safety import DataSafety

        return DataSafety(self.store, self.errorOccurred, self)

    @cached_property
    def breathing(self) -> BreathingModel:
        """Breathing sessions and patterns, built on first use (the Breathe tab is lazy)."""
        from numbness_desktop.model.breathing_model import BreathingModel

        return BreathingModel(self.store, self.errorOccurred, self)

    @cached_property
    def practices(self) -> PracticesModel:
        """Check-ins, practice sessions, small goals and the basics, built on first use."""
        from numbness_desktop.model.practices_model import PracticesModel

        return PracticesModel(self.store, self.errorOccurred, self)

    @cached_property
    def plan(self) -> PlanModel:
        """The two-week plan (Today shows it), on the store's clock."""
        from numbness_desktop.model.plan_model import PlanModel

        return PlanModel(self.store, self.errorOccurred, self.store.clock, self)

    @cached_property
    def support(self) -> SupportModels:
        """The Support tab's models: check-ins, therapist notes, appointments, values."""
        from numbness_desktop.model.support_hub import SupportModels

        return SupportModels(self.store, self.errorOccurred, self)

    @cached_property
    def trends(self) -> TrendsModel:
        """Trends over the person's own data, built when the Trends tab is first shown."""
        from numbness_desktop.model.trends_model import TrendsModel

        return TrendsModel(self.store, self.errorOccurred, self.safety.plan,
                           lambda: self.wellbeing, self)

    @cached_property
    def wellbeing(self) -> WellbeingModel:
        """WHO-5 results (the well-being check), built on first use."""
        from numbness_desktop.model.wellbeing_model import WellbeingModel

        return WellbeingModel(self.store, self.errorOccurred, self)

    @cached_property
    def reminders(self) -> RemindersModel:
        """Gentle reminders (off until the person turns them on), built on first use."""
        from numbness_desktop.model.reminders_model import RemindersModel

        return RemindersModel(self.store, self.preferences, self.errorOccurred, self)

    @cached_property
    def system_motion(self) -> SystemMotion:
        """The desktop's reduced-motion setting; asked for after the first paint."""
        from numbness_desktop.model.system_motion import SystemMotion

        return SystemMotion(parent=self)

    # Small reads for Today's first paint, without building a feature's model ---------------
    def journal_feelings_named(self, day: str) -> int:
        """For Today's card, without building the journal's model."""
        return self._read_quietly(lambda: today_repo.feelings_named_in_journal(self.store, day),
                                  0)

    def safety_plan_summary(self) -> tuple[int, str]:
        """For Today's card, without building the safety plan's model (its schema and every
        country's crisis lines): the person's own entries, and when they last changed one."""
        return self._read_quietly(lambda: (today_repo.safety_plan_entries(self.store),
                                           today_repo.safety_plan_last_edited(self.store)),
                                  (0, ""))

    def newest_active_goal(self) -> tuple[str, str] | None:
        """For Today's two-week plan card, without building the Support models: the newest
        active values goal as a line of words, and its review day ('' if none)."""
        from numbness_desktop.domain.goal_line import goal_line

        found = self._read_quietly(lambda: today_repo.newest_active_goal(self.store), None)
        if found is None:
            return None
        area, goal, next_step, review_day = found
        return goal_line(area, goal, next_step), review_day

    def safety_plan_country(self) -> str:
        """The plan's country ('' until one is chosen), without building its model."""
        return self._read_quietly(lambda: today_repo.safety_plan_country(self.store), "")

    def has_journal_drafts(self) -> bool:
        return self._read_quietly(lambda: today_repo.has_journal_drafts(self.store), False)

    def kept_drafts(self) -> dict[str, int]:
        """Unsaved words a crash left behind, by tab label (for the one start-up banner)."""
        return self._read_quietly(lambda: today_repo.kept_drafts(self.store), {})

    @property
    def read_only(self) -> bool:
        """The data is on a read-only folder or medium: browse and export only."""
        return self.store.read_only

    @property
    def start_notice(self) -> str:
        """What the window should say as it opens (the disk is full), or ''."""
        return self.store.start_notice

    def close(self) -> None:
        """Close the store; the model must not be used afterwards."""
        self.closing.emit()
        try:
            self.store.close()
        except StorageError as error:
            self.errorOccurred.emit(error.message)

    # Wiring ---------------------------------------------------------------------------------
    def _refresh_after_import(self, data: dict[str, Any]) -> None:
        """An import changed the data underneath: every model already built follows."""
        self.safety.forget_cached()
        self.safety.changed.emit()
        journal = self._journal
        if journal is not None:
            days = {r.get("day") for r in data.get("journal_entries") or [] if isinstance(r, dict)}
            for day in sorted(d for d in days if isinstance(d, str)):
                journal.dayChanged.emit(day)
            journal.elsewhereChanged.emit()
        self.journalChanged.emit()
        if self._body_map is not None:
            self._body_map.feelingsChanged.emit()
            self._body_map.wordsChanged.emit()
        breathing: BreathingModel | None = self.__dict__.get("breathing")
        if breathing is not None:
            breathing.sessionsChanged.emit()
            breathing.presetsChanged.emit()

    def _read_quietly(self, query: Callable[[], T], fallback: T) -> T:
        try:
            return query()
        except StorageError as error:
            self.errorOccurred.emit(error.message)
            return fallback
