"""What the journal's day view shows from other tabs: one read-only line with a link."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DayItem:
    """Something from another tab that happened on a day."""

    time: str  # "HH:MM", local
    summary: str  # one short line, e.g. "Breathing, 4 minutes (4-7-8)"
    tab: str  # the tab label to open, e.g. "Breathe"


DayProvider = Callable[[date], list[DayItem]]
