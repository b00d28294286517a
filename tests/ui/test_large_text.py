"""Text up to 200 % at 1280×800, and up to 150 % at the smallest window, cuts nothing.

Side columns wrap or scroll; one-line labels and buttons keep all their words (see
clipping.py for what counts as cut). Each case once failed: Breathe's side column and its
"keys" line, the body map's form, the safety plan's save line and section titles.
"""

from __future__ import annotations

import pytest

from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.clipping import clipped

NOT_YET: set[str] = set()  # tabs not yet held to this (none now)


@pytest.fixture
def demo_dir(data_dir):
    from numbness_desktop.cli import _fill_demo

    _fill_demo(data_dir)
    return data_dir


@pytest.mark.parametrize(("scale", "size"), [(2.0, (1280, 800)), (1.5, MIN_SIZE)])
def test_no_tab_cuts_large_text(scale, size, demo_dir, open_window, qapp, qtbot):
    theme.apply_theme(qapp, scale)
    try:
        window = open_window()
        window.setMinimumSize(*MIN_SIZE)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().width() == size[0])
        found = {}
        for label in window.tab_labels():
            if label in NOT_YET:
                continue
            window.show_tab(label)
            qtbot.wait(30)
            found[label] = clipped(window.tabs.currentWidget())
        assert found == {label: [] for label in window.tab_labels() if label not in NOT_YET}
    finally:
        theme.apply_theme(qapp, 1.0)
