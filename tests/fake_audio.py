"""A stand-in for the sound device: records what would have been played."""

from __future__ import annotations

from numbness_desktop.domain.tones import CUE_NAMES, cue_samples, pcm16


class FakeOutput:
    def __init__(self) -> None:
        self.played: list[bytes] = []
        self.closed = 0

    def play(self, pcm: bytes) -> bool:
        self.played.append(pcm)
        return True

    def close(self) -> None:
        self.closed += 1

    def names(self, volume_percent: int = 50) -> list[str]:
        """Which cues were played, assuming ``volume_percent``."""
        by_bytes = {pcm16(cue_samples(name), volume_percent / 100): name for name in CUE_NAMES}
        return [by_bytes.get(pcm, "?") for pcm in self.played]
