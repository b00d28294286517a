"""The person's own feeling words, and the words they use most, for any emotion picker.

Small and general on purpose: the body map and the journal both offer these words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.vocabulary import normalise
from numbness_desktop.store import scrub
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

WORDS = "custom_words"
LOGS = "emotion_logs"


@dataclass(frozen=True)
class CustomWord:
    id: str
    word: str
    created_at: str
    updated_at: str


class CustomWordsRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    def words(self) -> list[CustomWord]:
        rows = self.store.query(
            f"SELECT min(id), word, min(created_at), max(updated_at) FROM {WORDS} "
            "GROUP BY word ORDER BY word")
        return [CustomWord(*row) for row in rows]

    def add(self, word: str) -> CustomWord:
        """Add a word (normalised); adding one that is already there returns it."""
        with self.store.write() as db:
            return self.add_in(db, word)

    def add_in(self, db: Database, word: str, stamp: str = "") -> CustomWord:
        """The same, inside a transaction the caller already holds (``stamp``: when)."""
        text = normalise(word)
        if not text:
            raise ValueError("an own word can't be empty")
        row = self.store.conn.execute(
            f"SELECT id, word, created_at, updated_at FROM {WORDS} WHERE word = ?", (text,)
        ).fetchone()
        if row is not None:
            return CustomWord(*row)
        now = stamp or iso(self.store.clock())
        word_record = CustomWord(new_id(), text, now, now)
        db.table(WORDS).insert(word_record.__dict__)
        return word_record

    def delete(self, word_id: str) -> CustomWord | None:
        """Remove a word from the list (feelings already named with it keep it)."""
        rows = self.store.query(
            f"SELECT id, word, created_at, updated_at FROM {WORDS} WHERE id = ?", (word_id,))
        if not rows:
            return None
        with self.store.write() as db:
            db.execute(f"DELETE FROM {WORDS} WHERE word = ?", [rows[0]["word"]])
        scrub.after_delete(self.store)
        return CustomWord(*rows[0])

    def restore(self, word: CustomWord) -> None:
        """Undo a delete."""
        with self.store.write() as db:
            db.table(WORDS).insert(word.__dict__, replace=True)

    def recent_words(self, limit: int = 5) -> list[str]:
        """Words of the latest feelings, newest first, each once."""
        rows = self.store.query(
            f"SELECT emotion FROM {LOGS} GROUP BY emotion ORDER BY max(felt_at) DESC, emotion "
            "LIMIT ?", (limit,))
        return [row[0] for row in rows]

    def frequent_words(self, since_day: str | None = None, limit: int = 5) -> list[str]:
        """The most used words (since ``since_day``, an ISO date, when given)."""
        rows = self.store.query(
            f"SELECT emotion FROM {LOGS} WHERE day >= ? GROUP BY emotion "
            "ORDER BY count(*) DESC, max(felt_at) DESC, emotion LIMIT ?",
            (since_day or "", limit))
        return [row[0] for row in rows]
