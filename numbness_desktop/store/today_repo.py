"""The few numbers Today shows before anything else is built: plain SQL, nothing heavy.

Each feature's own repository has the full picture; these queries exist so the first paint
does not import the journal's modules (vocabulary, search) just to count.
"""

from __future__ import annotations

from numbness_desktop.store.db import Store


def feelings_named_in_journal(store: Store, day: str) -> int:
    """Different emotions named in journal entries of ``day`` (YYYY-MM-DD)."""
    rows = store.query(
        "SELECT count(DISTINCT c.word) FROM journal_chips c JOIN journal_entries e "
        "ON e.id = c.entry_id WHERE e.day = ?", (day,))
    return int(rows[0][0])


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
