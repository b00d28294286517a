"""What the person does to an entry besides typing: name feelings, add a prompt, delete,
and undo the last removal or deletion."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from numbness_desktop.domain.journal import Chip, Entry, insert_prompt
from numbness_desktop.model.clock_text import stamp_time
from numbness_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from numbness_desktop.ui.journal.view import JournalView


class EntryActions:
    """Acts on the view's open entry; remembers the one removed feeling Undo brings back."""

    def __init__(self, view: JournalView) -> None:
        self.view = view
        self.removed_chip: tuple[Entry, Chip] | None = None

    # Chips ---------------------------------------------------------------------------------
    def ensure_entry(self) -> Entry | None:
        """Feelings belong to an entry: make one (with any words typed) if there is none."""
        view = self.view
        if view.entry_id is None:
            if not view.dirty:
                entry = view.journal.add_entry(view.day_key, "")
                if entry is None:
                    return None
                view.entry_id = entry.id
            elif not view.commit():
                return None
            view.entries.set_entries(view.journal.day(view.day_key))
            view.entries.select(view.entry_id)
            view.delete_button.setEnabled(True)
        return view.current_entry()

    def add_chip(self, word: str) -> Chip | None:
        view = self.view
        entry = self.ensure_entry()
        if entry is None:
            return None
        return view.journal.add_chip(entry, word)

    def set_intensity(self, chip_id: str, intensity: int | None) -> None:
        view = self.view
        entry = view.current_entry()
        if entry is not None:
            view.journal.set_intensity(entry, chip_id, intensity)

    def remove_chip(self, chip_id: str) -> None:
        view = self.view
        entry = view.current_entry()
        chip = next((c for c in entry.chips if c.id == chip_id), None) if entry else None
        if entry is None or chip is None:
            return
        if view.journal.remove_chip(entry, chip_id):
            self.removed_chip = (entry, chip)
            view.undo_banner.show_message(
                tr("Removed “{word}”. Undo brings it back.").format(word=chip.word))
            view.undo_banner.action.setFocus()

    # Prompts -------------------------------------------------------------------------------
    def add_prompt(self, prompt: str) -> None:
        view = self.view
        text, cursor = insert_prompt(view.editor.toPlainText(),
                                     view.editor.textCursor().position(), prompt)
        view.editor.insert_text(text, cursor)
        view.editor.setFocus()

    # Delete and undo -----------------------------------------------------------------------
    def delete_entry(self) -> Entry | None:
        view = self.view
        if not view.commit() or view.entry_id is None:
            return None
        entry = view.current_entry()
        if entry is None or not view.confirm_delete(entry):
            return None
        deleted = view.journal.delete_entry(entry.id)
        if deleted is None:
            return None
        if view.also_from_backups:  # asked for in the confirmation
            view.also_from_backups = False
            from numbness_desktop.ui.data.forget import remove_from_backups

            remove_from_backups(view.app_model, "journal_entries", entry.id)
        self.removed_chip = None
        view.entry_id = None
        view.load_day(select="last")
        view.undo_banner.show_message(
            tr("Deleted the entry from {time}. Undo (or Ctrl+Z outside the text) brings it "
               "back.").format(time=stamp_time(deleted.created_at)))
        view.undo_banner.action.setFocus()
        return deleted

    def undo(self) -> None:
        view = self.view
        if self.removed_chip is not None:
            entry, chip = self.removed_chip
            self.removed_chip = None
            view.journal.add_chip(entry, chip.word, chip.intensity)
            view.undo_banner.hide()
            return
        restored = view.journal.undo_delete()
        if restored is None:
            return
        view.undo_banner.hide()
        day = date.fromisoformat(restored.day)
        if day != view.day:
            view.go_to(day, select=restored.id)
        else:
            view.commit()
            view.load_day(select=restored.id)

