"""A list view whose rows can be reordered by drag and by keyboard (Alt+Up / Alt+Down)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView

from numbness_desktop.model.plan_section_model import ItemIdRole


class ReorderableList(QListView):
    """Emits ``moveRequested(item_id, new_row)``; the shared model does the moving."""

    moveRequested = Signal(str, int)
    deleteRequested = Signal(str)
    editRequested = Signal(str)  # F2 or Enter on an entry, or a click: selecting never edits

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ItemIdRole) if index.isValid() else None

    def move_current(self, delta: int) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        target = index.row() + delta
        if 0 <= target < self.model().rowCount():
            self.moveRequested.emit(index.data(ItemIdRole), target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up:
            self.move_current(-1)
        elif alt and event.key() == Qt.Key.Key_Down:
            self.move_current(+1)
        elif event.key() == Qt.Key.Key_Delete and self.current_id():
            self.deleteRequested.emit(self.current_id())
        elif event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.current_id():
            self.editRequested.emit(self.current_id())
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn an internal drop into one move; the view itself never removes rows."""
        if event.source() is not self:
            event.ignore()
            return
        dragged = self.current_id()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged:
            self.moveRequested.emit(dragged, self.drop_row_at(event.position().toPoint()))

    def drop_row_at(self, point: QPoint) -> int:
        """Where the dragged (current) row lands when dropped at ``point``."""
        rows = self.model().rowCount()
        current = self.currentIndex().row()
        target_index: QModelIndex = self.indexAt(point)
        if not target_index.isValid():
            return rows - 1 if point.y() > 0 else 0
        target = target_index.row()
        below = point.y() > self.visualRect(target_index).center().y()
        if below and target < current:
            target += 1
        elif not below and target > current:
            target -= 1
        return max(0, min(target, rows - 1))
