"""The pacer: a soft circle that grows with the in-breath and shrinks with the out-breath.

It paints whatever the state source says *now* (computed from the monotonic clock at paint
time) and repaints only the square the disc covered and now covers. The still parts and the
disc itself are drawn once per size and theme; a frame copies the backdrop around the disc's
opaque middle and draws the cached disc scaled over it. Every move is painted, however small;
an unchanged circle is not. While the circle moves, the frames are asked for by a Qt timer
calling ``update()`` directly (no Python runs between frames); the runner says when (not
while hidden, paused, holding or resting). In reduced-motion mode the circle keeps its
size; only its colour and opacity change, slowly, with the breath.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from numbness_desktop.domain.breath import PhaseState
from numbness_desktop.ui.breathe.runner import FRAME_MS
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.theme import current_colours

SMALLEST = 0.42  # the empty circle's radius, as a share of the full one
REDUCED_SIZE = 0.72  # the fixed size in reduced motion
MARGIN = 10
MAX_RADIUS = 280  # logical pixels: big enough to follow, small enough to stay gentle
HALO = 1.07  # the faint ring around the disc, as a share of its radius
STRIP_ROWS = 88  # Qt hands a scaled draw of 96 rows or more to its thread pool
STILL_FADE = 0.002  # of full opacity: a fade too small to see (half a colour step)
CORE_INSET = 4.0  # px inside the disc's edge where its scaled pixels are wholly opaque
CORE_BOX = (0.8, 0.6)  # a rectangle inside a circle of radius 1 (half width, half height)


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` moved ``share`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * share,
                           a.greenF() + (b.greenF() - a.greenF()) * share,
                           a.blueF() + (b.blueF() - a.blueF()) * share)


class PacerWidget(QWidget):
    def __init__(self, state_source: Callable[[], PhaseState | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = state_source
        self.reduced_motion = False
        self.frame_hook: Callable[[PhaseState | None], None] | None = None  # benchmarks
        # The frame clock: Qt's own timer calling Qt's own update(), so a frame costs no
        # Python until the paint itself (which reads the breath from the monotonic clock).
        self._clock = QTimer(self)
        self._clock.setTimerType(Qt.TimerType.PreciseTimer)
        self._clock.setInterval(FRAME_MS)
        # It asks for the square the circle can ever touch (an empty child widget covering
        # just that), so no more than that square is painted and flushed to the screen.
        self._frame_area = QWidget(self)
        self._frame_area.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._clock.timeout.connect(self._frame_area.update)
        self._frame_rect = QRect()  # the frame area's geometry (what a frame asks for)
        self._frames_on = False  # the clock runs (kept here: paintEvent asks each frame)
        self._painting = False  # asking the source for the state, in a paint
        self._whole = True  # the next paint paints everything (see paintEvent)
        self._cache_key: tuple | None = None
        self._ratio = 1.0
        self._backdrop = QPixmap()
        # (radius, disc, the disc's whole source rectangle), smallest first
        self._sprites: list[tuple[float, QPixmap, QRectF]] = []
        self._measured: tuple[float, float, float] | None = None  # see _geometry()
        self._painted = QRect()
        self._painted_look: tuple[float, float] | None = None  # radius, opacity
        self.setAccessibleName(tr("Breath pacer"))
        self.setAccessibleDescription(
            tr("A circle that grows as you breathe in and shrinks as you breathe out."))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    @property
    def animating(self) -> bool:
        """The frame clock runs (a session's circle moves and can be seen)."""
        return self._clock.isActive()

    def run_frames(self, on: bool) -> None:
        if on and not self._clock.isActive():
            self._whole = True
            self._clock.start()
        elif not on:
            self._clock.stop()
        self._frames_on = self._clock.isActive()

    def paint_whole_next(self) -> None:
        """The next paint paints everything (the window's pixels may have been lost)."""
        self._whole = True

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self._whole = True
        self.update()

    # Geometry ------------------------------------------------------------------------------
    def full_radius(self) -> float:
        """The full breath's radius: fills the space up to a calm size (and a bounded cost)."""
        return max(10.0, min(min(self.width(), self.height()) / 2.0 - MARGIN, MAX_RADIUS))

    def centre(self) -> QPointF:
        return QPointF(self.width() / 2.0, self.height() / 2.0)

    def circle_rect(self) -> QRect:
        """The square the circle can ever touch."""
        return self._disc_bounds(self.full_radius())

    def radius_for(self, level: float) -> float:
        return self._look(level, self.full_radius())[0]

    def opacity_for(self, level: float) -> float:
        return 0.28 + 0.67 * level if self.reduced_motion else 1.0

    def _look(self, level: float, full: float) -> tuple[float, float]:
        """(radius, opacity) of the disc at ``level``."""
        if self.reduced_motion:
            return full * REDUCED_SIZE, 0.28 + 0.67 * level
        return full * (SMALLEST + (1 - SMALLEST) * level), 1.0

    def _geometry(self) -> tuple[float, float, float]:
        """(centre x, centre y, full radius), kept until the next resize: every frame needs
        them, and asking Qt for the size is a call out of Python each time."""
        geometry = self._measured
        if geometry is None:
            width, height = self.width(), self.height()
            geometry = self._measured = (width / 2.0, height / 2.0, self.full_radius())
        return geometry

    def _disc_bounds(self, radius: float) -> QRect:
        """The whole pixels the disc of ``radius`` (with its halo) can touch."""
        cx, cy, _full = self._geometry()
        r = radius * HALO + 2
        left, top = math.floor(cx - r), math.floor(cy - r)
        return QRect(left, top, math.ceil(cx - r + 2 * r) - left,
                     math.ceil(cy - r + 2 * r) - top)

    def request_frame(self, level: float) -> None:
        """Repaint only where the disc was and where it is now, and only if it changed."""
        look = self._look(level, self._geometry()[2])
        if self._unchanged(look) or self._painting:
            return  # a hold: nothing moves, nothing to paint (or a paint is under way)
        # Painted now, inside the runner's wake-up: ``update`` would post an event and wake
        # the event loop a second time for every frame.
        self.repaint(self._painted.united(self._disc_bounds(look[0])))

    def _unchanged(self, look: tuple[float, float]) -> bool:
        """The disc would look as last painted: the same size, and a fade (reduced motion)
        of less than ``STILL_FADE``.

        Any move is painted, however small: even a thousandth of a pixel changes some
        pixels, and skipping moves up to 0.05 px (as before) left the frames near the turns
        of the breath coming in twos and threes.
        """
        painted = self._painted_look
        return painted is not None and look[0] == painted[0] \
            and abs(look[1] - painted[1]) < STILL_FADE

    # Painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # Runs for every frame: kept to few calls out of Python (each one costs).
        self._painting = True  # the source may change the words first (a new phase)
        try:
            state = self._source()
        finally:
            self._painting = False
        level = state.level if state is not None else 0.0
        if self._cache_key is None:
            self._build_cache()
            self._whole = True  # a new size, theme or screen: everything is painted again
        cx, cy, full = self._geometry()
        look = radius, opacity = self._look(level, full)
        bounds = self._disc_bounds(radius)
        dirty = event.rect()
        if not self._whole and self._frames_on and dirty == self._frame_rect:
            # A frame of the clock (which asks for the circle's whole square): only where
            # the disc was and is now changes; everywhere else the last frame's pixels are
            # still right (nothing paints under an opaque widget). Unmoved, nothing is.
            if self._unchanged(look):
                return
            dirty = self._painted.united(bounds)
        self._whole = False
        painter = QPainter(self)
        sprites = self._sprites
        _r, sprite, source = sprites[0] if sprites[0][0] >= radius else sprites[-1]
        self._paint_disc(painter, dirty, sprite, source, cx, cy, radius * HALO, opacity,
                         radius - CORE_INSET if opacity == 1.0 else 0.0)
        painter.end()
        self._painted = bounds
        self._painted_look = look
        if self.frame_hook is not None:
            self.frame_hook(state)

    def _paint_disc(self, painter: QPainter, dirty: QRect, sprite: QPixmap, source: QRectF,
                    cx: float, cy: float, outer: float, opacity: float, core: float) -> None:
        """The backdrop under the changed square, then the disc (of radius ``outer`` with its
        halo, about ``cx``, ``cy``) over it.

        ``core`` is the radius inside which the disc drawn is wholly opaque (0 when it is
        see-through): the backdrop there would be covered pixel for pixel, so it is not
        copied there (see _around_core).
        """
        ratio = self._ratio
        backdrop = self._backdrop
        for x, y, w, h in _around_core(dirty, cx, cy, core):
            if ratio == 1.0:
                painter.drawPixmap(x, y, backdrop, x, y, w, h)  # a plain copy
            else:
                painter.drawPixmap(QRectF(x, y, w, h), backdrop,
                                   QRectF(x * ratio, y * ratio, w * ratio, h * ratio))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if opacity != 1.0:
            painter.setOpacity(opacity)
        # In strips of rows: Qt would hand one big scaled draw to its thread pool, which costs
        # more CPU in wake-ups than it saves here (see STRIP_ROWS). Same pixels either way.
        # (Ending each strip where the disc ends in its rows saved nothing measurable, and
        # changed pixels at a device pixel ratio of 2.)
        target = QRectF(cx - outer, cy - outer, 2 * outer, 2 * outer)
        strip = max(8, int(STRIP_ROWS / ratio))
        left = math.floor(cx - outer) - 2
        width = math.ceil(cx + outer) + 2 - left
        bottom = math.ceil(cy + outer) + 2
        for top in range(math.floor(cy - outer) - 2, bottom, strip):
            painter.setClipRect(left, top, width, strip)
            painter.drawPixmap(target, sprite, source)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache_key = None
        self._measured = None
        self._frame_area.setGeometry(self.circle_rect().intersected(self.rect()))
        self._frame_rect = self._frame_area.geometry()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._cache_key = None  # light/dark switched: new colours
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._cache_key = None  # perhaps on another screen (pixel ratio)
        self._measured = None
        super().showEvent(event)

    def _build_cache(self) -> None:
        """The still parts (background, guide ring) and the disc, drawn once per size/theme."""
        colours = current_colours()
        ratio = self.devicePixelRatioF()
        self._ratio = ratio
        self._cache_key = (self.width(), self.height(), ratio, colours)
        backdrop = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        backdrop.setDevicePixelRatio(ratio)
        backdrop.fill(QColor(colours.surface))
        painter = QPainter(backdrop)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours.border), 1.5))  # where the full breath reaches
        painter.setBrush(Qt.BrushStyle.NoBrush)
        full = self.full_radius()
        painter.drawEllipse(self.centre(), full, full)
        painter.end()
        self._backdrop = backdrop
        # Two discs: the larger for big circles, the smaller so shrinking never scales far.
        self._sprites = []
        for r in (full * 0.62, full):
            disc = _disc(r, ratio, colours)
            self._sprites.append((r, disc, QRectF(0, 0, disc.width(), disc.height())))


