"""Runs one session: wakes for the words, and tells the pacer when frames are wanted.

The phase is always computed from the monotonic clock (``SessionTiming``), never from the
number of ticks, so a busy machine or a late timer cannot make the pacer drift. The runner
wakes when the words on screen change (a new phase, the count-down, the session time: about
once a second) and at the planned end, each wake-up armed for exactly that moment, so the
phase text changes within a millisecond or so of the true boundary. The frames in between
come from the pacer's own Qt clock, only while the circle moves and can be seen; hidden or
minimised, only the phase changes and the end wake it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QMetaMethod, QObject, Qt, QTimer, Signal

from numbness_desktop.domain.breath import Pattern, Phase, PhaseState
from numbness_desktop.domain.breath_timing import SessionTiming, Status

FRAME_MS = 16  # about 60 frames a second
STILL_PHASES = (Phase.HOLD, Phase.REST)  # the circle does not move: no frames, only words
Monotonic = Callable[[], float]


class BreathRunner(QObject):
    frame = Signal()  # time to show a new frame (sent only while something listens)
    phaseStarted = Signal(object)  # Phase: a new phase of breathing began (for sound cues)
    statusChanged = Signal()
    finished = Signal(bool, float)  # reached the planned end?, breathing seconds done

    def __init__(self, monotonic: Monotonic = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.timing: SessionTiming | None = None
        self._visible = False
        self._last_phase: tuple[int, Phase] | None = None
        self.tick_state: PhaseState | None = None  # the state the last frame was made for
        # The view's frame handler, called directly: a signal sent 60 times a second costs
        # more than the handler (the ``frame`` signal goes out too while it is connected).
        self.on_frame: Callable[[], None] | None = None
        self._frame_listeners = 0
        # Frames in between come from the pacer's own clock (Qt's, no Python per frame): told
        # here whether the circle moves and can be seen.
        self.frames_wanted: Callable[[bool], None] | None = None
        self._frames_on = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    def connectNotify(self, signal: QMetaMethod) -> None:
        if signal.name() == b"frame":
            self._frame_listeners += 1
        super().connectNotify(signal)

    def disconnectNotify(self, signal: QMetaMethod) -> None:
        if signal.name() == b"frame":
            self._frame_listeners = max(0, self._frame_listeners - 1)
        super().disconnectNotify(signal)

    def _want_frames(self, on: bool) -> None:
        if on != self._frames_on:
            self._frames_on = on
            if self.frames_wanted is not None:
                self.frames_wanted(on)

    def _show_frame(self) -> None:
        if self.on_frame is not None:
            self.on_frame()
        if self._frame_listeners:
            self.frame.emit()

    # State ---------------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self.timing.status if self.timing is not None else Status.READY

    @property
    def active(self) -> bool:
        """A session is running or paused."""
        return self.status in (Status.RUNNING, Status.PAUSED)

    @property
    def timer_running(self) -> bool:
        return self._timer.isActive()

    def state(self) -> PhaseState | None:
        """The phase right now, or None when no session has started."""
        if self.timing is None or self.timing.status is Status.READY:
            return None
        return self.timing.state(self.monotonic())

    def frame_state(self) -> PhaseState | None:
        """The phase right now, for a frame of the pacer. A frame that comes after a phase
        boundary but before the runner's wake-up for it (late on a busy machine) changes the
        words first, so the circle and the words never disagree on screen."""
        timing = self.timing
        if timing is None or timing.status is not Status.RUNNING:
            return self.state()
        now = self.monotonic()
        state = timing.state(now)
        if state.elapsed >= 0 and (state.cycle, state.phase) != self._last_phase \
                and not timing.is_complete(now):
            self.tick()  # the words (and the next wake-up) for the new phase
            state = self.tick_state or state
        return state

    def breathing_elapsed(self) -> float:
        return self.timing.breathing_elapsed(self.monotonic()) if self.timing else 0.0

    def seconds_to_end(self) -> float | None:
        return self.timing.seconds_to_end(self.monotonic()) if self.timing else None

    # Control -------------------------------------------------------------------------------
    def begin(self, pattern: Pattern, chosen_seconds: float | None, lead_in: float) -> None:
        self.timing = SessionTiming(pattern, chosen_seconds, lead_in)
        self._last_phase = None
        self.timing.start(self.monotonic())
        self.statusChanged.emit()
        self.tick()

    def pause(self) -> None:
        timing = self.timing
        if timing is not None and timing.status is Status.RUNNING:
            timing.pause(self.monotonic())
            self._timer.stop()
            self._want_frames(False)
            self.statusChanged.emit()
            self._show_frame()

    def resume(self) -> None:
        timing = self.timing
        if timing is not None and timing.status is Status.PAUSED:
            timing.resume(self.monotonic())
            self.statusChanged.emit()
            self.tick()

    def stop(self) -> None:
        """End now, by the person's choice."""
        if self.active:
            self._finish(reached_end=False)

    def reset(self) -> None:
        """Back to no session (after the end screen)."""
        self._timer.stop()
        self._want_frames(False)
        self.timing = None
        self._last_phase = None
        self.statusChanged.emit()

    def set_visible(self, visible: bool) -> None:
        """Hidden or minimised: no frames, only a wake-up at each phase change and the end."""
        if visible == self._visible:
            return
        self._visible = visible
        if self.status is Status.RUNNING:
            self.tick()

    # Timer ---------------------------------------------------------------------------------
    def tick(self) -> None:
        """Look at the clock: end the session, announce a new phase, show a frame, re-arm."""
        timing = self.timing
        if timing is None or timing.status is not Status.RUNNING:
            self._timer.stop()
            self._want_frames(False)
            return
        now = self.monotonic()
        if timing.is_complete(now):
            self._finish(reached_end=True)
            return
        state = timing.state(now)
        self.tick_state = state
        if state.elapsed >= 0:
            key = (state.cycle, state.phase)
            if key != self._last_phase:
                self._last_phase = key
                self.phaseStarted.emit(state.phase)
        if self._visible:
            self._show_frame()
        self._arm(timing, state)

    def _arm(self, timing: SessionTiming, state: PhaseState) -> None:
        """The next wake-up: when the words on screen change (while they can be seen), and
        never later than the next phase or the planned end. While the circle moves and can
        be seen, the pacer's clock shows the frames in between."""
        planned = timing.planned_seconds
        next_change = state.seconds_left if planned is None else \
            min(state.seconds_left, planned - state.elapsed)
        self._want_frames(self._visible and state.phase not in STILL_PHASES)
        if self._visible:
            next_change = min(next_change, _next_whole_second(state, planned))
        self._timer.start(max(1, math.ceil(next_change * 1000.0 - 1e-6)))

    def _finish(self, reached_end: bool) -> None:
        self._timer.stop()
        self._want_frames(False)
        seconds = self.timing.end(self.monotonic()) if self.timing is not None else 0.0
        self.statusChanged.emit()
        self.finished.emit(reached_end, seconds)


def _next_whole_second(state: PhaseState, planned: float | None) -> float:
    """Seconds until the count-down or the session time on screen changes: both show whole
    seconds rounded up (``clock_text``, ``PhaseState.countdown``)."""
    left = state.seconds_left
    until = left - (math.ceil(left - 1e-9) - 1)  # "3" until 2 s are left
    if planned is not None:  # "0:58 left" counts down the same way
        to_end = planned - state.elapsed
        until = min(until, to_end - (math.ceil(to_end - 1e-9) - 1))
    elif state.elapsed >= 0:  # "0:03 so far" counts up: "4" from just after 3 s
        until = min(until, math.ceil(state.elapsed - 1e-9) + 1e-9 - state.elapsed)
    return max(0.001, until)
