"""The words around the figures, placed so that no letter is cut, whatever the text size:
each view's name ("Front") and its sides ("their right · their left") below, and the caption
above ("Marked: everywhere").

With normal text each view's words are centred under its figure, in the room between the
figures' centres. When they need more room (large text makes the figures small and the words
wide) each view's words get half the widget: as near to centred under its figure as that
half allows, wrapped onto more lines if a line is still too long. The lines they need are
kept free below the figures (:func:`label_room`). The caption has a band of 20 pixels above
the figures; when large text needs more, it gets the lines it needs (:func:`caption_room`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import NOWHERE, WHOLE_BODY
from numbness_desktop.ui.i18n import tr

CAPTION_BAND = 20.0  # pixels the caption has above the figures with normal text
HALF_GAP = 6.0  # pixels between the two halves' words when they share the widget
CENTRED = int(Qt.AlignmentFlag.AlignHCenter)
WRAPPED = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class ViewLabel:
    """A view's name and its sides below one figure, as drawn."""

    view: str
    title_rect: QRectF
    title: str
    sides_rect: QRectF
    sides: str  # as drawn (elided when it does not fit)
    full_sides: str
    flags: int = CENTRED


def small_font(base: QFont) -> QFont:
    small = QFont(base)
    small.setPointSizeF(max(8.0, base.pointSizeF() * 0.85))
    return small


def words(view: str) -> tuple[str, str]:
    """A view's name and its sides, in the person's language."""
    sides = tr("their right · their left") if view == "front" \
        else tr("their left · their right")
    return tr(shapes.VIEW_LABELS[view]), sides


def fits_between(fit: shapes.Fit, base: QFont) -> bool:
    """Whether every view's words fit centred between the figures' centres."""
    room = (shapes.FIGURE_WIDTH + shapes.GAP) * fit.scale
    title, small = QFontMetricsF(base), QFontMetricsF(small_font(base))
    return all(title.horizontalAdvance(name) <= room and small.horizontalAdvance(sides) <= room
               for name, sides in map(words, shapes.VIEWS))


def keep_parts(sides: str) -> str:
    """Wrap only at the middle dot: "their right ·" above "their left", never "their"
    alone on a line."""
    return " · ".join(part.replace(" ", "\u00a0") for part in sides.split(" · "))


def _half(width: float) -> float:
    return max(1.0, width / 2 - HALF_GAP)


def _block(metrics: QFontMetricsF, text: str, width: float) -> tuple[float, float]:
    """The width and height ``text`` takes, wrapped at ``width``."""
    box = metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAPPED, text)
    return min(width, box.width() + 1.0), box.height()  # a pixel spare: no re-wrap


def label_room(base: QFont, widget_width: float) -> float:
    """Pixels the words need below the figures when each view has half the widget."""
    half = _half(widget_width)
    title, small = QFontMetricsF(base), QFontMetricsF(small_font(base))
    return max(_block(title, name, half)[1] + _block(small, sides, half)[1]
               for name, sides in map(words, shapes.VIEWS)) + 0.2 * title.height()


def view_labels(fit: shapes.Fit, base: QFont, widget_width: float) -> list[ViewLabel]:
    """Where each view's name and sides go, below its figure."""
    if fits_between(fit, base):
        return _between(fit, base)
    return _in_halves(fit, base, widget_width)


def _between(fit: shapes.Fit, base: QFont) -> list[ViewLabel]:
    small = small_font(base)
    labels = []
    for view in shapes.VIEWS:
        middle = shapes.VIEW_OFFSET[view] + shapes.FIGURE_WIDTH / 2
        x, y = fit.to_widget(middle, shapes.FIGURE_HEIGHT)
        width = (shapes.FIGURE_WIDTH + shapes.GAP) * fit.scale
        line = QFontMetricsF(base).height()
        name, sides = words(view)
        text = QFontMetricsF(small).elidedText(sides, Qt.TextElideMode.ElideRight, width)
        labels.append(ViewLabel(view, QRectF(x - width / 2, y, width, line), name,
                                QRectF(x - width / 2, y + line, width, line), text, sides))
    return labels


def caption(marks: Collection[str], overlay_shown: bool) -> str:
    """The words above the figures for the two places that are not drawn ('' for none)."""
    if overlay_shown:
        return ""
    if NOWHERE in marks:
        return tr("Marked: I can't tell where — that is a real answer.")
    if WHOLE_BODY in marks:
        return tr("Marked: everywhere")
    return ""


def caption_room(base: QFont, widget_width: float, text: str) -> float:
    """Pixels to keep free above the figures for ``text``: none when it fits the usual
    band, else the wrapped lines it needs."""
    if not text:
        return 0.0
    metrics = QFontMetricsF(base)
    if metrics.horizontalAdvance(text) <= widget_width and metrics.height() <= CAPTION_BAND:
        return 0.0
    return _block(metrics, text, max(1.0, widget_width))[1] + 4.0


def _in_halves(fit: shapes.Fit, base: QFont, widget_width: float) -> list[ViewLabel]:
    half = _half(widget_width)
    title, small = QFontMetricsF(base), QFontMetricsF(small_font(base))
    labels = []
    for view in shapes.VIEWS:
        middle = shapes.VIEW_OFFSET[view] + shapes.FIGURE_WIDTH / 2
        x, y = fit.to_widget(middle, shapes.FIGURE_HEIGHT)
        low, high = (0.0, half) if view == "front" else (widget_width - half, widget_width)
        name, sides = words(view)
        sides = keep_parts(sides)
        rects = []
        top = y
        for metrics, text in ((title, name), (small, sides)):
            width, height = _block(metrics, text, half)
            left = min(max(low, x - width / 2), high - width)  # near the figure, in its half
            rects.append(QRectF(left, top, width, height))
            top += height
        labels.append(ViewLabel(view, rects[0], name, rects[1], sides, words(view)[1],
                                WRAPPED))
    return labels
