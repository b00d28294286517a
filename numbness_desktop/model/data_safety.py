"""Backups and restore as the window sees them: a list, "back up now", "restore this one".

The restore itself needs the store closed, so :meth:`DataSafety.restore` is called by the
window after it has saved everything and closed; the window then reopens on the data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop import paths
from numbness_desktop.domain.errors import ReconnectError, StorageError
from numbness_desktop.store import backup, maintenance
from numbness_desktop.store.db import Store


class DataSafety(QObject):
    restoreRequested = Signal()  # Settings → Data asks the window to run its restore

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._error = error_signal

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def backups(self) -> list[backup.BackupInfo]:
        """Every backup, newest first, each checked and counted."""
        return backup.list_backups(paths.backup_dir(self.store.data_dir), self.store.passphrase)

    def back_up_now(self) -> Path | None:
        try:
            return self.store.backup()
        except StorageError as error:
            self._error.emit(error.message)
            return None

    def restore(self, chosen: Path | None) -> tuple[maintenance.Restored | None, str]:
        """Put ``chosen`` (or the newest good backup) in place; the store must be closed.

        Returns what was restored (and where the old files went), or ``None`` and why not.
        """
        try:
            return maintenance.restore_backup(self.store.data_dir, self.store.clock(),
                                              chosen, key=self.store.passphrase), ""
        except ReconnectError as error:
            return None, error.message
