"""Backups you can trust: checked before, written aside, checked after, then made real.

A backup is taken only from a database that passes ``quick_check``; it is written through
SQLite's backup API to a temporary name (``….db.partial``), switched to a self-contained
rollback-journal file, checked again, fsynced and only then renamed to its final name. So a
file named ``reconnect-YYYYMMDD-HHMMSS-LABEL.db`` is always a checked, complete copy: a
backup killed half-way or cut short by a full disk never counts as one, and today's
automatic backup is tried again later.

Automatic backups rotate: the newest of each of the last 7 days that have one, and the
newest of each of the 4 weeks before those. Manual backups and the ones taken before each
schema step are never rotated out. Every file is 0600 in a 0700 folder.

A store locked with a passphrase is backed up the same way, the copy encrypted under the
same key (``key``); every read of an encrypted backup goes through ``open_backup(path, key)``.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from numbness_desktop import paths
from numbness_desktop.domain.errors import CorruptDatabaseError, ReconnectError, StorageError
from numbness_desktop.store.errors import file_errors

AUTOMATIC_LABEL = "auto"
BEFORE_UPDATE_LABEL = "before-update"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
PARTIAL_SUFFIX = ".partial"
NAME = re.compile(r"^reconnect-(\d{8})-(\d{6})-([a-z][a-z-]*?)(?:-(\d+))?\.db$")
# What a person recognises their data by, shown beside each backup: (words, table).
COUNTED = (("entries", "journal_entries"), ("feelings", "emotion_logs"),
           ("sessions", "breathing_sessions"), ("plan items", "safety_plan_items"))

SINGULAR = {"entries": "entry", "feelings": "feeling", "sessions": "session",
            "plan items": "plan item"}


class BackupInfo(NamedTuple):
    """One backup file as the lists and the restore dialog show it.

    (A NamedTuple, not a frozen dataclass: every start imports this module for its check,
    and a frozen dataclass costs ~1 ms to create, a NamedTuple a tenth of that.)"""

    path: Path
    taken_at: datetime | None
    label: str
    size: int
    ok: bool
    problem: str = ""
    counts: Mapping[str, int] = MappingProxyType({})

    def counts_text(self) -> str:
        """"83 entries, 1 feeling, …" (what a person recognises their data by)."""
        return ", ".join(f"{number} {words if number != 1 else SINGULAR[words]}"
                         for words, number in self.counts.items())


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check: an empty list means the file is sound."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def open_backup(path: Path, key: str | None = None) -> sqlite3.Connection:
    """A read-only connection to a backup (or any database file) that can never change it.

    An encrypted file is opened with ``key`` (SQLCipher); without one it is
    ``PassphraseNeeded``. A plain file is opened plainly whatever ``key`` is.
    """
    from numbness_desktop.store import crypto

    if crypto.is_encrypted(path):
        if key is None:
            raise crypto.PassphraseNeeded("This backup is locked with a passphrase.")
        return crypto.connect(path, key, options="mode=ro&immutable=1")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def check_file(path: Path, key: str | None = None) -> tuple[bool, str, dict[str, int]]:
    """Whether ``path`` is a sound Reconnect database: (ok, problem, record counts)."""
    try:
        if path.stat().st_size == 0:
            return False, "the file is empty", {}
        conn = open_backup(path, key)
        try:
            problems = quick_check(conn)
            if problems:
                return False, problems[0], {}
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "_sqlite_migrations" not in tables:
                return False, "it holds no Reconnect data", {}
            counts = {words: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                      for words, table in COUNTED if table in tables}
            return True, "", counts
        finally:
            conn.close()
    except ReconnectError as error:  # locked without its key, a wrong key, no SQLCipher
        return False, error.message, {}
    except file_errors() as error:
        return False, str(error), {}


def backup_database(conn: sqlite3.Connection, folder: Path, label: str, now: datetime,
                    key: str | None = None) -> Path:
    """A checked, complete copy of ``conn``'s database in ``folder``; returns its path.

    With ``key`` (an encrypted store, ``conn`` a SQLCipher connection) the copy is
    encrypted under the same key and checked with it.

    Raises ``CorruptDatabaseError`` (nothing written) when the live database fails its
    check, and ``StorageError`` when the copy could not be written or checked; a failed
    copy leaves no file behind that could be taken for a backup.
    """
    problems = quick_check(conn)
    if problems:
        raise CorruptDatabaseError(
            "Reconnect's data file didn't pass its check, so it was not backed up (your earlier "
            f"backups are kept as they are). SQLite said: {problems[0]}")
    paths.ensure_private_dir(folder)
    target = _free_name(folder, label, now)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, paths.PRIVATE_FILE_MODE))
        copy = _open_target(partial, key)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        ok, problem, _counts = check_file(partial, key)
        if not ok:
            raise StorageError(f"The backup copy didn't pass its check ({problem}).")
        fsync_path(partial)
        os.replace(partial, target)
        fsync_path(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _open_target(path: Path, key: str | None = None) -> sqlite3.Connection:
    """The connection a backup is written through (tests replace it to fill the disk)."""
    if key is None:
        return sqlite3.connect(path)
    from numbness_desktop.store import crypto

    copy: sqlite3.Connection = crypto._driver().connect(str(path))
    copy.execute(f"PRAGMA key = {crypto.quote(key)}")
    return copy


def _free_name(folder: Path, label: str, now: datetime) -> Path:
    stem = f"reconnect-{now.strftime('%Y%m%d-%H%M%S')}-{label}"
    target = folder / f"{stem}.db"
    counter = 1
    while target.exists() or target.with_name(target.name + PARTIAL_SUFFIX).exists():
        counter += 1
        target = folder / f"{stem}-{counter}.db"
    return target


def fsync_path(path: Path) -> None:
    """Make a file's (or folder's) bytes reach the disk before anything relies on them."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def parse_name(path: Path) -> tuple[datetime, str] | None:
    """When a backup was taken and its label, read from its name (``None``: not a backup)."""
    found = NAME.match(path.name)
    if not found:
        return None
    return datetime.strptime(found[1] + found[2], "%Y%m%d%H%M%S"), found[3]


