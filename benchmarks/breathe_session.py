"""Child process for the Breathe benchmark: pace a real session, or sit idle, and report.

    QT_QPA_PLATFORM=offscreen python benchmarks/breathe_session.py pacing 60 DATA_DIR
    QT_QPA_PLATFORM=offscreen python benchmarks/breathe_session.py idle 60 DATA_DIR

The full main window is built on DATA_DIR at 1280×800 with the Breathe tab showing. In
``pacing`` mode an open 4-6 session runs on the real monotonic clock for the given seconds;
every frame the timer produces is checked against the ideal schedule (the ``Breathing phase``
text), and every frame the pacer paints too (its drawn position and the text, at the moment
the paint is done). A frame of an unchanged circle is not painted (every move is, however
small). In ``idle`` mode nothing is started. Prints one JSON object: frame times, the
largest phase error, and the process's CPU seconds over the measured span (start-up
excluded).

While measuring, each frame only records what it saw (a time, the phase text, the drawn
position); the comparison with the schedule is made after the CPU reading, so the
benchmark's own arithmetic is not counted as the pacer's.
"""

from __future__ import annotations

import copy
import itertools
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from numbness_desktop.app import configure_application, create_window
from numbness_desktop.domain.breath import PhaseState, phase_at
from numbness_desktop.domain.breath_timing import SessionTiming

SETTLE_MS = 1000  # let start-up work (lazy imports, first paints) finish before measuring


def main(argv: list[str]) -> int:
    mode, seconds, data_dir = argv[0], float(argv[1]), Path(argv[2])
    app = QApplication(sys.argv[:1])
    configure_application(app)
    window = create_window(data_dir)
    window.resize(1280, 800)
    window.show()
    window.show_tab("Breathe")
    view = window.breathe
    view.lead_in_check.setChecked(False)
    view.length_box.setCurrentIndex(view.length_box.findData(None))
    pattern = view.current_preset().pattern
    ticks: list[float] = []  # frames produced by the frame timer
    paints: list[float] = []  # frames the pacer actually painted (unchanged ones are skipped)
    tick_texts: list[str] = []  # the phase text at each tick
    painted: list[tuple[float, str]] = []  # (elapsed drawn, phase text) at each paint
    durations = dict(zip(("Breathe in", "Hold", "Breathe out", "Rest"), pattern.durations,
                         strict=True))
    label = view.phase_label

    def phase_text_error(timing: SessionTiming, moment: float, text: str) -> float:
        """0 when the Breathing phase ``text`` is right at ``moment``; else the time since (or
        until) the true boundary, which is how late (or early) the text is."""
        truth = phase_at(pattern, timing.breathing_elapsed(moment))
        if text == truth.phase.value:
            return 0.0
        duration = durations[truth.phase.value]
        return min(duration - truth.seconds_left, truth.seconds_left)

    def on_tick() -> None:  # called after the view's own handler: the labels are updated
        ticks.append(time.monotonic())
        tick_texts.append(label.text())

    def on_paint(state: PhaseState | None) -> None:
        done = time.monotonic()
        if state is not None:
            paints.append(done)
            painted.append((state.elapsed, label.text()))

    result: dict[str, float | int | str] = {"mode": mode}
    marks: dict[str, float] = {}

    timings: list[SessionTiming] = []  # a running copy of the session's clock, for after

    def begin() -> None:
        marks["cpu"] = time.process_time()
        marks["wall"] = time.monotonic()
        if mode == "pacing":
            view.pacer.frame_hook = on_paint
            view.runner.frame.connect(on_tick)
            view.start()
            timings.append(copy.copy(view.runner.timing))
        QTimer.singleShot(round(seconds * 1000), finish)

    def finish() -> None:
        cpu = time.process_time() - marks["cpu"]
        wall = time.monotonic() - marks["wall"]
        result["cpu_seconds"] = cpu
        result["wall_seconds"] = wall
        result["cpu_per_minute"] = cpu / wall * 60.0
        result["timer_running"] = int(view.runner.timer_running)
        view.pacer.frame_hook = None
        view.runner.reset()
        window.close()
        app.quit()

    QTimer.singleShot(SETTLE_MS, begin)
    app.exec()
    result["frames"] = len(paints)  # frames shown (the pacer's clock; unchanged ones too)
    result["ticks"] = len(ticks)  # the runner's wake-ups for the words
    result["paints"] = len(paints)
    errors: list[float] = []
    if timings:
        timing = timings[0]
        errors += [phase_text_error(timing, moment, text)
                   for moment, text in zip(ticks, tick_texts, strict=True)]
        # How stale the drawn circle is at the moment it is shown, and the text beside it.
        errors += [max(abs(timing.breathing_elapsed(done) - elapsed),
                       phase_text_error(timing, done, text))
                   for done, (elapsed, text) in zip(paints, painted, strict=True)]
    result["intervals_ms"] = [(b - a) * 1000.0 for a, b in itertools.pairwise(paints)]
    result["max_error_ms"] = max(errors) * 1000.0 if errors else 0.0
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
