"""Say something to a screen reader without moving focus: a phase or step beginning.

Qt 6.8+ has ``QAccessibleAnnouncementEvent`` (AT-SPI and UIA turn it into speech, politely
after what is being said). On an older Qt the next best thing is used: the widget's
description changes and a DescriptionChanged event goes out, which Orca speaks for the
object it is tracking. Nothing is sent unless an assistive technology is listening.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

HAS_ANNOUNCEMENTS = hasattr(QtGui, "QAccessibleAnnouncementEvent")


def _send(event: QAccessibleEvent) -> None:
    """The one place events leave (tests record here)."""
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, message: str) -> None:
    """Have ``message`` spoken politely, as coming from ``widget``."""
    if not message:
        return
    if HAS_ANNOUNCEMENTS:
        event = QtGui.QAccessibleAnnouncementEvent(widget, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        _send(event)
        return
    widget.setAccessibleDescription(message)  # fallback: a description change is spoken
    _send(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
