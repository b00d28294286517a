"""File → Export…, Import…, Back up now, Restore from backup…, Delete everything…: entries
and their dialogs (the restore itself is the window's: it reopens on the restored data)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.menus import new_action

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from numbness_desktop.model.data_model import DataModel
    from numbness_desktop.ui.data.dialogs import DataDialog
    from numbness_desktop.ui.main_window import MainWindow

# (name, menu text, dialog class in ui/data/dialogs.py: imported when first opened)
ENTRIES = (("Export", "&Export…", "ExportDialog"), ("Import", "&Import…", "ImportDialog"),
           ("Back up now", "&Back up now", "BackupDialog"),
           ("Delete everything", "&Delete everything…", "DeleteEverythingDialog"))


def dialog_class(name: str) -> Callable[[DataModel, QWidget | None], DataDialog]:
    """ExportDialog, ImportDialog, BackupDialog or DeleteEverythingDialog, by entry name."""
    from numbness_desktop.ui.data import dialogs

    found: Callable[[DataModel, QWidget | None], DataDialog] = getattr(
        dialogs, next(cls for n, _text, cls in ENTRIES if n == name))
    return found


def add_data_actions(window: MainWindow) -> None:
    """The data entries, before Settings… and Quit (the menu keeps those last), in the order
    of DESIGN.md: Export…, Import…, Back up now, Restore from backup…; then, set apart,
    Delete everything…."""
    data = window.app_model.data
    data.aboutToDeleteEverything.connect(window.flush_views)  # no timer writes afterwards
    data.everythingDeleted.connect(window.forget_everything)
    data.closeRequested.connect(window.close)
    file_menu = window.menus["File"]
    for name, text, _cls in ENTRIES:
        if name == "Delete everything":
            restore = new_action(tr("&Restore from backup…"), window)
            restore.triggered.connect(lambda _checked=False: window.restore_from_backup())
            file_menu.addAction(restore)
            window.actions_by_name["Restore from backup"] = restore
            file_menu.addSeparator()
        action = new_action(tr(text), window)
        action.triggered.connect(lambda _checked=False, n=name: open_data_dialog(window, n))
        file_menu.addAction(action)
        window.actions_by_name[name] = action


def open_data_dialog(window: MainWindow, name: str) -> DataDialog:
    """Open one of the dialogs over ``window`` (after Delete everything it closes itself)."""
    window.flush_views()  # a backup or export holds the words typed a moment ago
    dialog = dialog_class(name)(window.app_model.data, window)
    dialog.open()
    return dialog
