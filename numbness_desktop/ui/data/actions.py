"""File → Export…, Import…, Back up now, Delete everything…: entries and their dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from numbness_desktop.ui.data.dialogs import DataDialog
    from numbness_desktop.ui.main_window import MainWindow

# (name, menu text, dialog class in ui/data/dialogs.py: imported when first opened)
ENTRIES = (("Export", "&Export…", "ExportDialog"), ("Import", "&Import…", "ImportDialog"),
           ("Back up now", "&Back up now", "BackupDialog"),
           ("Delete everything", "&Delete everything…", "DeleteEverythingDialog"))


def dialog_class(name: str) -> type[DataDialog]:
    from numbness_desktop.ui.data import dialogs

    return getattr(dialogs, next(cls for n, _text, cls in ENTRIES if n == name))


def add_data_actions(window: MainWindow) -> None:
    """The four entries, before Settings… and Quit (the menu keeps those last)."""
    data = window.app_model.data
    data.aboutToDeleteEverything.connect(window.flush_views)  # no timer writes afterwards
    data.everythingDeleted.connect(window.forget_everything)
    data.closeRequested.connect(window.close)
    file_menu = window.menus["File"]
    for name, text, _cls in ENTRIES:
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, n=name: open_data_dialog(window, n))
        if name == "Delete everything":
            file_menu.addSeparator()
        file_menu.addAction(action)
        window.actions_by_name[name] = action


def open_data_dialog(window: MainWindow, name: str) -> DataDialog:
    """Open one of the dialogs over ``window`` (after Delete everything it closes itself)."""
    dialog = dialog_class(name)(window.app_model.data, window)
    dialog.open()
    return dialog
