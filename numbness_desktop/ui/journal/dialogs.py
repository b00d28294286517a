"""The journal's questions before something can't be taken back. Keeping is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from numbness_desktop.domain.journal import Draft, Entry, word_count


def ask_delete_entry(parent: QWidget, entry: Entry, backup_count: int) -> tuple[bool, bool]:
    """(delete it?, also from the backups?)"""
    from numbness_desktop.ui.data.forget import ask_delete

    words = word_count(entry.text)
    return ask_delete(
        parent, "Delete this entry?",
        f"Delete the entry from {entry.created_at[11:16]} ({words} words and "
        f"{len(entry.chips)} feelings)? You can undo this straight after with Ctrl+Z.",
        backup_count, "Delete the entry", "Keep it")


def ask_discard_draft(parent: QWidget, draft: Draft) -> bool:
    return ask(parent, "Discard these words?",
               f"Discard the {word_count(draft.text)} unsaved words? This can't be undone.",
               "Discard the words", "Keep them")


def ask(parent: QWidget, title: str, text: str, act: str, keep: str) -> bool:
    """A question whose buttons name what happens; keeping is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is act_button
