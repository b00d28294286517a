"""The silhouette: front and back side by side, marked by mouse or keyboard.

Drawn as vector paths from ``domain.body_shapes`` (crisp at any size and DPI, proportions
kept). This widget keeps the state (marks, overlay, hover, focus) and routes events; its jobs
live beside it: ``map_geometry`` (fitting and hit-testing), ``map_painter`` (painting),
``map_keys`` (the keyboard) and ``map_words`` (what a screen reader hears).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import (
    NOWHERE,
    Overlay,
    Quality,
    RegionMark,
    normalise_marks,
)
from numbness_desktop.ui.bodymap import map_words
from numbness_desktop.ui.bodymap.map_geometry import MapGeometry
from numbness_desktop.ui.bodymap.map_keys import ARROWS, QUALITY_KEYS, handle_key
from numbness_desktop.ui.bodymap.map_labels import ViewLabel, caption, view_labels
from numbness_desktop.ui.bodymap.map_painter import MapLook, MapPainter
from numbness_desktop.ui.i18n import tr

__all__ = ["ARROWS", "QUALITY_KEYS", "BodyMapWidget"]


class BodyMapWidget(QWidget):
    """Click or press Space on a region to mark it; the marks are the feeling's places."""

    marksChanged = Signal()
    focusedRegionChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Body map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 240)
        self._geometry = MapGeometry()
        self._stops = shapes.focus_order()
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

    def focused_stop(self) -> shapes.Spot:
        return self._stops[self._focus]

    def stops(self) -> list[shapes.Spot]:
        """The keyboard's stops, in Tab order."""
        return self._stops

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

    def showing_overlay(self) -> bool:
        return self._overlay is not None

    def leave(self, forward: bool) -> None:
        """Move keyboard focus to the next (or previous) control, past every place."""
        QWidget.focusNextPrevChild(self, forward)

    # Geometry ------------------------------------------------------------------------------
    def fit(self) -> shapes.Fit:
        """Where the canvas sits now; the words below the figures keep their room."""
        return self._geometry.fit(self.width(), self.height(), self.font(), self.caption())

    def caption(self) -> str:
        """The words above the figures ('' for none)."""
        return caption(self._marks, self._overlay is not None)

    def spot_at(self, point: QPointF) -> shapes.Spot | None:
        return self._geometry.spot_at(self.fit(), point)

    def centre_of(self, view: str, region: str) -> QPointF:
        return self._geometry.centre_of(self.fit(), view, region)

    def view_labels(self) -> list[ViewLabel]:
        """The view names and sides below the figures, as they are drawn now."""
        return view_labels(self.fit(), self.font(), self.width())

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
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab move between regions first, then on to the next control."""
        if self.hasFocus():
            target = self._focus + (1 if forward else -1)
            if 0 <= target < len(self._stops):
                self._set_focus_index(target)
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            self._set_focus_index(len(self._stops) - 1)
        elif event.reason() == Qt.FocusReason.TabFocusReason:
            self._set_focus_index(0)
        self._update_description()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spot = self.spot_at(QPointF(event.pos()))
            if spot is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._region_words(spot.region), self)
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry.invalidate()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        look = MapLook(self._marks, self._overlay, self._measure, self._quality, self._hover,
                       self.focused_stop() if self.hasFocus() else None)
        painter = QPainter(self)
        MapPainter(self._geometry, self.fit(), look, self.font(), self.width()).paint(painter)
        painter.end()

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
        return map_words.region_words(region, self._marks, self._overlay)

    def _update_description(self) -> None:
        self.setAccessibleDescription(map_words.description(
            self.focused_region(), self._marks, self.marks(), self._overlay))
