"""Calm colour ramps for "Your map": five steps from the surface colour to a quiet tone."""

from __future__ import annotations

from PySide6.QtGui import QColor

from numbness_desktop.ui.theme import Colours

STEPS = 5
RAMP_ENDS = {"all": "#3F7A73", "more": "#B0693F", "less": "#4E6A9C"}


def ramp(colours: Colours, quality: str) -> list[QColor]:
    """``STEPS`` colours, lightest first; the darkest is the tone for ``quality``."""
    start, end = QColor(colours.surface_alt), QColor(RAMP_ENDS.get(quality, RAMP_ENDS["all"]))
    mixed = []
    for step in range(1, STEPS + 1):
        t = 0.18 + 0.82 * step / STEPS
        mixed.append(QColor.fromRgbF(
            start.redF() + (end.redF() - start.redF()) * t,
            start.greenF() + (end.greenF() - start.greenF()) * t,
            start.blueF() + (end.blueF() - start.blueF()) * t,
        ))
    return mixed


def step_of(value: float, maximum: float) -> int:
    """Which ramp step (0-based) a value falls in; -1 for nothing at all."""
    if value <= 0 or maximum <= 0:
        return -1
    return min(STEPS - 1, int((value / maximum) * STEPS - 1e-9))


def readable_on(background: QColor, colours: Colours) -> QColor:
    """Text colour with enough contrast on a filled region."""
    luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() \
        + 0.0722 * background.blueF()
    return QColor("#FBF9F5") if luminance < 0.5 else QColor(colours.text)
