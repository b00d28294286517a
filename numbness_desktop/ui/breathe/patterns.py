"""The pattern choice: which pattern is chosen, making one's own, deleting it (with undo).

Works the pattern card (cards.py) against the breathing model; the view asks it for the
chosen preset and hears when the choice changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from numbness_desktop.domain.breath import DEFAULT_PRESET, Preset
from numbness_desktop.model.breathing_model import BreathingModel
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.breathe import words
from numbness_desktop.ui.breathe.cards import PatternCard
from numbness_desktop.ui.breathe.prefs import BreathePrefs
from numbness_desktop.ui.i18n import tr


class PatternChoice:
    """``busy`` says whether a session is running (no changes then); ``chosen`` is called
    after every choice, remembered or not."""

    def __init__(self, card: PatternCard, model: BreathingModel, prefs: BreathePrefs,
                 banner: Banner, busy: Callable[[], bool], chosen: Callable[[], None]) -> None:
        self.card = card
        self.model = model
        self.prefs = prefs
        self.banner = banner
        self._busy = busy
        self._chosen = chosen
        self.preset: Preset = DEFAULT_PRESET
        card.pattern_box.activated.connect(self._on_activated)

    def reload(self) -> None:
        """The model's patterns changed: list them again, keeping the choice."""
        box = self.card.pattern_box
        keep = self.preset.key
        box.clear()
        for preset in self.model.presets():
            box.addItem(words.preset_item(preset), preset.key)
        self.select(keep, remember=False)

    def select(self, key: str, remember: bool = True) -> None:
        card = self.card
        preset = self.model.preset_by_key(key) or DEFAULT_PRESET
        self.preset = preset
        index = card.pattern_box.findData(preset.key)
        if index >= 0 and index != card.pattern_box.currentIndex():
            card.pattern_box.setCurrentIndex(index)
        card.pattern_note.setText(words.pattern_note(preset))
        card.delete_pattern_button.setEnabled(preset.is_custom and not self._busy())
        card.delete_pattern_button.setVisible(preset.is_custom)
        if remember:
            self.prefs.preset_key = preset.key
        self._chosen()

    def _on_activated(self, index: int) -> None:
        self.select(self.card.pattern_box.itemData(index))

    def make(self, run_dialog: Callable[[QDialog], int], parent: QWidget) -> Preset | None:
        """Asks for a name and timings (``run_dialog`` shows the dialog) and chooses it."""
        from numbness_desktop.ui.breathe.pattern_dialog import PatternDialog

        dialog = PatternDialog(self.model.name_problems, parent)
        if run_dialog(dialog) != PatternDialog.DialogCode.Accepted:
            return None
        made = self.model.add_preset(dialog.name.text(), dialog.pattern())
        if made is not None:
            self.select(made.key)
        return made

    def delete(self) -> None:
        """Deletes the chosen pattern of one's own; the banner offers to undo it."""
        preset = self.preset
        if not preset.is_custom or preset.custom_id is None or self._busy():
            return
        deleted = self.model.delete_preset(preset.custom_id)
        if deleted is not None:
            self.banner.show_message(tr("“{name}” was deleted.").format(name=deleted.name))
            self.select(DEFAULT_PRESET.key)

    def undo_delete(self) -> None:
        restored = self.model.undo_delete_preset()
        if restored is not None:
            self.select(restored.key)
            if not self.model.can_undo_delete():
                self.banner.hide()
