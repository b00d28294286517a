"""The one place that plays sound: short mono 16-bit cues through miniaudio.

Why miniaudio (measured 2026-12-01, fresh venvs, Python 3.11, Linux): its wheel is 0.6 MB
(3.5 MB installed with cffi) and carries its own audio code, which talks to PipeWire /
PulseAudio / ALSA, CoreAudio or WASAPI directly, so nothing has to be installed on the system
and it works offline. QtMultimedia would need PySide6-Addons (+400 MB next to Essentials 6.9)
and Debian's libpulse0; sounddevice needs the system's PortAudio ("PortAudio library not
found" on a clean Debian). With no sound device, opening fails with an error and Reconnect
stays silent.

Nothing here is imported on the way to the first paint: miniaudio loads when a cue is first
played. The cues themselves are made in code (``domain.tones``); no audio files.
"""

from __future__ import annotations

import importlib.util
import threading
from typing import Protocol

from numbness_desktop.domain.tones import SAMPLE_RATE

BUFFER_MS = 50  # how often the device asks for samples: a cue starts within ~50 ms


def available() -> bool:
    """Whether the sound library is installed (without importing it)."""
    return importlib.util.find_spec("miniaudio") is not None


class Output(Protocol):
    """Where cues go: the real device, or a fake in tests."""

    def play(self, pcm: bytes) -> bool:
        """Start ``pcm`` (mono 16-bit at SAMPLE_RATE), replacing whatever still plays."""
        ...

    def close(self) -> None: ...


class MiniaudioOutput:
    """One playback device, opened at the first cue and kept until :meth:`close`.

    The device pulls samples from a generator on its own thread; ``play`` only swaps the
    buffer it reads (under a lock). When nothing is left it yields nothing and miniaudio
    plays silence.
    """

    def __init__(self, backends: list | None = None) -> None:
        self._backends = backends  # None: the platform's usual ones; tests use the null one
        self._lock = threading.Lock()
        self._pcm = memoryview(b"")
        self._device = None
        self.failed = False  # no sound device: stay silent from then on
        self.pulled = 0  # bytes handed to the device so far (for tests and diagnostics)

    def play(self, pcm: bytes) -> bool:
        if self.failed:
            return False
        with self._lock:
            self._pcm = memoryview(pcm)
        if self._device is None:
            return self._open()
        return True

    @property
    def playing(self) -> bool:
        with self._lock:
            return len(self._pcm) > 0

    def close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            device.close()

    def _open(self) -> bool:
        import miniaudio

        try:
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                sample_rate=SAMPLE_RATE, buffersize_msec=BUFFER_MS,
                backends=self._backends, app_name="Reconnect")
            stream = self._stream()
            next(stream)
            device.start(stream)
        except (miniaudio.MiniaudioError, OSError):
            self.failed = True
            return False
        self._device = device
        return True

    def _stream(self):
        frames = yield b""
        while True:
            wanted = frames * 2  # 16-bit mono
            with self._lock:
                chunk, self._pcm = self._pcm[:wanted], self._pcm[wanted:]
            self.pulled += len(chunk)
            frames = yield bytes(chunk)
