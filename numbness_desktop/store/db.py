"""Open the one SQLite file: pragmas, private modes, version check, migrations.

Reads use the plain ``sqlite3`` connection (fast to import, so the first paint is quick);
writes go through sqlite-utils' ``Database`` wrapped around the same connection, created on
first use, so every write is one ``db.atomic()`` transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from numbness_desktop import paths
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.errors import NewerSchemaError, ReadOnlyError, StorageError
from numbness_desktop.store import backup, migrations
from numbness_desktop.store.errors import database_errors, storage_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 3000
DISK_FULL_BELOW = 1024 * 1024
DISK_FULL_MESSAGE = ("The disk Reconnect's data is on is full. You can look back at everything; "
                     "what you type stays on screen and is saved as soon as a little space is "
                     "free again.")
READ_ONLY_MESSAGE = ("This data folder is read-only, so Reconnect can show and export what is "
                     "there but can't save anything new.")


class Store:
    """An open Reconnect database. Create it with :func:`open_store`."""

    def __init__(self, data_dir: Path, conn: sqlite3.Connection, clock: Clock,
                 read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.read_only = read_only  # browse and export only: every write is refused calmly
        self.start_notice = ""  # something the window should say as it opens (a full disk)
        self.path = paths.db_path(data_dir)
        self.conn = conn
        self.clock = clock
        self._db: Database | None = None
        self.passphrase: str | None = None  # in memory only (store/crypto.py), never saved

    def reconnect(self, passphrase: str | None) -> None:
        """Open the file again (after it was re-keyed) under ``passphrase``; same object, so
        every repository holding this store follows."""
        with storage_errors():
            conn = connect_file(self.path, passphrase)
            _apply_pragmas(conn)
        self.conn, self._db, self.passphrase = conn, None, passphrase
        self.is_new = False  # created by this open_store (the first-run welcome asks)

    @property
    def db(self) -> Database:
        """sqlite-utils' view of the same connection, built when first needed."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction; a disk or lock failure comes out as a ``StorageError``."""
        if self.read_only:
            raise ReadOnlyError(READ_ONLY_MESSAGE)
        with storage_errors(), self.db.atomic() as db:
            yield db
        paths.make_private_file(self.path.with_name(self.path.name + "-wal"))

    def query(self, sql: str,
              params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Read rows; failures become ``StorageError`` too."""
        with storage_errors():
            return self.conn.execute(sql, params).fetchall()

    def backup(self, label: str = "manual") -> Path:
        """A consistent copy of the live database in ``backups/``."""
        with storage_errors():  # checked, written aside, renamed; encrypted under the key
            return backup.backup_database(self.conn, paths.backup_dir(self.data_dir), label,
                                          self.clock(), self.passphrase)

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity check: an empty list means the file is sound."""
        rows = self.query("PRAGMA integrity_check")
        return [row[0] for row in rows if row[0] != "ok"]

    def close(self) -> None:
        with storage_errors():
            self.conn.close()
        if self.read_only:
            return
        for suffix in ("", "-wal", "-shm"):
            paths.make_private_file(self.path.with_name(self.path.name + suffix))


def connect_file(db_file: Path, passphrase: str | None) -> sqlite3.Connection:
    """sqlite3, or SQLCipher when the file is encrypted (``PassphraseNeeded`` without one)."""
    if passphrase is None and not _encrypted(db_file):
        conn = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.row_factory = sqlite3.Row
        return conn
    from numbness_desktop.store import crypto

    if passphrase is None:
        raise crypto.PassphraseNeeded("Your data is locked with a passphrase.")
    return crypto.connect(db_file, passphrase, BUSY_TIMEOUT_MS / 1000)


def _encrypted(db_file: Path) -> bool:
    from numbness_desktop.store.crypto import is_encrypted  # stdlib only: no SQLCipher yet

    return is_encrypted(db_file)


def open_store(data_dir: Path, clock: Clock = system_clock, passphrase: str | None = None,
               *, read_only: bool = False) -> Store:
    """Open (or create) the database in ``data_dir``, ready to read and write.

    A database written by a newer Reconnect is refused before anything is written to it.
    Before pending schema steps run on existing data, a backup copy is taken. An encrypted
    database needs its ``passphrase`` (store/crypto.py). Data on a read-only medium or in a
    folder the person made read-only opens read-only (see :func:`open_read_only`);
    ``read_only=True`` asks for that anyway.
    """
    if read_only or paths.is_read_only(data_dir):
        return open_read_only(data_dir, clock, passphrase)
    paths.ensure_private_dir(data_dir)
    try:
        return _open_writable(data_dir, clock, passphrase, exclusive=False)
    except StorageError:
        if not _disk_full(data_dir):
            raise
    # A full disk has no room for the shared-memory file (-shm) WAL mode needs. With an
    # exclusive lock SQLite keeps that index in memory instead: the data opens, each write
    # fails calmly ("the disk is full") until space returns, and then simply works.
    store = _open_writable(data_dir, clock, passphrase, exclusive=True)
    store.start_notice = DISK_FULL_MESSAGE
    return store


def _disk_full(data_dir: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(data_dir).free < DISK_FULL_BELOW
    except OSError:
        return False


def _open_writable(data_dir: Path, clock: Clock, passphrase: str | None, exclusive: bool
                   ) -> Store:
    db_file = paths.db_path(data_dir)
    with storage_errors():
        conn = connect_file(db_file, passphrase)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        with storage_errors():
            applied = _applied_steps(conn)
            unknown = [name for name in applied if name not in migrations.KNOWN_NAMES]
            if unknown:
                raise NewerSchemaError(
                    "This data was saved by a newer version of Reconnect. Please update "
                    "Reconnect to open it; the file has been left exactly as it was."
                )
            _apply_pragmas(conn)
            pending = [name for name in migrations.KNOWN_NAMES if name not in applied]
        store = Store(data_dir, conn, clock)
        store.passphrase = passphrase
        store.is_new = not applied
        if pending:
            if applied:
                store.backup(label="before-update")
            with storage_errors():
                migrations.build_migrations().apply(store.db)
        for suffix in ("", "-wal", "-shm"):
            paths.make_private_file(db_file.with_name(db_file.name + suffix))
        return store
    except BaseException:
        conn.close()
        raise


def open_read_only(data_dir: Path, clock: Clock = system_clock,
                   passphrase: str | None = None) -> Store:
    """Open existing data for reading only: nothing in the folder is written or chmod-ed."""
    db_file = paths.db_path(data_dir)
    if not db_file.is_file():
        raise ReadOnlyError(f"There is no Reconnect data in {data_dir}, and the folder is "
                            "read-only, so none can be started there.")
    if passphrase is not None or _encrypted(db_file):
        return _open_read_only_encrypted(data_dir, db_file, clock, passphrase)
    uri = db_file.resolve().as_uri()
    conn = None
    wal = db_file.with_name(db_file.name + "-wal")
    # Without a log to read, "immutable" opens the file without creating -wal or -shm; with
    # one, plain read-only mode reads it too (and falls back where no -shm can be made).
    choices = ("mode=ro&immutable=1",) if not (wal.exists() and wal.stat().st_size) else (
        "mode=ro", "mode=ro&immutable=1")
    for options in choices:
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.DatabaseError as error:
            if conn is not None:
                conn.close()
            conn = None
            last = error
    if conn is None:
        with storage_errors():
            raise last
    conn.row_factory = sqlite3.Row
    try:
        with storage_errors():
            applied = _applied_steps(conn)
        if any(name not in migrations.KNOWN_NAMES for name in applied):
            raise NewerSchemaError("This data was saved by a newer version of Reconnect. "
                                   "Please update Reconnect to open it.")
        if [name for name in migrations.KNOWN_NAMES if name not in applied]:
            raise ReadOnlyError("This data was saved by an older Reconnect and needs a small "
                                "update, which can't be written to a read-only folder. Copy "
                                "the folder somewhere writable and open it there.")
        return Store(data_dir, conn, clock, read_only=True)
    except BaseException:
        conn.close()
        raise


def _open_read_only_encrypted(data_dir: Path, db_file: Path, clock: Clock,
                              passphrase: str | None) -> Store:
    """Read-only data locked with a passphrase: SQLCipher through the same URI modes."""
    from numbness_desktop.store import crypto

    if passphrase is None:
        raise crypto.PassphraseNeeded("Your data is locked with a passphrase.")
    wal = db_file.with_name(db_file.name + "-wal")
    choices = ("mode=ro&immutable=1",) if not (wal.exists() and wal.stat().st_size) else (
        "mode=ro", "mode=ro&immutable=1")
    conn = None
    for options in choices:
        try:
            conn = crypto.connect(db_file, passphrase, BUSY_TIMEOUT_MS / 1000, options=options)
            break
        except database_errors() as error:
            last = error
    if conn is None:
        with storage_errors():
            raise last
    try:
        with storage_errors():
            applied = _applied_steps(conn)
        if any(name not in migrations.KNOWN_NAMES for name in applied):
            raise NewerSchemaError("This data was saved by a newer version of Reconnect. "
                                   "Please update Reconnect to open it.")
        if [name for name in migrations.KNOWN_NAMES if name not in applied]:
            raise ReadOnlyError("This data was saved by an older Reconnect and needs a small "
                                "update, which can't be written to a read-only folder. Copy "
                                "the folder somewhere writable and open it there.")
        store = Store(data_dir, conn, clock, read_only=True)
        store.passphrase = passphrase
        return store
    except BaseException:
        conn.close()
        raise


def _applied_steps(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps recorded in the file, read without writing anything."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        (migrations.MIGRATIONS_TABLE,),
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {migrations.MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (migrations.MIGRATION_SET,),
    ).fetchall()
    return [row[0] for row in rows]


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted words are overwritten with zeros, not left in free space (docs/privacy.md).
    conn.execute("PRAGMA secure_delete = ON")
    # INSERT OR REPLACE then fires delete triggers for the row it replaces, so derived data
    # kept by triggers (the Trends rollups, m006) stays exact on every write path.
    # sqlite-utils' Database turns it on too; this covers writes on the plain connection.
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
