"""Settings → Motion: follow the system's reduced-motion setting, or choose."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import motion
from numbness_desktop.ui.settings.choices import ChoicePage


class MotionPage(ChoicePage):
    def __init__(self, preferences: Preferences, system_reduced: bool,
                 parent: QWidget | None = None) -> None:
        system = "reduces motion" if system_reduced else "does not ask for less motion"
        super().__init__(
            preferences, "Motion",
            "With reduced motion the breathing circle keeps its size and only its colour "
            f"changes, slowly. Your system currently {system}; following it also follows "
            "later changes.",
            motion.CHOICES, lambda: motion.choice(preferences),
            lambda value: motion.set_choice(preferences, str(value)), (motion.KEY,), parent)
