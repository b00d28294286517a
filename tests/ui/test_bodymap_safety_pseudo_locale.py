"""Body map and Safety plan in a pseudo-locale: every word they show is translated, and the
longer words (40 % more, as in many languages) are not cut.

PseudoTranslator (ui/i18n.py) brackets each translated string, so an untranslated label,
button or accessible name shows up without its "[".
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from tests.ui.clipping import clipped
from tests.ui.test_body_map_large_text import squeezed


def untranslated(root: QWidget, elsewhere: tuple[QWidget, ...] = ()) -> list[str]:
    """Visible words in ``root`` that did not pass through the translator (``elsewhere``:
    widgets whose words another module gives)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget in elsewhere:
            continue
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        found += [f"{type(widget).__name__}: {text[:50]!r}" for text in texts
                  if text.strip() and "[" not in text]
    return found


def sideways(root: QWidget) -> list[str]:
    """Scroll areas whose page is wider than they are (words reached only by scrolling)."""
    return [f"scrolls sideways: {type(area.widget()).__name__} "
            f"({area.widget().width()} > {area.viewport().width()})"
            for area in root.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and area.widget().width() > area.viewport().width() + 1]


def whole(root: QWidget) -> list[str]:
    return clipped(root) + squeezed(root) + sideways(root)


@pytest.fixture
def window(pseudo, open_window, qtbot):
    window = open_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    return window


def test_the_body_map_is_translated_and_whole(window, qtbot):
    window.show_tab("Body map")
    view = window.body_map
    qtbot.wait(30)
    assert view.mark_mode.text().startswith("[Mark a feeling~")
    found = {"mark": untranslated(view) + whole(view)}
    labels = view.map.view_labels()
    assert [label.title for label in labels] == ["[Front~]", "[Back~]"]
    assert all(label.sides.startswith("[their") for label in labels)
    assert view.map.accessibleDescription().startswith("[Focused: [[Head~]: not marked")
    view.map.toggle("chest")  # a place marked: its row in "Where" and its choice
    qtbot.wait(30)
    found["marked"] = untranslated(view) + whole(view)
    view.set_mode(1)
    qtbot.wait(30)
    found["your map"] = untranslated(view) + whole(view)
    assert found == {"mark": [], "marked": [], "your map": []}


def test_the_safety_plan_is_translated_and_whole(window, qtbot):
    window.show_tab("Safety plan")
    view = window.safety
    qtbot.wait(30)
    assert view.pdf_button.text().startswith("[Save as PDF…~")
    # The country picker and its note are ui/country_choice's words.
    found = untranslated(view, (view.country_box, view.country_note)) + whole(view)
    assert found == []
