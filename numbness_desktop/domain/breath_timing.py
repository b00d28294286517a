"""A session's position in time, from a monotonic clock: start, pause, resume, stop.

Pure arithmetic on the readings it is given, so pausing and resuming keep the exact
position and nothing depends on how often anyone asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from numbness_desktop.domain.breath import Pattern, PhaseState, phase_at, planned_end

LEAD_IN_SECONDS = 3.0


class Status(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass
class SessionTiming:
    """One session's clock. ``chosen_seconds`` None means open-ended (until stopped)."""

    pattern: Pattern
    chosen_seconds: float | None
    lead_in: float = 0.0
    status: Status = Status.READY
    _started: float = 0.0
    _paused_at: float = 0.0
    _paused_total: float = 0.0
    _ended_elapsed: float = 0.0

    @property
    def planned_seconds(self) -> float | None:
        """Breathing time the session will take, ending on a completed out-breath."""
        if self.chosen_seconds is None:
            return None
        return planned_end(self.pattern, self.chosen_seconds)

    def start(self, now: float) -> None:
        if self.status is not Status.READY:
            raise RuntimeError(f"cannot start a session that is {self.status.value}")
        self._started = now
        self.status = Status.RUNNING

    def pause(self, now: float) -> None:
        if self.status is Status.RUNNING:
            self._paused_at = now
            self.status = Status.PAUSED

    def resume(self, now: float) -> None:
        if self.status is Status.PAUSED:
            self._paused_total += now - self._paused_at
            self.status = Status.RUNNING

    def end(self, now: float) -> float:
        """Stop the clock; returns the breathing seconds done (lead-in and pauses excluded)."""
        if self.status in (Status.RUNNING, Status.PAUSED):
            self._ended_elapsed = self.elapsed(now)
            self.status = Status.ENDED
        return self.breathing_seconds(now)

    def elapsed(self, now: float) -> float:
        """Seconds since start, pauses excluded, lead-in included."""
        if self.status is Status.READY:
            return 0.0
        if self.status is Status.ENDED:
            return self._ended_elapsed
        until = self._paused_at if self.status is Status.PAUSED else now
        return max(0.0, until - self._started - self._paused_total)

    def breathing_elapsed(self, now: float) -> float:
        """Seconds of breathing: negative during the lead-in, capped at the planned end."""
        value = self.elapsed(now) - self.lead_in
        planned = self.planned_seconds
        return min(value, planned) if planned is not None else value

    def breathing_seconds(self, now: float) -> float:
        return max(0.0, self.breathing_elapsed(now))

    def state(self, now: float) -> PhaseState:
        return phase_at(self.pattern, self.breathing_elapsed(now))

    def is_complete(self, now: float) -> bool:
        planned = self.planned_seconds
        return planned is not None and self.elapsed(now) - self.lead_in >= planned

    def seconds_to_end(self, now: float) -> float | None:
        """Breathing seconds until the planned end; None for an open session."""
        planned = self.planned_seconds
        if planned is None:
            return None
        return max(0.0, planned - (self.elapsed(now) - self.lead_in))

    def seconds_to_next_change(self, now: float) -> float:
        """Until the next phase boundary, the end of the lead-in, or the planned end."""
        state = self.state(now)
        left = state.seconds_left
        to_end = self.seconds_to_end(now)
        return min(left, to_end) if to_end is not None else left
