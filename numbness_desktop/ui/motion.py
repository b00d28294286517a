"""Reduced motion: the system's preference until the person chooses, and later changes too.

Stored as ``motion/reduced`` = "on" or "off" only once the person chooses (in Settings or
on the Breathe tab); absent means "follow the system", which is read afresh each time and
watched for changes, so a system switch made while Reconnect runs is followed at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from numbness_desktop.model.preferences import Preferences

KEY = "motion/reduced"
CHOICES = (("system", "Follow the system"), ("on", "Reduce motion"), ("off", "Full motion"))


def system_prefers_reduced_motion() -> bool:
    """What the desktop asks for, when this Qt can tell (6.10+); otherwise no preference."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "motionPreference", None)
    if preference is None:
        return False
    from PySide6.QtCore import Qt

    return preference() == Qt.MotionPreference.ReducedMotion


def choice(preferences: Preferences) -> str:
    stored = preferences.value(KEY, "system")
    return stored if stored in ("on", "off") else "system"


def reduced(preferences: Preferences) -> bool:
    """The person's choice, or the system's preference while they have not chosen."""
    chosen = choice(preferences)
    return system_prefers_reduced_motion() if chosen == "system" else chosen == "on"


def set_choice(preferences: Preferences, value: str) -> None:
    """"on"/"off" is the person's choice; "system" forgets it so the system leads again."""
    if value in ("on", "off"):
        preferences.set_value(KEY, value)
    else:
        preferences.remove(KEY)


class Motion(QObject):
    """Whether motion is reduced now; ``changed(bool)`` when that answer changes."""

    changed = Signal(bool)

    def __init__(self, preferences: Preferences, parent: QObject | None = None,
                 system: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._system = system
        self._last = self.reduced()
        preferences.changed.connect(self._on_pref)
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        signal = getattr(accessibility(), "motionPreferenceChanged", None) \
            if accessibility is not None else None
        if signal is not None:
            signal.connect(self.recheck)

    def reduced(self) -> bool:
        if self._system is None:
            return reduced(self._prefs)
        chosen = choice(self._prefs)
        return self._system() if chosen == "system" else chosen == "on"

    def recheck(self, *_args) -> None:
        now = self.reduced()
        if now != self._last:
            self._last = now
            self.changed.emit(now)

    def _on_pref(self, key: str) -> None:
        if key == KEY:
            self.recheck()
