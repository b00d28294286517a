"""The pacer's frames come from Qt's own clock and paint only what changes, adding up to the
picture a whole repaint gives; while the circle is still (a hold), no frames at all, and the
runner wakes only when the words change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QRegion

from numbness_desktop.domain.breath import Phase, PhaseState
from numbness_desktop.ui.breathe import pacer as pacer_module
from numbness_desktop.ui.breathe.pacer import PacerWidget
from numbness_desktop.ui.breathe.runner import FRAME_MS
from tests.ui.test_breathe_view import at, choose, mono, view  # noqa: F401 (fixtures)

LEVELS = [0.0, 0.01, 0.05, 0.12, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95, 1.0,  # in
          0.97, 0.9, 0.75, 0.6, 0.45, 0.3, 0.18, 0.08, 0.02, 0.0]  # and out


def _largest_difference(a: QImage, b: QImage) -> tuple[int, int]:
    """(pixels that differ, the largest difference in one colour channel)."""
    count = worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q:
                count += 1
                one, two = QColor(p), QColor(q)
                worst = max(worst, abs(one.red() - two.red()), abs(one.green() - two.green()),
                            abs(one.blue() - two.blue()))
    return count, worst


@pytest.mark.parametrize("reduced", [False, True])
def test_frames_of_the_clock_add_up_to_a_whole_repaint(qtbot, reduced):
    """The clock asks for the circle's whole square each frame; only where the disc was and
    is gets painted, and the pixels elsewhere are still right."""
    level = [0.0]
    pacer = PacerWidget(lambda: PhaseState(Phase.INHALE, level[0], 1.0, 0, 1.0))
    qtbot.addWidget(pacer)
    pacer.resize(520, 420)
    pacer.set_reduced_motion(reduced)
    frames = QImage(pacer.size(), QImage.Format.Format_RGB32)
    frames.fill(QColor("magenta"))
    pacer.render(frames)  # the first, whole picture
    pacer.run_frames(True)
    pacer._clock.setInterval(10**6)  # frames are rendered by hand below
    assert pacer.animating
    painted = []
    pacer.frame_hook = painted.append
    area = pacer._frame_area.geometry()  # what the clock asks for: the circle's square
    assert area.width() < pacer.width() and area.height() <= pacer.height()
    assert area.contains(pacer._disc_bounds(pacer.radius_for(1.0)).intersected(pacer.rect()))

    def frame() -> None:
        pacer.render(frames, area.topLeft(), QRegion(area))

    for value in LEVELS:
        level[0] = value
        frame()
    shown = len(painted)
    if reduced:
        assert shown >= len(LEVELS) // 2  # (a fade under half a colour step is not)
    else:
        assert shown == len(LEVELS)  # every move, however small (and the first, whole)
    frame()  # unmoved: nothing painted at all
    assert len(painted) == shown
    pacer.run_frames(False)
    whole = QImage(pacer.size(), QImage.Format.Format_RGB32)
    pacer.render(whole)
    count, worst = _largest_difference(frames.convertToFormat(QImage.Format.Format_RGB32),
                                       whole)
    # Smoothed scaling rounds by where a strip starts: at most one step in a colour channel
    # on a few pixels (frames painted by the runner differ from a whole repaint as much).
    assert worst <= 1
    assert count < 200


def test_every_move_is_a_frame_however_small_and_the_backdrop_skips_the_opaque_middle(qtbot):
    """Near the turns of the breath the circle moves a few hundredths of a pixel a frame:
    each is painted (skipping them made the frames there come unevenly), and the backdrop is
    copied only around the middle of the disc, which the disc covers pixel for pixel."""
    level = [0.5]
    pacer = PacerWidget(lambda: PhaseState(Phase.INHALE, level[0], 1.0, 0, 1.0))
    qtbot.addWidget(pacer)
    pacer.resize(520, 420)
    image = QImage(pacer.size(), QImage.Format.Format_RGB32)
    pacer.render(image)
    pacer.run_frames(True)
    pacer._clock.setInterval(10**6)
    painted = []
    pacer.frame_hook = painted.append
    area = pacer._frame_area.geometry()
    for value in (0.5, 0.5, 0.50001, 0.50002):  # the first frame is whole; then unmoved;
        level[0] = value                        # then 0.003 px each
        pacer.render(image, area.topLeft(), QRegion(area))
    assert len(painted) == 3
    radius = pacer.radius_for(0.5)
    centre = pacer.centre()
    dirty = pacer._disc_bounds(radius)
    pieces = pacer_module._around_core(dirty, centre.x(), centre.y(),
                                       radius - pacer_module.CORE_INSET)
    copied = QRegion()
    for x, y, w, h in pieces:
        copied += QRegion(x, y, w, h)
    assert copied.boundingRect() == dirty  # the ring around the disc is all still copied
    assert not copied.contains(centre.toPoint())
    share = sum(w * h for _x, _y, w, h in pieces) / (dirty.width() * dirty.height())
    assert share < 0.7


def test_no_frames_while_the_circle_is_still(view, mono):  # noqa: F811 (fixture)
    choose(view, "4-4-6")
    start = mono.now
    view.start()
    at(view, mono, 2.0, start)  # breathing in: a frame every 16 ms from the pacer's clock
    assert view.pacer.animating
    assert view.pacer._clock.interval() == FRAME_MS
    at(view, mono, 5.3, start)  # holding: the circle is still
    assert view.phase_label.text() == "Hold"
    assert not view.pacer.animating
    assert view.count_label.text() == "3"
    # Only when the count-down changes (2.7 s left in the hold: "3" becomes "2" in 0.7 s).
    assert view.runner._timer.interval() == 700
    at(view, mono, 6.0, start)
    assert view.count_label.text() == "2"
    at(view, mono, 7.999, start)
    assert view.runner._timer.interval() == 1  # wakes right at the out-breath
    at(view, mono, 8.0, start)
    assert view.phase_label.text() == "Breathe out"
    assert view.pacer.animating


def test_the_frame_signal_goes_out_only_while_something_listens(view, mono):  # noqa: F811
    start = mono.now
    view.start()
    heard = []
    view.runner.frame.connect(lambda: heard.append(1))
    at(view, mono, 1.0, start)
    assert heard == [1]
    view.runner.frame.disconnect()
    at(view, mono, 1.5, start)
    assert heard == [1]
    assert view.phase_label.text() == "Breathe in"  # the view's own frames go on
    assert view.status_label.text() == "1:59 left"


def test_a_frame_past_a_phase_boundary_changes_the_words_first(view, mono):  # noqa: F811
    """The runner's wake-up for a new phase can come late on a busy machine, after a frame
    of the pacer's own clock: that frame changes the words first, so the circle and the
    words never disagree (and the phase begins once: its sound and announcement too)."""
    started = []
    view.runner.phaseStarted.connect(started.append)
    start = mono.now
    view.start()
    assert at(view, mono, 3.9, start) == "Breathe in"
    painted = []
    view.pacer.frame_hook = painted.append
    mono.now = start + 4.01  # the out-breath began; the runner has not woken yet
    area = view.pacer._frame_area
    area.repaint()  # a frame of the clock
    assert painted[-1].phase is Phase.EXHALE
    assert view.phase_label.text() == "Breathe out"
    assert view.runner.timer_running
    view.runner.tick()  # the late wake-up itself changes nothing more
    assert view.phase_label.text() == "Breathe out"
    assert started == [Phase.INHALE, Phase.EXHALE]
