"""The Journal in a pseudo-locale (every translated string 40 % longer and [bracketed]):
each word of the journal's own passes through the translator, and nothing is cut."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from numbness_desktop.ui.journal.chips import ChipWidget
from tests.ui.clipping import clipped

SYMBOLS = {"‹", "›", "×"}  # buttons whose text is a sign, named for screen readers


def shown_words(root: QWidget, skip: tuple[QWidget, ...] = ()) -> dict[str, QWidget]:
    """The visible texts of labels and buttons under ``root`` (the person's own words, the
    feelings they named, and dates left out)."""
    found = {}
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        text = widget.text().strip()
        if not widget.isVisible() or not text or text in SYMBOLS or widget in skip:
            continue
        if any(isinstance(parent, ChipWidget) for parent in _parents(widget, root)):
            continue  # a chip shows the person's word
        found[text] = widget
    return found


def _parents(widget: QWidget, root: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def test_the_journal_speaks_through_the_translator_and_nothing_is_cut(pseudo, open_window,
                                                                       qtbot):
    window = open_window()
    journal = window.app_model.journal
    entry = journal.add_entry("2026-11-26", "Out of my window the rain was soft.")
    journal.add_chip(entry, "calm", 4)
    window.show_tab("Journal")
    view = window.journal
    view.load_day()
    qtbot.wait(20)
    assert view.search_field.placeholderText().startswith("[Search journal")
    assert view.editor.accessibleName().startswith("[Journal entry")
    words = shown_words(view, skip=(view.date_button,))
    assert {"[Journal", "[Entries this day", "[New entry", "[Delete entry", "[If it helps:",
            "[Add feeling", "[Today"} <= {text.split("~")[0] for text in words}
    assert [text for text in words if not text.startswith("[")] == []
    assert clipped(view) == []

    view.search_field.setText("window of tolerance")
    view.run_search()
    qtbot.wait(20)
    panel = view.search_panel
    assert panel.learn_box.isVisible() and panel.model.rowCount() == 1
    words = shown_words(panel)
    assert {"[‹ Back to the day", "[Feeling", "[From", "[to", "[Clear filters",
            "[From Learn"} <= {text.split("~")[0] for text in words}
    assert [text for text in words if not text.startswith("[")] == []
    assert panel.start.text().startswith("[any day")
    first = panel.learn_model.index(0, 0)
    assert first.data().startswith("[Learn page:")
    assert clipped(panel) == []
