"""Every preference of the person, kept in their data folder and observed by the views.

``--data-dir`` is a complete profile: nothing here is written to QSettings or ~/.config. The
values are read once (one small query) and cached; a write goes to the store at once and then
emits ``changed(key)`` so every view that shows the choice can follow it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import settings_repo
from numbness_desktop.store.db import Store

T = TypeVar("T")


class Preferences(QObject):
    """Typed get/set over the ``settings`` table; a failed write is reported, not raised."""

    changed = Signal(str)

    def __init__(self, store: Store, error_signal: SignalInstance | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._errors = error_signal
        try:
            self._values = settings_repo.read_preferences(store)
        except StorageError as error:
            self._values = {}
            self._report(error)

    def value(self, key: str, default: T) -> T:
        """The stored value when it has the default's type (ints pass for floats)."""
        stored = self._values.get(key)
        if stored is None:
            return default
        if isinstance(default, bool) or default is None:
            return stored if default is None or isinstance(stored, bool) else default
        if isinstance(default, float) and isinstance(stored, int | float) \
                and not isinstance(stored, bool):
            return float(stored)  # type: ignore[return-value]  # T is float: checked above
        if isinstance(stored, type(default)) and not isinstance(stored, bool):
            return stored
        return default

    def contains(self, key: str) -> bool:
        return key in self._values

    def set_value(self, key: str, value: Any) -> bool:
        """Save a choice; ``False`` (and a calm message) if it could not be saved."""
        if self._values.get(key, object()) == value and key in self._values:
            return True
        try:
            settings_repo.write_preference(self._store, key, value)
        except StorageError as error:
            self._report(error)
            return False
        self._values[key] = value
        self.changed.emit(key)
        return True

    def remove(self, key: str) -> bool:
        """Forget a choice, so its default (or the system's preference) applies again."""
        if key not in self._values:
            return True
        try:
            settings_repo.delete_preference(self._store, key)
        except StorageError as error:
            self._report(error)
            return False
        del self._values[key]
        self.changed.emit(key)
        return True

    def _report(self, error: StorageError) -> None:
        if self._errors is not None:
            self._errors.emit(error.message)
