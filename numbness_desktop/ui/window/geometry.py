"""The window's size and last tab: a first size that fits a small laptop, then whatever the
person left it at (kept in the data folder's preferences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize

if TYPE_CHECKING:
    from numbness_desktop.ui.main_window import MainWindow

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_TAB = "window/lastTab"
# A first start's size: it fits a 1366×768 laptop with a desktop panel (~32 px) and a title
# bar (~40 px), and is never larger than the screen's free area (see first_size()).
DEFAULT_SIZE = (1180, 680)
FRAME_ALLOWANCE = (16, 48)  # the window manager's frame and title bar, around the size
# The smallest window every view fits in without clipping (the journal's day bar and the
# body map's side panel set it; tests/ui/test_main_window.py checks every tab against it).
MIN_SIZE = (1024, 640)


def first_size(available: QSize) -> QSize:
    """The default size, shrunk to what the screen has free once the frame is drawn."""
    return QSize(*DEFAULT_SIZE).boundedTo(available - QSize(*FRAME_ALLOWANCE))


def set_minimum(window: MainWindow) -> None:
    """MIN_SIZE, but never larger than a small screen itself."""
    screen = window.screen().availableSize()
    window.setMinimumSize(min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))


def restore(window: MainWindow) -> None:
    """The stored size and position (else the first size) and the last tab."""
    prefs = window.app_model.preferences
    geometry = QByteArray.fromBase64(prefs.value(SETTINGS_GEOMETRY, "").encode("ascii"))
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        window.resize(first_size(window.screen().availableSize()))
    window.view_prefs.apply_stored()
    last = prefs.value(SETTINGS_TAB, "")
    if last:
        window.show_tab(last)


def save(window: MainWindow) -> None:
    """Size, position and tab (the preferences write only what changed)."""
    prefs = window.app_model.preferences
    prefs.set_value(SETTINGS_GEOMETRY, bytes(window.saveGeometry().toBase64().data()).decode())
    prefs.set_value(SETTINGS_TAB, window.current_tab())
