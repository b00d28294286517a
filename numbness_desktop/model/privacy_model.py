"""The passphrase, seen from the views: is it on, can it be, turn it on / change / remove.

The work (a checked backup first, re-keyed checked copies swapped in) is
``store/crypto.py``'s; this model keeps the views out of the store and says every outcome
in one calm line. The functions at the bottom serve the unlock screen, before any store is
open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from numbness_desktop import paths
from numbness_desktop.domain.errors import ReconnectError
from numbness_desktop.store.crypto import MIN_LENGTH as MIN_PASSPHRASE
from numbness_desktop.store.db import Store

__all__ = ["MIN_PASSPHRASE", "NO_RECOVERY", "PrivacyModel", "is_locked", "locked_country",
           "try_passphrase"]
NO_RECOVERY = ("Nobody can recover a forgotten passphrase — not Reconnect, not its makers. "
               "Without it your data cannot be opened again, by anyone. Write it down "
               "somewhere safe, or keep an export in a safe place.")


class PrivacyModel(QObject):
    changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def unavailable_reason(self) -> str | None:
        from numbness_desktop.store.crypto import availability

        return availability()

    def is_on(self) -> bool:
        return self._store.passphrase is not None

    def set_passphrase(self, new: str | None) -> str:
        """Turn on / change (``new``) or remove (None); returns the result line."""
        from numbness_desktop.store.crypto import change_passphrase

        was_on = self.is_on()
        made = change_passphrase(self._store, new)
        self.changed.emit()
        if new is None:
            return (f"The passphrase is removed; your data and backups are no longer "
                    f"encrypted. A backup was made first ({made.name}).")
        verb = "changed" if was_on else "on"
        return (f"The passphrase is {verb}. Your data and every backup are encrypted with it; "
                f"a backup was made first ({made.name}).")

    def check_current(self, attempt: str) -> bool:
        return self._store.passphrase == attempt


def is_locked(data_dir: Path) -> bool:
    """True when the data file is encrypted (a passphrase is needed to open it)."""
    from numbness_desktop.store.crypto import is_encrypted

    return is_encrypted(paths.db_path(data_dir))


def try_passphrase(data_dir: Path, attempt: str) -> str | None:
    """``None`` when ``attempt`` opens the data; else the kind line to show."""
    from numbness_desktop.store.crypto import connect
    from numbness_desktop.store.errors import storage_errors

    try:
        with storage_errors():
            connect(paths.db_path(data_dir), attempt).close()
    except ReconnectError as error:
        return error.message
    return None


def locked_country(data_dir: Path) -> str:
    """The country chosen for crisis lines, readable without the key ('' if unknown)."""
    from numbness_desktop.store.crypto import read_country_file

    return read_country_file(data_dir)