def _around_core(dirty: QRect, cx: float, cy: float, core: float
                 ) -> list[tuple[int, int, int, int]]:
    """``dirty`` as rectangles (x, y, width, height), less a box inside the circle of radius
    ``core`` about (``cx``, ``cy``) (all of ``dirty`` when ``core`` is too small to bother)."""
    x, y, w, h = dirty.x(), dirty.y(), dirty.width(), dirty.height()
    if core < 8:
        return [(x, y, w, h)]
    half_width, half_height = core * CORE_BOX[0], core * CORE_BOX[1]
    left, top = max(x, math.ceil(cx - half_width)), max(y, math.ceil(cy - half_height))
    right = min(x + w, math.floor(cx + half_width))
    bottom = min(y + h, math.floor(cy + half_height))
    if right <= left or bottom <= top:
        return [(x, y, w, h)]
    pieces = [(x, y, w, top - y), (x, top, left - x, bottom - top),
              (right, top, x + w - right, bottom - top), (x, bottom, w, y + h - bottom)]
    return [piece for piece in pieces if piece[2] > 0 and piece[3] > 0]


def _disc(radius: float, ratio: float, colours) -> QPixmap:
    """The soft disc with its faint halo, on a transparent square of side 2·radius·HALO."""
    side = 2 * radius * HALO
    pixmap = QPixmap(max(1, round(side * ratio)), max(1, round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    surface, accent, soft = (QColor(colours.surface), QColor(colours.accent),
                             QColor(colours.accent_soft))
    centre = QPointF(side / 2, side / 2)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    halo = QColor(accent)
    halo.setAlphaF(0.10)
    painter.setBrush(halo)
    painter.drawEllipse(centre, radius * HALO - 0.5, radius * HALO - 0.5)
    gradient = QRadialGradient(QPointF(centre.x(), centre.y() - radius * 0.25), radius * 1.2)
    if surface.lightness() < QColor(colours.text).lightness():
        # Dark scheme: accent_soft and surface are dark there, and a dark centre looked like
        # a hole. Light and soft in the middle, deepening towards the edge, as in light.
        text = QColor(colours.text)
        gradient.setColorAt(0.0, _mix(accent, text, 0.5))
        gradient.setColorAt(0.55, _mix(accent, surface, 0.15))
        gradient.setColorAt(1.0, _mix(accent, surface, 0.5))
    else:
        gradient.setColorAt(0.0, _mix(soft, surface, 0.55))
        gradient.setColorAt(0.55, _mix(soft, accent, 0.45))
        gradient.setColorAt(1.0, accent)
    painter.setBrush(gradient)
    painter.drawEllipse(centre, radius, radius)
    painter.end()
    return pixmap
