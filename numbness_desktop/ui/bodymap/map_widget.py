"""The silhouette: front and back side by side, marked by mouse or keyboard.

Drawn as vector paths from ``domain.body_shapes`` (crisp at any size and DPI, proportions
kept). Selection shows as a hatched fill, a firm outline and a sign (+ more, − less,
• just here); keyboard focus as a dashed outline with the region's name — never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import (
    NOWHERE,
    WHOLE_BODY,
    Overlay,
    Quality,
    RegionMark,
    normalise_marks,
    region_label,
)
from numbness_desktop.ui import theme
from numbness_desktop.ui.bodymap.colours import ramp, readable_on, step_of

ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
          Qt.Key.Key_Down: "down"}
QUALITY_KEYS = {Qt.Key.Key_Plus: Quality.MORE, Qt.Key.Key_Equal: Quality.MORE,
                Qt.Key.Key_Minus: Quality.LESS, Qt.Key.Key_0: Quality.HERE}


class BodyMapWidget(QWidget):
    """Click or press Space on a region to mark it; the marks are the feeling's places."""

    marksChanged = Signal()
    focusedRegionChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Body map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 240)
        self._spots = shapes.spots()
        self._stops = shapes.focus_order()
        self._paths: list[tuple[shapes.Spot | None, QPainterPath]] = []
        self._outlines: list[QPainterPath] = []
        self._marks: dict[str, Quality] = {}
        self._focus = 0
        self._hover: shapes.Spot | None = None
        self._overlay: Overlay | None = None
        self._measure, self._quality = "count", "all"
        self._update_description()

    # Public state -------------------------------------------------------------------------
    def marks(self) -> tuple[RegionMark, ...]:
        return normalise_marks([RegionMark(r, q) for r, q in self._marks.items()])

    def set_marks(self, marks: tuple[RegionMark, ...] | list[RegionMark]) -> None:
        self._marks = {m.region: m.quality for m in normalise_marks(list(marks))}
        self._changed()

    def clear(self) -> None:
        self.set_marks(())

    def is_marked(self, region: str) -> bool:
        return region in self._marks

    def toggle(self, region: str) -> None:
        """Mark or unmark; "I can't tell where" stands alone, so it clears the others."""
        if region in self._marks:
            del self._marks[region]
        elif region == NOWHERE:
            self._marks = {NOWHERE: Quality.HERE}
        else:
            self._marks.pop(NOWHERE, None)
            self._marks[region] = Quality.HERE
        self._changed()

    def set_quality(self, region: str, quality: Quality) -> None:
        if region in self._marks and region != NOWHERE and self._marks[region] != quality:
            self._marks[region] = quality
            self._changed()

    def focused_region(self) -> str:
        return self._stops[self._focus].region

    def focus_region(self, region: str) -> None:
        for index, stop in enumerate(self._stops):
            if stop.region == region:
                self._set_focus_index(index)
                return

    def set_overlay(self, overlay: Overlay | None, measure: str = "count",
                    quality: str = "all") -> None:
        """Colour regions by ``overlay`` (None goes back to marking)."""
        self._overlay, self._measure, self._quality = overlay, measure, quality
        self._update_description()
        self.update()

    # Geometry ------------------------------------------------------------------------------
    def fit(self) -> shapes.Fit:
        """Where the canvas sits now; two lines of text stay free below the figures."""
        line = QFontMetricsF(self.font()).height()
        return shapes.fit(self.width(), self.height(), bottom=2.2 * line)

    def spot_at(self, point: QPointF) -> shapes.Spot | None:
        x, y = self.fit().to_canvas(point.x(), point.y())
        return shapes.spot_at(x, y)

    def centre_of(self, view: str, region: str) -> QPointF:
        spot = next(s for s in self._spots if s.view == view and s.region == region)
        return QPointF(*self.fit().to_widget(*spot.centre))

    def sizeHint(self) -> QSize:
        return QSize(520, 560)

    def hasHeightForWidth(self) -> bool:
        return False

    # Events ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        if spot != self._hover:
            self._hover = spot
            self.setCursor(Qt.CursorShape.PointingHandCursor if spot
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        if spot is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.focus_region(spot.region)
        if self._overlay is None:
            self.toggle(spot.region)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # Ctrl+Tab leaves the map at once
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            QWidget.focusNextPrevChild(self, forward)
            return
        if key in ARROWS:
            found = shapes.neighbour(self._stops[self._focus], ARROWS[key], self._stops)
            if found is not None:
                self.focus_region(found.region)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self._overlay is None:
            self.toggle(self.focused_region())
            return
        if key in QUALITY_KEYS and self._overlay is None:
            region = self.focused_region()
            if region not in self._marks:
                self.toggle(region)
            self.set_quality(region, QUALITY_KEYS[key])
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab move between regions first, then on to the next control."""
        if self.hasFocus():
            target = self._focus + (1 if forward else -1)
            if 0 <= target < len(self._stops):
                self._set_focus_index(target)
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._set_focus_index(len(self._stops) - 1)
        elif event.reason() == Qt.FocusReason.TabFocusReason:
            self._set_focus_index(0)
        self._update_description()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            spot = self.spot_at(QPointF(event.pos()))
            if spot is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._region_words(spot.region), self)
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self._paths, self._outlines = [], []
        super().resizeEvent(event)

    # Painting ------------------------------------------------------------------------------
    def _build_paths(self) -> list[tuple[shapes.Spot | None, QPainterPath]]:
        if not self._paths:
            fit = self.fit()
            built = []
            self._outlines = []
            for view in shapes.VIEWS:
                outline = QPainterPath()
                for region, points in shapes.canvas_shapes(view):
                    path = QPainterPath()
                    path.addPolygon(QPolygonF([QPointF(*fit.to_widget(x, y))
                                               for x, y in points]))
                    path.closeSubpath()
                    spot = next((s for s in self._spots if s.view == view
                                 and s.region == region), None)
                    built.append((spot, path))
                    outline = outline.united(path)
                self._outlines.append(outline.simplified())
            self._paths = built
        return self._paths

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fit = self.fit()
        scale = fit.scale
        outline = QColor(colours.muted)
        outline.setAlphaF(0.7)
        ramp_colours = ramp(colours, self._quality)
        maximum = self._overlay.maximum(self._measure, self._quality) if self._overlay else 0
        everywhere = WHOLE_BODY in self._marks
        paths = self._build_paths()
        shadow = QColor(colours.text)
        shadow.setAlphaF(0.06)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shadow)
        for body in self._outlines:
            painter.drawPath(body.translated(scale * 1.2, scale * 1.6))
        inner = QColor(colours.border)
        for spot, path in paths:
            fill = QColor(colours.surface)
            region = spot.region if spot else ""
            if self._overlay is not None and region:
                value = self._overlay.get(region).value(self._measure, self._quality)
                step = step_of(value, maximum)
                if step >= 0:
                    fill = ramp_colours[step]
            elif spot is not None and spot == self._hover:
                fill = QColor(colours.surface_alt)
            if self._overlay is None and (region in self._marks or everywhere) and region:
                fill = QColor(colours.accent_soft)
            painter.setPen(QPen(inner, max(1.0, scale * 0.35), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(fill)
            painter.drawPath(path)
            if self._overlay is None and region and (region in self._marks or everywhere):
                hatch = QColor(colours.accent)
                hatch.setAlphaF(0.45 if region in self._marks else 0.25)
                brush = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline, max(1.2, scale * 0.55), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for body in self._outlines:
            painter.drawPath(body)
        for spot, path in paths:  # selected outlines sit above the body's outline
            if self._overlay is None and spot is not None and spot.region in self._marks:
                painter.setPen(QPen(QColor(colours.accent), max(2.0, scale * 0.9)))
                painter.drawPath(path)
        self._paint_labels(painter, fit, colours, ramp_colours, maximum)
        self._paint_focus(painter, fit, colours)
        painter.end()

    def _paint_labels(self, painter: QPainter, fit: shapes.Fit, colours,
                      ramp_colours: list[QColor], maximum: float) -> None:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(8.0, base.pointSizeF() * 0.85))
        for spot in self._spots:
            centre = QPointF(*fit.to_widget(*spot.centre))
            if self._overlay is not None:
                value = self._overlay.get(spot.region).value(self._measure, self._quality)
                if value <= 0:
                    continue
                text = f"{value:.0f}" if self._measure == "count" else f"{value:.1f}"
                step = step_of(value, maximum)
                painter.setPen(readable_on(ramp_colours[step], colours))
                painter.setFont(small)
                painter.drawText(QRectF(centre.x() - 30, centre.y() - 12, 60, 24),
                                 Qt.AlignmentFlag.AlignCenter, text)
            elif spot.region in self._marks:
                sign = self._marks[spot.region].mark
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
        for view in shapes.VIEWS:
            middle = shapes.VIEW_OFFSET[view] + shapes.FIGURE_WIDTH / 2
            x, y = fit.to_widget(middle, shapes.FIGURE_HEIGHT)
            width = (shapes.FIGURE_WIDTH + shapes.GAP) * fit.scale
            line = QFontMetricsF(base).height()
            painter.setPen(QColor(colours.text))
            painter.drawText(QRectF(x - width / 2, y, width, line),
                             Qt.AlignmentFlag.AlignHCenter, shapes.VIEW_LABELS[view])
            sides = "their right · their left" if view == "front" else "their left · their right"
            painter.setFont(small)
            painter.setPen(QColor(colours.muted))
            text = QFontMetricsF(small).elidedText(sides, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(x - width / 2, y + line, width, line),
                             Qt.AlignmentFlag.AlignHCenter, text)
            painter.setFont(base)
        caption = ""
        if self._overlay is None and NOWHERE in self._marks:
            caption = "Marked: I can't tell where — that is a real answer."
        elif self._overlay is None and WHOLE_BODY in self._marks:
            caption = "Marked: everywhere"
        if caption:
            painter.setPen(QColor(colours.text))
            top = QPointF(*fit.to_widget(0, 0))
            painter.drawText(QRectF(0, max(0.0, top.y() - 4), self.width(), 20),
                             Qt.AlignmentFlag.AlignHCenter, caption)

    def _paint_focus(self, painter: QPainter, fit: shapes.Fit, colours) -> None:
        if not self.hasFocus():
            return
        stop = self._stops[self._focus]
        focus = QColor(colours.focus)
        pen = QPen(focus, max(2.5, fit.scale * 1.1), Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        for spot, path in self._build_paths():
            if spot is not None and spot.region == stop.region:
                painter.drawPath(path)
        label = region_label(stop.region)
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(label) + 16
        height = metrics.height() + 8
        x, y = fit.to_widget(*stop.centre)
        rect = QRectF(x - width / 2, y - height - max(10.0, fit.scale * 5), width, height)
        rect.moveLeft(max(2.0, min(rect.left(), self.width() - width - 2)))
        rect.moveTop(max(2.0, rect.top()))
        painter.setPen(QPen(focus, 1.5))
        painter.setBrush(QColor(colours.surface))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(colours.text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    # Internals -----------------------------------------------------------------------------
    def _set_focus_index(self, index: int) -> None:
        if index != self._focus:
            self._focus = index
            self.focusedRegionChanged.emit(self.focused_region())
        self._update_description()
        self.update()

    def _changed(self) -> None:
        self._update_description()
        self.update()
        self.marksChanged.emit()

    def _region_words(self, region: str) -> str:
        label = region_label(region)
        if self._overlay is not None:
            totals = self._overlay.get(region)
            return (f"{label}: {totals.count} marks ({totals.more} more, {totals.less} less), "
                    f"mean intensity {totals.mean_intensity:.1f}")
        if region in self._marks:
            return f"{label}: marked, {self._marks[region].label.lower()}"
        return f"{label}: not marked"

    def _update_description(self) -> None:
        focused = self._region_words(self.focused_region())
        if self._overlay is None:
            marked = ", ".join(
                region_label(m.region) + ("" if m.quality == Quality.HERE
                                          else f" ({m.quality.value})")
                for m in self.marks()) or "nothing yet"
            text = (f"Focused: {focused}. Marked: {marked}. Arrow keys or Tab move between "
                    "regions, Control+Tab leaves the map; Space marks or unmarks; plus means "
                    "more sensation, minus less, zero just here.")
        else:
            text = f"Your map. Focused: {focused}."
        self.setAccessibleDescription(text)
