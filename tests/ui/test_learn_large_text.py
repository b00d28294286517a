"""Learn at 200 % text on 1280×800: the page keeps most of the room and its title shows
whole; the danger banner follows the page's end (scrolling with it) instead of taking
most of the reader, and Get help now stays one Tab away.

At 200 % the banner once left the page 196 px of the 800 px window, its title cut after
"What numbness is, and why it"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from numbness_desktop.domain import learn
from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.test_learn_small_window import open_learn

LARGE = (1280, 800)


def test_the_page_keeps_the_room_and_its_title_at_200_percent(window_at, qtbot, qapp):
    window, view = open_learn(window_at, qtbot, qapp, 2.0, LARGE)
    viewport = view.text.viewport()
    assert viewport.height() >= window.height() / 2
    document = view.text.document()
    title = document.firstBlock()
    assert title.text() == learn.page("numbness").title
    shape = document.documentLayout().blockBoundingRect(title)
    assert view.text.verticalScrollBar().value() == 0
    assert shape.bottom() <= viewport.height()  # every line of it in view
    assert shape.right() <= viewport.width()  # wrapped, never cut at the side
    assert title.layout().lineCount() > 1
    # The banner is at the page's end: scrolled to, it shows whole, and works.
    assert view.danger_follows_page
    bar = view.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    qapp.processEvents()
    top_left = view.danger.mapTo(viewport, QPoint(0, 0))
    assert top_left.y() >= 0
    assert top_left.y() + view.danger.height() <= viewport.height()
    assert view.help_button.isVisible()
    assert view.help_button.accessibleName() == "Get help now"
    assert learn.DANGER_HEADING in view.danger_text.text()
    with qtbot.waitSignal(view.helpRequested):
        qtbot.mouseClick(view.help_button, Qt.MouseButton.LeftButton)


def test_get_help_now_is_one_tab_after_the_page_at_200_percent(window_at, qtbot, qapp):
    _, view = open_learn(window_at, qtbot, qapp, 2.0, LARGE)
    assert view.danger_follows_page
    view.text.setFocus()
    QTest.keyClick(view.text, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.help_button


def test_the_banner_stays_under_the_page_at_the_usual_size(window_at, qtbot, qapp):
    _, view = open_learn(window_at, qtbot, qapp, 1.0, LARGE)
    assert not view.danger_follows_page
    assert view.danger.parentWidget() is view.reader
    assert view.danger.geometry().top() >= view.text.geometry().bottom()


def test_the_banner_follows_the_page_when_the_text_grows_while_open(window_at, qtbot, qapp):
    _, view = open_learn(window_at, qtbot, qapp, 1.0, LARGE)
    assert not view.danger_follows_page
    theme.apply_theme(qapp, 2.0)
    qtbot.waitUntil(lambda: view.danger_follows_page)
    theme.apply_theme(qapp, 1.0)
    qtbot.waitUntil(lambda: not view.danger_follows_page)
    assert view.danger.parentWidget() is view.reader


@pytest.mark.parametrize(("scale", "size"), [(1.0, MIN_SIZE), (1.5, MIN_SIZE),
                                             (1.5, LARGE), (2.0, LARGE)])
def test_the_banner_button_shows_whole_in_a_narrow_reader(scale, size, window_at, qtbot,
                                                          qapp):
    """A narrow reader puts the button under the banner's words (once cut to "et help
    nov" beside them at 150 % in the smallest window). Large text is held to 200 % at
    1280×800 and 150 % at the smallest window, as in test_large_text.py."""
    _, view = open_learn(window_at, qtbot, qapp, scale, size)
    bar = view.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    qapp.processEvents()
    button = view.help_button
    assert button.width() >= button.sizeHint().width()
    assert view.danger.rect().contains(button.geometry())
    assert view.danger.rect().contains(view.danger_text.geometry())
    assert not view.danger_text.geometry().intersects(button.geometry())
