"""The pacer: a soft circle that grows with the in-breath and shrinks with the out-breath.

It paints whatever the state source says *now* (computed from the monotonic clock at paint
time) and asks to repaint only the square around the circle. In reduced-motion mode the circle
keeps its size; only its colour and opacity change, slowly, with the breath.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from numbness_desktop.domain.breath import PhaseState
from numbness_desktop.ui.theme import current_colours

SMALLEST = 0.42  # the empty circle's radius, as a share of the full one
REDUCED_SIZE = 0.72  # the fixed size in reduced motion
MARGIN = 10


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
        self.setAccessibleName("Breath pacer")
        self.setAccessibleDescription(
            "A circle that grows as you breathe in and shrinks as you breathe out.")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    # Geometry ------------------------------------------------------------------------------
    def full_radius(self) -> float:
        return max(10.0, min(self.width(), self.height()) / 2.0 - MARGIN)

    def centre(self) -> QPointF:
        return QPointF(self.width() / 2.0, self.height() / 2.0)

    def circle_rect(self) -> QRect:
        """The square the circle can ever touch: the only part repainted each frame."""
        r = self.full_radius() + 3
        c = self.centre()
        return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r).toAlignedRect()

    def radius_for(self, level: float) -> float:
        full = self.full_radius()
        share = REDUCED_SIZE if self.reduced_motion else SMALLEST + (1 - SMALLEST) * level
        return full * share

    def opacity_for(self, level: float) -> float:
        return 0.28 + 0.67 * level if self.reduced_motion else 1.0

    def request_frame(self) -> None:
        self.update(self.circle_rect())

    # Painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        state = self._source()
        level = state.level if state is not None else 0.0
        colours = current_colours()
        surface = QColor(colours.surface)
        accent = QColor(colours.accent)
        soft = QColor(colours.accent_soft)
        painter = QPainter(self)
        painter.fillRect(event.rect(), surface)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self.centre()
        full = self.full_radius()

        # A quiet guide: where the full breath reaches.
        guide = QColor(colours.border)
        painter.setPen(QPen(guide, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)

        radius = self.radius_for(level)
        painter.setOpacity(self.opacity_for(level))
        painter.setPen(Qt.PenStyle.NoPen)
        halo = QColor(accent)
        halo.setAlphaF(0.10)
        painter.setBrush(halo)
        painter.drawEllipse(centre, radius * 1.07, radius * 1.07)
        gradient = QRadialGradient(QPointF(centre.x(), centre.y() - radius * 0.25), radius * 1.2)
        gradient.setColorAt(0.0, _mix(soft, surface, 0.55))
        gradient.setColorAt(0.55, _mix(soft, accent, 0.45))
        gradient.setColorAt(1.0, accent)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
        if self.frame_hook is not None:
            self.frame_hook(state)
