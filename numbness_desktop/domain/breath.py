"""The breathing schedule: patterns, presets and the pure phase function.

Everything here is a function of elapsed seconds, so the pacer can never drift: whatever
the timer did, the phase shown is ``phase_at(pattern, elapsed)`` for the true elapsed time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

MAX_PHASE_SECONDS = 30.0
MIN_BREATH_SECONDS = 1.0  # inhale and exhale
MAX_NAME_LENGTH = 40


class Phase(Enum):
    """The four parts of a breath; the value is the text the pacer shows."""

    INHALE = "Breathe in"
    HOLD = "Hold"
    EXHALE = "Breathe out"
    REST = "Rest"


PHASE_ORDER = (Phase.INHALE, Phase.HOLD, Phase.EXHALE, Phase.REST)


@dataclass(frozen=True)
class Pattern:
    """Seconds for each phase: hold follows the in-breath, rest follows the out-breath."""

    inhale: float
    hold: float
    exhale: float
    rest: float = 0.0

    @property
    def durations(self) -> tuple[float, float, float, float]:
        return (self.inhale, self.hold, self.exhale, self.rest)

    @property
    def cycle(self) -> float:
        return self.inhale + self.hold + self.exhale + self.rest

    @property
    def exhale_end(self) -> float:
        """Seconds from a cycle's start to the end of its out-breath."""
        return self.inhale + self.hold + self.exhale

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle

    def label(self) -> str:
        """'4-6', '4-4-6', '4-7-8', '4-4-4-4', '5.5-5.5': the numbers in breathing order."""
        parts = [self.inhale]
        if self.hold or self.rest:
            parts.append(self.hold)
        parts.append(self.exhale)
        if self.rest:
            parts.append(self.rest)
        return "-".join(_seconds_text(part) for part in parts)

    def summary(self) -> str:
        """'In 4 · hold 7 · out 8 — about 3 breaths a minute'."""
        words = [f"in {_seconds_text(self.inhale)}"]
        if self.hold:
            words.append(f"hold {_seconds_text(self.hold)}")
        words.append(f"out {_seconds_text(self.exhale)}")
        if self.rest:
            words.append(f"rest {_seconds_text(self.rest)}")
        rate = self.breaths_per_minute
        rate_text = f"{rate:.1f}".removesuffix(".0")
        text = " · ".join(words)
        return f"{text[0].upper()}{text[1:]} — about {rate_text} breaths a minute"


