"""Time comes from a clock object so that tests can fake it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""Returns the current time as an aware datetime."""


def system_clock() -> datetime:
    """The real clock: local time with its UTC offset."""
    return datetime.now(UTC).astimezone()


def fixed_clock(moment: datetime) -> Clock:
    """A clock that stays at ``moment`` (the demo data writes records "in the past")."""
    return lambda: moment


def iso(moment: datetime) -> str:
    """ISO 8601 with the UTC offset, to the second: what every record stores."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must carry a UTC offset")
    return moment.isoformat(timespec="seconds")


def new_id() -> str:
    """A random UUID for a new record."""
    import uuid  # imported on first write: it costs start-up time

    return str(uuid.uuid4())
