"""Trends' words at any size and in any language: titles on the charts' rotated axes fit
at 200 % text (they were cut at both ends), and every word the tab shows goes through the
translator (a pseudo-locale brackets and lengthens them) without being cut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel

from numbness_desktop.ui import theme
from tests.ui.clipping import clipped


@pytest.fixture
def demo_dir(data_dir):
    from numbness_desktop.cli import _fill_demo

    _fill_demo(data_dir)
    return data_dir


def open_every_chart(open_window, qtbot, size=(1280, 800)):
    window = open_window()
    window.resize(*size)
    window.show_tab("Trends")
    view = window.trends
    qtbot.waitUntil(lambda: view.isVisible() and view.charts_ready())
    view.draw_everything()
    qtbot.wait(30)
    return window, view


def left_titles(view):
    """(chart key, chart) for every shown chart whose left axis has a title."""
    for key, card in view.cards.items():
        for plot in card.shown_plots():
            if plot.left.title:
                yield key, plot


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_rotated_axis_titles_fit_their_axis(scale, demo_dir, open_window, qapp, qtbot):
    theme.apply_theme(qapp, scale)
    try:
        _, view = open_every_chart(open_window, qtbot)
        titles = list(left_titles(view))
        assert {key for key, _ in titles} >= {"granularity", "intensity", "breathing"}
        for key, plot in titles:
            lines = plot.left_title_lines()  # drawn turned a quarter: width runs up the axis
            metrics = QFontMetrics(plot.font())
            room = plot.plot_area().height()
            assert all(metrics.horizontalAdvance(line) <= room for line in lines), (key, lines)
            assert " ".join(lines) == " ".join(plot.left.title.split()), key
            # the title's lines stay left of the tick labels (they make room for them)
            widest = max(QFontMetrics(plot.tick_font).horizontalAdvance(text)
                         for _, text in plot._left_ticks)
            assert 4 + len(lines) * metrics.height() + widest <= plot.plot_area().left(), key
            if scale == 1.0:  # at the usual size every title keeps its one line
                assert len(lines) == 1, key
    finally:
        theme.apply_theme(qapp, 1.0)


def test_every_word_on_trends_is_translated_and_nothing_is_cut(pseudo, demo_dir, open_window,
                                                               qtbot):
    _, view = open_every_chart(open_window, qtbot)
    shown = [w for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)
             if w.isVisibleTo(view) and w.text().strip()
             and w.parentWidget() is not view.wellbeing_card]  # the WHO-5 card is Learn's
    assert shown
    untranslated = [w.text()[:50] for w in shown if not w.text().lstrip().startswith("[")]
    assert untranslated == []
    assert view.range_label.text().startswith("[")  # its dates too, in the locale
    for key, card in view.cards.items():
        assert card.save_button.accessibleName().startswith("["), key
        for plot in card.shown_plots():
            assert plot.accessibleName().startswith("["), key
            title = plot.left.title
            assert not title or title.startswith("["), (key, title)
    page = view.findChild(type(view.page), "page")
    assert clipped(page or view) == []
