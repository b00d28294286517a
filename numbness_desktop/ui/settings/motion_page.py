"""Settings → Motion: follow the system's reduced-motion setting, or choose."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import motion
from numbness_desktop.ui.settings.choices import ChoicePage


class MotionPage(ChoicePage):
    def __init__(self, preferences: Preferences, system_reduced: bool,
                 parent: QWidget | None = None) -> None:
        lead = ("With reduced motion the breathing circle keeps its size and only its colour "
                "changes, slowly. Your system currently reduces motion; following it also "
                "follows later changes." if system_reduced else
                "With reduced motion the breathing circle keeps its size and only its colour "
                "changes, slowly. Your system currently does not ask for less motion; "
                "following it also follows later changes.")
        super().__init__(
            preferences, "Motion", lead,
            motion.CHOICES, lambda: motion.choice(preferences),
            lambda value: motion.set_choice(preferences, str(value)), (motion.KEY,), parent)
