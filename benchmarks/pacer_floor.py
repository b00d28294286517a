"""What 62.5 repaints a second cost on this machine without Reconnect: the pacer's floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/pacer_floor.py MODE [SECONDS]

A bare 1280×800 window with one 420×420 opaque child, repainted by a Qt PreciseTimer every
16 ms (``update()`` called by Qt itself, as the pacer's frame clock does). MODE says what a
repaint does:

- ``qt``: nothing in Python (a plain QWidget): the toolkit's own cost of a frame;
- ``python``: an empty Python ``paintEvent``: what calling into Python adds;
- ``sprite``: a Python ``paintEvent`` that fills the background and draws a cached 392 px
  disc scaled smoothly in strips of 88 rows, as the pacer does;
- ``view``: no Python per frame at all, as issue 17 measured its floor: the same disc drawn
  once into a cached item of a QGraphicsView and scaled smoothly by a C++ property animation
  (4 s in, 6 s out, eased), Qt's animation timer asking for the frames.

Prints one JSON object: the process's CPU seconds per minute over the measured span (after a
one-second settle) and the frames painted. Compare with the Breathe rows of run.py (the same
window size, frame clock and CPU measure) to see how much of the pacer's cost is the
toolkit's, how much the window's other widgets, and how much the drawing.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QPropertyAnimation,
    QRectF,
    QSequentialAnimationGroup,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QRadialGradient
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

FRAME_MS = 16
SETTLE_MS = 1000
SIDE = 420  # the child's side; the disc is 392 px across, as the pacer's at 1280×800
STRIP_ROWS = 88
MODES = ("qt", "python", "sprite", "view")


def _sprite() -> QPixmap:
    pixmap = QPixmap(392, 392)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    gradient = QRadialGradient(QPointF(196, 150), 235)
    gradient.setColorAt(0.0, QColor("#EEF3EF"))
    gradient.setColorAt(1.0, QColor("#4A7772"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawEllipse(QPointF(196, 196), 183, 183)
    painter.end()
    return pixmap


class _PythonFrame(QWidget):
    """A child whose paint runs Python: nothing, or the pacer's kind of drawing."""

    def __init__(self, parent: QWidget, draw: bool) -> None:
        super().__init__(parent)
        self.draw = draw
        self.frames = 0
        self.sprite = _sprite()
        self.background = QColor("#FBF9F5")

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames += 1
        if not self.draw:
            return
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.background)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = 0.42 + 0.58 * abs((time.monotonic() / 5.0) % 2.0 - 1.0)  # a breath of 10 s
        half = 196 * scale
        target = QRectF(SIDE / 2 - half, SIDE / 2 - half, 2 * half, 2 * half)
        for top in range(0, SIDE, STRIP_ROWS):
            painter.setClipRect(0, top, SIDE, STRIP_ROWS)
            painter.drawPixmap(target, self.sprite, QRectF(self.sprite.rect()))
        painter.end()


class _CachedDisc(QGraphicsObject):
    """The disc as a scene item: painted once (Qt caches it in item coordinates), then only
    scaled by Qt when its ``scale`` property changes."""

    def __init__(self) -> None:
        super().__init__()
        self.sprite = _sprite()
        self.setCacheMode(QGraphicsObject.CacheMode.ItemCoordinateCache)
        self.setTransformOriginPoint(196, 196)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 392, 392)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.drawPixmap(0, 0, self.sprite)


def _view(parent: QWidget) -> tuple[QGraphicsView, QSequentialAnimationGroup]:
    """A QGraphicsView holding the cached disc, and the breath as a looping C++ animation."""
    scene = QGraphicsScene(0, 0, SIDE, SIDE, parent)
    scene.setBackgroundBrush(QColor("#FBF9F5"))
    disc = _CachedDisc()
    disc.setPos((SIDE - 392) / 2, (SIDE - 392) / 2)
    scene.addItem(disc)
    view = QGraphicsView(scene, parent)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    breath = QSequentialAnimationGroup(parent)
    for start, end, ms in ((0.42, 1.0, 4000), (1.0, 0.42, 6000)):
        step = QPropertyAnimation(disc, b"scale", breath)
        step.setStartValue(start)
        step.setEndValue(end)
        step.setDuration(ms)
        step.setEasingCurve(QEasingCurve.Type.InOutSine)
        breath.addAnimation(step)
    breath.setLoopCount(-1)
    view.disc = disc  # type: ignore[attr-defined]  # kept alive with the view
    return view, breath


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "sprite"
    seconds = float(argv[1]) if len(argv) > 1 else 30.0
    if mode not in MODES:
        print(f"MODE is one of {', '.join(MODES)}", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    breath: QSequentialAnimationGroup | None = None
    child: QWidget
    if mode == "view":
        child, breath = _view(window)
    else:
        child = QWidget(window) if mode == "qt" else _PythonFrame(window, mode == "sprite")
        child.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    child.setGeometry(430, 190, SIDE, SIDE)
    window.show()
    clock = QTimer()
    clock.setTimerType(Qt.TimerType.PreciseTimer)
    clock.setInterval(FRAME_MS)
    clock.timeout.connect(child.update)
    result: dict[str, float | int | str] = {"mode": mode}
    marks: dict[str, float] = {}

    def begin() -> None:
        marks["cpu"], marks["wall"] = time.process_time(), time.monotonic()
        if isinstance(child, _PythonFrame):
            child.frames = 0
        if breath is not None:
            breath.start()  # Qt's animation timer asks for the frames
        else:
            clock.start()
        QTimer.singleShot(round(seconds * 1000), finish)

    def finish() -> None:
        cpu, wall = time.process_time() - marks["cpu"], time.monotonic() - marks["wall"]
        clock.stop()
        if breath is not None:
            breath.stop()
        result["cpu_per_minute"] = cpu / wall * 60.0
        result["wall_seconds"] = wall
        result["frames"] = child.frames if isinstance(child, _PythonFrame) else -1
        app.quit()

    QTimer.singleShot(SETTLE_MS, begin)
    app.exec()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
