"""Safety plan at 200 % text in the smallest window (1024×640): every entry of a section's
list shows whole, however many lines it wraps to; the list scrolls never.

There a one-entry list was once sized by the row's one-line size hint and cut its entry's
second line off ("Sam keeps the spare medication; I get a week at a" / "time" unseen)."""

from __future__ import annotations

import pytest

from numbness_desktop.domain.safety_plan import SECTIONS
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.conftest import type_entry

LONG = ("Sam keeps the spare medication; I get a week at a time, and that is enough "
        "for now")


@pytest.mark.parametrize(("scale", "size"), [(2.0, MIN_SIZE), (1.5, MIN_SIZE),
                                             (1.0, (1280, 800))])
def test_every_entry_shows_whole(scale, size, window_at, qtbot, qapp):
    window = window_at(scale, size)
    window.show_tab("Safety plan")
    key = SECTIONS[5].key
    editor = window.safety.editors[key]
    type_entry(qtbot, editor, LONG)
    type_entry(qtbot, editor, "Short")
    qtbot.waitUntil(lambda: editor.list_model.rowCount() == 2)
    qapp.processEvents()
    view = editor.list
    metrics = view.fontMetrics()
    wrapped = False
    for row in range(editor.list_model.rowCount()):
        rect = view.visualRect(editor.list_model.index(row, 0))
        assert view.viewport().rect().contains(rect), row  # the whole row is inside
        text = editor.list_model.index(row, 0).data()
        wrapped = wrapped or metrics.horizontalAdvance(text) > view.viewport().width()
        lines = -(-metrics.horizontalAdvance(text) // max(1, view.viewport().width() - 40))
        assert rect.height() >= lines * metrics.lineSpacing(), (row, text)
    assert view.verticalScrollBar().maximum() == 0
    if scale == 2.0:
        assert wrapped  # the case this is about: an entry on more than one line
