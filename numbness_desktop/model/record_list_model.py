"""A list model over one kind of Support record, with add, edit, delete and undo.

Each Support feature has its own small subclass (check-ins, therapist notes, appointments,
values goals); this base holds what they share. A failed write emits the shared
``errorOccurred`` with a calm message and returns ``None``: the view keeps the typed words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    SignalInstance,
)

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store.db import Store
from numbness_desktop.store.support_repo import RecordRepository

# Qt::ItemDataRole values as plain ints: naming them through PySide6 builds its whole ``Qt``
# enum namespace (~12 ms), and Today's two-week plan card reads a values model before the
# first paint (tests/test_first_paint_cost.py).
DISPLAY_ROLE, TOOL_TIP_ROLE, ACCESSIBLE_TEXT_ROLE, USER_ROLE = 0, 3, 11, 0x0100
RecordRole = USER_ROLE + 1
AnyIndex = QModelIndex | QPersistentModelIndex
UNDO_LIMIT = 20


class RecordListModel(QAbstractListModel):
    """Rows are records in the repository's order; ``changed`` follows every write."""

    changed = Signal()
    undoAvailableChanged = Signal(bool)
    record_type: type = object
    empty_text = "Nothing here yet."

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo: RecordRepository = RecordRepository(store, self.record_type)
        self._error = error_signal
        self._records: list[Any] = []
        self._deleted: list[Any] = []
        self.reload()

    # Qt's list interface ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE, TOOL_TIP_ROLE):
            return self.display(record)
        if role == RecordRole:
            return record
        return None

    def display(self, record: Any) -> str:
        return record.display()

    # Reading ---------------------------------------------------------------------------------
    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        return next((row for row, r in enumerate(self._records) if r.id == record_id), -1)

    def reload(self) -> None:
        try:
            records = self._repo.all()
        except StorageError as error:
            self._error.emit(error.message)
            return
        if records != self._records:
            self.beginResetModel()
            self._records = records
            self.endResetModel()

    # Writing ---------------------------------------------------------------------------------
    def add(self, **values: Any) -> Any | None:
        return self._write(lambda: self._repo.add(**values))

    def update(self, record_id: str, **values: Any) -> Any | None:
        return self._write(lambda: self._repo.update(record_id, **values))

    def delete(self, record_id: str) -> Any | None:
        """Delete a record; :meth:`undo_delete` brings it back."""
        deleted = self._write(lambda: self._repo.delete(record_id))
        if deleted is not None:
            self._deleted = [*self._deleted[-(UNDO_LIMIT - 1):], deleted]
            self.undoAvailableChanged.emit(True)
        return deleted

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> Any | None:
        if not self._deleted:
            return None
        record = self._deleted[-1]
        restored = self._write(lambda: self._repo.restore(record))
        if restored is not None:
            self._deleted.pop()
            self.undoAvailableChanged.emit(bool(self._deleted))
        return restored

    def _write(self, operation):
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        self.reload()
        self.changed.emit()
        return result
