"""Queries and writes for the journal: entries, chips, drafts and full-text search.

The full-text index (``journal_fts``) follows ``journal_entries`` through triggers (see
``migrations.m004_journal``), so it changes in the same transaction as the entry. Never
write entries with ``INSERT OR REPLACE``: a replace skips the delete trigger.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import replace
from typing import Any

from numbness_desktop.domain import vocabulary
from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.journal import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Chip,
    Draft,
    Entry,
    SearchFilter,
    SearchHit,
    fts_query,
    storable,
)
from numbness_desktop.domain.vocabulary import normalise
from numbness_desktop.store import scrub
from numbness_desktop.store.custom_words_repo import CustomWordsRepository
from numbness_desktop.store.db import Store

ENTRIES = "journal_entries"
CHIPS = "journal_chips"
DRAFTS = "journal_drafts"
ENTRY_COLUMNS = ("id", "day", "text", "created_at", "updated_at")
CHIP_COLUMNS = ("id", "entry_id", "word", "intensity", "position", "created_at", "updated_at")
DRAFT_COLUMNS = ("id", "entry_id", "day", "text", "updated_at")
SEARCH_LIMIT = 50
RELEVANCE_STEP = 1.25
SNIPPET_TOKENS = 16


class JournalRepository:
    """Every write is one transaction; reads touch only what one day or one search needs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Reading -----------------------------------------------------------------------------
    def day(self, day: str) -> list[Entry]:
        """The entries of one day, oldest first, with their chips."""
        rows = self.store.query(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM {ENTRIES} WHERE day = ? "
            "ORDER BY created_at, rowid", (day,))
        chips = self._chips_for([row["id"] for row in rows])
        return [_entry(row, chips.get(row["id"], ())) for row in rows]

    def entry(self, entry_id: str) -> Entry | None:
        rows = self.store.query(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM {ENTRIES} WHERE id = ?", (entry_id,))
        if not rows:
            return None
        return _entry(rows[0], self._chips_for([entry_id]).get(entry_id, ()))

    def days_with_entries(self, first: str, last: str) -> set[str]:
        """Days in [first, last] that have writing or chips (for the calendar)."""
        rows = self.store.query(
            f"SELECT DISTINCT day FROM {ENTRIES} WHERE day BETWEEN ? AND ?", (first, last))
        return {row[0] for row in rows}

    def feelings_named(self, day: str) -> int:
        """How many different emotions were named on ``day`` (for Today's card)."""
        rows = self.store.query(
            f"SELECT count(DISTINCT c.word) FROM {CHIPS} c JOIN {ENTRIES} e "
            "ON e.id = c.entry_id WHERE e.day = ?", (day,))
        return int(rows[0][0])

    def own_words(self) -> list[str]:
        """The person's own feeling words (added here or on the body map)."""
        return [word.word for word in CustomWordsRepository(self.store).words()]

    def used_words(self) -> list[str]:
        """Every chip word ever used, most used first (for the emotion filter)."""
        rows = self.store.query(
            f"SELECT word FROM {CHIPS} GROUP BY word ORDER BY count(*) DESC, word")
        return [row[0] for row in rows]

    def all_entries(self) -> list[Entry]:
        """Everything, for the markdown export only (never at start-up)."""
        rows = self.store.query(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM {ENTRIES} ORDER BY day, created_at, rowid")
        chips: dict[str, list[Chip]] = {}
        for row in self.store.query(
                f"SELECT {', '.join(CHIP_COLUMNS)} FROM {CHIPS} ORDER BY entry_id, position, id"):
            chips.setdefault(row["entry_id"], []).append(_chip(row))
        return [_entry(row, tuple(chips.get(row["id"], ()))) for row in rows]

    def drafts(self) -> list[Draft]:
        rows = self.store.query(
            f"SELECT {', '.join(DRAFT_COLUMNS)} FROM {DRAFTS} ORDER BY updated_at, rowid")
        return [Draft(r["id"], r["entry_id"], r["day"], r["text"], r["updated_at"])
                for r in rows]

    def has_drafts(self) -> bool:
        return bool(self.store.query(f"SELECT 1 FROM {DRAFTS} LIMIT 1"))

    def search(self, wanted: SearchFilter, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Entries matching the words, the emotion and the date range, best first.

        With words: entries holding every word first, then those holding some of them ("chest
        and shoulders" finds an entry without "and"), each group ranked by bm25 and then
        newest first. Without words, newest first. Snippets are made only for the rows
        returned.
        """
        match = fts_query(wanted.text)
        conditions, params = self._filters(wanted)
        if match:
            rows = self._matching(match, conditions, params, limit)
            any_word = fts_query(wanted.text, any_word=True)
            if any_word != match and len(rows) < limit:
                seen = {row["id"] for row in rows}
                rows += [row for row in self._matching(any_word, conditions, params, limit)
                         if row["id"] not in seen][:limit - len(rows)]
        elif wanted.emotion or wanted.start or wanted.end:
            where = " AND ".join(conditions)
            rows = self.store.query(
                f"SELECT e.id, e.day, e.created_at, substr(e.text, 1, 200) AS snip "
                f"FROM {ENTRIES} e WHERE {where} ORDER BY e.day DESC, e.created_at DESC "
                "LIMIT ?", (*params, limit))
        else:
            return []
        chips = self._chips_for([row["id"] for row in rows])
        return [SearchHit(row["id"], row["day"], row["created_at"], _one_line(row["snip"]),
                          tuple(c.word for c in chips.get(row["id"], ())))
                for row in rows]

    def _matching(self, match: str, conditions: list[str], params: list[Any],
                  limit: int) -> list[sqlite3.Row]:
        # ORDER BY rank lets FTS5 sort inside the index, so snippets are made only for the
        # rows returned; ties are then put newest first.
        where = " AND ".join(["journal_fts MATCH ?", *conditions])
        rows = self.store.query(
            f"SELECT e.id, e.day, e.created_at, journal_fts.rank AS score, "
            f"snippet(journal_fts, 0, ?, ?, '…', {SNIPPET_TOKENS}) AS snip "
            f"FROM journal_fts JOIN {ENTRIES} e ON e.rowid = journal_fts.rowid "
            f"WHERE {where} ORDER BY journal_fts.rank LIMIT ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, match, *params, limit))
        rows = sorted(rows, key=lambda r: (r["day"], r["created_at"]), reverse=True)
        rows.sort(key=lambda r: -_relevance_band(r["score"]))
        return rows

    def count(self) -> int:
        return int(self.store.query(f"SELECT count(*) FROM {ENTRIES}")[0][0])

    # Writing -----------------------------------------------------------------------------
    def add(self, day: str, text: str = "") -> Entry:
        now = iso(self.store.clock())
        entry = Entry(new_id(), day, text, now, now)
        with self.store.write() as db:
            db.table(ENTRIES).insert(_entry_row(entry))
        return entry

    def set_text(self, entry_id: str, text: str, draft_id: str | None = None) -> Entry:
        """Change an entry's words (and drop the draft they came from) in one transaction."""
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.table(ENTRIES).update(entry_id, {"text": text, "updated_at": now})
            if draft_id:
                db.execute(f"DELETE FROM {DRAFTS} WHERE id = ?", [draft_id])
        updated = self.entry(entry_id)
        if updated is None:
            raise KeyError(entry_id)
        return updated

    def add_from_draft(self, day: str, text: str, draft_id: str | None) -> Entry:
        """A new entry from typed words; the draft goes in the same transaction."""
        now = iso(self.store.clock())
        entry = Entry(new_id(), day, text, now, now)
        with self.store.write() as db:
            db.table(ENTRIES).insert(_entry_row(entry))
            if draft_id:
                db.execute(f"DELETE FROM {DRAFTS} WHERE id = ?", [draft_id])
        return entry

    def save_draft(self, draft: Draft) -> Draft:
        saved = replace(draft, updated_at=iso(self.store.clock()))
        with self.store.write() as db:
            db.table(DRAFTS).upsert({"id": saved.id, "entry_id": saved.entry_id, "day": saved.day,
                                     "text": saved.text, "updated_at": saved.updated_at}, pk="id")
        return saved

    def drop_draft(self, draft_id: str) -> None:
        with self.store.write() as db:
            db.execute(f"DELETE FROM {DRAFTS} WHERE id = ?", [draft_id])

    def add_chip(self, entry_id: str, word: str, intensity: int | None = None) -> Chip | None:
        """Name an emotion on an entry; the same word twice is kept once (returns None)."""
        word = normalise(word)
        if not word:
            return None
        now = iso(self.store.clock())
        with self.store.write() as db:
            exists = self.store.conn.execute(
                f"SELECT 1 FROM {CHIPS} WHERE entry_id = ? AND word = ?", (entry_id, word)
            ).fetchone()
            if exists:
                return None
            position = self.store.conn.execute(
                f"SELECT coalesce(max(position) + 1, 0) FROM {CHIPS} WHERE entry_id = ?",
                (entry_id,)).fetchone()[0]
            chip = Chip(new_id(), entry_id, word, intensity, int(position), now, now)
            db.table(CHIPS).insert(_chip_row(chip))
            if vocabulary.load().lookup(word) is None:
                # The person's own word: shared with the body map's picker from now on.
                CustomWordsRepository(self.store).add_in(db, word, now)
            db.table(ENTRIES).update(entry_id, {"updated_at": now})
        return chip

    def set_intensity(self, chip_id: str, intensity: int | None) -> None:
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.table(CHIPS).update(chip_id, {"intensity": intensity, "updated_at": now})

    def remove_chip(self, chip_id: str) -> None:
        with self.store.write() as db:
            db.execute(f"DELETE FROM {CHIPS} WHERE id = ?", [chip_id])
        scrub.after_delete(self.store)

    def delete(self, entry_id: str) -> Entry | None:
        """Remove an entry with its chips and drafts; returns it so it can be restored."""
        existing = self.entry(entry_id)
        if existing is None:
            return None
        with self.store.write() as db:
            db.execute(f"DELETE FROM {CHIPS} WHERE entry_id = ?", [entry_id])
            db.execute(f"DELETE FROM {DRAFTS} WHERE entry_id = ?", [entry_id])
            db.execute(f"DELETE FROM {ENTRIES} WHERE id = ?", [entry_id])
        scrub.after_delete(self.store, fts=True)
        return existing

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back with its chips, ids and timestamps (undo)."""
        with self.store.write() as db:
            if self.store.conn.execute(
                    f"SELECT 1 FROM {ENTRIES} WHERE id = ?", (entry.id,)).fetchone() is None:
                db.table(ENTRIES).insert(_entry_row(entry))
            for chip in entry.chips:
                db.execute(f"DELETE FROM {CHIPS} WHERE id = ?", [chip.id])
                db.table(CHIPS).insert(_chip_row(chip))
        return entry

    # Internals ---------------------------------------------------------------------------
    def _chips_for(self, entry_ids: list[str]) -> dict[str, tuple[Chip, ...]]:
        if not entry_ids:
            return {}
        marks = ", ".join("?" for _ in entry_ids)
        rows = self.store.query(
            f"SELECT {', '.join(CHIP_COLUMNS)} FROM {CHIPS} WHERE entry_id IN ({marks}) "
            "ORDER BY position, created_at, id", tuple(entry_ids))
        grouped: dict[str, list[Chip]] = {}
        for row in rows:
            grouped.setdefault(row["entry_id"], []).append(_chip(row))
        return {key: tuple(value) for key, value in grouped.items()}

    @staticmethod
    def _filters(wanted: SearchFilter) -> tuple[list[str], list[str]]:
        conditions: list[str] = []
        params: list[str] = []
        if wanted.emotion:
            conditions.append(f"e.id IN (SELECT entry_id FROM {CHIPS} WHERE word = ?)")
            params.append(storable(normalise(wanted.emotion)))
        if wanted.start:
            conditions.append("e.day >= ?")
            params.append(storable(wanted.start))
        if wanted.end:
            conditions.append("e.day <= ?")
            params.append(storable(wanted.end))
        return conditions, params


def _relevance_band(score: float) -> int:
    """bm25 scores within about a quarter of each other count as equally good (then newest first).

    FTS5's bm25 is negative, lower is better; a shorter entry scores a little better for the
    same words, which is not a difference a person sees in the results.
    """
    return round(math.log(max(-score, 1e-9)) / math.log(RELEVANCE_STEP))


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _entry(row: sqlite3.Row, chips: tuple[Chip, ...]) -> Entry:
    return Entry(row["id"], row["day"], row["text"], row["created_at"], row["updated_at"],
                 tuple(chips))


def _chip(row: sqlite3.Row) -> Chip:
    return Chip(row["id"], row["entry_id"], row["word"], row["intensity"], row["position"],
                row["created_at"], row["updated_at"])


def _entry_row(entry: Entry) -> dict[str, Any]:
    return {"id": entry.id, "day": entry.day, "text": entry.text,
            "created_at": entry.created_at, "updated_at": entry.updated_at}


def _chip_row(chip: Chip) -> dict[str, Any]:
    return {"id": chip.id, "entry_id": chip.entry_id, "word": chip.word,
            "intensity": chip.intensity, "position": chip.position,
            "created_at": chip.created_at, "updated_at": chip.updated_at}
