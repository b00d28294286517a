"""The main tab bar at large text: every tab's whole name in sight, in every window size.

At 200 % text in the smallest window (1024×640) the eight names on one row needed ~1,200 px
of a 992 px row: the bar scrolled, with "Today" or "Support" cut beside its arrows. Now the
names are set a step smaller there; names, accessible names and keys stay as they were.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionTab, QTabBar, QToolButton

from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import MIN_SIZE, TAB_ORDER
from numbness_desktop.ui.window.tab_bar import TabNameFit


def bar_of(window) -> QTabBar:
    return window.tabs.tabBar()


def step_of(window) -> int:
    """The TAB_FIT_STEPS step the bar's names are set at."""
    fit = window.tabs.findChild(TabNameFit)
    assert fit is not None and fit.bar is window.tabs.tabBar()
    assert (bar_of(window).property("fit") or 0) == fit.step
    return fit.step


def drawn_text(bar: QTabBar, index: int) -> str:
    option = QStyleOptionTab()
    bar.initStyleOption(option, index)
    return option.text


def assert_every_name_whole(bar: QTabBar) -> None:
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert not arrows, "scroll arrows: a name is out of sight"
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), bar.tabText(index)
        assert rect.width() >= bar.tabSizeHint(index).width()  # never squeezed
        assert drawn_text(bar, index) == bar.tabText(index)  # the whole name, never "…"


@pytest.mark.parametrize("scale", [2.0, 1.75, 1.5])
def test_every_tab_name_shows_whole_in_the_smallest_window(scale, window_at, qtbot, qapp):
    window = window_at(scale, MIN_SIZE)
    bar = bar_of(window)
    qapp.processEvents()
    assert_every_name_whole(bar)
    share = theme.TAB_FIT_STEPS[step_of(window)]
    if scale >= 1.75:
        assert 0.8 <= share < 1.0  # a step smaller, never below 80 % of their size
    else:
        assert share == 1.0  # at 150 % narrower padding is enough


def test_the_bar_takes_no_height_from_the_view_below(window_at, qtbot, qapp):
    """Names on two lines would have made the bar ~20 px taller: a small window's journal
    then had its third entry below the fold."""
    window = window_at(2.0, (1280, 800))
    bar = bar_of(window)
    assert step_of(window) == 0
    usual = bar.height()
    window.resize(*MIN_SIZE)
    qtbot.waitUntil(lambda: step_of(window) > 0)
    qapp.processEvents()
    assert bar.height() <= usual
    assert_every_name_whole(bar)


def test_names_and_keys_stay_as_they_were(window_at, qtbot, qapp):
    window = window_at(2.0, MIN_SIZE)
    bar = bar_of(window)
    assert step_of(window) > 0
    interface = QAccessible.queryAccessibleInterface(bar)
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(bar.count())]
    assert names == list(TAB_ORDER)  # the contract's words
    assert [bar.tabText(i) for i in range(bar.count())] == list(TAB_ORDER)
    step, height = step_of(window), bar.height()
    # Ctrl+8, then Ctrl+Tab round to the start, Ctrl+Shift+Tab back: the bar never changes
    # as the chosen (bolder) name changes.
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_tab() == "Safety plan")
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    QTest.keyClick(bar, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_tab() == "Today")
    QTest.keyClick(bar, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.current_tab() == "Safety plan")
    QTest.keyClick(bar, Qt.Key.Key_Left)  # arrows move along the row
    qtbot.waitUntil(lambda: window.current_tab() == "Support")
    qapp.processEvents()
    assert (step_of(window), bar.height()) == (step, height)
    assert_every_name_whole(bar)


def test_the_usual_size_again_when_the_window_or_text_gives_room(window_at, qtbot, qapp):
    window = window_at(2.0, MIN_SIZE)
    bar = bar_of(window)
    assert step_of(window) > 0
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: step_of(window) == 0)
    qapp.processEvents()
    assert_every_name_whole(bar)
    window.resize(*MIN_SIZE)
    qtbot.waitUntil(lambda: step_of(window) > 0)
    theme.apply_theme(qapp, 1.0)  # View → text size back to 100 %
    qtbot.waitUntil(lambda: step_of(window) == 0)
    qapp.processEvents()
    assert_every_name_whole(bar)


@pytest.mark.parametrize("size", [(1280, 800), MIN_SIZE])
def test_the_usual_sizes_are_qts_own_bar(size, window_at, qapp):
    """At 100 % the bar is QTabBar's own, pixel for pixel: never restyled."""
    window = window_at(1.0, size)
    bar = bar_of(window)
    qapp.processEvents()
    assert step_of(window) == 0
    assert bar.property("fit") is None  # no restyling at all
    assert type(bar) is QTabBar  # Qt's own bar (no Python subclass on the start-up path)
    # the measure the bar decides by is the row Qt lays out
    chosen = bar.currentIndex()
    laid_out = sum(bar.tabRect(i).width() for i in range(bar.count()))
    bolder = window.tabs.findChild(TabNameFit).row_width(1.0) - laid_out
    assert 0 <= bolder <= bar.fontMetrics().averageCharWidth() * 3, chosen
    assert_every_name_whole(bar)
