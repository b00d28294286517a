"""The words the Breathe tab shows, each through the translator, in one place.

The phase, count and time lines while pacing, the idle line, the end summary and the
pattern's note. Numbers go through the locale (``i18n.number``); sentences with a number
in them are translated as whole templates, never glued from pieces.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel

from numbness_desktop.domain.breath import Preset, dizziness_note
from numbness_desktop.ui.breathe.steady_line import SteadyLine
from numbness_desktop.ui.i18n import ntr, number, tr

IDLE_WORD = "Ready"  # the phase line before a session starts (translated where shown)
HISTORY_HINT = ("Rate before and after if you like: after a few rated sessions, a line "
                "from your own ratings can appear here.")
KEYS_GUIDE = "Breathe in as the circle grows, out as it shrinks."
KEYS_KEYS = "Space starts or pauses · Esc stops"


def keys_hint(large: bool) -> str:
    """Under the buttons: the guide and the keys; with large text the keys only."""
    keys = tr(KEYS_KEYS)
    return keys if large else f"{tr(KEYS_GUIDE)}\n{keys}"


def clock_text(seconds: float) -> str:
    """``m:ss``, rounded up to the whole second (a count-down never shows 0:00 early)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return tr("{minutes}:{seconds}").format(minutes=number(whole // 60),
                                            seconds=f"{whole % 60:02d}")


def duration_text(seconds: float) -> str:
    """'2 minutes', '1 minute 20 seconds', '45 seconds' (as the domain's ``duration_text``,
    with the translator's plural forms)."""
    minutes, secs = divmod(round(seconds), 60)
    minute_words = ntr("%n minute", "%n minutes", minutes)
    second_words = ntr("%n second", "%n seconds", secs)
    if minutes and secs:
        return tr("{minutes} {seconds}").format(minutes=minute_words, seconds=second_words)
    return minute_words if minutes else second_words


def time_left(seconds: float) -> str:
    return tr("{clock} left").format(clock=clock_text(seconds))


def time_so_far(seconds: float) -> str:
    return tr("{clock} so far").format(clock=clock_text(seconds))


def fitting(line: SteadyLine, *texts: str) -> str:
    """The first text that fits the one-line holder (large text: the shorter words)."""
    metrics = line.label.fontMetrics()
    room = line.width() - 8
    return next((text for text in texts if metrics.horizontalAdvance(text) <= room),
                texts[-1])


def paused_words(line: SteadyLine) -> str:
    return fitting(line, tr("Paused · Space or Carry on to continue"), tr("Paused"))


def idle_words(line: SteadyLine, seconds: int | None) -> str:
    """What the session will be, before it starts."""
    if seconds is None:
        return fitting(line, tr("An open session: stop whenever you like"),
                       tr("An open session"))
    length = duration_text(seconds)
    return fitting(line, tr("About {length}, ending on a full out-breath").format(length=length),
                   tr("About {length}").format(length=length))


def end_message(finished: bool, seconds: float, saved: bool) -> str:
    """The summary after a session: what was done, kindly, and whether it is kept."""
    length = duration_text(seconds)
    if finished:
        message = tr("That was {length} of slow breathing. Take a moment to notice how you "
                     "feel — there is nothing you need to change.").format(length=length)
    else:
        message = tr("You breathed for {length}. Stopping when it feels right is part of the "
                     "practice.").format(length=length)
    if not saved:
        message = tr("{message} It isn't saved yet; rating below tries again.").format(
            message=message)
    return message


def stopped_before_breathing() -> str:
    return tr("Stopped before the first breath. Start whenever you like.")


def preset_item(preset: Preset) -> str:
    """The pattern list's line: one's own patterns show their timings too."""
    if preset.is_custom:
        return tr("{name} · {timings}").format(name=preset.name,
                                               timings=preset.pattern.label())
    return tr(preset.name)


def pattern_note(preset: Preset) -> str:
    """What the pattern is for, its timings and, for fast ones, a gentle dizziness note."""
    note = tr(preset.pattern.summary())
    if preset.description:
        note = tr("{description}. {timings}.").format(description=tr(preset.description),
                                                      timings=note)
    dizzy = dizziness_note(preset.pattern)
    if dizzy:
        note = tr("{note} {dizzy}").format(note=note, dizzy=tr(dizzy))
    return note


def set_phase(label: QLabel, phase: str) -> None:
    """The phase line's name is fixed ("Breathing phase"); its words go in the description
    too, so a screen reader reading the line hears the phase itself."""
    if label.text() != phase:
        label.setText(phase)
        label.setAccessibleDescription(phase)


def set_text(label: QLabel, text: str) -> None:
    """Change a label only when its words change: no relayout on every frame."""
    if label.text() != text:
        label.setText(text)
