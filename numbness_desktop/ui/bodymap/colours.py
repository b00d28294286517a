"""Calm colour ramps for "Your map": five steps from the surface colour to a quiet tone.

Light scheme: from the pale surface to a deep, quiet tone. Dark scheme: the other way round,
from a dim tone to a soft, light one (deeper means "more" on a dark page), spanning about as
many lightness steps as the light ramp so every legend step stays clearly different.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from numbness_desktop.ui.theme import Colours

STEPS = 5
RAMP_ENDS = {"all": "#3F7A73", "more": "#B0693F", "less": "#4E6A9C"}
# Soft, light ends for the dark scheme: no brighter than the dark accent's family.
DARK_RAMP_ENDS = {"all": "#94C7BB", "more": "#D6A27E", "less": "#9DB2DA"}
LIGHT_INK = "#FBF9F5"


def is_dark(colours: Colours) -> bool:
    return QColor(colours.surface).lightness() < QColor(colours.text).lightness()


def ramp(colours: Colours, quality: str) -> list[QColor]:
    """``STEPS`` colours, least first; the last is the full tone for ``quality``."""
    dark = is_dark(colours)
    ends = DARK_RAMP_ENDS if dark else RAMP_ENDS
    start, end = QColor(colours.surface_alt), QColor(ends.get(quality, ends["all"]))
    first = 0.0 if dark else 0.18  # the dark ramp needs its whole range to stay distinct
    mixed = []
    for step in range(1, STEPS + 1):
        t = first + (1 - first) * step / STEPS
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


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def lum(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) \
            + 0.0722 * channel(c.blueF())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: QColor, colours: Colours) -> QColor:
    """Text colour with the most contrast on a filled region: light ink, or the scheme's
    darkest ink (in the dark scheme the theme's text colour is itself light)."""
    dark_ink = min((QColor(colours.text), QColor(colours.background)), key=QColor.lightness)
    return max((QColor(LIGHT_INK), dark_ink), key=lambda ink: contrast(ink, background))
