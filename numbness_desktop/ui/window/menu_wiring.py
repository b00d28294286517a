"""The window's side of the menus: entries filled just after the first paint, the View
menu's appearance ticks following the preference, Settings… and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from numbness_desktop.ui.menus import fill_menus
from numbness_desktop.ui.view_prefs import APPEARANCE, appearance

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from numbness_desktop.ui.main_window import MainWindow
    from numbness_desktop.ui.settings.dialog import SettingsDialog


def fill(window: MainWindow, tab_order: tuple[str, ...]) -> None:
    """Reconnect's menu entries and their shortcuts (once; after the first paint)."""
    if window.menus_filled:
        return
    window.menus_filled = True
    fill_menus(window, window.menus, tab_order)
    check_appearance(window)


def on_preference(window: MainWindow, key: str) -> None:
    if key == APPEARANCE:
        check_appearance(window)


def check_appearance(window: MainWindow) -> None:
    """The View → Appearance entry that is chosen carries the tick."""
    chosen = appearance(window.app_model.preferences)
    if not window.menus_filled:
        return
    for action in window.appearance_group.actions():
        action.setChecked(action.data() == chosen)


def show_settings(window: MainWindow) -> SettingsDialog:
    """File → Settings… (Ctrl+,): every preference in one place (built once)."""
    if window._settings_dialog is None:
        from numbness_desktop.ui.settings.dialog import SettingsDialog

        window._settings_dialog = SettingsDialog(window.app_model, window)
        window.app_model.data_safety.restoreRequested.connect(window._restore_from_settings)
    dialog = window._settings_dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def restore_from_settings(window: MainWindow) -> None:
    """Settings → Data → Restore…: Settings closes, then the File menu's restore."""
    if window._settings_dialog is not None:
        window._settings_dialog.close()
    window.restore_from_backup()


def show_about(window: MainWindow) -> QDialog:
    """Help → About: version, licence and where this person's data lives."""
    from numbness_desktop.ui.about import AboutDialog

    dialog = AboutDialog(window.app_model.store.data_dir, window)
    dialog.open()
    return dialog
