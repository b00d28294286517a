"""Breathing sessions and patterns seen through Qt signals.

A failed write emits the shared ``errorOccurred`` with a calm message and returns ``None``;
the view keeps what it holds (a session's record, the ratings) and may try again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.breath import PRESETS, Pattern, Preset, validate_preset_name
from numbness_desktop.domain.breath_records import (
    CustomPreset,
    SessionRecord,
    history_line,
)
from numbness_desktop.domain.day_items import DayItem
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store.breathing_repo import BreathingRepository
from numbness_desktop.store.db import Store


class BreathingModel(QObject):
    """Presets (built-in and the person's own) and saved sessions."""

    presetsChanged = Signal()
    sessionsChanged = Signal()

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = BreathingRepository(store)
        self._error = error_signal
        self._custom: list[CustomPreset] | None = None
        self._deleted: list[CustomPreset] = []

    # Patterns ------------------------------------------------------------------------------
    def presets(self) -> list[Preset]:
        """Built-in presets first, then the person's own in name order."""
        return [*PRESETS, *(custom.preset() for custom in self.custom_presets())]

    def custom_presets(self) -> list[CustomPreset]:
        if self._custom is None:
            self._custom = self._read(self._repo.custom_presets, [])
        return list(self._custom)

    def preset_by_key(self, key: str) -> Preset | None:
        return next((preset for preset in self.presets() if preset.key == key), None)

    def name_problems(self, name: str) -> list[str]:
        return validate_preset_name(name, {custom.name for custom in self.custom_presets()})

    def add_preset(self, name: str, pattern: Pattern) -> Preset | None:
        problems = self.name_problems(name)
        if problems:
            raise ValueError(problems[0])
        saved = self._write(lambda: self._repo.add_preset(name, pattern), presets=True)
        return saved.preset() if saved is not None else None

    def delete_preset(self, preset_id: str) -> CustomPreset | None:
        """Delete a custom pattern; :meth:`undo_delete_preset` brings it back."""
        deleted = self._write(lambda: self._repo.delete_preset(preset_id), presets=True)
        if deleted is not None:
            self._deleted.append(deleted)
        return deleted

    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def undo_delete_preset(self) -> Preset | None:
        if not self._deleted:
            return None
        preset = self._deleted[-1]
        restored = self._write(lambda: self._repo.restore_preset(preset), presets=True)
        if restored is None:
            return None
        self._deleted.pop()
        return restored.preset()

    # Sessions ------------------------------------------------------------------------------
    def save_session(self, record: SessionRecord) -> SessionRecord | None:
        """Insert or update a session (ratings may arrive after it ended)."""
        return self._write(lambda: self._repo.save_session(record), presets=False)

    def session(self, session_id: str) -> SessionRecord | None:
        return self._read(lambda: self._repo.session(session_id), None)

    def recent_sessions(self, limit: int = 20) -> list[SessionRecord]:
        return self._read(lambda: self._repo.recent_sessions(limit), [])

    def day_items(self, day: date) -> list[DayItem]:
        """The day's sessions as one-line links, for the journal's day view."""
        return [DayItem(time=session.started_at[11:16], summary=session_summary(session),
                        tab="Breathe")
                for session in self._read(lambda: self._repo.sessions_on(day), [])]

    def history_line(self, chosen_preset: str | None = None) -> str | None:
        """The honest line from the person's own rated sessions, or None before there are 3."""
        return history_line(self._read(lambda: self._repo.change_summary(chosen_preset), None))

    # Internals -----------------------------------------------------------------------------
    def _read(self, query: Callable, fallback):
        try:
            return query()
        except StorageError as error:
            self._error.emit(error.message)
            return fallback

    def _write(self, operation: Callable, presets: bool):
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        if presets:
            self._custom = None
            self.presetsChanged.emit()
        else:
            self.sessionsChanged.emit()
        return result


def session_summary(session: SessionRecord) -> str:
    """'Breathing, 3 minutes (4-6), tension 6 → 4': short, with no judgement of stopping."""
    minutes = max(1, round(session.actual_seconds / 60))
    text = f"Breathing, {minutes} minute{'s' if minutes != 1 else ''} ({session.preset_name})"
    if session.before_tension is not None and session.after_tension is not None:
        text += f", tension {session.before_tension} → {session.after_tension}"
    return text
