"""The theme follows the system's scheme, can be forced for screenshots, and keeps Fusion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from numbness_desktop.ui import theme


@pytest.fixture
def themed(qapp):
    theme.apply_theme(qapp)
    yield qapp
    theme.force_scheme(qapp, None)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)


def window_colour(app) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name().upper()


def test_offscreen_starts_light(themed):
    assert theme.current_colours() is theme.LIGHT
    assert window_colour(themed) == theme.LIGHT.background


def test_a_system_switch_to_dark_recolours_the_app(themed):
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_colours() is theme.DARK
    assert window_colour(themed) == theme.DARK.background
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour(themed) == theme.LIGHT.background


def test_a_forced_scheme_wins_until_released(themed):
    theme.force_scheme(themed, "dark")
    assert window_colour(themed) == theme.DARK.background
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_colours() is theme.DARK
    theme.force_scheme(themed, None)
    assert window_colour(themed) == theme.LIGHT.background


def test_the_stylesheet_points_at_icons_that_exist(themed):
    from pathlib import Path

    assert Path(theme.icon_path("chevron-down.svg")).is_file()
    assert theme.icon_path("chevron-down.svg") in themed.styleSheet()
