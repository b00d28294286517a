"""Turn sqlite3's errors into calm, domain-level ones the UI can show."""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from numbness_desktop.domain.errors import (
    CorruptDatabaseError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StorageError,
)

KEPT = "What you wrote is still on screen."


def translate(error: Exception) -> StorageError:
    """Map a low-level failure to the error the person is shown: what happened in everyday
    words and what helps next — never the database's own text (that stays in the logs)."""
    text = str(error).lower()
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return _kept(DiskFullError, "The disk is full, so Reconnect couldn't save. Freeing a "
                                        "little space will help.")
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _kept(ReadOnlyError, "Reconnect isn't allowed to write to its folder right "
                                        "now.")
        return _kept(StorageError, "Reconnect couldn't reach its data file just now.")
    if "full" in text:
        return _kept(DiskFullError, "The disk is full, so Reconnect couldn't save. Freeing a "
                                    "little space will help.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return _kept(ReadOnlyError, "Reconnect's data folder is read-only at the moment, so "
                                    "nothing could be saved.")
    if "locked" in text or "busy" in text:
        return _kept(LockedError, "The data file is busy with another program. Trying again "
                                  "in a moment usually works.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            "Reconnect's data file looks damaged. Nothing has been changed; your backups are "
            "in the 'backups' folder next to it."
        )
    if "unable to open" in text or "disk i/o" in text:
        return _kept(StorageError, "Reconnect couldn't open or write its data file.")
    return _kept(StorageError, "Reconnect couldn't save just now. Trying again in a moment "
                               "often works.")


def _kept(kind: type[StorageError], reason: str) -> StorageError:
    return kind(f"{reason} {KEPT}", reason)


def _drivers() -> list[ModuleType]:
    """sqlite3, and SQLCipher's sqlite3 when a passphrase is in use (its own classes)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")  # never imported just for this
    return [sqlite3, cipher] if cipher is not None else [sqlite3]


def database_errors() -> tuple[type[Exception], ...]:
    """``DatabaseError`` of sqlite3 and (once loaded) sqlcipher3: what "damage" is made of."""
    return tuple(d.DatabaseError for d in _drivers())


def file_errors() -> tuple[type[Exception], ...]:
    """:func:`database_errors` and ``OSError``: what reading a file on disk can fail with."""
    return (*database_errors(), OSError)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise sqlite3 (or sqlcipher3) and OS failures as ``StorageError``."""
    try:
        yield
    except Exception as error:
        drivers = _drivers()
        if isinstance(error, tuple(e for d in drivers for e in (
                d.IntegrityError, d.ProgrammingError, d.InterfaceError))):
            raise  # a bug in our SQL, not the person's disk: let the crash log have it
        if isinstance(error, (OSError, *(e for d in drivers for e in (
                d.OperationalError, d.DatabaseError)))):
            raise translate(error) from error
        raise
