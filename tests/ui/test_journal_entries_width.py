"""The Journal's entries column grows with large text, within a share of the page, so an
entry reads as a few words a line while the writing card keeps most of the room.

At 200 % on 1280×800 it once stayed 270 px (252 for the rows): "19:30  Woke" then
"before the cl…", and a first line that just fitted was cut ("19:36  Evening: tired…"):
the rows' words were measured 8 px wider than drawn (the item's padding is 8 px a side)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from numbness_desktop.ui.journal import entry_list
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.test_journal_large_text import shown_rows

ENTRIES = ("Woke before the clock went off. My chest felt quieter than yesterday",
           "Walked to the shop and noticed the cold air on my hands",
           "Evening: tired, a little flat, but I called my sister")


def open_day(window_at, qtbot, clock, scale, size):
    window = window_at(scale, size)
    day = clock().date().isoformat()
    for words in ENTRIES:
        window.app_model.journal.add_entry(day, words)
        clock.advance(minutes=3)
    window.show_tab("Journal")
    view = window.journal
    view.load_day()
    qtbot.waitUntil(lambda: view.entries_model.rowCount() == len(ENTRIES))
    qtbot.waitUntil(lambda: view.entries_list.isVisible())
    return view


def test_entries_read_as_a_few_words_a_line_at_200_percent(window_at, qtbot, clock):
    view = open_day(window_at, qtbot, clock, 2.0, (1280, 800))
    panel = view.day_page.entries
    metrics = QFontMetrics(view.entries_list.font())
    wanted = min(metrics.averageCharWidth() * entry_list.ROW_CHARS,
                 view.day_page.width() * entry_list.PAGE_SHARE)
    qtbot.waitUntil(lambda: panel.width() >= wanted - 1)
    assert panel.width() <= view.day_page.width() * entry_list.PAGE_SHARE + 1
    # The writing card keeps most of the page, and a comfortable line.
    assert view.editor.width() >= 2 * panel.width() - 100
    assert view.editor.viewport().width() >= metrics.averageCharWidth() * 40
    rows = shown_rows(view)
    assert len(rows) == len(ENTRIES)
    for lines, _height in rows:
        first = lines[0].split("  ", 1)[1]
        assert not first.endswith("…"), lines  # the first line ends on a whole word
        assert any(words.startswith(first) for words in ENTRIES)
        assert len(first.split()) >= 2  # more than "Woke" alone
        said = " ".join(lines).split("  ", 1)[1].rstrip("…").strip()
        assert len(said.split()) >= 6, lines


@pytest.mark.parametrize("size", [(1280, 800), MIN_SIZE])
def test_the_usual_size_keeps_its_column(size, window_at, qtbot, clock):
    view = open_day(window_at, qtbot, clock, 1.0, size)
    panel = view.day_page.entries
    assert panel.maximumWidth() == entry_list.WIDEST
    assert panel.width() == entry_list.WIDEST
    assert all(len(lines) == 1 for lines, _ in shown_rows(view))


def test_the_smallest_window_at_200_percent_keeps_the_card_whole(window_at, qtbot, clock):
    """Where the card needs the room, the column gives it back (no sideways scrolling)."""
    view = open_day(window_at, qtbot, clock, 2.0, MIN_SIZE)
    page = view.day_page
    scroll = page.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()
    card_right = view.editor.mapTo(page, view.editor.rect().topRight()).x()
    assert card_right <= page.width()
    assert page.entries.width() >= entry_list.NARROWEST
    assert page.entries.width() <= page.width() * entry_list.PAGE_SHARE + 1
