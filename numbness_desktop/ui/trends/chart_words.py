"""Where a Trends chart's words go beside its marks: just right of the mark as the charts
always drew them when that is clear, else right, left, above or below it (the chart keeps
the first place touching no other mark or word; see ``Chart.place_word``).

At 200 % text the mood grid once printed words over their own dots and over each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from numbness_desktop.ui.trends.chart_items import Points

if TYPE_CHECKING:
    from numbness_desktop.ui.trends.chart import Chart

GAP = 3.0  # between a mark and its word


def mark_boxes(chart: Chart) -> list[QRectF]:
    """Where each mark that tells its value is drawn (``chart`` laid out already)."""
    boxes = []
    for item in chart.items:
        if isinstance(item, Points):
            for index, point in enumerate(chart.to_screen_all(item.xs, item.ys)):
                side = item.size(index) + (1.5 if item.ring else 1.0)
                boxes.append(QRectF(point.x() - side / 2, point.y() - side / 2, side, side))
    return boxes


def own_mark(marks: list[QRectF], anchor: QPointF) -> QRectF:
    """The mark drawn at ``anchor`` (a point when there is none)."""
    own = min(marks, default=QRectF(anchor, anchor),
              key=lambda box: (box.center() - anchor).manhattanLength())
    return own if (own.center() - anchor).manhattanLength() <= 1 else QRectF(anchor, anchor)


def word_places(anchor: QPointF, own: QRectF, width: float, height: float) -> list[QRectF]:
    """The places to try for a word of that size, best first."""
    middle = anchor.y() - height / 2
    right, left = own.right() + GAP, own.left() - GAP - width
    corners = ((right, middle), (left, middle),
               (right, middle - height / 2), (right, middle + height / 2),
               (left, middle - height / 2), (left, middle + height / 2),
               (anchor.x() - width / 2, own.top() - GAP - height),
               (anchor.x() - width / 2, own.bottom() + GAP),
               (own.right(), own.top() - height), (own.right(), own.bottom()),
               (own.left() - width, own.top() - height), (own.left() - width, own.bottom()))
    return [QRectF(anchor.x() + 0.12 * width, middle, width, height)] + [
        QRectF(x, y, width, height) for x, y in corners]
