"""Consistent copies of the live database through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from numbness_desktop import paths

AUTOMATIC_LABEL = "auto"
KEEP_AUTOMATIC = 7


def backup_database(conn: sqlite3.Connection, folder: Path, label: str, now: datetime) -> Path:
    """Copy ``conn``'s database into ``folder`` as one consistent snapshot (never a file copy)."""
    paths.ensure_private_dir(folder)
    stem = f"reconnect-{now.strftime('%Y%m%d-%H%M%S')}-{label}"
    target = folder / f"{stem}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}.db"
    target.touch(mode=paths.PRIVATE_FILE_MODE)
    paths.make_private_file(target)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups, oldest first (the names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"reconnect-*-{AUTOMATIC_LABEL}*.db"))


def needs_automatic_backup(folder: Path, now: datetime) -> bool:
    """One automatic backup a day is enough."""
    existing = automatic_backups(folder)
    return not existing or now.strftime("%Y%m%d") not in existing[-1].name


def rotate(folder: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Remove the oldest automatic backups beyond ``keep``; manual ones are never touched."""
    existing = automatic_backups(folder)
    removed = existing[:-keep] if len(existing) > keep else []
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
