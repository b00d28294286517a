"""The Breathe tab's remembered choices, kept with the person's other preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from numbness_desktop.domain.breath import DEFAULT_PRESET
from numbness_desktop.model.preferences import Preferences

PREFIX = "breathe/"
LENGTHS: tuple[tuple[int | None, str], ...] = (
    (60, "1 minute"), (120, "2 minutes"), (180, "3 minutes"), (300, "5 minutes"),
    (600, "10 minutes"), (None, "Open — until I stop"),
)
DEFAULT_LENGTH = 120
OPEN_LENGTH = 0  # how "open" is stored


def system_prefers_reduced_motion() -> bool:
    """What the desktop asks for, when this Qt can tell (6.10+); otherwise no preference."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "motionPreference", None)
    if preference is None:
        return False
    return preference() == Qt.MotionPreference.ReducedMotion


class BreathePrefs:
    """Reads and writes one choice at a time; defaults when nothing was chosen yet."""

    def __init__(self, preferences: Preferences) -> None:
        self._prefs = preferences

    def _get(self, key: str, default, kind):
        return kind(self._prefs.value(PREFIX + key, default))

    def _set(self, key: str, value) -> None:
        self._prefs.set_value(PREFIX + key, value)

    @property
    def preset_key(self) -> str:
        return str(self._get("preset", DEFAULT_PRESET.key, str))

    @preset_key.setter
    def preset_key(self, value: str) -> None:
        self._set("preset", value)

    @property
    def length(self) -> int | None:
        """Chosen seconds, or None for an open session."""
        value = int(self._get("length", DEFAULT_LENGTH, int))
        known = [seconds for seconds, _ in LENGTHS]
        if value == OPEN_LENGTH:
            return None
        return value if value in known else DEFAULT_LENGTH

    @length.setter
    def length(self, value: int | None) -> None:
        self._set("length", OPEN_LENGTH if value is None else value)

    @property
    def lead_in(self) -> bool:
        return bool(self._get("leadIn", True, bool))

    @lead_in.setter
    def lead_in(self, value: bool) -> None:
        self._set("leadIn", value)

    @property
    def show_numbers(self) -> bool:
        return bool(self._get("showNumbers", True, bool))

    @show_numbers.setter
    def show_numbers(self, value: bool) -> None:
        self._set("showNumbers", value)

    @property
    def reduced_motion(self) -> bool:
        """The person's own choice wins; until they choose, the system's preference."""
        if self._prefs.contains(PREFIX + "reducedMotion"):
            return bool(self._get("reducedMotion", False, bool))
        return system_prefers_reduced_motion()

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set("reducedMotion", value)

    @property
    def sound(self) -> bool:
        return bool(self._get("sound", False, bool))

    @sound.setter
    def sound(self, value: bool) -> None:
        self._set("sound", value)
