"""The session card's options kept in step with the person's preferences.

Length, the get-ready lead-in, count-down numbers, reduced motion (shared with every view:
``ui.motion.Motion`` follows the system until the person chooses) and the tones. Each
choice is remembered when made and restored when the tab opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.model.system_motion import SystemMotion
from numbness_desktop.ui.breathe.cards import SessionCard
from numbness_desktop.ui.breathe.pacer import PacerWidget
from numbness_desktop.ui.breathe.prefs import SOUND_KEY, BreathePrefs
from numbness_desktop.ui.breathe.tones import TonePlayer, sound_available
from numbness_desktop.ui.motion import Motion


class SessionOptions(QObject):
    """``length_chosen`` and ``numbers_chosen`` tell the view to show the change."""

    def __init__(self, card: SessionCard, preferences: Preferences, system: SystemMotion,
                 pacer: PacerWidget, length_chosen: Callable[[], None],
                 numbers_chosen: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.card = card
        self.preferences = preferences
        self.prefs = BreathePrefs(preferences)
        self.pacer = pacer
        self.numbers = False  # the count-down numbers shown (follows numbers_check)
        self.tones: TonePlayer | None = None  # made when the tones are first turned on
        self._length_chosen = length_chosen
        self._numbers_chosen = numbers_chosen
        card.length_box.activated.connect(self._on_length_chosen)
        card.lead_in_check.toggled.connect(self._on_lead_in)
        card.numbers_check.toggled.connect(self._on_numbers)
        card.reduced_check.toggled.connect(self._on_reduced)
        self.motion = Motion(preferences, system, parent)
        self.motion.changed.connect(self._follow_motion)
        preferences.changed.connect(self._on_preference)
        card.sound_check.toggled.connect(self._on_sound)

    @property
    def sound_on(self) -> bool:
        return self.tones is not None and self.card.sound_check.isChecked()

    def restore(self) -> None:
        card, prefs = self.card, self.prefs
        index = card.length_box.findData(prefs.length)
        card.length_box.setCurrentIndex(max(0, index))
        card.lead_in_check.setChecked(prefs.lead_in)
        card.numbers_check.setChecked(prefs.show_numbers)
        self.numbers = card.numbers_check.isChecked()
        reduced = self.motion.reduced()
        card.reduced_check.setChecked(reduced)
        self.pacer.set_reduced_motion(reduced)
        if sound_available():
            card.sound_check.setChecked(prefs.sound)

    def _on_length_chosen(self, index: int) -> None:
        self.prefs.length = self.card.length_box.itemData(index)
        self._length_chosen()

    def _on_lead_in(self, checked: bool) -> None:
        self.prefs.lead_in = checked

    def _on_numbers(self, checked: bool) -> None:
        self.numbers = checked
        self.prefs.show_numbers = checked
        self._numbers_chosen()

    def _on_reduced(self, checked: bool) -> None:
        """Saved only when it differs from what applies now: showing the system's preference
        (or following its change) is not a choice of the person's."""
        if checked != self.motion.reduced():
            self.prefs.reduced_motion = checked
        self.pacer.set_reduced_motion(checked)

    def _follow_motion(self, reduced: bool) -> None:
        self.card.reduced_check.setChecked(reduced)
        self.pacer.set_reduced_motion(reduced)

    def _on_preference(self, key: str) -> None:
        if key == SOUND_KEY and sound_available():
            self.card.sound_check.setChecked(self.prefs.sound)

    def _on_sound(self, checked: bool) -> None:
        if checked != self.prefs.sound:
            self.prefs.sound = checked
        if checked and self.tones is None and sound_available():
            self.tones = TonePlayer(self.preferences, self.parent())
