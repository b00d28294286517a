"""The Breathe tab's remembered choices, kept with the person's other preferences."""

from __future__ import annotations

from numbness_desktop.domain.breath import DEFAULT_PRESET
from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import motion

PREFIX = "breathe/"
LENGTHS: tuple[tuple[int | None, str], ...] = (
    (60, "1 minute"), (120, "2 minutes"), (180, "3 minutes"), (300, "5 minutes"),
    (600, "10 minutes"), (None, "Open — until I stop"),
)
DEFAULT_LENGTH = 120
OPEN_LENGTH = 0  # how "open" is stored
SOUND_KEY = "sound/tones"
SPEAK_KEY = "speech/phases"


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
        """Whether the person chose reduced motion (shared with every view: Settings →
        Motion); until they choose, ``ui.motion.Motion`` follows the system's setting."""
        return motion.choice(self._prefs) == "on"

    @reduced_motion.setter
    def reduced_motion(self, value: bool) -> None:
        motion.set_choice(self._prefs, "on" if value else "off")

    @property
    def sound(self) -> bool:
        """Tones at each phase (Settings → Sound & speech, too)."""
        return bool(self._prefs.value(SOUND_KEY, False))

    @sound.setter
    def sound(self, value: bool) -> None:
        self._prefs.set_value(SOUND_KEY, value)

    @property
    def speak_phases(self) -> bool:
        """Each phase announced to a screen reader (on unless the person turns it off)."""
        return bool(self._prefs.value(SPEAK_KEY, True))
