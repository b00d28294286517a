"""Tell screen readers that a step or phase changed, without moving their focus."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    """A polite announcement where Qt has them (6.8+), and the accessible description too,
    so readers that only follow descriptions hear the change as well."""
    widget.setAccessibleDescription(message)
    try:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    except ImportError:  # an older Qt: the description above is what readers get
        return
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
