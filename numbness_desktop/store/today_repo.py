"""The few numbers Today shows before anything else is built: plain SQL, nothing heavy.

Each feature's own repository has the full picture; these queries exist so the first paint
does not import the journal's modules (vocabulary, search) or the safety plan's (its schema,
every country's crisis lines) just to count. The safety plan's repository asks these same
queries, so the two never disagree.
"""

from __future__ import annotations

from numbness_desktop.store.db import Store

SAFETY_PLAN_COUNTRY_KEY = "safety_plan.country"  # in the settings table


def feelings_named_in_journal(store: Store, day: str) -> int:
    """Different emotions named in journal entries of ``day`` (YYYY-MM-DD)."""
    rows = store.query(
        "SELECT count(DISTINCT c.word) FROM journal_chips c JOIN journal_entries e "
        "ON e.id = c.entry_id WHERE e.day = ?", (day,))
    return int(rows[0][0])


def safety_plan_country(store: Store) -> str:
    """The country whose numbers the safety plan holds ('' before one is chosen)."""
    rows = store.query("SELECT value FROM settings WHERE key = ?", (SAFETY_PLAN_COUNTRY_KEY,))
    return rows[0][0] if rows else ""


def safety_plan_entries(store: Store) -> int:
    """Entries the person wrote in their safety plan (numbers filled in for a country are
    not theirs, and an entry with neither words nor a number is not one)."""
    return int(store.query(
        "SELECT count(*) FROM safety_plan_items WHERE filled_for = '' "
        "AND (text != '' OR phone != '')")[0][0])


def safety_plan_last_edited(store: Store) -> str:
    """When the person last changed their own words in the plan (ISO 8601, or '')."""
    rows = store.query("SELECT max(updated_at) FROM safety_plan_items WHERE filled_for = ''")
    return rows[0][0] or ""


def newest_active_goal(store: Store) -> tuple[str, str, str, str] | None:
    """The values-based goal set most recently and still active, as (area, goal, next step,
    review day), or ``None``: the last of the Support list's active goals."""
    rows = store.query(
        "SELECT area, goal, next_step, review_day FROM values_goals WHERE status = 'active' "
        "ORDER BY created_at DESC, rowid DESC LIMIT 1")
    return (rows[0][0], rows[0][1], rows[0][2], rows[0][3]) if rows else None


def has_journal_drafts(store: Store) -> bool:
    """Words a crash left behind, to offer back at start."""
    return bool(store.query("SELECT 1 FROM journal_drafts LIMIT 1"))


def kept_drafts(store: Store) -> dict[str, int]:
    """Unsaved words a crash left behind, by the tab they were typed in (tab label: count).

    The journal keeps one draft row per entry being written; the body map keeps its whole
    unsaved form under one settings key. Safety-plan fields save straight into their entry.
    """
    kept: dict[str, int] = {}
    journal = int(store.query("SELECT count(*) FROM journal_drafts")[0][0])
    if journal:
        kept["Journal"] = journal
    if store.query("SELECT 1 FROM settings WHERE key = 'body_map.draft' AND value != ''"):
        kept["Body map"] = 1
    return kept
