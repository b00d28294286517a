"""Errors the person can meet, split from bugs.

A ``StorageError`` is caused by the person's environment (full disk, read-only folder,
locked or damaged file). The UI shows its ``message`` calmly and keeps what was typed.
Anything else that escapes is a bug and goes to the crash log.
"""

from __future__ import annotations


class ReconnectError(Exception):
    """Base for expected failures; ``message`` is written for the person, in one line."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        # What happened, without the sentence about the person's typing: for messages about
        # something the person did not type (a backup at start-up, for example).
        self.reason = reason or message


class StorageError(ReconnectError):
    """A read or write failed because of the disk or the file, not because of a bug."""


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class LockedError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NewerSchemaError(StorageError):
    """The file was written by a newer Reconnect; it is refused and left untouched."""


class AlreadyRunningError(ReconnectError):
    """Another Reconnect has this data folder open."""


class ImportFormatError(ReconnectError):
    """A file given to ``import`` is not a Reconnect export."""
