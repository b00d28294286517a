"""Reads and writes of the Support tab's records; each write is one transaction.

One small repository serves the four kinds (check-ins with people, therapist notes,
appointments, values goals): each is a flat table whose columns are its dataclass's fields.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.support import (
    Appointment,
    PersonCheckIn,
    TherapistNote,
    ValuesGoal,
    columns,
)
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")

TABLES: dict[type, tuple[str, str]] = {
    # dataclass: (table, ORDER BY for lists)
    PersonCheckIn: ("person_checkins", "done, planned_day, created_at, rowid"),
    TherapistNote: ("therapist_notes", "created_at, rowid"),
    Appointment: ("appointments", "day, created_at, rowid"),
    ValuesGoal: ("values_goals", "status, created_at, rowid"),
}


class RecordRepository(Generic[R]):
    def __init__(self, store: Store, cls: type[R]) -> None:
        self.store = store
        self.cls = cls
        self.table, self.order_by = TABLES[cls]
        self.columns = columns(cls)

    def all(self) -> list[R]:
        rows = self.store.query(
            f"SELECT {', '.join(self.columns)} FROM {self.table} ORDER BY {self.order_by}")
        return [self.cls(**dict(row)) for row in rows]

    def get(self, record_id: str) -> R | None:
        rows = self.store.query(
            f"SELECT {', '.join(self.columns)} FROM {self.table} WHERE id = ?", (record_id,))
        return self.cls(**dict(rows[0])) if rows else None

    def add(self, **values: Any) -> R:
        now = iso(self.store.clock())
        record = self.cls(**{**values, "id": new_id(), "created_at": now, "updated_at": now})
        with self.store.write() as db:
            db.table(self.table).insert(asdict(record))
        return record

    def update(self, record_id: str, **values: Any) -> R:
        current = self.get(record_id)
        if current is None:
            raise KeyError(record_id)
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not changed:
            return current
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.table(self.table).update(record_id, {**changed, "updated_at": now})
        return replace(current, **changed, updated_at=now)

    def delete(self, record_id: str) -> R | None:
        """Remove a record; returns it so it can be put back (undo)."""
        current = self.get(record_id)
        if current is None:
            return None
        with self.store.write() as db:
            db.table(self.table).delete(record_id)
        return current

    def restore(self, record: R) -> R:
        with self.store.write() as db:
            db.table(self.table).insert(asdict(record), replace=True)
        return record
