"""Optional soft cues, only when the installed Qt has QtMultimedia.

PySide6-Essentials (Reconnect's dependency) does not include QtMultimedia; with it absent
the sound option is not shown at all and the pacer works silently. Nothing here is imported
unless the person turns sound on.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from numbness_desktop.domain.breath import Phase
from numbness_desktop.domain.tones import wav_bytes

_available: bool | None = None


def sound_available() -> bool:
    """Whether QtMultimedia can be imported here (checked once)."""
    global _available
    if _available is None:
        try:
            _available = importlib.util.find_spec("PySide6.QtMultimedia") is not None and \
                bool(importlib.import_module("PySide6.QtMultimedia"))
        except ImportError:
            _available = False
    return _available


class TonePlayer(QObject):
    """Plays one cue per phase and an end bell, from small WAV files written once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        self._folder = Path(tempfile.mkdtemp(prefix="reconnect-tones-"))
        self._effects = {}
        for name in [*(phase.name for phase in Phase), "BELL"]:
            path = self._folder / f"{name.lower()}.wav"
            path.write_bytes(wav_bytes(name))
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.6)
            self._effects[name] = effect
        self.destroyed.connect(lambda _obj=None, folder=self._folder: shutil.rmtree(
            folder, ignore_errors=True))

    def play_phase(self, phase: Phase) -> None:
        self._effects[phase.name].play()

    def play_bell(self) -> None:
        self._effects["BELL"].play()
