"""Practices give way to larger text chosen while they are open: the page's column grows,
rows stack, cards go to one column; nothing is cut (test_large_text.py covers the tab as it opens
at 200 %; here the text size changes under an open practice)."""

from __future__ import annotations

from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.clipping import clipped


def test_text_made_larger_under_an_open_practice(open_window, qapp, qtbot):
    window = open_window()
    window.setMinimumSize(*MIN_SIZE)
    window.resize(*MIN_SIZE)
    window.show_tab("Practices")
    view = window.practices
    qtbot.waitUntil(lambda: view.card_grid.columns == 2)
    frame = view.open_target("movement")
    column = frame._columns[0]
    assert column.maximumWidth() == 760
    try:
        theme.apply_theme(qapp, 2.0)
        qtbot.waitUntil(lambda: column.maximumWidth() == 1520)
        qtbot.wait(30)
        assert clipped(window.tabs.currentWidget()) == []
        frame.begin()
        qtbot.wait(30)
        assert clipped(window.tabs.currentWidget()) == []
        view.show_home()
        qtbot.waitUntil(lambda: view.card_grid.columns == 1)
        qtbot.wait(30)
        assert clipped(window.tabs.currentWidget()) == []
    finally:
        theme.apply_theme(qapp, 1.0)
    qtbot.waitUntil(lambda: view.card_grid.columns == 2)
