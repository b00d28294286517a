"""Integrity check and backups of a data folder, without migrating or writing to it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from numbness_desktop import paths
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import backup
from numbness_desktop.store.errors import storage_errors


def _connect_existing(data_dir: Path) -> sqlite3.Connection:
    db_file = paths.db_path(data_dir)
    if not db_file.is_file():
        raise StorageError(f"There is no Reconnect data in {data_dir} yet.")
    with storage_errors():
        return sqlite3.connect(f"{db_file.as_uri()}?mode=rw", uri=True)


def integrity_problems(data_dir: Path) -> list[str]:
    """SQLite's integrity check; an empty list means the file is sound."""
    conn = _connect_existing(data_dir)
    try:
        with storage_errors():
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return [row[0] for row in rows if row[0] != "ok"]


def backup_now(data_dir: Path, now: datetime, label: str = "manual") -> Path:
    """A consistent copy of the live database in ``DATA_DIR/backups/``."""
    conn = _connect_existing(data_dir)
    try:
        with storage_errors():
            return backup.backup_database(conn, paths.backup_dir(data_dir), label, now)
    finally:
        conn.close()


def automatic_backup(data_dir: Path, now: datetime) -> Path | None:
    """Today's automatic backup if there is none yet; old ones rotate out."""
    folder = paths.backup_dir(data_dir)
    if not backup.needs_automatic_backup(folder, now):
        return None
    made = backup_now(data_dir, now, backup.AUTOMATIC_LABEL)
    backup.rotate(folder)
    return made
