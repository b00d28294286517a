"""Soft cues for breathing with eyes closed: one distinguishable sound per phase, and a bell.

Plain PCM synthesis (no Qt): rising notes for the in-breath, one steady note for a hold,
falling notes for the out-breath, a low hum for the rest, and a slow-fading chord at the end.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from array import array

from numbness_desktop.domain.breath import Phase

SAMPLE_RATE = 22050
VOLUME = 0.22  # soft: about a fifth of full scale
LOUDEST = 0.5  # the top of the volume setting: half of full scale, never harsh
BELL_NAME = "BELL"
CUE_NAMES = (*(phase.name for phase in Phase), BELL_NAME)

# (frequency Hz, seconds) per note; notes of one cue follow each other.
CUES: dict[str, tuple[tuple[float, float], ...]] = {
    Phase.INHALE.name: ((392.0, 0.16), (523.25, 0.28)),  # G4 → C5, rising
    Phase.HOLD.name: ((440.0, 0.32),),  # A4, steady
    Phase.EXHALE.name: ((523.25, 0.16), (392.0, 0.28)),  # C5 → G4, falling
    Phase.REST.name: ((293.66, 0.36),),  # D4, low
}
BELL = ((523.25, 1.0, 2.6), (659.25, 0.6, 2.6), (783.99, 0.4, 2.6))  # C major, fading


def _envelope(index: int, count: int, attack: int) -> float:
    """A gentle rise and fall so nothing clicks."""
    release = max(1, count // 3)
    if index < attack:
        return index / attack
    if index > count - release:
        return max(0.0, (count - index) / release)
    return 1.0


def cue_samples(name: str) -> list[float]:
    """Samples in -1..1 for a phase's cue (by ``Phase`` name) or ``'BELL'``."""
    samples: list[float] = []
    if name == "BELL":
        count = int(SAMPLE_RATE * BELL[0][2])
        for i in range(count):
            t = i / SAMPLE_RATE
            value = sum(weight * math.sin(2 * math.pi * freq * t) for freq, weight, _ in BELL)
            decay = math.exp(-2.2 * t)
            samples.append(value / 2.0 * decay * min(1.0, i / 200))
        return samples
    for freq, seconds in CUES[name]:
        count = int(SAMPLE_RATE * seconds)
        for i in range(count):
            t = i / SAMPLE_RATE
            samples.append(math.sin(2 * math.pi * freq * t) * _envelope(i, count, 300))
    return samples


def pcm16(samples: list[float], volume: float) -> bytes:
    """Mono 16-bit little-endian PCM; ``volume`` 0..1 of the loudest (LOUDEST) level."""
    gain = LOUDEST * max(0.0, min(1.0, volume)) * 32767
    frames = array("h", (int(max(-1.0, min(1.0, s)) * gain) for s in samples))
    if sys.byteorder == "big":
        frames.byteswap()  # PCM is little-endian
    return frames.tobytes()


def wav_bytes(name: str) -> bytes:
    """A mono 16-bit WAV file of one cue, ready to write to disk and play."""
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s * VOLUME)) * 32767))
                      for s in cue_samples(name))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)
    return buffer.getvalue()
