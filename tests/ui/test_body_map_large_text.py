"""Large text on the Body map (and the Safety plan): the words painted below the figures,
the "Your map" side and the plan keep all their letters at 200 % (1280×800) and at 150 %
(and 100 %) on the smallest window.

tests/ui/clipping.py finds cut labels and buttons; the body map also paints words itself
("Front", "their right · their left"), and a panel without a scroll area can be squeezed
from below, which cuts lines in half: both are checked here.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from numbness_desktop.ui.bodymap.map_labels import small_font
from numbness_desktop.ui.bodymap.overlay_panel import SWATCH_BAND
from numbness_desktop.ui.main_window import MIN_SIZE
from tests.ui.clipping import clipped

CASES = [(2.0, (1280, 800)), (1.5, MIN_SIZE), (1.0, MIN_SIZE)]


def squeezed(root: QWidget) -> list[str]:
    """Visible widgets drawn lower than they need (lines cut through from below)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.height() <= 1:
            continue
        line = widget.fontMetrics().height()
        if isinstance(widget, QLabel) and widget.text():
            needed = widget.heightForWidth(widget.width()) if widget.wordWrap() else line
        elif isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            needed = line + 2  # a line of text inside a one-pixel frame
        else:
            continue  # containers and scroll areas: their controls are checked
        if needed > widget.height() + 1:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            found.append(f"squeezed: {type(widget).__name__} {name[:40]!r} "
                         f"({needed} > {widget.height()})")
    return found


@pytest.fixture
def large_window(request, data_dir, window_at, qtbot):
    from numbness_desktop.cli import _fill_demo

    _fill_demo(data_dir)  # words of one's own in the picker, numbers on the map
    window = window_at(*request.param)
    window.show_tab("Body map")
    qtbot.wait(30)
    return window


@pytest.mark.parametrize("large_window", CASES, indirect=True)
def test_the_words_below_the_figures_are_whole(large_window):
    view = large_window.body_map
    widget = view.map
    labels = widget.view_labels()
    assert [label.view for label in labels] == ["front", "back"]
    title = QFontMetricsF(widget.font())
    sides = QFontMetricsF(small_font(widget.font()))
    for label in labels:
        assert label.sides.replace("\xa0", " ") == label.full_sides  # not elided ("the…")
        assert title.horizontalAdvance(label.title) <= label.title_rect.width() + 0.5
        assert sides.boundingRect(label.sides_rect, label.flags, label.sides).width() \
            <= label.sides_rect.width() + 0.5
        for rect in (label.title_rect, label.sides_rect):
            assert rect.left() >= -0.5 and rect.right() <= widget.width() + 0.5
            assert rect.bottom() <= widget.height() + 0.5
    front, back = labels
    assert not front.title_rect.intersects(back.title_rect)  # not "FrontBack"
    assert not front.sides_rect.intersects(back.sides_rect)


@pytest.mark.parametrize("large_window", CASES, indirect=True)
def test_both_sides_of_the_body_map_cut_nothing(large_window, qtbot):
    view = large_window.body_map
    found = {"mark": clipped(view) + squeezed(view)}
    view.nowhere.click()  # the form's "Where" changes: the page stays whole
    qtbot.wait(30)
    found["mark"] += clipped(view) + squeezed(view)
    view.nowhere.click()
    view.set_mode(1)
    qtbot.wait(30)
    found["your map"] = clipped(view) + squeezed(view)
    legend = view.overlay_panel.legend  # its words are painted below the swatches
    if legend.height() < SWATCH_BAND + legend.fontMetrics().height():
        found["your map"].append(f"legend cut: {legend.height()}")
    assert found == {"mark": [], "your map": []}


@pytest.mark.parametrize("large_window", CASES, indirect=True)
def test_the_safety_plan_cuts_nothing(large_window, qtbot):
    large_window.show_tab("Safety plan")
    qtbot.wait(30)
    view = large_window.safety
    assert clipped(view) + squeezed(view) == []


@pytest.mark.parametrize("large_window", [(2.0, MIN_SIZE)], indirect=True)
def test_the_form_never_scrolls_sideways_at_200_percent_in_the_smallest_window(large_window):
    """Once: the heading "Name what you notice" kept one line, wider than the form's column,
    and the column scrolled sideways; it wraps now."""
    from PySide6.QtWidgets import QScrollArea

    view = large_window.body_map
    areas = [area for area in view.findChildren(QScrollArea) if area.isVisible()]
    assert areas
    assert not [area for area in areas if area.horizontalScrollBar().isVisible()]
    assert view.form.heading.wordWrap()
