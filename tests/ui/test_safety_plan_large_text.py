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


def ink_left(image, top: int, bottom: int, start: int = 0) -> int | None:
    """The leftmost column from ``start`` with text drawn in it (clearly darker than the
    row's background) between rows ``top`` and ``bottom`` of ``image``."""
    background = image.pixelColor(image.width() - 3, top).lightness()
    for x in range(start, image.width()):
        if any(background - image.pixelColor(x, y).lightness() > 80
               for y in range(top, bottom)):
            return x
    return None


def assert_hanging_indent(view, row: int) -> None:
    """Row ``row``'s second and later lines begin where its words begin on the first line,
    to the right of its number."""
    view.selectionModel().clearSelection()
    view.setCurrentIndex(view.model().index(-1, 0))
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    text = view.model().index(row, 0).data()
    number = text.split(" ")[0]  # "1."
    metrics = view.fontMetrics()
    line = metrics.lineSpacing()
    first = ink_left(image, rect.top(), rect.top() + line)
    assert first is not None
    words = ink_left(image, rect.top(), rect.top() + line,
                     first + metrics.horizontalAdvance(number) + 2)
    later = ink_left(image, rect.top() + line + 8, rect.bottom() - 4)
    assert words is not None and later is not None, "the row has one line only"
    assert later > first + metrics.horizontalAdvance(number), "a wrapped line under the number"
    assert abs(later - words) <= 3, (later, words)


@pytest.mark.parametrize(("scale", "size"), [(2.0, MIN_SIZE), (1.0, (1280, 800))])
def test_wrapped_lines_start_under_the_words(scale, size, window_at, qtbot, qapp):
    """A wrapped entry's second line once started under its number, not under its words."""
    window = window_at(scale, size)
    window.show_tab("Safety plan")
    editor = window.safety.editors[SECTIONS[5].key]
    words = LONG if scale > 1 else LONG + ", with a list of who to call taped inside its door"
    type_entry(qtbot, editor, "Short")
    type_entry(qtbot, editor, words)
    qtbot.waitUntil(lambda: editor.list_model.rowCount() == 2)
    qapp.processEvents()
    view = editor.list
    qtbot.waitUntil(lambda: view.visualRect(editor.list_model.index(1, 0)).height()
                    >= 2 * view.fontMetrics().lineSpacing())
    assert_hanging_indent(view, 1)
    assert view.model().index(1, 0).data() == f"2.  {words}"  # what a screen reader reads
    assert view.verticalScrollBar().maximum() == 0  # and still whole
