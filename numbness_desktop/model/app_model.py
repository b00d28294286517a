"""One shared model for every view: domain operations plus change signals.

Views call these methods and listen to the signals, so a save in one view refreshes every
other view without polling. A failed write emits ``errorOccurred`` with a calm message and
returns ``None``; the view keeps what the person typed.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.safety_plan import HelpInfo, ItemRole, PlanItem, SafetyPlan
from numbness_desktop.store import today_repo
from numbness_desktop.store.db import Store
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

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
    from numbness_desktop.model.support_hub import SupportModels
    from numbness_desktop.model.system_motion import SystemMotion
    from numbness_desktop.model.trends_model import TrendsModel
    from numbness_desktop.model.wellbeing_model import WellbeingModel

UNDO_LIMIT = 20


class AppModel(QObject):
    """The store seen through Qt signals."""

    safetyPlanChanged = Signal()
    errorOccurred = Signal(str)
    undoAvailableChanged = Signal(bool)
    journalChanged = Signal()  # once the journal's model exists: any change to a day
    closing = Signal()  # the store is about to close: stop timers that would still use it

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._plan_repo = SafetyPlanRepository(store)
        self._plan: SafetyPlan | None = None
        self._deleted: list[PlanItem] = []
        self._journal: JournalModel | None = None
        self._body_map: BodyMapModel | None = None

    @property
    def journal(self) -> JournalModel:
        """The journal's model, built on first use."""
        if self._journal is None:
            from numbness_desktop.model.journal_model import JournalModel

            self._journal = JournalModel(self.store, self.errorOccurred, self)
            self._journal.dayChanged.connect(lambda _day: self.journalChanged.emit())
        return self._journal

    def journal_feelings_named(self, day: str) -> int:
        """For Today's card, without building the journal's model."""
        return self._read_quietly(lambda: today_repo.feelings_named_in_journal(self.store, day),
                                  0)

    def has_journal_drafts(self) -> bool:
        return self._read_quietly(lambda: today_repo.has_journal_drafts(self.store), False)

    @property
    def read_only(self) -> bool:
        """The data is on a read-only folder or medium: browse and export only."""
        return self.store.read_only

    @property
    def start_notice(self) -> str:
        """What the window should say as it opens (the disk is full), or ''."""
        return self.store.start_notice

    def kept_drafts(self) -> dict[str, int]:
        """Unsaved words a crash left behind, by tab label (for the one start-up banner)."""
        return self._read_quietly(lambda: today_repo.kept_drafts(self.store), {})

    def _read_quietly(self, query, fallback):
        try:
            return query()
        except StorageError as error:
            self.errorOccurred.emit(error.message)
            return fallback

    @property
    def body_map(self) -> BodyMapModel:
        """The body map's model, built on first use (not needed for the first paint)."""
        if self._body_map is None:
            from numbness_desktop.model.body_map_model import BodyMapModel

            self._body_map = BodyMapModel(self)
        return self._body_map

    # Safety plan: reading ------------------------------------------------------------------
    def safety_plan(self) -> SafetyPlan:
        """The plan, read once and cached until the next change."""
        if self._plan is None:
            self._plan = self._plan_repo.plan()
        return self._plan

    def help_info(self) -> HelpInfo:
        from numbness_desktop.domain.help_info import help_info

        return help_info(self.safety_plan())

    def plan_entry_count(self) -> int:
        """Entries the person wrote (the numbers filled in for their country are not counted)."""
        return len(self.safety_plan().own_items())

    # Safety plan: writing ------------------------------------------------------------------
    def add_plan_item(self, section: str, text: str, phone: str = "") -> PlanItem | None:
        return self._write(lambda: self._plan_repo.add(section, text, phone))

    def update_plan_item(self, item_id: str, text: str, phone: str = "") -> PlanItem | None:
        current = self._find(item_id)
        if current is not None and (current.text, current.phone) == (text, phone):
            return current
        return self._write(lambda: self._plan_repo.update(item_id, text, phone))

    def delete_plan_item(self, item_id: str) -> PlanItem | None:
        """Delete an entry; it can be brought back with :meth:`undo_delete`."""
        deleted = self._write(lambda: self._plan_repo.delete(item_id))
        if deleted is not None:
            self._deleted = [*self._deleted[-(UNDO_LIMIT - 1):], deleted]
            self.undoAvailableChanged.emit(True)
        return deleted

    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def last_deleted(self) -> PlanItem | None:
        return self._deleted[-1] if self._deleted else None

    def undo_delete(self) -> PlanItem | None:
        """Restore the most recently deleted entry at its old place."""
        if not self._deleted:
            return None
        item = self._deleted[-1]
        restored = self._write(lambda: self._plan_repo.restore(item))
        if restored is not None:
            self._deleted.pop()
            self.undoAvailableChanged.emit(bool(self._deleted))
        return restored

    def move_plan_item(self, item_id: str, new_position: int) -> bool:
        return self._write(lambda: self._plan_repo.move(item_id, new_position) or True) is True

    def set_country(self, code: str, remove_own: bool = False) -> bool:
        """Change the country: the numbers filled in for the old one are replaced by the new
        one's checked lines (or removed). The person's own entries stay unless ``remove_own``."""
        return self._write(lambda: self._plan_repo.set_country(code, remove_own) or True) is True

    def own_help_entries(self) -> list[PlanItem]:
        """Crisis lines and emergency numbers the person typed themselves."""
        return [i for i in self.safety_plan().items
                if i.is_own and i.role is not ItemRole.NOTE and i.display()]

    def ensure_country(self, territory_code: str) -> None:
        """On a new plan, pick the country from the system locale and fill in its numbers;
        on an existing one, bring filled-in numbers in step with today's checked lines."""
        if not self.safety_plan().country:
            from numbness_desktop.domain.crisis_lines import country_for_territory

            self.set_country(country_for_territory(territory_code))
            return
        try:
            changed = self._plan_repo.refresh_filled()
        except StorageError as error:
            self.errorOccurred.emit(error.message)
            return
        if changed:
            self._plan = None
            self.safetyPlanChanged.emit()

    @cached_property
    def data(self) -> DataModel:
        """Export, import, backups and Delete everything (File menu, Settings → Data)."""
        from numbness_desktop.model.data_model import DataModel

        return DataModel(self)

    @cached_property
    def privacy(self) -> PrivacyModel:
        """The optional passphrase (Settings → Privacy)."""
        from numbness_desktop.model.privacy_model import PrivacyModel

        return PrivacyModel(self)

    def forget_cached_plan(self) -> None:
        """The plan changed underneath (an import): read it again when next asked."""
        self._plan = None

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

        return TrendsModel(self)

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

    def close(self) -> None:
        """Close the store; the model must not be used afterwards."""
        self.closing.emit()
        try:
            self.store.close()
        except StorageError as error:
            self.errorOccurred.emit(error.message)

    # Internals -----------------------------------------------------------------------------
    def _find(self, item_id: str) -> PlanItem | None:
        return next((i for i in self.safety_plan().items if i.id == item_id), None)

    def _write(self, operation):
        try:
            result = operation()
        except StorageError as error:
            self.errorOccurred.emit(error.message)
            return None
        self._plan = None
        self.safetyPlanChanged.emit()
        return result
