"""Queries and writes for the safety plan."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.safety_plan import (
    SECTION_BY_KEY,
    ItemRole,
    PlanItem,
    SafetyPlan,
    filled_items,
)
from numbness_desktop.store import scrub, today_repo
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

ITEMS = "safety_plan_items"
COUNTRY_KEY = today_repo.SAFETY_PLAN_COUNTRY_KEY
ITEM_COLUMNS = "id, section, position, text, phone, role, created_at, updated_at, filled_for"


class SafetyPlanRepository:
    """Reads and writes the plan; every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Reading -----------------------------------------------------------------------------
    def plan(self) -> SafetyPlan:
        rows = self.store.query(
            f"SELECT {ITEM_COLUMNS} FROM {ITEMS} ORDER BY section, position, created_at"
        )
        items = tuple(_item(row) for row in rows)
        return SafetyPlan(country=self.country(), items=items, updated_at=self.last_edited())

    def item(self, item_id: str) -> PlanItem | None:
        rows = self.store.query(f"SELECT {ITEM_COLUMNS} FROM {ITEMS} WHERE id = ?", (item_id,))
        return _item(rows[0]) if rows else None

    def country(self) -> str:
        return today_repo.safety_plan_country(self.store)

    def last_edited(self) -> str:
        """When the person last changed their own words (filled-in numbers do not count)."""
        return today_repo.safety_plan_last_edited(self.store)

    def count(self) -> int:
        """Entries the person wrote themselves."""
        return today_repo.safety_plan_entries(self.store)

    # Writing -----------------------------------------------------------------------------
    def add(
        self, section: str, text: str, phone: str = "", role: ItemRole = ItemRole.NOTE
    ) -> PlanItem:
        """Append an entry at the end of its section."""
        if section not in SECTION_BY_KEY:
            raise ValueError(f"unknown section {section!r}")
        now = iso(self.store.clock())
        with self.store.write() as db:
            position = self._next_position(section)
            item = PlanItem(new_id(), section, position, text, phone, role, now, now)
            db.table(ITEMS).insert(_row(item))
        return item

    def update(self, item_id: str, text: str, phone: str = "") -> PlanItem:
        """Change an entry's words; the position stays. An edited filled-in number becomes
        the person's own, so a later country change leaves it alone."""
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.table(ITEMS).update(item_id, {"text": text, "phone": phone, "updated_at": now,
                                             "filled_for": ""})
        updated = self.item(item_id)
        if updated is None:
            raise KeyError(item_id)
        return updated

    def delete(self, item_id: str) -> PlanItem | None:
        """Remove an entry and close the gap; returns it so it can be restored."""
        existing = self.item(item_id)
        if existing is None:
            return None
        with self.store.write() as db:
            db.table(ITEMS).delete(item_id)
            db.execute(
                f"UPDATE {ITEMS} SET position = position - 1 WHERE section = ? AND position > ?",
                [existing.section, existing.position],
            )
        scrub.after_delete(self.store)
        return existing

    def restore(self, item: PlanItem) -> PlanItem:
        """Put a deleted entry back where it was (undo)."""
        with self.store.write() as db:
            position = min(item.position, self._next_position(item.section))
            db.execute(
                f"UPDATE {ITEMS} SET position = position + 1 WHERE section = ? AND position >= ?",
                [item.section, position],
            )
            restored = replace(item, position=position)
            db.table(ITEMS).insert(_row(restored), replace=True)
        return restored

    def move(self, item_id: str, new_position: int) -> None:
        """Move an entry within its section to ``new_position`` (0-based, clamped)."""
        item = self.item(item_id)
        if item is None:
            return
        ids = [i.id for i in self.plan().section_items(item.section)]
        ids.remove(item_id)
        new_position = max(0, min(new_position, len(ids)))
        ids.insert(new_position, item_id)
        now = iso(self.store.clock())
        with self.store.write() as db:
            for position, each in enumerate(ids):
                values: dict[str, Any] = {"position": position}
                if each == item_id:
                    values["updated_at"] = now
                db.table(ITEMS).update(each, values)

    def set_country(self, code: str, remove_own: bool = False) -> None:
        """Remember the country and make the filled-in help numbers follow it.

        Numbers Reconnect filled in for the old country are removed and the new country's
        checked lines and emergency number put in their place (none when there is no checked
        entry). The person's own help entries stay unless ``remove_own`` (they were asked).
        """
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.table("settings").upsert({"key": COUNTRY_KEY, "value": code, "updated_at": now},
                                        pk="key")
            doomed = "filled_for != ''"
            if remove_own:
                doomed += " OR role IN ('crisis_line', 'emergency')"
            db.execute(f"DELETE FROM {ITEMS} WHERE {doomed}")
            for item in filled_items(code, now):
                position = self._next_position(item.section)
                db.table(ITEMS).insert(_row(replace(item, position=position)))
            self._renumber(db, "professionals")

    def refresh_filled(self) -> bool:
        """Bring the filled-in numbers in step with today's checked lines (after an update of
        the crisis-line file, or an older version's entries). ``True`` when anything changed."""
        code = self.country()
        if not code:
            return False
        current = [(i.role, i.text, i.phone, i.filled_for) for i in self.plan().items
                   if not i.is_own]
        wanted = [(i.role, i.text, i.phone, i.filled_for) for i in filled_items(code, "")]
        if sorted(current) == sorted(wanted):
            return False
        self.set_country(code)
        return True

    def own_help_entries(self) -> list[PlanItem]:
        """Crisis lines and emergency numbers the person wrote themselves."""
        return [i for i in self.plan().items
                if i.is_own and i.role is not ItemRole.NOTE and i.display()]

    def _renumber(self, db: Database, section: str) -> None:
        rows = self.store.conn.execute(
            f"SELECT id FROM {ITEMS} WHERE section = ? ORDER BY position, created_at, id",
            (section,)).fetchall()
        for position, row in enumerate(rows):
            db.execute(f"UPDATE {ITEMS} SET position = ? WHERE id = ?", [position, row[0]])

    def _next_position(self, section: str) -> int:
        row = self.store.conn.execute(
            f"SELECT coalesce(max(position) + 1, 0) FROM {ITEMS} WHERE section = ?", (section,)
        ).fetchone()
        return int(row[0])


def _item(row: sqlite3.Row) -> PlanItem:
    return PlanItem(
        id=row["id"], section=row["section"], position=row["position"], text=row["text"],
        phone=row["phone"], role=ItemRole(row["role"]), created_at=row["created_at"],
        updated_at=row["updated_at"], filled_for=row["filled_for"],
    )


def _row(item: PlanItem) -> dict[str, Any]:
    return {
        "id": item.id, "section": item.section, "position": item.position, "text": item.text,
        "phone": item.phone, "role": item.role.value, "created_at": item.created_at,
        "updated_at": item.updated_at, "filled_for": item.filled_for,
    }
