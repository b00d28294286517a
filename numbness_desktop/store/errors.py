"""Turn sqlite3's errors into calm, domain-level ones the UI can show."""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from numbness_desktop.domain.errors import (
    CorruptDatabaseError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StorageError,
)

KEPT = "What you wrote is still on screen."


def translate(error: sqlite3.Error | OSError) -> StorageError:
    """Map a low-level failure to the error the person is shown."""
    text = str(error).lower()
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFullError(f"The disk is full, so Reconnect couldn't save. {KEPT}")
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyError(
                f"Reconnect isn't allowed to write to its folder right now. {KEPT}"
            )
        return StorageError(f"Reconnect couldn't reach its data file ({error.strerror}). {KEPT}")
    if "full" in text:
        return DiskFullError(
            f"The disk is full, so Reconnect couldn't save. Freeing a little space will help. "
            f"{KEPT}"
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return ReadOnlyError(
            f"Reconnect's data folder is read-only at the moment, so nothing could be saved. {KEPT}"
        )
    if "locked" in text or "busy" in text:
        return LockedError(
            f"The data file is busy with another program. Please try again in a moment. {KEPT}"
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            "Reconnect's data file looks damaged. Nothing has been changed; your backups are "
            "in the 'backups' folder next to it."
        )
    if "unable to open" in text or "disk i/o" in text:
        return StorageError(f"Reconnect couldn't open or write its data file. {KEPT}")
    return StorageError(f"Saving didn't work this time ({error}). {KEPT}")


def _drivers() -> list:
    """sqlite3, and SQLCipher's sqlite3 when a passphrase is in use (its own classes)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")  # never imported just for this
    return [sqlite3, cipher] if cipher is not None else [sqlite3]


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
