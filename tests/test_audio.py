"""The real sound output, on miniaudio's null backend (no sound card, no noise): a cue is
pulled by the device thread to its last sample, and a missing device means silence."""

from __future__ import annotations

import time

import pytest

from numbness_desktop import audio
from numbness_desktop.domain.tones import cue_samples, pcm16

miniaudio = pytest.importorskip("miniaudio")


def wait_until(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_the_library_is_part_of_the_default_install():
    assert audio.available()


def test_a_cue_is_played_to_its_end_and_a_new_one_replaces_it():
    output = audio.MiniaudioOutput(backends=[miniaudio.Backend.NULL])
    cue = pcm16(cue_samples("HOLD"), 0.5)
    try:
        assert output.play(cue)
        assert wait_until(lambda: not output.playing)
        assert output.pulled == len(cue)
        bell = pcm16(cue_samples("BELL"), 0.5)
        assert output.play(bell)
        assert output.play(cue)  # the bell gives way to the next cue
        assert wait_until(lambda: not output.playing)
        assert output.pulled < 2 * len(cue) + len(bell)
    finally:
        output.close()


def test_a_device_that_cannot_open_means_silence_not_an_error(monkeypatch):
    def refuse(**_kwargs):
        raise miniaudio.MiniaudioError("failed to init device", -401)

    monkeypatch.setattr(miniaudio, "PlaybackDevice", refuse)
    output = audio.MiniaudioOutput()
    assert not output.play(pcm16(cue_samples("REST"), 0.5))
    assert output.failed
    assert not output.play(bytes(4))  # no second attempt at every phase
    output.close()
