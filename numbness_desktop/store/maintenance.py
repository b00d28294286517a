"""Check, back up, set aside and restore a data folder — never changing a damaged file.

``inspect`` looks at the database the way the next start would, but on copies in a private
temporary folder: the person's files are only read, so it works on read-only media too.
A write-ahead log (``-wal``) that does not belong to the database beside it (left over from
another file, or from before a copy was put in place) is reported, never replayed into it.
``set_aside`` moves files into ``DATA_DIR/set-aside/<time>-<reason>/`` (a rename: their
bytes are untouched); ``restore_backup`` always sets the current files aside first.

A database locked with a passphrase is never taken for damage: without its key (``key``)
``inspect`` says it is locked and nothing is moved; with the key every check reads it
through SQLCipher, and backups and restores stay encrypted under the same key.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from numbness_desktop import paths
from numbness_desktop.domain.errors import CorruptDatabaseError, StorageError
from numbness_desktop.store import backup
from numbness_desktop.store.errors import database_errors, storage_errors

SET_ASIDE_DIR = "set-aside"
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
# A log last written this long before its database file was replaced is not that file's.
STALE_WAL_SECONDS = 2.0

OK, MISSING, EMPTY, NOT_A_DATABASE, DAMAGED, FOREIGN_WAL, LOCKED = (
    "ok", "missing", "empty", "not a database", "damaged", "foreign wal", "locked")


class Health(NamedTuple):
    """What ``inspect`` found: ``kind`` is one of the constants above.

    (A NamedTuple, not a frozen dataclass: every start imports this module before the first
    paint, and a frozen dataclass costs ~1 ms to create, a NamedTuple a tenth of that.)"""

    kind: str
    detail: str = ""

    @property
    def damaged(self) -> bool:
        return self.kind in (EMPTY, NOT_A_DATABASE, DAMAGED)

    def calm_sentence(self) -> str:
        """What a person is told at start: SQLite's own words about damaged pages ("*** in
        database main *** Page 6: btreeInitPage() returns error code 11") go to the log and
        the ``check`` command, not into the dialog."""
        if self.kind == DAMAGED:
            return "The data file is damaged: part of it can't be read."
        return self.sentence()

    def sentence(self) -> str:
        return {
            OK: "The data file is sound.",
            MISSING: "There is no data file yet.",
            EMPTY: "The data file is damaged: it is empty (0 bytes).",
            NOT_A_DATABASE: "The data file is damaged: it is not a database at all.",
            DAMAGED: f"The data file is damaged ({self.detail}).",
            FOREIGN_WAL: f"The data file is sound, but the -wal file beside it does not belong "
                         f"to it ({self.detail}); it was not used.",
            LOCKED: self.detail or "The data file is locked with a passphrase (or, if you "
                    "never set one, it isn't a database any more); it can only be checked "
                    "with the passphrase.",
        }[self.kind]


def _sidecar(db_file: Path, suffix: str) -> Path:
    return db_file.with_name(db_file.name + suffix)


class CheckInPlace:
    """The start's in-place ``quick_check``, run in a thread beside the window's imports.

    ``quick_check`` reads the whole file (about 25 ms for ten years of journal), and SQLite
    lets go of Python's lock while it reads, so begun before the imports it is done by the
    time they are: the check still comes before anything opens the file for writing
    (``inspect`` waits for it), it just no longer waits its turn. Only for a plain database
    with no -wal beside it, where ``inspect`` would check in place anyway.
    """

    def __init__(self, db_file: Path) -> None:
        import threading

        self.db_file = db_file
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="reconnect-start-check",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = _check_in_place(self.db_file)
        except BaseException as error:  # handed to the caller of ``problems``
            self._error = error

    def problems(self) -> list[str]:
        """What ``quick_check`` found (waits for it); a disk error is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


