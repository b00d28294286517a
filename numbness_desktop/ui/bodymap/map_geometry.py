"""Where the figures sit in the body map widget, and which place a point falls on.

Geometry: the canvas of ``domain.body_shapes`` fitted into the widget (two lines of text stay
free below the figures, more if large text needs them), and its shapes as painter paths,
built once per size. Hit-testing: a widget point back to the canvas, and the place under it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPolygonF

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.ui.bodymap.map_labels import caption_room, fits_between, label_room

LABEL_LINES = 2.2  # lines of text kept free below the figures (view name, sides)


class MapGeometry:
    """The fitted canvas and its paths; :meth:`invalidate` after every resize."""

    def __init__(self) -> None:
        self.spots = shapes.spots()
        self._paths: list[tuple[shapes.Spot | None, QPainterPath]] = []
        self._outlines: list[QPainterPath] = []
        self._built_for: shapes.Fit | None = None

    # Geometry ------------------------------------------------------------------------------
    @staticmethod
    def fit(width: float, height: float, font: QFont, caption: str = "") -> shapes.Fit:
        """Where the canvas sits in a ``width`` × ``height`` widget writing in ``font``:
        two lines stay free below the figures, or as many as the words need when they
        are too wide to stand between the figures; above them, what a long ``caption``
        needs (see ``map_labels``)."""
        top = caption_room(font, width, caption)
        lines = LABEL_LINES * QFontMetricsF(font).height()
        fit = shapes.fit(width, height - top, bottom=lines)
        if not fits_between(fit, font):
            fit = shapes.fit(width, height - top, bottom=max(lines, label_room(font, width)))
        return shapes.Fit(fit.scale, fit.dx, fit.dy + top) if top else fit

    def invalidate(self) -> None:
        self._paths, self._outlines, self._built_for = [], [], None

    def paths(self, fit: shapes.Fit) -> list[tuple[shapes.Spot | None, QPainterPath]]:
        """Every shape as a path in widget pixels, in drawing order (built once per fit)."""
        if not self._paths or fit != self._built_for:
            built = []
            self._outlines = []
            for view in shapes.VIEWS:
                outline = QPainterPath()
                for region, points in shapes.canvas_shapes(view):
                    path = QPainterPath()
                    path.addPolygon(QPolygonF([QPointF(*fit.to_widget(x, y))
                                               for x, y in points]))
                    path.closeSubpath()
                    built.append((self.spot(view, region), path))
                    outline = outline.united(path)
                self._outlines.append(outline.simplified())
            self._paths, self._built_for = built, fit
        return self._paths

    def outlines(self, fit: shapes.Fit) -> list[QPainterPath]:
        """Each figure's whole outline (front, back), built with :meth:`paths`."""
        self.paths(fit)
        return self._outlines

    def spot(self, view: str, region: str) -> shapes.Spot | None:
        return next((s for s in self.spots if s.view == view and s.region == region), None)

    # Hit-testing ---------------------------------------------------------------------------
    @staticmethod
    def spot_at(fit: shapes.Fit, point: QPointF) -> shapes.Spot | None:
        """The markable place under a widget point, or ``None``."""
        x, y = fit.to_canvas(point.x(), point.y())
        return shapes.spot_at(x, y)

    def centre_of(self, fit: shapes.Fit, view: str, region: str) -> QPointF:
        spot = next(s for s in self.spots if s.view == view and s.region == region)
        return QPointF(*fit.to_widget(*spot.centre))
