"""Helpers for driving windows the way a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from numbness_desktop.app import create_window


@pytest.fixture
def open_window(qtbot, data_dir, clock):
    """Build a main window on the test's data folder; every window is closed at the end."""
    windows = []

    def build():
        window = create_window(data_dir, clock)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.menus_filled)  # just after the first paint
        windows.append(window)
        return window

    yield build
    for window in windows:
        if window.isVisible():
            window.close()


def type_entry(qtbot, editor, text: str, phone: str = "") -> None:
    """Click into a section's field, type, and press Enter as a person would."""
    qtbot.mouseClick(editor.text_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text_field, text)
    if phone and editor.phone_field is not None:
        qtbot.mouseClick(editor.phone_field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.phone_field, phone)
    QTest.keyClick(editor.text_field, Qt.Key.Key_Return)


def click_row(qtbot, editor, row: int) -> None:
    rect = editor.list.visualRect(editor.list_model.index(row, 0))
    qtbot.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def pseudo(qapp):
    """The pseudo-locale: every translated string 40 % longer, in [brackets]."""
    from PySide6.QtCore import QCoreApplication

    from numbness_desktop.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window_at(open_window, qapp, qtbot):
    """``window_at(scale, (width, height))``: a main window at that text size and window
    size (the smallest window allowed as in the app); text goes back to 100 % afterwards."""
    from numbness_desktop.ui import theme
    from numbness_desktop.ui.main_window import MIN_SIZE

    def build(scale: float, size: tuple[int, int]):
        theme.apply_theme(qapp, scale)
        window = open_window()
        window.setMinimumSize(*MIN_SIZE)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().width() == size[0])
        return window

    yield build
    theme.apply_theme(qapp, 1.0)

