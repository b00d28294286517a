"""The started app gets the theme's style from Qt's command line, not from setStyle()."""

from __future__ import annotations

import os
import subprocess
import sys

from numbness_desktop.ui import theme


def test_the_started_app_has_the_theme_style_chosen_by_qt():
    code = ("from numbness_desktop.ui import theme; app = theme.new_application('x'); "
            "print(app.style().name())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().lower() == theme.STYLE.lower()


def test_a_forced_dark_before_the_theme_does_not_hide_a_light_system():
    code = ("from PySide6.QtGui import QPalette; from numbness_desktop.ui import theme; "
            "app = theme.new_application('x'); theme.force_scheme(app, 'dark'); "
            "theme.apply_theme(app); theme.force_scheme(app, None); "
            "print(app.palette().color(QPalette.ColorRole.Window).name().upper())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == theme.LIGHT.background
