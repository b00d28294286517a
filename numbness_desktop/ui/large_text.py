"""Side columns that grow with the text size, so 200 % text wraps instead of being cut.

A side column sized for normal text cuts larger text at its right edge; growing it by the
text scale (never beyond a share of the view, so the main column keeps room) lets its words
wrap, and a horizontal scroll bar appears as the last resort instead of a cut.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from numbness_desktop.ui import theme

MAX_SHARE = 0.55  # of the view's width, at most


def scaled(width: int) -> int:
    """``width`` (right for normal text) grown by the text scale when text is larger."""
    app = QApplication.instance()
    scale = theme.text_scale(app) if isinstance(app, QApplication) else 1.0
    return round(width * max(1.0, scale))


def side_width(normal: int, widest: int, view_width: int, share: float = 0.43) -> int:
    """A side column's width: ``share`` of the view between ``normal`` and ``widest`` (both
    grown with the text), never more than :data:`MAX_SHARE` of the view."""
    width = max(scaled(normal), min(scaled(widest), round(view_width * share)))
    return max(min(normal, view_width), min(width, round(view_width * MAX_SHARE)))
