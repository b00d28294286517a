"""Trends charts at large text: words beside the mood grid's dots never sit on a dot or on
each other, tick labels never pile up, and the left axis title stays inside the chart.

At 200 % the mood grid once printed "curious" over "hopeful" and words over their own dots,
and the intensity chart's title could run past the chart's edge."""

from __future__ import annotations

from itertools import combinations

import pytest

from numbness_desktop.ui import theme
from numbness_desktop.ui.main_window import MIN_SIZE


@pytest.fixture
def demo_dir(data_dir):
    from numbness_desktop.cli import _fill_demo

    _fill_demo(data_dir)
    return data_dir


@pytest.mark.parametrize(("scale", "size"), [(1.0, (1280, 800)), (1.5, (1280, 800)),
                                             (2.0, (1280, 800)), (1.0, MIN_SIZE),
                                             (1.5, MIN_SIZE), (2.0, MIN_SIZE)])
def test_chart_words_touch_no_mark_and_no_other_word(scale, size, demo_dir, window_at, qtbot):
    window = window_at(scale, size)
    window.show_tab("Trends")
    view = window.trends
    qtbot.waitUntil(view.charts_ready)
    for key in ("mood", "intensity"):
        plot = view.cards[key].plot
        assert view.cards[key].showing_chart
        plot.grab()  # paints, as on screen: the chart notes where each word went
        words, marks = plot.word_boxes, plot.mark_boxes()
        texts = words + plot.tick_boxes + plot.title_boxes
        assert all(not a.intersects(b) for a, b in combinations(texts, 2)), key
        assert not [(w, m) for w in words for m in marks if w.intersects(m)], key
        assert plot.title_boxes, key
        assert all(plot.rect().toRectF().contains(box) for box in plot.title_boxes), key
    mood = view.cards["mood"].plot
    assert len(mood.word_boxes) >= 4  # most of the words still said on the chart
    assert all(mood.plot_area().contains(box) for box in mood.word_boxes)
    # pointing at a dot still tells its exact value
    dot = mood.mark_boxes()[0].center()
    assert "pleasantness" in mood.tip_at(dot)


def test_a_left_title_word_longer_than_a_short_chart_stays_inside_it(qapp, qtbot):
    """The chart grows for its title's longest word, and a word still longer than the data
    is tall is moved up or down, never cut by the chart's edge."""
    from numbness_desktop.ui.trends.chart import Chart

    theme.apply_theme(qapp, 2.0)
    try:
        plot = Chart()
        qtbot.addWidget(plot)
        plot.ensurePolished()  # the text size of the app's style sheet
        plot.left.title = "intensity (0–10)"
        plot.set_y_range(0, 11.8)
        plot.fit_rows()
        longest = plot.fontMetrics().horizontalAdvance("intensity")
        assert plot.minimumHeight() > longest + plot.plot_area().top()  # room for the word
        plot.setMinimumHeight(0)  # squeezed by a layout: shorter than the data needs
        for height in (plot.maximumHeight(), longest + 12):
            plot.resize(500, height)
            plot.grab()
            assert plot.title_boxes and plot.plot_area().height() < height
            assert all(plot.rect().toRectF().contains(box) for box in plot.title_boxes)
    finally:
        theme.apply_theme(qapp, 1.0)


def test_period_switch_stays_whole_at_200_percent_in_the_smallest_window(demo_dir, window_at,
                                                                        qtbot):
    """Once: the summary button and the five periods kept one row, "All" was cut at the
    right and the page scrolled sideways; now the periods go under the button."""
    window = window_at(2.0, MIN_SIZE)
    window.show_tab("Trends")
    view = window.trends
    qtbot.waitUntil(view.charts_ready)
    scroll = view.page.parentWidget().parentWidget()  # the page's scroll area
    viewport = scroll.viewport()
    for button in [view.summary_button, *view.period_buttons.values()]:
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right <= viewport.width(), button.text()
    first_period = next(iter(view.period_buttons.values()))
    assert view.summary_button.geometry().bottom() < first_period.geometry().top()
    assert not scroll.horizontalScrollBar().isVisible()
