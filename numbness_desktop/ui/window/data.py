"""Backups and restore from the window, and the words a crash left behind.

A restore saves and closes everything, puts the chosen backup in place (what was there is
set aside first) and reopens the window on it. Words kept from a crash are offered in one
calm banner and go back where they were typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from numbness_desktop.ui.i18n import ntr, tr

if TYPE_CHECKING:
    from numbness_desktop.ui.main_window import MainWindow


def back_up_now(window: MainWindow) -> bool:
    window.flush_views()
    made = window.app_model.data_safety.back_up_now()
    if made is not None:
        window.show_info(tr("A backup was made: {name}, in your data folder's backups.")
                         .format(name=made.name))
    return made is not None


def restore_from_backup(window: MainWindow) -> bool:
    """File → Restore from backup…: choose a backup, then restore it and reopen."""
    from numbness_desktop.ui.data.restore_dialog import RestoreDialog

    window.flush_views()
    dialog = RestoreDialog(window.app_model.data_safety.backups(), window.show_help, window)
    if not window.exec_dialog(dialog) or dialog.chosen() is None:
        return False
    return window.restore_backup(dialog.chosen())


def restore_backup(window: MainWindow, chosen: Path | None) -> bool:
    """Save and close everything, restore ``chosen`` (current files set aside first) and
    reopen the window on the restored data."""
    from numbness_desktop.ui.formatting import backup_moment

    window.shut_down()
    restored, problem = window.app_model.data_safety.restore(chosen)
    new = window.reopen() if window.reopen is not None else None
    if new is None:
        return restored is not None
    if restored is None:
        new.show_error(problem)
        return False
    when = restored.backup.taken_at
    if when and restored.set_aside:
        new.show_info(tr("The backup from {when} is back ({holds}). What was there before is "
                         "kept in {folder}.").format(when=backup_moment(when),
                                                     holds=restored.backup.counts_text(),
                                                     folder=restored.set_aside))
    else:
        new.show_info(tr("The backup is back."))
    return True


# Words a crash left behind -------------------------------------------------------------
def offer_kept_words(window: MainWindow) -> None:
    """One calm banner for every editor's unsaved words found at start."""
    kept = window.app_model.kept_drafts()
    if not kept:
        return
    journal, body_map = kept.get("Journal", 0), kept.get("Body map", 0)
    if journal and body_map:
        text = ntr("Reconnect closed before everything was saved: words in your journal and "
                   "a feeling you were noting on the body map. They were kept safe, and can go "
                   "back where you typed them.",
                   "Reconnect closed before everything was saved: words in %n journal entries "
                   "and a feeling you were noting on the body map. They were kept safe, and "
                   "can go back where you typed them.", journal)
    elif journal:
        text = ntr("Reconnect closed before everything was saved: words in your journal. They "
                   "were kept safe, and can go back where you typed them.",
                   "Reconnect closed before everything was saved: words in %n journal "
                   "entries. They were kept safe, and can go back where you typed them.",
                   journal)
    elif body_map:
        text = tr("Reconnect closed before everything was saved: a feeling you were noting on "
                  "the body map. They were kept safe, and can go back where you typed them.")
    else:
        return
    window.kept_banner.show_message(text)


def kept_words_later(window: MainWindow) -> None:
    """'Not now': the journal keeps offering its drafts in its own place, quietly."""
    from numbness_desktop.ui.window.tabs import built_view

    if built_view(window, "Journal") is not None:
        window.journal.offer_drafts_again()


def bring_back_kept_words(window: MainWindow) -> None:
    """Put every kept draft back in its place and open the first of those places."""
    kept = window.app_model.kept_drafts()
    window.kept_banner.hide()
    first = None
    if kept.get("Body map"):
        _ = window.body_map  # built: the view puts its kept form back as it is made
        first = "Body map"
    if kept.get("Journal"):
        window.show_tab("Journal")
        while window.journal.restore_draft():
            pass
        first = "Journal"
    if first:
        window.show_tab(first)
