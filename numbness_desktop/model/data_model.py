"""The person's data as a whole: export, import, back up, remove from backups, delete all.

The File menu and Settings → Data talk to this; it talks to the store. Every method returns
a calm sentence for the result line (or raises ``ReconnectError`` with one), and tells the
other models when their data changed underneath them (after an import), so open views
follow without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from numbness_desktop.domain.errors import ReconnectError
from numbness_desktop.store.db import Store

EXPORT_FORMATS = ("json", "csv", "markdown")


class DataModel(QObject):
    imported = Signal()
    aboutToDeleteEverything = Signal()  # views: save or stop whatever is pending now
    everythingDeleted = Signal()  # the store is closed: nothing may be saved any more
    closeRequested = Signal()  # the person has read that everything is deleted

    def __init__(self, store: Store, close_store: Callable[[], None],
                 after_import: Callable[[dict[str, Any]], None],
                 parent: QObject | None = None) -> None:
        """``close_store`` closes the store for every model (before Delete everything);
        ``after_import(data)`` tells the other models their data changed underneath."""
        super().__init__(parent)
        self._store = store
        self._close_store = close_store
        self._after_import = after_import

    @property
    def data_dir(self) -> Path:
        return self._store.data_dir

    def export(self, fmt: str, out: Path,
               progress: Callable[[int, int], object] | None = None) -> str:
        """Write an export (json, csv folder or markdown); returns the result line.
        ``progress`` is told (steps done, steps in all) as it goes."""
        from numbness_desktop.store.transfer_export import write_export

        if fmt not in EXPORT_FORMATS:
            raise ValueError(fmt)
        written = write_export(self._store, fmt, out, progress)
        return f"Exported to {written}. Only you can read it; keep it somewhere safe."

    def markdown(self) -> str:
        """Everything as readable text (the source of the PDF export)."""
        import tempfile

        from numbness_desktop.store.transfer_export import write_export

        with tempfile.TemporaryDirectory(prefix="reconnect-") as folder:
            return write_export(self._store, "markdown", Path(folder) / "x.md").read_text(
                encoding="utf-8")

    def import_file(self, path: Path) -> str:
        """Check and merge a Reconnect JSON export or a Daylio CSV; nothing changes if bad."""
        from numbness_desktop.store.transfer import import_data, read_import

        data = read_import(path, self._store)
        counts = import_data(self._store, data)
        self._refresh_after_import(data)
        added, updated = counts["added"], counts["updated"]
        if not added and not updated:
            return "Everything in that file was already here; nothing needed adding."
        return f"Imported {added} new and {updated} updated records from {path.name}."

    def backup_now(self) -> str:
        from numbness_desktop.store import scrub

        made = self._store.backup("manual")
        scrub.checkpoint(self._store.conn)
        return f"Backed up to {made.name} in {made.parent}."

    def backup_count(self) -> int:
        from numbness_desktop.store.scrub import backup_files

        return len(backup_files(self.data_dir))

    def remove_from_backups(self, table: str, ids: list[str]) -> str:
        from numbness_desktop.store.scrub import remove_from_backups

        passphrase = self._store.passphrase
        if passphrase is None:
            changed = remove_from_backups(self.data_dir, table, ids)
        else:
            from numbness_desktop.store.crypto import connector

            changed = remove_from_backups(self.data_dir, table, ids, connector(passphrase))
        return f"Removed it from {changed} backup{'s' if changed != 1 else ''} too." \
            if changed else "No backup held it."

    def remove_deleted_from_backups(self) -> str:
        """Every backup rewritten without what has been deleted since it was made."""
        from numbness_desktop.store.scrub import remove_deleted_from_backups
        from numbness_desktop.store.transfer import RECORD_KINDS

        tables = [kind.table for kind in RECORD_KINDS] + ["safety_plan_items",
                                                          "journal_drafts"]
        passphrase = self._store.passphrase
        if passphrase is None:
            changed = remove_deleted_from_backups(self._store, tables)
        else:
            from numbness_desktop.store.crypto import connector

            changed = remove_deleted_from_backups(self._store, tables,
                                                  connector(passphrase))
        if not changed:
            return "The backups hold nothing you have deleted."
        return (f"Removed what you had deleted from {changed} "
                f"backup{'s' if changed != 1 else ''}.")

    def delete_everything(self) -> list[Path]:
        """Close the store and remove every file of ours; returns files left (not ours)."""
        from numbness_desktop.model.legacy_settings import legacy_path
        from numbness_desktop.store.wipe import delete_everything

        self.aboutToDeleteEverything.emit()
        self._close_store()
        left = delete_everything(self.data_dir, legacy_path())
        self.everythingDeleted.emit()
        return left

    def _refresh_after_import(self, data: dict[str, Any]) -> None:
        self._after_import(data)
        self.imported.emit()


def check_reconnect_error(error: Exception) -> str:
    """The calm line for an error a data action raised (ours, or the disk's)."""
    if isinstance(error, ReconnectError):
        return error.message
    if isinstance(error, OSError):
        return f"That didn't work: {error.strerror or error}."
    raise error
