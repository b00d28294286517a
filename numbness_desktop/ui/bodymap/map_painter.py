"""Painting the body map: fills, hatching and outlines, the signs and numbers on places,
the view names below the figures, and the keyboard focus.

Selection shows as a hatched fill, a firm outline and a sign (+ more, − less, • just here);
keyboard focus as a dashed outline with the place's name — never colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import (
    WHOLE_BODY,
    Overlay,
    Quality,
)
from numbness_desktop.ui import theme
from numbness_desktop.ui.bodymap.colours import ramp, readable_on, step_of
from numbness_desktop.ui.bodymap.map_geometry import MapGeometry
from numbness_desktop.ui.bodymap.map_labels import (
    CAPTION_BAND,
    WRAPPED,
    caption,
    caption_room,
    small_font,
    view_labels,
)
from numbness_desktop.ui.bodymap.map_words import place
from numbness_desktop.ui.i18n import number
from numbness_desktop.ui.large_text import scaled

LARGE_TEXT_PERCENT = 150
CROWDED_UNITS = 10.0  # canvas units a number's line may take before numbers overlap


@dataclass(frozen=True)
class MapLook:
    """What the widget shows right now: marks or an overlay, hover and keyboard focus."""

    marks: Mapping[str, Quality]
    overlay: Overlay | None
    measure: str
    quality: str
    hover: shapes.Spot | None
    focus: shapes.Spot | None  # the focused place while the widget has keyboard focus


class MapPainter:
    """Paints one frame of the map onto a widget of ``width`` pixels in ``font``."""

    def __init__(self, geometry: MapGeometry, fit: shapes.Fit, look: MapLook, font: QFont,
                 width: int) -> None:
        self.geometry, self.fit, self.look = geometry, fit, look
        self.font, self.width = font, width
        self.colours = theme.current_colours()
        self.ramp = ramp(self.colours, look.quality)
        overlay = look.overlay
        self.maximum = overlay.maximum(look.measure, look.quality) if overlay else 0

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_places(painter)
        self._paint_labels(painter)
        self._paint_focus(painter)

    def _paint_places(self, painter: QPainter) -> None:
        colours, look, fit = self.colours, self.look, self.fit
        scale = fit.scale
        outline = QColor(colours.muted)
        outline.setAlphaF(0.7)
        everywhere = WHOLE_BODY in look.marks
        paths = self.geometry.paths(fit)
        outlines = self.geometry.outlines(fit)
        shadow = QColor(colours.text)
        shadow.setAlphaF(0.06)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        for body in outlines:
            painter.drawPath(body.translated(scale * 1.2, scale * 1.6))
        inner = QColor(colours.border)
        for spot, path in paths:
            fill = QColor(colours.surface)
            region = spot.region if spot else ""
            if look.overlay is not None and region:
                value = look.overlay.get(region).value(look.measure, look.quality)
                step = step_of(value, self.maximum)
                if step >= 0:
                    fill = self.ramp[step]
            elif spot is not None and spot == look.hover:
                fill = QColor(colours.surface_alt)
            if look.overlay is None and (region in look.marks or everywhere) and region:
                fill = QColor(colours.accent_soft)
            painter.setPen(QPen(inner, max(1.0, scale * 0.35), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(fill)
            painter.drawPath(path)
            if look.overlay is None and region and (region in look.marks or everywhere):
                hatch = QColor(colours.accent)
                hatch.setAlphaF(0.45 if region in look.marks else 0.25)
                brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline, max(1.2, scale * 0.55), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for body in outlines:
            painter.drawPath(body)
        for spot, path in paths:  # selected outlines sit above the body's outline
            if look.overlay is None and spot is not None and spot.region in look.marks:
                painter.setPen(QPen(QColor(colours.accent), max(2.0, scale * 0.9)))
                painter.drawPath(path)

    def _paint_labels(self, painter: QPainter) -> None:
        colours, look, fit = self.colours, self.look, self.fit
        base = QFont(self.font)
        small = small_font(base)
        # Large text on small figures: the numbers would lie on top of each other. They
        # are in "Your map as text", the tool tips and the description instead.
        crowded = scaled(100) >= LARGE_TEXT_PERCENT \
            and QFontMetricsF(small).height() > fit.scale * CROWDED_UNITS
        for spot in self.geometry.spots:
            centre = QPointF(*fit.to_widget(*spot.centre))
            if look.overlay is not None:
                value = look.overlay.get(spot.region).value(look.measure, look.quality)
                if value <= 0 or crowded:
                    continue
                text = number(value) if look.measure == "count" else number(value, 1)
                step = step_of(value, self.maximum)
                painter.setPen(readable_on(self.ramp[step], colours))
                painter.setFont(small)
                painter.drawText(QRectF(centre.x() - 30, centre.y() - 12, 60, 24),
                                 Qt.AlignmentFlag.AlignCenter, text)
            elif spot.region in look.marks:
                sign = look.marks[spot.region].mark
                bold = QFont(base)
                bold.setBold(True)
                bold.setPointSizeF(base.pointSizeF() * (1.35 if sign != "•" else 1.1))
                painter.setFont(bold)
                radius = max(9.0, fit.scale * 4.2)
                painter.setPen(QPen(QColor(colours.accent), 1.5))
                painter.setBrush(QColor(colours.surface))
                painter.drawEllipse(centre, radius, radius)
                painter.setPen(QColor(colours.text))
                painter.drawText(QRectF(centre.x() - radius, centre.y() - radius,
                                        2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter,
                                 sign)
        painter.setFont(base)
        for label in view_labels(fit, base, self.width):
            painter.setPen(QColor(colours.text))
            painter.drawText(label.title_rect, label.flags, label.title)
            painter.setFont(small)
            painter.setPen(QColor(colours.muted))
            painter.drawText(label.sides_rect, label.flags, label.sides)
            painter.setFont(base)
        text = caption(look.marks, look.overlay is not None)
        if text:
            painter.setPen(QColor(colours.text))
            room = caption_room(base, self.width, text)
            if room:  # large text: the lines it needs, kept free above the figures
                painter.drawText(QRectF(0, 0, self.width, room), WRAPPED, text)
            else:
                top = QPointF(*fit.to_widget(0, 0))
                painter.drawText(QRectF(0, max(0.0, top.y() - 4), self.width, CAPTION_BAND),
                                 Qt.AlignmentFlag.AlignHCenter, text)

    def _paint_focus(self, painter: QPainter) -> None:
        stop, colours, fit = self.look.focus, self.colours, self.fit
        if stop is None:
            return
        focus = QColor(colours.focus)
        pen = QPen(focus, max(2.5, fit.scale * 1.1), Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        for spot, path in self.geometry.paths(fit):
            if spot is not None and spot.region == stop.region:
                painter.drawPath(path)
        label = place(stop.region)
        metrics = QFontMetricsF(self.font)
        width = metrics.horizontalAdvance(label) + 16
        height = metrics.height() + 8
        x, y = fit.to_widget(*stop.centre)
        rect = QRectF(x - width / 2, y - height - max(10.0, fit.scale * 5), width, height)
        rect.moveLeft(max(2.0, min(rect.left(), self.width - width - 2)))
        rect.moveTop(max(2.0, rect.top()))
        painter.setPen(QPen(focus, 1.5))
        painter.setBrush(QColor(colours.surface))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(colours.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
