"""A movement step's figure, drawn in code in the body map's style.

Rounded limbs, head and torso united into one soft silhouette: surface fill, a muted
outline and a faint shadow, as on the body map. The parts that move are filled with the
accent tint and hatched (so the highlight never rests on colour alone), and soft accent
arrows show the way they move. No photos, no icon fonts; crisp at any size.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from numbness_desktop.domain.movement import SEGMENTS, MoveStep
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import tr

WIDTHS = {"arms": 10.0, "legs": 15.0, "neck": 11.0}
HEAD = (12.0, 15.0)  # radii, as the body map's head
PAD = 14.0


def _capsule(a: QPointF, b: QPointF, width: float) -> QPainterPath:
    line = QPainterPath(a)
    line.lineTo(b)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line)


def _torso(sa: QPointF, sb: QPointF, ha: QPointF, hb: QPointF) -> QPainterPath:
    """Shoulders, a gentle waist and the hips, with softly rounded corners."""
    waist = (sa.y() + ha.y()) / 2 + 10
    points = [(sa.x() - 1, sa.y() - 4), (sb.x() + 1, sb.y() - 4), (sb.x() + 1, sb.y() + 16),
              (hb.x() + 5, waist), (hb.x() + 9, hb.y() + 2), (hb.x() + 7, hb.y() + 12),
              (ha.x() - 7, ha.y() + 12), (ha.x() - 9, ha.y() + 2), (ha.x() - 5, waist),
              (sa.x() - 1, sa.y() + 16)]
    outline = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        outline.lineTo(QPointF(*point))
    outline.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(8)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return outline.united(stroker.createStroke(outline)).simplified()


def part_paths(step: MoveStep) -> dict[str, QPainterPath]:
    """Each named part's shape, in figure units."""
    j = {name: QPointF(*point) for name, point in step.joints.items()}
    parts: dict[str, QPainterPath] = {}

    def add(part: str, path: QPainterPath) -> None:
        parts[part] = parts[part].united(path) if part in parts else path

    for part, start, end in SEGMENTS:
        add(part, _capsule(j[start], j[end], WIDTHS[part]))
    head = QPainterPath()
    head.addEllipse(j["head"], *HEAD)
    add("head", head)
    add("torso", _torso(j["shoulder_a"], j["shoulder_b"], j["hip_a"], j["hip_b"]))
    shoulders = QPainterPath()
    shoulders.addRoundedRect(QRectF(j["shoulder_a"].x() - 6, j["shoulder_a"].y() - 6,
                                    j["shoulder_b"].x() - j["shoulder_a"].x() + 12, 16), 8, 8)
    add("shoulders", shoulders)
    for name in ("hand_a", "hand_b"):
        hand = QPainterPath()
        hand.addEllipse(j[name], 6.5, 7.5)
        add("hands", hand)
    for name in ("foot_a", "foot_b"):
        foot = QPainterPath()
        side = -1 if name == "foot_a" else 1
        foot.addEllipse(QPointF(j[name].x() + side * 3, j[name].y() + 3), 9, 5.5)
        add("feet", foot)
    return parts


def arm_path(step: MoveStep, side: str) -> QPainterPath:
    """One arm, upper and lower, with its hand, as one outline."""
    j = {name: QPointF(*point) for name, point in step.joints.items()}
    arm = _capsule(j[f"shoulder_{side}"], j[f"elbow_{side}"], WIDTHS["arms"])
    arm = arm.united(_capsule(j[f"elbow_{side}"], j[f"hand_{side}"], WIDTHS["arms"] - 1))
    hand = QPainterPath()
    hand.addEllipse(j[f"hand_{side}"], 6.5, 7.5)
    return arm.united(hand).simplified()


class MovementFigure(QWidget):
    """Shows one step's figure; its accessible description says what the figure shows."""

    def __init__(self) -> None:
        super().__init__()
        self.step: MoveStep | None = None
        self.setAccessibleName(tr("Movement illustration"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 220)

    def sizeHint(self) -> QSize:
        return QSize(220, 300)

    def set_step(self, step: MoveStep) -> None:
        self.step = step
        self.setAccessibleDescription(tr(step.description))
        self.update()

    def _fit(self, bounds: QRectF) -> tuple[float, QPointF]:
        area = QRectF(self.rect()).adjusted(PAD, PAD, -PAD, -PAD)
        scale = min(area.width() / bounds.width(), area.height() / bounds.height())
        offset = QPointF(area.center().x() - bounds.center().x() * scale,
                         area.center().y() - bounds.center().y() * scale)
        return scale, offset

    def paintEvent(self, _event) -> None:
        if self.step is None:
            return
        colours = theme.current_colours()
        parts = part_paths(self.step)
        body = QPainterPath()
        for name in ("torso", "shoulders", "legs", "feet", "neck", "head"):
            body = body.united(parts[name])
        body = body.simplified()
        arms = [arm_path(self.step, side) for side in ("a", "b")]
        bounds = body.boundingRect().united(QRectF(0, -12, 100, 240))
        for arm in arms:
            bounds = bounds.united(arm.boundingRect())
        scale, offset = self._fit(bounds)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(offset)
        painter.scale(scale, scale)
        shadow = QColor(colours.text)
        shadow.setAlphaF(0.06)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        for shape in (body, *arms):
            painter.drawPath(shape.translated(1.2, 1.6))
        outline = QColor(colours.muted)
        outline.setAlphaF(0.7)
        pen = QPen(outline, 2.2 / scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        # The body, then each arm on top of it (an arm in front of the chest stays visible).
        self._layer(painter, colours, pen, body, parts, ("torso", "shoulders", "legs", "feet",
                                                          "neck", "head"))
        for arm in arms:
            self._layer(painter, colours, pen, arm, {"arms": arm, "hands": parts["hands"]},
                        ("arms", "hands"))
        self._arrows(painter, colours, scale)
        painter.end()

    def _layer(self, painter: QPainter, colours: theme.Colours, pen: QPen, shape: QPainterPath,
               parts: dict[str, QPainterPath], names: tuple[str, ...]) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.surface))
        painter.drawPath(shape)
        hatch = QColor(colours.accent)
        hatch.setAlphaF(0.45)
        highlight = self.step.highlight if self.step is not None else ()
        for name in names:
            if name not in highlight:
                continue
            area = parts[name].intersected(shape)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.accent_soft))
            painter.drawPath(area)
            transform = painter.worldTransform()
            painter.save()
            painter.resetTransform()  # the hatch keeps its pixel spacing at any size
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawPath(transform.map(area))
            painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPath(shape)

    def _arrows(self, painter: QPainter, colours: theme.Colours, scale: float) -> None:
        pen = QPen(QColor(colours.accent), 2.2 / scale * 1.4, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        for arrow in self.step.arrows if self.step else ():
            start, end = QPointF(*arrow.start), QPointF(*arrow.end)
            path = QPainterPath(start)
            if arrow.via is not None:
                path.quadTo(QPointF(*arrow.via), end)
                towards = QPointF(*arrow.via)
            else:
                path.lineTo(end)
                towards = start
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            angle = math.atan2(end.y() - towards.y(), end.x() - towards.x())
            size = 5.0
            head = QPainterPath(end)
            for turn in (math.radians(150), math.radians(-150)):
                head.moveTo(end)
                head.lineTo(end + QPointF(math.cos(angle + turn) * size,
                                          math.sin(angle + turn) * size))
            painter.drawPath(head)