def _parsed(path: Path) -> tuple[datetime, str]:
    """:func:`parse_name` of a file already known to be a backup."""
    parsed = parse_name(path)
    if parsed is None:
        raise ValueError(f"{path.name} is not a backup's name")
    return parsed


def backup_files(folder: Path) -> list[Path]:
    """Every finished backup, oldest first (names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("reconnect-*.db") if parse_name(p)),
                  key=lambda p: (_parsed(p)[0], p.name))


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic backups, oldest first."""
    return [p for p in backup_files(folder) if _parsed(p)[1] == AUTOMATIC_LABEL]


def list_backups(folder: Path, key: str | None = None) -> list[BackupInfo]:
    """Every backup with its date, size, check result and record counts, newest first
    (encrypted ones read with ``key``)."""
    infos = []
    for path in reversed(backup_files(folder)):
        taken_at, label = _parsed(path)
        ok, problem, counts = check_file(path, key)
        infos.append(BackupInfo(path, taken_at, label, path.stat().st_size, ok, problem, counts))
    return infos


def newest_good(folder: Path, key: str | None = None) -> BackupInfo | None:
    """The newest backup that passes its check now."""
    return next((info for info in list_backups(folder, key) if info.ok), None)


def needs_automatic_backup(folder: Path, now: datetime) -> bool:
    """One checked automatic backup a day; a failed one leaves none, so it is retried."""
    today = now.strftime("%Y%m%d")
    return not any(p.name.startswith(f"reconnect-{today}-") for p in automatic_backups(folder))


def remove_partials(folder: Path) -> None:
    """Temporary files of backups that were cut short (killed, full disk): never backups."""
    if folder.is_dir():
        for partial in folder.glob(f"reconnect-*.db{PARTIAL_SUFFIX}"):
            partial.unlink(missing_ok=True)


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
           ) -> list[Path]:
    """Remove automatic backups beyond 7 daily + 4 weekly; returns what was removed.

    The newest automatic backup is always kept; manual and before-update ones are never
    touched. Call it only after a new checked backup was made.
    """
    autos = automatic_backups(folder)
    kept: set[Path] = set()
    days: dict[date, Path] = {}
    for path in autos:  # oldest first, so each day ends with its newest
        days[_parsed(path)[0].date()] = path
    daily = sorted(days)[-keep_daily:]
    kept.update(days[day] for day in daily)
    weeks: dict[tuple[int, int], Path] = {}
    for day in sorted(days):
        if day not in daily:
            weeks[day.isocalendar()[:2]] = days[day]
    kept.update(weeks[week] for week in sorted(weeks)[-keep_weekly:])
    if autos:
        kept.add(autos[-1])
    removed = [path for path in autos if path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
