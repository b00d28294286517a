"""The Breathe tab's remembered choices, kept in QSettings (not in the person's data)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from numbness_desktop.domain.breath import DEFAULT_PRESET

PREFIX = "breathe/"
LENGTHS: tuple[tuple[int | None, str], ...] = (
    (60, "1 minute"), (120, "2 minutes"), (180, "3 minutes"), (300, "5 minutes"),
    (600, "10 minutes"), (None, "Open — until I stop"),
)
DEFAULT_LENGTH = 120
OPEN_LENGTH = 0  # how "open" is stored


class BreathePrefs:
    """Reads and writes one choice at a time; defaults when nothing was chosen yet.

    ``system_reduced`` tells what the desktop asks for (``AppModel.system_motion``), the
    default for reduced motion until the person chooses.
    """

    def __init__(self, system_reduced: Callable[[], bool] = lambda: False) -> None:
        self._settings = QSettings()
        self._system_reduced = system_reduced

    def _get(self, key: str, default, kind):
        return self._settings.value(PREFIX + key, default, type=kind)

    def _set(self, key: str, value) -> None:
        self._settings.setValue(PREFIX + key, value)

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
    def reduced_motion_chosen(self) -> bool:
        return self._settings.contains(PREFIX + "reducedMotion")

    @property
    def reduced_motion(self) -> bool:
        """The person's own choice wins; until they choose, the system's preference."""
        if self.reduced_motion_chosen:
            return bool(self._get("reducedMotion", False, bool))
        return self._system_reduced()

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        self._set("reducedMotion", value)

    @property
    def sound(self) -> bool:
        return bool(self._get("sound", False, bool))

    @sound.setter
    def sound(self, value: bool) -> None:
        self._set("sound", value)
