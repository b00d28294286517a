"""Tell screen readers that a step changed, without moving their focus.

The sending is ``ui/announce.py``'s (one place for Breathe and the practices); here is only
whether to speak: the same "Spoken phases" preference Breathe follows (Settings → Sound &
speech), on unless the person turns it off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import announce as _announce
from numbness_desktop.ui.breathe.prefs import SPEAK_KEY


def announce(widget: QWidget, message: str) -> None:
    """Said politely as coming from ``widget`` (a check-in's reply; a step, when allowed)."""
    _announce.announce(widget, message)


def speaks(preferences: Preferences) -> bool:
    """Whether step changes are spoken (the person's "Spoken phases" choice)."""
    return bool(preferences.value(SPEAK_KEY, True))
