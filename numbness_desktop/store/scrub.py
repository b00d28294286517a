"""Deleting that deletes: no word of a deleted record stays readable in any file we keep.

Three places hold a deleted record's words after a plain ``DELETE``: the freed space in the
database pages (the store turns ``secure_delete`` on, so SQLite zeroes it), the full-text
index (FTS5 only marks a deleted entry's tokens as deleted until its segments are merged:
``optimize`` merges them, dropping the tokens) and the write-ahead log, which keeps old page
images until a checkpoint (``wal_checkpoint(TRUNCATE)`` copies them back and empties it).
:func:`after_delete` does the last two after every delete; :func:`remove_from_backups` does
the same inside the backups, for a person who asks.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from numbness_desktop import paths
from numbness_desktop.store.db import Store
from numbness_desktop.store.errors import storage_errors

FTS_TABLES = ("journal_fts",)
Connect = Callable[[Path], sqlite3.Connection]  # opens a backup (``crypto.connector``)
# A record's dependants, deleted with it: (table, column naming the record).
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "journal_entries": (("journal_chips", "entry_id"), ("journal_drafts", "entry_id")),
    "emotion_logs": (("emotion_log_regions", "log_id"),),
}


def after_delete(store: Store, *, fts: bool = False) -> None:
    """Merge the full-text index (when a journal entry went) and empty the WAL."""
    with storage_errors():
        if fts:
            compact_fts(store.conn)
            store.conn.commit()
        checkpoint(store.conn)


def compact_fts(conn: sqlite3.Connection) -> None:
    for table in FTS_TABLES:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        if exists:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Copy the WAL into the database and truncate it to nothing (no old page survives)."""
    with contextlib.suppress(sqlite3.OperationalError):  # busy: the next one will do it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def backup_files(data_dir: Path) -> list[Path]:
    folder = paths.backup_dir(data_dir)
    return sorted(p for p in folder.glob("*.db") if p.is_file()) if folder.is_dir() else []


def remove_from_backups(data_dir: Path, table: str, ids: Iterable[str],
                        connect: Connect = sqlite3.connect) -> int:
    """Delete records (and their dependants) from every backup; returns backups changed.

    Each backup is opened with ``secure_delete`` on, the rows go in one transaction, the
    full-text index is merged and the file's WAL checkpointed away, so the words are gone
    from the backup's bytes too. ``connect`` opens a backup (an encrypted one needs its key).
    """
    ids = list(ids)
    changed = 0
    for path in backup_files(data_dir):
        with storage_errors():
            conn = connect(path)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA recursive_triggers = ON")
                removed = 0
                with conn:
                    for record_id in ids:
                        for child, column in CHILDREN.get(table, ()):
                            if _has_table(conn, child):
                                conn.execute(f"DELETE FROM {child} WHERE {column} = ?",
                                             (record_id,))
                        if _has_table(conn, table):
                            removed += conn.execute(f"DELETE FROM {table} WHERE id = ?",
                                                    (record_id,)).rowcount
                if removed:
                    compact_fts(conn)
                    conn.commit()
                    changed += 1
                checkpoint(conn)
            finally:
                conn.close()
        paths.make_private_file(path)
    return changed


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def remove_deleted_from_backups(store: Store, tables: Iterable[str],
                                connect: Connect = sqlite3.connect) -> int:
    """Rewrite every backup without the records no longer in the live database.

    For each table (every exported kind, the plan, drafts), a backup's rows whose ``id`` is
    gone from the live data are deleted, with the same care as :func:`remove_from_backups`.
    Returns how many backups changed.
    """
    tables = [t for t in tables if _has_table(store.conn, t)]
    live = {t: [row[0] for row in store.conn.execute(f"SELECT id FROM {t}")] for t in tables}
    changed = 0
    for path in backup_files(store.data_dir):
        with storage_errors():
            conn = connect(path)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA recursive_triggers = ON")
                removed = 0
                with conn:
                    conn.execute("CREATE TEMP TABLE keep (tbl TEXT, id TEXT, "
                                 "PRIMARY KEY (tbl, id)) WITHOUT ROWID")
                    for table, ids in live.items():
                        conn.executemany("INSERT OR IGNORE INTO keep VALUES (?, ?)",
                                         [(table, i) for i in ids])
                    for table in tables:
                        if _has_table(conn, table):
                            removed += conn.execute(
                                f"DELETE FROM {table} WHERE id NOT IN "
                                "(SELECT id FROM keep WHERE tbl = ?)", (table,)).rowcount
                    conn.execute("DROP TABLE keep")
                if removed:
                    compact_fts(conn)
                    conn.commit()
                    changed += 1
                checkpoint(conn)
            finally:
                conn.close()
        paths.make_private_file(path)
    return changed