def begin_check_in_place(data_dir: Path) -> CheckInPlace | None:
    """Start the in-place check now, when ``inspect(copy=False)`` would run exactly that
    check (a plain SQLite file, no -wal); ``None`` otherwise, and on any doubt.

    Call it only while holding the data folder's lock, so nothing writes while it reads.
    """
    db_file = paths.db_path(data_dir)
    try:
        with db_file.open("rb") as handle:
            header = handle.read(100)
        wal = _sidecar(db_file, "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            return None
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None  # empty, encrypted or not a database: ``inspect`` sorts those out
    return CheckInPlace(db_file)


def inspect(data_dir: Path, copy: bool = True, key: str | None = None,
            started: CheckInPlace | None = None) -> Health:
    """Check the data folder's database without changing anything (works read-only).

    With ``copy`` (the ``check`` command) every check runs on private copies; without it
    (every start, where speed matters) a database with no -wal is checked in place through
    an immutable read-only connection, which cannot write either. An encrypted database is
    ``LOCKED`` (never damage) unless ``key`` opens it; then it is checked like any other.
    ``started`` is that in-place check already under way (``begin_check_in_place``): its
    answer is used, and waited for before anything else is looked at.
    """
    from numbness_desktop.store import crypto

    db_file = paths.db_path(data_dir)
    early = started.problems() if started is not None and started.db_file == db_file \
        else None
    if not db_file.is_file():
        return Health(MISSING)
    with storage_errors():
        size = db_file.stat().st_size
        with db_file.open("rb") as handle:
            header = handle.read(100)
    wal = _sidecar(db_file, "-wal")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    if size == 0:
        return Health(EMPTY)
    encrypted = crypto.is_encrypted(db_file)
    if encrypted:
        if key is None:
            return Health(LOCKED)
        try:
            crypto.connect(db_file, key, options="mode=ro&immutable=1").close()
        except crypto.WrongPassphrase:
            return Health(LOCKED, "That passphrase didn't open the data file (or, if you "
                                  "never set one, it isn't a database any more).")
        except database_errors() as error:
            return Health(DAMAGED, _damage_or_raise(error)[0])
    elif not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return Health(NOT_A_DATABASE)
    if not has_wal and not copy:
        alone = early if early is not None and key is None else _check_in_place(db_file, key)
        return Health(OK) if not alone else Health(DAMAGED, alone[0])
    import tempfile  # only here: every start without a -wal never needs it

    with tempfile.TemporaryDirectory(prefix="reconnect-check-") as scratch:
        alone = _check_copy(db_file, None, Path(scratch) / "alone", thorough=copy, key=key)
        if not has_wal:
            return Health(OK) if not alone else Health(DAMAGED, alone[0])
        foreign = _wal_mismatch(db_file, header, wal, encrypted)
        if foreign:
            return Health(FOREIGN_WAL, foreign) if not alone else Health(DAMAGED, alone[0])
        together = _check_copy(db_file, wal, Path(scratch) / "together", thorough=copy,
                               key=key)
    if not together:
        return Health(OK)
    if not alone:
        return Health(FOREIGN_WAL, "replaying it would damage the data")
    return Health(DAMAGED, together[0])


DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def _damage_or_raise(error: Exception) -> list[str]:
    """A file SQLite calls damaged is damage; anything else (a disk error, no permission)
    is not a reason to move the person's data anywhere: it is reported as it is."""
    if any(word in str(error).lower() for word in DAMAGE_WORDS):
        return [str(error)]
    from numbness_desktop.store.errors import translate

    raise translate(error) from error


def _check_in_place(db_file: Path, key: str | None = None) -> list[str]:
    try:
        conn = backup.open_backup(db_file, key)
        try:
            return backup.quick_check(conn)
        finally:
            conn.close()
    except database_errors() as error:
        return _damage_or_raise(error)


def _check_copy(db_file: Path, wal: Path | None, folder: Path, thorough: bool = False,
                key: str | None = None) -> list[str]:
    """quick_check (``thorough``: the full integrity_check) on a private copy, with ``wal``
    beside it if given."""
    import shutil

    folder.mkdir(mode=0o700)
    copy = folder / paths.DB_NAME
    shutil.copyfile(db_file, copy)
    if wal is not None:
        shutil.copyfile(wal, _sidecar(copy, "-wal"))
    from numbness_desktop.store import crypto

    try:
        conn = sqlite3.connect(copy) if key is None else crypto.connect(copy, key)
        try:
            if thorough:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                return [str(row[0]) for row in rows if row[0] != "ok"]
            return backup.quick_check(conn)
        finally:
            conn.close()
    except crypto.WrongPassphrase:  # the key opened the file alone: this copy is damaged
        return ["file is not a database"]
    except database_errors() as error:
        return _damage_or_raise(error)


def _wal_mismatch(db_file: Path, header: bytes, wal: Path, encrypted: bool = False) -> str:
    """Why ``wal`` cannot be ``db_file``'s log ('' when it may be).

    An encrypted database's header is ciphertext: only the log's own header and its age
    are compared (replaying it on a copy says the rest)."""
    if not encrypted and header[18:20] != b"\x02\x02":
        return "the database is not in write-ahead mode"
    with wal.open("rb") as handle:
        wal_header = handle.read(32)
    if len(wal_header) < 32:
        return ""  # a log cut short before its first frame: SQLite ignores it
    magic, _version, page_size = struct.unpack(">III", wal_header[:12])
    if magic not in WAL_MAGICS:
        return "it is not a write-ahead log"
    db_page_size = struct.unpack(">H", header[16:18])[0] or 65536
    if db_page_size == 1:
        db_page_size = 65536
    if not encrypted and page_size != db_page_size:
        return "its page size differs"
    if wal.stat().st_mtime < db_file.stat().st_mtime - STALE_WAL_SECONDS:
        return "it is older than the database file"
    return ""


def integrity_problems(data_dir: Path, key: str | None = None) -> list[str]:
    """What is wrong with the data folder's database (empty: sound). Changes nothing."""
    health = inspect(data_dir, key=key)
    if health.kind == MISSING:
        raise StorageError(f"There is no Reconnect data in {data_dir} yet.")
    return [] if health.kind == OK else [health.sentence()]


def set_aside(data_dir: Path, now: datetime, reason: str, *, wal_only: bool = False
              ) -> Path | None:
    """Move the database (and its -wal and -shm) into ``set-aside/<time>-<reason>/``.

    Renames only: the bytes stay exactly as they were. Returns the folder, or ``None`` when
    there was nothing to move.
    """
    db_file = paths.db_path(data_dir)
    suffixes = ("-wal", "-shm") if wal_only else ("", "-wal", "-shm", "-journal")
    present = [_sidecar(db_file, s) for s in suffixes if _sidecar(db_file, s).exists()]
    if not present:
        return None
    root = paths.ensure_private_dir(data_dir / SET_ASIDE_DIR)
    folder = root / f"{now.strftime('%Y%m%d-%H%M%S')}-{reason}"
    counter = 1
    while folder.exists():
        counter += 1
        folder = root / f"{now.strftime('%Y%m%d-%H%M%S')}-{reason}-{counter}"
    with storage_errors():
        folder.mkdir(mode=0o700)
        for path in present:
            os.replace(path, folder / path.name)
    return folder


def backup_now(data_dir: Path, now: datetime, label: str = "manual",
               key: str | None = None) -> Path:
    """A checked copy of the live database in ``DATA_DIR/backups/`` (encrypted under
    ``key`` when the database is)."""
    from numbness_desktop.store import crypto

    db_file = paths.db_path(data_dir)
    if not db_file.is_file():
        raise StorageError(f"There is no Reconnect data in {data_dir} yet.")
    if key is None and crypto.is_encrypted(db_file):
        raise crypto.PassphraseNeeded("Your data is locked with a passphrase.")
    with storage_errors():
        conn = sqlite3.connect(f"{db_file.as_uri()}?mode=rw", uri=True) if key is None \
            else crypto.connect(db_file, key)
    try:
        with storage_errors():
            return backup.backup_database(conn, paths.backup_dir(data_dir), label, now, key)
    finally:
        conn.close()


def automatic_backup(data_dir: Path, now: datetime, conn: sqlite3.Connection | None = None,
                     key: str | None = None) -> Path | None:
    """Today's automatic backup if there is no checked one yet; old ones rotate out.

    ``conn``: the app's own open connection (no second connection waiting on its locks);
    ``key``: the store's passphrase (the backup is encrypted under it and checked with it).
    """
    folder = paths.backup_dir(data_dir)
    if not backup.needs_automatic_backup(folder, now):
        return None
    backup.remove_partials(folder)
    if conn is not None:
        with storage_errors():
            made = backup.backup_database(conn, folder, backup.AUTOMATIC_LABEL, now, key)
    else:
        made = backup_now(data_dir, now, backup.AUTOMATIC_LABEL, key)
    backup.rotate(folder)
    return made


class Restored(NamedTuple):
    backup: backup.BackupInfo
    set_aside: Path | None


def restore_backup(data_dir: Path, now: datetime, chosen: Path | None = None,
                   key: str | None = None) -> Restored:
    """Put a checked backup (``chosen``, or the newest good one) in place of the database.

    The current files are set aside first, never overwritten. The caller holds the data
    folder (no open store, the single-instance lock taken). With ``key`` (the data is
    locked with a passphrase) encrypted backups are read with it, and a plain one is
    encrypted under it before it goes in, so the data never becomes readable without it.
    """
    from numbness_desktop.store import crypto

    folder = paths.backup_dir(data_dir)
    if chosen is None:
        info = backup.newest_good(folder, key)
        if info is None:
            raise StorageError(f"There is no sound backup in {folder} to restore.")
    else:
        if not chosen.is_file():
            raise StorageError(f"There is no backup at {chosen}.")
        ok, problem, counts = backup.check_file(chosen, key)
        if not ok:
            raise CorruptDatabaseError(f"That backup didn't pass its check ({problem}); "
                                       "nothing has been changed.")
        parsed = backup.parse_name(chosen)
        info = backup.BackupInfo(chosen, parsed[0] if parsed else None,
                                 parsed[1] if parsed else "", chosen.stat().st_size, True, "",
                                 counts)
    import shutil

    db_file = paths.db_path(data_dir)
    incoming = _sidecar(db_file, ".restoring")
    with storage_errors():
        shutil.copyfile(info.path, incoming)
        paths.make_private_file(incoming)
        if key is not None and not crypto.is_encrypted(incoming):
            try:
                crypto.rekey_file(incoming, None, key)
            except BaseException:
                incoming.unlink(missing_ok=True)
                raise
        ok, problem, _counts = backup.check_file(incoming, key)
        if not ok:
            incoming.unlink(missing_ok=True)
            raise StorageError(f"The copy of the backup didn't pass its check ({problem}); "
                               "nothing has been changed.")
        backup.fsync_path(incoming)
        moved = set_aside(data_dir, now, "before-restore")
        os.replace(incoming, db_file)
        backup.fsync_path(data_dir)
    return Restored(info, moved)
