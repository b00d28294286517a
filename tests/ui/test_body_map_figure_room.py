"""Body map with large text: the form column leaves the map's column room for its title on
one line where it can, and the figures take that room.

At 200 % on 1280×800 the title broke over two lines ("Where do you / feel it?") in a 523 px
column and the figures were 130 px tall; with the title on one line they are 190 px, and
the keys line stays."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from numbness_desktop.domain.body_shapes import CANVAS_HEIGHT
from numbness_desktop.ui import theme
from numbness_desktop.ui.bodymap.view import SIDE_MIN_WIDTH
from numbness_desktop.ui.main_window import MIN_SIZE


def figure_height(view) -> float:
    return CANVAS_HEIGHT * view.map.fit().scale


def one_line(label) -> bool:
    return label.height() < 1.5 * QFontMetrics(label.font()).lineSpacing()


@pytest.mark.parametrize(("scale", "size", "tallest_before"),
                         [(2.0, (1280, 800), 130), (1.5, MIN_SIZE, 140)])
def test_the_title_keeps_one_line_and_the_figures_grow(scale, size, tallest_before,
                                                       window_at, qtbot):
    window = window_at(scale, size)
    window.show_tab("Body map")
    view = window.body_map
    qtbot.waitUntil(lambda: view.map.isVisible() and one_line(view.title))
    assert view.title.text() == "Where do you feel it?"
    assert figure_height(view) >= tallest_before * 1.3
    assert view.side.width() >= SIDE_MIN_WIDTH
    if size == (1280, 800):
        assert view.keys_hint.isVisible()
        assert view.keys_hint.geometry().bottom() <= view.height()


def test_normal_text_keeps_its_layout(window_at, qtbot):
    window = window_at(1.0, (1280, 800))
    window.show_tab("Body map")
    view = window.body_map
    qtbot.waitUntil(view.map.isVisible)
    assert view.side.maximumWidth() == 470  # SIDE_WIDTH, as before


def test_the_form_keeps_its_width_where_the_title_cannot_fit(window_at, qtbot):
    """The smallest window at 200 %: the title needs two lines anyway, so the form column
    gives nothing up."""
    window = window_at(2.0, MIN_SIZE)
    window.show_tab("Body map")
    view = window.body_map
    qtbot.waitUntil(view.map.isVisible)
    assert not one_line(view.title)
    assert view.side.width() > SIDE_MIN_WIDTH


def test_text_grown_while_open_gives_the_title_its_line(window_at, qtbot, qapp):
    window = window_at(1.0, (1280, 800))
    window.show_tab("Body map")
    view = window.body_map
    qtbot.waitUntil(view.map.isVisible)
    theme.apply_theme(qapp, 2.0)
    qtbot.waitUntil(lambda: one_line(view.title) and figure_height(view) >= 170)
