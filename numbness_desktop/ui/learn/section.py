"""Learn as a section of the Support tab: the same view, its Get help now routed as a place.

The Support tab forwards a section's ``openPlace(str)`` to the window (ui/places.py), where
``help`` opens Get help now.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from numbness_desktop.ui.learn.view import LearnView


class LearnSection(LearnView):
    openPlace = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.helpRequested.connect(lambda: self.openPlace.emit("help"))
