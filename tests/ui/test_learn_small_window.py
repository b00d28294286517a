"""Learn at 200 % text in the smallest window (1024×640): every button shows whole, the
page has the room the page list can spare, and its title breaks between words.

There the reader was once 287 px, narrower than the banner's Get help now button (246 px
of 235 shown), the title broke as "numbn / ess" and the search hint read "Search Le…"."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextFormat
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from numbness_desktop.ui import theme
from numbness_desktop.ui.learn import view as learn_view
from numbness_desktop.ui.learn.title_fit import fit_title
from numbness_desktop.ui.main_window import MIN_SIZE


def open_learn(window_at, qtbot, qapp, scale, size=MIN_SIZE):
    window = window_at(scale, size)
    window.show_tab("Support")
    view = window.support.show_section("learn")
    view.show_page("numbness")
    qtbot.waitUntil(lambda: view.text.isVisible())
    qapp.processEvents()
    return window, view


def title_lines(view) -> list[str]:
    block = view.text.document().firstBlock()
    layout = block.layout()
    return [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())]


def test_every_button_shows_whole_at_200_percent(window_at, qtbot, qapp):
    _, view = open_learn(window_at, qtbot, qapp, 2.0)
    # The page has what the list can spare (the list at its own minimum at most; with the
    # Support sections listed across the top there is room for both).
    qtbot.waitUntil(lambda: view.splitter.sizes()[0] >= learn_view.SIDE_MIN_WIDTH
                    and view.reader.width() >= view.reader.minimumWidth())
    assert view.reader.width() >= view.reader.minimumWidth()
    bar = view.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    qapp.processEvents()
    button = view.help_button
    assert button.isVisible() and button.accessibleName() == "Get help now"
    cut = [b.text() for b in view.findChildren(QAbstractButton)
           if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]
    assert cut == []
    assert view.danger.rect().contains(button.geometry())
    right = button.mapTo(view.text.viewport(), button.rect().topRight()).x()
    assert right < view.text.viewport().width()  # inside what can be seen
    # Everything of the view inside the Support tab's page, nothing beyond its right edge.
    holder = view.parentWidget()
    assert view.mapTo(holder, view.rect().topRight()).x() <= holder.width()


def test_the_title_breaks_between_words_and_the_hint_shows_whole(window_at, qtbot, qapp):
    _, view = open_learn(window_at, qtbot, qapp, 2.0)
    qtbot.waitUntil(lambda: view.splitter.sizes()[0] >= learn_view.SIDE_MIN_WIDTH
                    and view.reader.width() >= view.reader.minimumWidth())
    lines = title_lines(view)
    words = view.text.document().firstBlock().text().split()
    assert len(lines) > 1
    assert all(word in words for line in lines for word in line.split())
    field = view.search_box
    assert isinstance(field, QLineEdit)
    assert field.room_for(field.placeholderText()) <= field.width()
    assert field.placeholderText() in ("Search Learn", "Search")
    assert field.accessibleName() == "Search Learn"


def test_the_usual_sizes_are_as_before(window_at, qtbot, qapp):
    """At 100 % the page list keeps its width and the title its size."""
    _, view = open_learn(window_at, qtbot, qapp, 1.0, (1280, 800))
    assert view.splitter.sizes()[0] == learn_view.LIST_WIDTH
    fragment = view.text.document().firstBlock().begin().fragment()
    assert fragment.charFormat().property(QTextFormat.Property.FontSizeAdjustment) == 3
    assert view.search_box.placeholderText() == "Search Learn"


def test_a_title_steps_down_only_while_a_word_has_no_room(qapp):
    theme.apply_theme(qapp, 1.0)
    document = QTextDocument()
    document.setMarkdown("# What numbness is\n\nWords.")
    assert fit_title(document, 10_000) == 3
    word = document.firstBlock().begin().fragment().charFormat().font()
    from PySide6.QtGui import QFontMetricsF

    numbness = QFontMetricsF(word).horizontalAdvance("numbness")
    assert fit_title(document, numbness - 1) == 2
    assert fit_title(document, numbness) == 3  # room again: back to its usual size
    assert fit_title(document, 1) == 1  # the smallest step, even when nothing fits
    body = QTextDocument()
    body.setMarkdown("Not a heading")
    assert fit_title(body, 1) == 0


def test_a_divider_the_person_placed_stays_where_they_put_it(window_at, qtbot, qapp):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window, view = open_learn(window_at, qtbot, qapp, 2.0, (1280, 800))
    handle = view.splitter.handle(1)
    before = view.splitter.sizes()[0]
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + QPoint(60, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    qtbot.waitUntil(lambda: view.splitter.sizes()[0] > before)
    placed = view.splitter.sizes()[0]
    window.resize(*MIN_SIZE)
    qtbot.waitUntil(lambda: window.width() == MIN_SIZE[0])
    qapp.processEvents()
    assert view.splitter.sizes()[0] >= min(placed, learn_view.SIDE_MIN_WIDTH + 40)
    assert view.splitter.sizes()[0] > learn_view.SIDE_MIN_WIDTH  # not moved back for it
