"""Closing: every typed word saved first, a question only when some could not be, the tray
when reminders keep running, and the store closed last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from numbness_desktop.ui.autosave import flush_all
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.window import help_now
from numbness_desktop.ui.window.tabs import FLUSHED, built_view

if TYPE_CHECKING:
    from numbness_desktop.ui.main_window import MainWindow


def flush_views(window: MainWindow) -> bool:
    """Save pending words in every built view; ``False`` if some could not be kept."""
    if window._closed:
        return True
    flush_all(window)  # every autosaving field, also ones later features add
    kept = True
    for label in FLUSHED:
        flush = getattr(built_view(window, label), "flush", None)  # each of them has one
        if flush is not None:
            kept = flush() and kept
    return kept


def shut_down(window: MainWindow) -> None:
    """Save everything and close the store, without asking (signals, logout, quit)."""
    if window._closed:
        return
    window.flush_views()
    window.save_state()
    window.companions.close()
    help_now.close(window)
    window._closed = True
    window.app_model.close()


def close_event(window: MainWindow, event: QCloseEvent) -> None:
    if window.everything_deleted:  # the store is closed and its files are gone
        help_now.close(window)
        QMainWindow.closeEvent(window, event)
        return
    if not window._closed and not window.flush_views() and not window.confirm_close_unsaved():
        event.ignore()
        return
    if not window._closed and window.companions.keep_in_tray():
        window.save_state()  # reminders keep running; the tray icon brings the window back
        event.ignore()
        window.hide()
        return
    window.shut_down()
    QMainWindow.closeEvent(window, event)


def confirm_close_unsaved(window: MainWindow) -> bool:
    """Some words could not be saved: closing now would lose them, so ask first."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not before the first paint

    box = QMessageBox(QMessageBox.Icon.Question, tr("Some words aren't saved yet"),
                      tr("Reconnect couldn't save everything you typed (the message at the "
                         "top says why). If you close now, those words are lost. Keeping it "
                         "open lets you copy them or try again."), parent=window)
    keep = box.addButton(tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
    close = box.addButton(tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is close
