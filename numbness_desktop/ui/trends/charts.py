"""The Trends charts by key: each one's title, drawing and exact text summary.

The drawing itself lives by job: ``drawing`` (the themed plot, axes and hover points every
chart shares), ``weekly`` (bars along a date axis), ``feeling_charts`` (feelings named, mood
grid, intensity, body), ``activity_charts`` (breathing, journal, and their second charts) and
``practice_charts`` (what helps, check-ins, the basics). Each chart is a light QPainter
:class:`~numbness_desktop.ui.trends.chart.Chart`: no pyqtgraph, no numpy.
"""

from __future__ import annotations

from collections.abc import Callable

from numbness_desktop.domain.trends import TrendsData, rated_enough
from numbness_desktop.ui.trends.activity_charts import (
    CHANGES_HEADING,
    change_lines,
    draw_breathing,
    draw_changes,
    draw_journal,
    draw_top_words,
    summary_breathing,
    summary_changes,
    summary_journal,
    summary_top_words,
)
from numbness_desktop.ui.trends.chart import Chart
from numbness_desktop.ui.trends.dates import nice_day
from numbness_desktop.ui.trends.drawing import (
    DAY_SECONDS,
    PLOT_MAX_HEIGHT,
    PLOT_MIN_HEIGHT,
    SECOND_PLOT_HEIGHT,
    axis_label,
    fit_left_ticks,
    hover,
    legend,
    new_plot,
    palette,
    soft_fill,
    stamp,
    style_plot,
    whole_number_ticks,
)
from numbness_desktop.ui.trends.feeling_charts import (
    INTENSITY_KEY,
    MOOD_KEY,
    draw_body,
    draw_granularity,
    draw_intensity,
    draw_mood,
    joined_neighbours,
    label_places,
    summary_body,
    summary_granularity,
    summary_intensity,
    summary_mood,
)
from numbness_desktop.ui.trends.weekly import (
    PARTIAL_KEY,
    bucket_name,
    has_partial_bars,
    late_start,
    late_start_note,
    partial_note,
)

# The shared helpers under their older names too (ui/wellbeing/trends_card.py and the tests
# reach them through this module).
_hover, _label, _legend = hover, axis_label, legend
_fit_left_ticks, _whole_number_ticks = fit_left_ticks, whole_number_ticks
_partial_note = partial_note

__all__ = [
    "CHANGES_HEADING", "CHARTS", "DAY_SECONDS", "INTENSITY_KEY", "MOOD_KEY", "MORE_HAS_DATA",
    "PARTIAL_KEY", "PLOT_MAX_HEIGHT", "PLOT_MIN_HEIGHT", "SECOND_CHARTS", "SECOND_PLOT_HEIGHT",
    "bucket_name", "change_lines", "has_data", "has_partial_bars", "has_second_data",
    "joined_neighbours", "label_places", "late_start", "late_start_note", "new_plot",
    "nice_day", "palette", "soft_fill", "stamp", "style_plot",
]


def has_data(key: str, data: TrendsData) -> bool:
    if key in MORE_HAS_DATA:
        return MORE_HAS_DATA[key](data)
    return bool({
        "granularity": data.granularity,
        "mood": [f for f in data.feelings if f.pleasantness is not None],
        "intensity": data.intensity,
        "body": data.regions,
        "breathing": data.breathing,
        "journal": data.journal_days,
    }[key])


def has_second_data(key: str, data: TrendsData) -> bool:
    return bool({"breathing": rated_enough(data.changes), "journal": data.top_words}.get(key))


Draw = Callable[[Chart, TrendsData], None]
CHARTS: dict[str, tuple[str, bool, Draw, Callable[[TrendsData], str]]] = {
    # key: (title, date axis, draw, text summary)
    "granularity": ("Feelings you named", True, draw_granularity, summary_granularity),
    "mood": ("Mood grid", False, draw_mood, summary_mood),
    "intensity": ("Intensity over time", True, draw_intensity, summary_intensity),
    "body": ("Where in the body", False, draw_body, summary_body),
    "breathing": ("Breathing", True, draw_breathing, summary_breathing),
    "journal": ("Journal", True, draw_journal, summary_journal),
}

# A second, smaller chart under some cards: key: (title, draw, text summary)
SECOND_CHARTS: dict[str, tuple[str, Draw, Callable[[TrendsData], str]]] = {
    "breathing": ("After vs before, per pattern", draw_changes, summary_changes),
    "journal": ("Most named in the journal", draw_top_words, summary_top_words),
}
# Charts other modules add (practice_charts.py: what helps, check-ins, the basics), each with
# its own "has data" test: key: has_data(data).
MORE_HAS_DATA: dict[str, Callable[[TrendsData], bool]] = {}
