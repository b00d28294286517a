"""The body map seen through Qt signals: feelings, their places, own words and "Your map"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.body_map import (
    FeelingDraft,
    FeelingLog,
    Overlay,
    OverlayFilter,
)
from numbness_desktop.domain.day_items import DayItem
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.vocabulary import Vocabulary, load
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.custom_words_repo import CustomWord
from numbness_desktop.store.db import Store

T = TypeVar("T")
UNDO_LIMIT = 20
FREQUENT_DAYS = 90


class BodyMapModel(QObject):
    """Reads and writes feelings; a failed write emits the shared error signal."""

    feelingsChanged = Signal()
    wordsChanged = Signal()
    undoAvailableChanged = Signal(bool)

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._error = error_signal
        self.repo = BodyMapRepository(self.store)
        self._deleted: list[FeelingLog] = []
        self._vocabulary: Vocabulary | None = None

    def today(self):
        return self.store.clock().date()

    # Reading -----------------------------------------------------------------------------
    def todays_feelings(self) -> list[FeelingLog]:
        return self._read(lambda: self.repo.feelings_on(self.today()), [])

    def day_items(self, day: date) -> list[DayItem]:
        """The day's feelings as one-line links, for the journal's day view."""
        return [DayItem(time=log.felt_at[11:16],
                        summary=f"Felt {log.emotion} ({log.intensity}/10) — {log.where()}",
                        tab="Body map")
                for log in self._feelings_on(day)]

    def _feelings_on(self, day: date) -> list[FeelingLog]:
        return self._read(lambda: self.repo.feelings_on(day), [])

    def feeling(self, log_id: str) -> FeelingLog | None:
        return self._read(lambda: self.repo.feeling(log_id), None)

    def overlay(self, wanted: OverlayFilter) -> Overlay:
        return self._read(lambda: self.repo.overlay(wanted, self.today()), Overlay())

    def vocabulary(self) -> Vocabulary:
        """The shared words plus the person's own, cached until their words change."""
        if self._vocabulary is None:
            own: list[str] = self._read(lambda: [w.word for w in self.repo.words.words()], [])
            self._vocabulary = load().with_own(own)
        return self._vocabulary

    def forget_words(self) -> None:
        """Own words may have been added elsewhere (the journal): read them again when asked."""
        self._vocabulary = None
        self.wordsChanged.emit()

    def own_words(self) -> list[CustomWord]:
        return self._read(self.repo.words.words, [])

    def used_words(self) -> list[str]:
        """Every word the person has named a feeling with, most used first."""
        return self._read(lambda: self.repo.words.frequent_words(None, limit=-1), [])

    def suggested_words(self, limit: int = 8) -> list[str]:
        """Recent words first, then frequent ones (last 90 days), each once."""
        from datetime import timedelta

        since = (self.today() - timedelta(days=FREQUENT_DAYS - 1)).isoformat()
        recent: list[str] = self._read(lambda: self.repo.words.recent_words(4), [])
        frequent: list[str] = self._read(lambda: self.repo.words.frequent_words(since, limit), [])
        return list(dict.fromkeys(recent + frequent))[:limit]

    def draft(self) -> str:
        return self._read(self.repo.draft, "")

    # Writing -----------------------------------------------------------------------------
    def keep_draft(self, text: str) -> bool:
        """Keep the unsaved form; ``False`` (and a calm message) when it couldn't be kept."""
        try:
            self.repo.keep_draft(text)
        except StorageError as error:
            self._error.emit(error.message)
            return False
        return True

    def save_feeling(self, draft: FeelingDraft) -> FeelingLog | None:
        return self._write(lambda: self.repo.save(draft))

    def update_feeling(self, log_id: str, draft: FeelingDraft) -> FeelingLog | None:
        """Save an edit; if the feeling was deleted meanwhile, the words become a new one."""
        if self.feeling(log_id) is None:
            return self.save_feeling(draft)
        return self._write(lambda: self.repo.update(log_id, draft))

    def delete_feeling(self, log_id: str) -> FeelingLog | None:
        """Delete a feeling; :meth:`undo_delete` brings it back."""
        deleted = self._write(lambda: self.repo.delete(log_id))
        if deleted is not None:
            self._deleted = [*self._deleted[-(UNDO_LIMIT - 1):], deleted]
            self.undoAvailableChanged.emit(True)
        return deleted

    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> FeelingLog | None:
        if not self._deleted:
            return None
        restored = self._write(lambda: self.repo.restore(self._deleted[-1]))
        if restored is not None:
            self._deleted.pop()
            self.undoAvailableChanged.emit(bool(self._deleted))
        return restored

    def add_own_word(self, word: str) -> CustomWord | None:
        return self._write(lambda: self.repo.words.add(word), words=True)

    def delete_own_word(self, word_id: str) -> CustomWord | None:
        return self._write(lambda: self.repo.words.delete(word_id), words=True)

    # Internals -----------------------------------------------------------------------------
    def _read(self, operation: Callable[[], T], fallback: T) -> T:
        try:
            return operation()
        except StorageError as error:
            self._error.emit(error.message)
            return fallback

    def _write(self, operation: Callable[[], T | None], words: bool = False) -> T | None:
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        self._vocabulary = None
        if not words:
            self.feelingsChanged.emit()
        self.wordsChanged.emit()
        return result
