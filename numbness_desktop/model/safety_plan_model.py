"""The safety plan seen through Qt signals: its entries, its country, delete and undo.

Reads are cached until the next change; every write is one transaction in the store and
emits ``changed``. A failed write emits the shared error signal with a calm message and
returns ``None`` (or ``False``); the view keeps what the person typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.safety_plan import HelpInfo, ItemRole, PlanItem, SafetyPlan
from numbness_desktop.model.writes import then_true
from numbness_desktop.store.db import Store
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

T = TypeVar("T")
UNDO_LIMIT = 20


class SafetyPlanModel(QObject):
    """One per window; views listen to ``changed`` and ``undoAvailableChanged``."""

    changed = Signal()
    undoAvailableChanged = Signal(bool)

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = SafetyPlanRepository(store)
        self._error = error_signal
        self._plan: SafetyPlan | None = None
        self._deleted: list[PlanItem] = []

    # Reading -------------------------------------------------------------------------------
    def plan(self) -> SafetyPlan:
        """The plan, read once and cached until the next change."""
        if self._plan is None:
            self._plan = self._repo.plan()
        return self._plan

    def help_info(self) -> HelpInfo:
        from numbness_desktop.domain.help_info import help_info

        return help_info(self.plan())

    def entry_count(self) -> int:
        """Entries the person wrote (the numbers filled in for their country are not counted)."""
        return len(self.plan().own_items())

    def own_help_entries(self) -> list[PlanItem]:
        """Crisis lines and emergency numbers the person typed themselves."""
        return [i for i in self.plan().items
                if i.is_own and i.role is not ItemRole.NOTE and i.display()]

    def forget_cached(self) -> None:
        """The plan changed underneath (an import): read it again when next asked."""
        self._plan = None

    # Writing -------------------------------------------------------------------------------
    def add_item(self, section: str, text: str, phone: str = "") -> PlanItem | None:
        return self._write(lambda: self._repo.add(section, text, phone))

    def update_item(self, item_id: str, text: str, phone: str = "") -> PlanItem | None:
        current = self._find(item_id)
        if current is not None and (current.text, current.phone) == (text, phone):
            return current
        return self._write(lambda: self._repo.update(item_id, text, phone))

    def discard_empty(self, item_id: str) -> bool:
        """Take away an entry that holds no words and no number (one made and emptied again
        in a single edit): there is nothing in it to bring back, so it is not offered to
        Undo. An entry with words is never touched here."""
        current = self._find(item_id)
        if current is None or current.text or current.phone:
            return False
        return self._write(lambda: self._repo.delete(item_id)) is not None

    def delete_item(self, item_id: str) -> PlanItem | None:
        """Delete an entry; it can be brought back with :meth:`undo_delete`."""
        deleted = self._write(lambda: self._repo.delete(item_id))
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
        restored = self._write(lambda: self._repo.restore(item))
        if restored is not None:
            self._deleted.pop()
            self.undoAvailableChanged.emit(bool(self._deleted))
        return restored

    def move_item(self, item_id: str, new_position: int) -> bool:
        return self._write(then_true(lambda: self._repo.move(item_id, new_position))) is True

    def set_country(self, code: str, remove_own: bool = False) -> bool:
        """Change the country: the numbers filled in for the old one are replaced by the new
        one's checked lines (or removed). The person's own entries stay unless ``remove_own``."""
        return self._write(then_true(lambda: self._repo.set_country(code, remove_own))) is True

    def ensure_country(self, territory_code: str) -> None:
        """On a new plan, pick the country from the system locale and fill in its numbers;
        on an existing one, bring filled-in numbers in step with today's checked lines."""
        if not self.plan().country:
            from numbness_desktop.domain.crisis_lines import country_for_territory

            self.set_country(country_for_territory(territory_code))
            return
        try:
            refreshed = self._repo.refresh_filled()
        except StorageError as error:
            self._error.emit(error.message)
            return
        if refreshed:
            self._plan = None
            self.changed.emit()

    # Internals -----------------------------------------------------------------------------
    def _find(self, item_id: str) -> PlanItem | None:
        return next((i for i in self.plan().items if i.id == item_id), None)

    def _write(self, operation: Callable[[], T]) -> T | None:
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        self._plan = None
        self.changed.emit()
        return result