def _seconds_text(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Preset:
    """A named pattern. Built-in presets have a fixed ``key``; custom ones carry their id."""

    key: str
    name: str
    pattern: Pattern
    description: str = ""
    custom_id: str | None = None

    @property
    def is_custom(self) -> bool:
        return self.custom_id is not None


PRESETS: tuple[Preset, ...] = (
    Preset("4-6", "4-6", Pattern(4, 0, 6), "A longer out-breath, to settle"),
    Preset("4-8", "4-8", Pattern(4, 0, 8), "An even longer out-breath, for winding down"),
    Preset("4-4-6", "4-4-6", Pattern(4, 4, 6), "Grounding breaths with a pause at the top"),
    Preset("4-7-8", "4-7-8", Pattern(4, 7, 8), "A long hold and a long, slow out-breath"),
    Preset("box", "Box 4-4-4-4", Pattern(4, 4, 4, 4), "Four even sides, for steadiness"),
    Preset("coherent", "Coherent 5.5-5.5", Pattern(5.5, 0, 5.5),
           "Even and slow, about 5.5 breaths a minute"),
)
DEFAULT_PRESET = PRESETS[0]
BUILT_IN_NAMES = frozenset(preset.name.casefold() for preset in PRESETS)


@dataclass(frozen=True)
class PhaseState:
    """Where a breath is at one moment."""

    phase: Phase
    fraction: float  # of this phase done, 0 ≤ fraction < 1
    seconds_left: float  # until the next phase starts
    cycle: int  # breaths started before this one (0 for the first)
    elapsed: float  # the breathing time this state was computed for

    @property
    def countdown(self) -> int:
        """The whole seconds a person counts: 4, 3, 2, 1 (never 0 while a phase runs)."""
        return max(1, math.ceil(self.seconds_left - 1e-9))

    @property
    def level(self) -> float:
        """How full the lungs are, 0 (empty) to 1 (full), with sine easing."""
        return level(self.phase, self.fraction)


def level(phase: Phase, fraction: float) -> float:
    """Sine easing: slow at the turns of the breath, quickest in the middle."""
    if phase is Phase.INHALE:
        return (1.0 - math.cos(math.pi * fraction)) / 2.0
    if phase is Phase.HOLD:
        return 1.0
    if phase is Phase.EXHALE:
        return (1.0 + math.cos(math.pi * fraction)) / 2.0
    return 0.0


def phase_at(pattern: Pattern, elapsed: float) -> PhaseState:
    """The phase at ``elapsed`` seconds of breathing; phases of length 0 are skipped.

    Before breathing starts (``elapsed`` < 0, the get-ready lead-in) the pacer rests empty.
    A moment exactly on a boundary belongs to the phase that starts there.
    """
    if elapsed < 0:
        return PhaseState(Phase.REST, 0.0, -elapsed, 0, elapsed)
    cycles, into = divmod(elapsed, pattern.cycle)
    for phase, duration in zip(PHASE_ORDER, pattern.durations, strict=True):
        if duration <= 0:
            continue
        if into < duration:
            return PhaseState(phase, into / duration, duration - into, int(cycles), elapsed)
        into -= duration
    # Only floating-point rounding lands here: the next breath is starting.
    return PhaseState(Phase.INHALE, 0.0, pattern.inhale, int(cycles) + 1, elapsed)


def boundaries(pattern: Pattern, until: float) -> list[tuple[float, Phase]]:
    """Every (moment, phase starting then) from 0 up to ``until`` seconds, in order."""
    found: list[tuple[float, Phase]] = []
    start = 0.0
    while start <= until:
        offset = start
        for phase, duration in zip(PHASE_ORDER, pattern.durations, strict=True):
            if duration <= 0:
                continue
            if offset > until:
                break
            found.append((offset, phase))
            offset += duration
        start += pattern.cycle
    return found


def planned_end(pattern: Pattern, chosen_seconds: float) -> float:
    """When a session of about ``chosen_seconds`` ends: the end of the first out-breath that
    finishes on or after the chosen length, so a session always ends on a full exhale."""
    first = pattern.exhale_end
    if chosen_seconds <= first:
        return first
    breaths = math.ceil((chosen_seconds - first) / pattern.cycle - 1e-9)
    return first + breaths * pattern.cycle


def completed_breaths(pattern: Pattern, elapsed: float) -> int:
    """How many out-breaths were finished within ``elapsed`` seconds."""
    if elapsed < pattern.exhale_end:
        return 0
    return int((elapsed - pattern.exhale_end + 1e-9) // pattern.cycle) + 1


def validate_pattern(pattern: Pattern) -> list[str]:
    """What is wrong with a custom pattern, in words for the person; empty when fine."""
    problems = []
    for name, value in zip(("In", "Hold", "Out", "Rest"), pattern.durations, strict=True):
        if not (isinstance(value, int | float) and math.isfinite(value)):
            problems.append(f"{name} needs a number of seconds.")
        elif not 0 <= value <= MAX_PHASE_SECONDS:
            problems.append(f"{name} can be 0 to {MAX_PHASE_SECONDS:g} seconds.")
    if not problems:
        if pattern.inhale < MIN_BREATH_SECONDS:
            problems.append("The in-breath needs at least 1 second.")
        if pattern.exhale < MIN_BREATH_SECONDS:
            problems.append("The out-breath needs at least 1 second.")
    return problems


def validate_preset_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A custom pattern's name: not empty, not too long, not already used."""
    cleaned = name.strip()
    if not cleaned:
        return ["Give the pattern a name, so you can find it again."]
    if len(cleaned) > MAX_NAME_LENGTH:
        return [f"Please keep the name to {MAX_NAME_LENGTH} characters."]
    folded = cleaned.casefold()
    if folded in BUILT_IN_NAMES or folded in {t.casefold() for t in taken}:
        return ["There is already a pattern with that name."]
    return []


LONG_HOLD_SECONDS = 6.0
DIZZY_NOTE = ("If you feel dizzy or light-headed, stop and breathe normally; you can come back "
              "to it later or pick a pattern without a long hold.")


def dizziness_note(pattern: Pattern) -> str | None:
    """A note for long holds (4-7-8 and custom patterns like it): feeling light-headed at
    first is common, and a break with ordinary breathing is the answer."""
    if max(pattern.hold, pattern.rest) >= LONG_HOLD_SECONDS:
        return DIZZY_NOTE
    return None
