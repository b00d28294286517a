"""Journal at 200 % text in the smallest window (1024×640): three entries show beside the
editor before the page scrolls. The day's prompt moves into the writing card (under the
editor, beside "If it helps") and the entries' title keeps to one line.

There the prompt (three lines) and a two-line "Entries this / day" once left room for one
entry above the window's edge."""

from __future__ import annotations

import pytest

from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.test_journal_entries_width import ENTRIES, open_day


def test_three_entries_and_the_editor_show_before_the_page_scrolls(window_at, qtbot, clock,
                                                                   qapp):
    view = open_day(window_at, qtbot, clock, 2.0, MIN_SIZE)
    page = view.day_page
    qtbot.waitUntil(lambda: page.compact)
    qapp.processEvents()
    viewport = page.parentWidget()
    scroll = viewport.parentWidget()
    assert scroll.verticalScrollBar().value() == 0
    rows = page.entries.list
    for row in range(len(ENTRIES)):
        rect = rows.visualRect(view.entries_model.index(row, 0))
        bottom = rows.viewport().mapTo(viewport, rect.bottomLeft()).y()
        assert bottom <= viewport.height(), row
    # the editor shows too, with a few lines of room
    editor_top = view.editor.mapTo(viewport, view.editor.rect().topLeft()).y()
    line = view.editor.fontMetrics().lineSpacing()
    assert editor_top + 3 * line <= viewport.height()
    assert view.editor.isVisible() and view.editor.accessibleName() == "Journal entry"
    # the prompt is still there, in the card after the editor; the title on one line
    assert page.prompt_label.isVisible()
    assert page.writing_column.isAncestorOf(page.prompt_label)
    assert page.prompt_label.y() > view.editor.geometry().bottom()
    title = page.entries.title
    assert title.height() < 2 * title.fontMetrics().lineSpacing()
    assert rows.accessibleName() == "Entries this day"


@pytest.mark.parametrize(("scale", "size"), [(1.0, MIN_SIZE), (1.0, (1280, 800)),
                                             (1.5, MIN_SIZE), (2.0, (1280, 800))])
def test_the_usual_sizes_keep_the_prompt_above(scale, size, window_at, qtbot, clock):
    view = open_day(window_at, qtbot, clock, scale, size)
    page = view.day_page
    assert not page.compact
    assert not page.writing_column.isAncestorOf(page.prompt_label)
    qtbot.waitUntil(lambda: page.prompt_label.geometry().bottom()
                    < page.entries.geometry().top())
    assert page.entries.title.text() == "Entries this day"


def test_back_above_when_the_window_grows(window_at, qtbot, clock):
    view = open_day(window_at, qtbot, clock, 2.0, MIN_SIZE)
    page = view.day_page
    qtbot.waitUntil(lambda: page.compact)
    view.window().resize(1400, 1000)
    qtbot.waitUntil(lambda: not page.compact)
    assert page.prompt_label.parentWidget() is page
    assert page.entries.title.text() == "Entries this day"


@pytest.mark.parametrize(("scale", "beside"), [(2.0, False), (1.0, True)])
def test_the_feelings_count_takes_one_line_under_the_field_when_beside_is_tight(
        scale, beside, window_at, qtbot, clock, qapp):
    """At 200 % in 1024×640 it stood four lines tall beside the field ("3 / feelings /
    named / today") and pushed the editor out of sight; at 100 % it stays beside."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = open_day(window_at, qtbot, clock, scale, MIN_SIZE)
    field = view.chip_bar.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    for word in ("numb", "tender", "calm"):
        qtbot.keyClicks(field, word)
        QTest.keyClick(field, Qt.Key.Key_Return)
    count = view.chip_bar.count_label
    qtbot.waitUntil(lambda: count.text() == "3 feelings named today")
    qapp.processEvents()
    qtbot.waitUntil(lambda: (count.geometry().top() < field.geometry().bottom()) == beside)
    assert count.height() <= 2 * count.fontMetrics().lineSpacing() + 4
    if not beside:
        assert count.height() < 2 * count.fontMetrics().lineSpacing()  # one line
        top = view.editor.mapTo(view.day_page.parentWidget(), view.editor.rect().topLeft())
        assert top.y() < view.day_page.parentWidget().height()  # the editor shows
