"""The journal seen through Qt signals: days, chips, drafts, search, delete and undo.

Failed writes emit the shared ``errorOccurred`` and return ``None``; the view keeps the
words on screen (and the draft, if it was saved, stays in the store).

Other features show their own records of a day in the journal's day view through
*day providers*: callables ``(date) -> list[DayItem]``, registered with
:meth:`JournalModel.add_day_provider`. The journal reads them, never their tables. With no
provider the day view shows no such section at all. For example, in
``MainWindow._build_journal``::

    journal = self.app_model.journal
    journal.add_day_provider(self.app_model.breathing.day_items,
                             self.app_model.breathing.sessionsChanged)

where ``day_items(day)`` returns ``DayItem("07:30", "Breathing, 3 minutes (4-7-8)",
"Breathe")`` for each session that day (``tab`` is the exact tab label to open).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.day_items import DayItem, DayProvider
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.journal import Chip, Draft, Entry, SearchFilter, SearchHit
from numbness_desktop.model.writes import then_true
from numbness_desktop.store.db import Store
from numbness_desktop.store.journal_repo import JournalRepository

UNDO_LIMIT = 20




class JournalModel(QObject):
    """One per window; views listen to ``dayChanged`` (the ISO day that changed)."""

    dayChanged = Signal(str)
    undoAvailableChanged = Signal(bool)
    elsewhereChanged = Signal()

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = JournalRepository(store)
        self._error = error_signal
        self._deleted: list[Entry] = []
        self._providers: list[DayProvider] = []

    # Reading -----------------------------------------------------------------------------
    def day(self, day: str) -> list[Entry]:
        return self._read(lambda: self._repo.day(day), [])

    def entry(self, entry_id: str) -> Entry | None:
        return self._read(lambda: self._repo.entry(entry_id), None)

    def search(self, wanted: SearchFilter) -> list[SearchHit]:
        return self._read(lambda: self._repo.search(wanted), [])

    def drafts(self) -> list[Draft]:
        return self._read(self._repo.drafts, [])

    def has_drafts(self) -> bool:
        """Words left behind by a crash (checked once at start-up: one tiny query)."""
        return self._read(self._repo.has_drafts, False)

    def feelings_named(self, day: str) -> int:
        return self._read(lambda: self._repo.feelings_named(day), 0)

    def used_words(self) -> list[str]:
        return self._read(self._repo.used_words, [])

    def own_words(self) -> list[str]:
        return self._read(self._repo.own_words, [])

    def days_with_entries(self, first: str, last: str) -> set[str]:
        return self._read(lambda: self._repo.days_with_entries(first, last), set())

    # Other tabs' records of a day ---------------------------------------------------------
    def add_day_provider(self, provider: DayProvider,
                         changed: SignalInstance | None = None) -> None:
        """Show ``provider``'s items in the day view; ``changed`` (if given) refreshes it."""
        self._providers.append(provider)
        if changed is not None:
            changed.connect(self.elsewhereChanged)
        self.elsewhereChanged.emit()

    def has_day_providers(self) -> bool:
        return bool(self._providers)

    def elsewhere(self, day: date) -> list[DayItem]:
        """Every provider's items for ``day``, in time order (empty with no providers)."""
        items: list[DayItem] = []
        for provider in self._providers:
            items.extend(self._read(lambda provider=provider: provider(day), []))
        return sorted(items, key=lambda item: item.time)

    # Writing -----------------------------------------------------------------------------
    def save_draft(self, draft: Draft) -> Draft | None:
        """Keep typed words against a crash (no change signal: the entry is unchanged)."""
        return self._write(lambda: self._repo.save_draft(draft), None)

    def commit(self, draft: Draft) -> Entry | None:
        """Make the draft's words the entry's words (a new entry if it has none yet).

        Empty words with no entry create nothing. The draft row goes in the same transaction.
        """
        if draft.entry_id is None:
            if not draft.text.strip():
                self._write(lambda: self._repo.drop_draft(draft.id), None)
                return None
            return self._write(lambda: self._repo.add_from_draft(draft.day, draft.text,
                                                                 draft.id), draft.day)
        return self._write(lambda: self._repo.set_text(draft.entry_id, draft.text, draft.id),
                           draft.day)

    def drop_draft(self, draft_id: str) -> bool:
        return self._write(then_true(lambda: self._repo.drop_draft(draft_id)), None) is True

    def add_entry(self, day: str, text: str = "") -> Entry | None:
        return self._write(lambda: self._repo.add(day, text), day)

    def add_chip(self, entry: Entry, word: str, intensity: int | None = None) -> Chip | None:
        return self._write(lambda: self._repo.add_chip(entry.id, word, intensity), entry.day)

    def set_intensity(self, entry: Entry, chip_id: str, intensity: int | None) -> bool:
        return self._write(then_true(lambda: self._repo.set_intensity(chip_id, intensity)),
                           entry.day) is True

    def remove_chip(self, entry: Entry, chip_id: str) -> bool:
        return self._write(then_true(lambda: self._repo.remove_chip(chip_id)), entry.day) is True

    def delete_entry(self, entry_id: str) -> Entry | None:
        """Delete an entry with its chips; :meth:`undo_delete` brings it back."""
        existing = self.entry(entry_id)
        if existing is None:
            return None
        deleted = self._write(lambda: self._repo.delete(entry_id), existing.day)
        if deleted is not None:
            self._deleted = [*self._deleted[-(UNDO_LIMIT - 1):], deleted]
            self.undoAvailableChanged.emit(True)
        return deleted

    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> Entry | None:
        if not self._deleted:
            return None
        entry = self._deleted[-1]
        restored = self._write(lambda: self._repo.restore(entry), entry.day)
        if restored is not None:
            self._deleted.pop()
            self.undoAvailableChanged.emit(bool(self._deleted))
        return restored

    # Internals ---------------------------------------------------------------------------
    def _read(self, operation, fallback):
        try:
            return operation()
        except StorageError as error:
            self._error.emit(error.message)
            return fallback

    def _write(self, operation, day: str | None):
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        if day is not None:
            self.dayChanged.emit(day)
        return result
