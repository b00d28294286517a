"""Journal at 200 % text: the fields' hints show whole (a shorter one where the long one
has no room) and a day's entries say more than "04:34  Woke …" (two lines when one line
would show only a word or so). At the usual size the rows stay on one line.

At 200 % the fields once read "Name a feeli…" and "Search journal (Ct…"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from numbness_desktop.ui import theme
from numbness_desktop.ui.journal.entry_rows import two_lines
from numbness_desktop.ui.main_window import MIN_SIZE

WORDS = "Woke before the clock went off. My chest felt quieter than yesterday"


def open_journal(open_window, qtbot, qapp, scale, size):
    theme.apply_theme(qapp, scale)
    window = open_window()
    window.setMinimumSize(*MIN_SIZE)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    window.app_model.journal.add_entry("2026-11-26", WORDS)
    window.show_tab("Journal")
    view = window.journal
    view.load_day()
    qtbot.wait(30)
    return view


def shown_rows(view):
    """Each row's lines as drawn (the delegate's text), and the row's height."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    rows = []
    for row in range(view.entries_model.rowCount()):
        index = view.entries_model.index(row, 0)
        option = QStyleOptionViewItem()
        view.entries_list.itemDelegate().initStyleOption(option, index)
        rows.append((option.text.split("\u2028"),  # type: ignore[attr-defined]
                     view.entries_list.visualRect(index).height()))
    return rows


@pytest.mark.parametrize("size", [(1280, 800), MIN_SIZE])
def test_hints_show_whole_and_entries_say_something_at_200_percent(size, open_window, qtbot,
                                                                   qapp):
    try:
        view = open_journal(open_window, qtbot, qapp, 2.0, size)
        for field in (view.search_field, view.chip_bar.field):
            assert field.room_for(field.placeholderText()) <= field.width()
            assert not field.placeholderText().endswith(("(Ct", "feeli"))
        if size == (1280, 800):
            assert view.search_field.placeholderText() == "Search journal (Ctrl+F)"
        assert view.search_field.accessibleName() == "Search journal"
        (lines, height), = shown_rows(view)
        metrics = QFontMetrics(view.entries_list.font())
        room = view.entries_list.viewport().width()
        assert all(metrics.horizontalAdvance(line) <= room for line in lines)
        said = " ".join(lines).split("  ", 1)[1].rstrip("…")
        assert len(said) >= 12 and WORDS.startswith(said.replace("…", ""))
        assert len(lines) == 2 and height >= 2 * metrics.lineSpacing()
    finally:
        theme.apply_theme(qapp, 1.0)


def test_at_the_usual_size_rows_stay_on_one_line(open_window, qtbot, qapp):
    view = open_journal(open_window, qtbot, qapp, 1.0, (1280, 800))
    (lines, _), = shown_rows(view)
    assert len(lines) == 1
    assert view.search_field.placeholderText() == "Search journal (Ctrl+F)"


def test_a_row_breaks_after_the_time_and_the_words_that_fit(qapp):
    metrics = QFontMetrics(QFont())
    text = "04:34  " + WORDS
    assert two_lines(text, metrics, 10_000) == [text]
    narrow = metrics.horizontalAdvance("04:34  Woke before") + 2
    first, second = two_lines(text, metrics, narrow)
    assert first == "04:34  Woke before"
    assert second.startswith("the clock") and second.endswith("…")
    assert metrics.horizontalAdvance(second) <= narrow
