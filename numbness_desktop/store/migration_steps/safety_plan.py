"""The safety plan's schema steps: its entries (m001) and the help numbers that follow
the country (m011)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m001_safety_plan(db: Database) -> None:
    """The safety plan's entries and a small key/value table for settings."""
    db.table("safety_plan_items").create(
        {
            "id": str,
            "section": str,
            "position": int,
            "text": str,
            "phone": str,
            "role": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"section", "position", "text", "phone", "role", "created_at", "updated_at"},
        defaults={"text": "", "phone": "", "role": ""},
    )
    db.table("safety_plan_items").create_index(["section", "position"])
    db.table("settings").create(
        {"key": str, "value": str, "updated_at": str},
        pk="key",
        not_null={"value", "updated_at"},
    )


# m011: crisis lines that follow the country ------------------------------------------------
# The numbers Reconnect filled in for a country, as versions before m011 wrote them. Written out
# here (not read from crisis_lines.json) because this step describes the past: the file moves on.
_LEGACY_FILLED = (
    ("crisis_line", "988 Suicide & Crisis Lifeline (call or text)", "988"),
    ("crisis_line", "9-8-8 Suicide Crisis Helpline (call or text)", "988"),
    ("crisis_line", "Samaritans", "116 123"),
    ("crisis_line", "Lifeline", "13 11 14"),
    ("crisis_line", "Need to talk? (call or text)", "1737"),
    *(("emergency", "Emergency services", number) for number in ("911", "999", "112", "000",
                                                                   "111")),
)


def m011_crisis_filled_for(db: Database) -> None:
    """Mark the help numbers Reconnect filled in, so a country change can replace them.

    ``filled_for`` holds the country code a line was filled in for; "" is the person's own
    entry, which a country change never touches. Entries that still carry exactly the words
    an earlier version filled in are marked as filled for the plan's current country.
    """
    db.table("safety_plan_items").add_column("filled_for", str, not_null_default="")
    row = db.execute("SELECT value FROM settings WHERE key = 'safety_plan.country'").fetchone()
    country = row[0] if row and row[0] else "OTHER"
    for role, text, phone in _LEGACY_FILLED:
        db.execute("UPDATE safety_plan_items SET filled_for = ? WHERE role = ? AND text = ? "
                   "AND phone = ?", [country, role, text, phone])
