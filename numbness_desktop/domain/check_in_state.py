"""The three check-in states (activated / settled / shut down) and their plain words.

Its own small module because Today's check-in card shows these before the first paint;
``domain/practices.py`` (the check-in and session records) re-exports them.
"""

from __future__ import annotations

from enum import Enum


class CheckInState(Enum):
    """Where the nervous system seems to be right now (the window of tolerance, in plain words)."""

    ACTIVATED = "activated"
    SETTLED = "settled"
    SHUT_DOWN = "shut_down"

    @property
    def label(self) -> str:
        return STATE_LABELS[self][0]

    @property
    def description(self) -> str:
        return STATE_LABELS[self][1]


STATE_LABELS = {
    CheckInState.ACTIVATED: ("Activated", "keyed up, racing, on edge"),
    CheckInState.SETTLED: ("Settled", "here, more or less okay"),
    CheckInState.SHUT_DOWN: ("Shut down", "flat, far away, numb"),
}
