"""Reduced motion: the system's preference until the person chooses, and later changes too.

Stored as ``motion/reduced`` = "on" or "off" only once the person chooses (in Settings or
on the Breathe tab); absent means "follow the system". The system's setting comes from
``AppModel.system_motion`` (Qt's own API where it has one, the XDG desktop portal otherwise),
which arrives just after the first paint and signals later changes, followed at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.model.system_motion import SystemMotion

KEY = "motion/reduced"
CHOICES = (("system", "Follow the system"), ("on", "Reduce motion"), ("off", "Full motion"))


def choice(preferences: Preferences) -> str:
    stored = preferences.value(KEY, "system")
    return stored if stored in ("on", "off") else "system"


def reduced(preferences: Preferences, system_reduced: bool) -> bool:
    """The person's choice, or the system's preference while they have not chosen."""
    chosen = choice(preferences)
    return system_reduced if chosen == "system" else chosen == "on"


def set_choice(preferences: Preferences, value: str) -> None:
    """"on"/"off" is the person's choice; "system" forgets it so the system leads again."""
    if value in ("on", "off"):
        preferences.set_value(KEY, value)
    else:
        preferences.remove(KEY)


class Motion(QObject):
    """Whether motion is reduced now; ``changed(bool)`` when that answer changes."""

    changed = Signal(bool)

    def __init__(self, preferences: Preferences, system: SystemMotion,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._system = system
        self._last = self.reduced()
        preferences.changed.connect(self._on_pref)
        system.changed.connect(self.recheck)

    def reduced(self) -> bool:
        return reduced(self._prefs, self._system.reduced)

    def recheck(self, *_args) -> None:
        now = self.reduced()
        if now != self._last:
            self._last = now
            self.changed.emit(now)

    def _on_pref(self, key: str) -> None:
        if key == KEY:
            self.recheck()
