"""A list model for one safety-plan section, kept in step with the safety plan's model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from numbness_desktop.domain.crisis_lines import lines_for
from numbness_desktop.domain.safety_plan import SECTION_BY_KEY, PlanItem
from numbness_desktop.model.safety_plan_model import SafetyPlanModel

ItemIdRole = Qt.ItemDataRole.UserRole + 1
ItemRole_ = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class PlanSectionModel(QAbstractListModel):
    """Rows are the section's entries in order; it reloads whenever the plan changes."""

    def __init__(self, plan: SafetyPlanModel, section_key: str) -> None:
        super().__init__(plan)
        self.plan = plan
        self.section = SECTION_BY_KEY[section_key]
        self._items: list[PlanItem] = []
        self._reload()
        plan.changed.connect(self._reload)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}.  {item.display() or '(empty)'}{_filled_mark(item)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not item.is_own:
                return (f"{item.display()} — filled in by Reconnect for "
                        f"{lines_for(item.filled_for).name}; it changes with your country. "
                        "Edit it to make it your own.")
            return item.display()
        if role == ItemIdRole:
            return item.id
        if role == ItemRole_:
            return item
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def item_at(self, row: int) -> PlanItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def items(self) -> list[PlanItem]:
        return list(self._items)

    def _reload(self) -> None:
        new_items = self.plan.plan().section_items(self.section.key)
        if new_items == self._items:
            return
        self.beginResetModel()
        self._items = new_items
        self.endResetModel()


def _filled_mark(item: PlanItem) -> str:
    """Filled-in numbers say so, in words (not only a colour or an icon)."""
    return f"   (filled in for {lines_for(item.filled_for).name})" if not item.is_own else ""
