"""The journal's questions before something can't be taken back. Keeping is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from numbness_desktop.domain.journal import Draft, Entry, word_count
from numbness_desktop.model.clock_text import stamp_time
from numbness_desktop.ui.i18n import ntr, tr


def ask_delete_entry(parent: QWidget, entry: Entry, backup_count: int) -> tuple[bool, bool]:
    """(delete it?, also from the backups?)"""
    from numbness_desktop.ui.data.forget import ask_delete

    words = ntr("%n word", "%n words", word_count(entry.text))
    feelings = ntr("%n feeling", "%n feelings", len(entry.chips))
    return ask_delete(
        parent, tr("Delete this entry?"),
        tr("Delete the entry from {time} ({words} and {feelings})? You can undo this straight "
           "after with Ctrl+Z.").format(time=stamp_time(entry.created_at), words=words,
                                        feelings=feelings),
        backup_count, tr("Delete the entry"), tr("Keep it"))


def ask_discard_draft(parent: QWidget, draft: Draft) -> bool:
    return ask(parent, tr("Discard these words?"),
               ntr("Discard the %n unsaved word? This can't be undone.",
                   "Discard the %n unsaved words? This can't be undone.",
                   word_count(draft.text)),
               tr("Discard the words"), tr("Keep them"))


def ask(parent: QWidget, title: str, text: str, act: str, keep: str) -> bool:
    """A question whose buttons name what happens; keeping is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is act_button
