"""Soft cues for the pacer: a different one at each phase and a bell at the end.

Made in code (``domain.tones``) and played through ``numbness_desktop.audio`` (miniaudio, part
of the default install). Off by default; the person chooses in Settings → Sound & speech or
on the Breathe tab: tones on or off, their volume, and which of them sound. Nothing here
loads the sound library until a cue plays, and the device is let go after a quiet minute.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from numbness_desktop import audio
from numbness_desktop.domain.breath import Phase
from numbness_desktop.domain.tones import BELL_NAME, CUE_NAMES, cue_samples, pcm16
from numbness_desktop.model.preferences import Preferences

VOLUME_KEY = "sound/volume"  # 0..100
CUES_KEY = "sound/cues"  # the names (Phase names and "BELL") that sound
DEFAULT_VOLUME = 50
RELEASE_AFTER_MS = 60_000  # longer than any phase (30 s at most): a session keeps the device
CUE_LABELS = {
    Phase.INHALE.name: "Breathe in", Phase.HOLD.name: "Hold",
    Phase.EXHALE.name: "Breathe out", Phase.REST.name: "Rest", BELL_NAME: "Bell at the end",
}


def sound_available() -> bool:
    """Whether cues can be played here (the sound library is installed)."""
    return audio.available()


def open_output() -> audio.Output:
    """The real sound device (tests put a fake in its place)."""
    return audio.MiniaudioOutput()


def volume(preferences: Preferences) -> int:
    try:
        return max(0, min(100, int(preferences.value(VOLUME_KEY, DEFAULT_VOLUME))))
    except (TypeError, ValueError):
        return DEFAULT_VOLUME


def chosen_cues(preferences: Preferences) -> tuple[str, ...]:
    stored = preferences.value(CUES_KEY, list(CUE_NAMES))
    if not isinstance(stored, list):
        return CUE_NAMES
    return tuple(name for name in CUE_NAMES if name in stored)


def set_cue(preferences: Preferences, name: str, on: bool) -> None:
    wanted = set(chosen_cues(preferences)) | {name} if on else \
        set(chosen_cues(preferences)) - {name}
    preferences.set_value(CUES_KEY, [cue for cue in CUE_NAMES if cue in wanted])


class TonePlayer(QObject):
    """Plays the chosen cues at the chosen volume; one output, opened at the first cue."""

    def __init__(self, preferences: Preferences, parent: QObject | None = None,
                 output: audio.Output | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._output = output if output is not None else open_output()
        self._pcm: dict[str, bytes] = {}  # per cue, at the current volume
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(RELEASE_AFTER_MS)
        self._release.timeout.connect(self._output.close)
        preferences.changed.connect(self._on_preference)
        self.destroyed.connect(lambda _obj=None, output=self._output: output.close())

    def play(self, name: str) -> bool:
        """Play one cue by name if the person chose it; ``False`` when it stays silent."""
        if name not in chosen_cues(self._prefs):
            return False
        level = volume(self._prefs)
        if level == 0:
            return False
        if name not in self._pcm:
            self._pcm[name] = pcm16(cue_samples(name), level / 100)
        self._release.start()
        return self._output.play(self._pcm[name])

    def play_phase(self, phase: Phase) -> bool:
        return self.play(phase.name)

    def play_bell(self) -> bool:
        return self.play(BELL_NAME)

    def close(self) -> None:
        self._release.stop()
        self._output.close()

    def _on_preference(self, key: str) -> None:
        if key == VOLUME_KEY:
            self._pcm.clear()
