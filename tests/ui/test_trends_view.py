import json
import os
import subprocess
import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from numbness_desktop.domain.trends import TAB_PERIODS, Period
from numbness_desktop.ui.trends.practice_charts import PRACTICE_CHARTS
from tests.trends_data import entry, feeling, fill_hand_built, fill_years, session
from tests.ui.test_practice_charts import practice_points

TODAY = date(2026, 11, 26)


def open_trends(open_window, qtbot):
    window = open_window()
    window.show_tab("Trends")
    view = window.trends
    qtbot.waitUntil(lambda: view.isVisible() and view.charts_ready())
    return window, view


def test_empty_data_shows_calm_sentences_never_a_blank_axis(open_window, qtbot):
    _, view = open_trends(open_window, qtbot)
    for card in view.cards.values():
        assert not card.showing_chart
        assert card.empty.text().startswith("Nothing here yet.")
        assert not card.save_button.isEnabled()
        assert card.second is None or not card.second.isVisibleTo(card)
        assert not card.second_title.isVisibleTo(card)


def test_one_point_of_each_kind_draws_every_chart(open_window, qtbot, store):
    with store.write() as db:
        feeling(db, "2026-11-25", "calm", "peaceful", 4, (("chest", "more"),))
        entry(db, "2026-11-25", "Quiet.", ("calm",))
        for _ in range(3):  # the fewest rated sessions any comparison is drawn from
            session(db, "2026-11-25", "4-6", 120, tension=(6, 4))
    practice_points(store)
    _, view = open_trends(open_window, qtbot)
    assert all(card.showing_chart for card in view.cards.values())
    assert view.cards["granularity"].reading.text() == (
        "You named 1 different feeling this week.")
    assert view.cards["breathing"].detail.text() == (
        "After vs before, in your own ratings:\n4-6: tension 2.0 lower · 3 rated sessions")
    breathing, journal = view.cards["breathing"], view.cards["journal"]
    assert breathing.second.isVisibleTo(breathing) and journal.second.isVisibleTo(journal)
    assert breathing.second.accessibleName() == "After vs before, per pattern chart"
    assert "4-6: tension 2.0 lower" in breathing.second.accessibleDescription()
    assert journal.second.accessibleDescription() == (
        "Most named in the journal: calm 1 time")
    assert "calm 2" in view.cards["mood"].plot.accessibleDescription()


def test_one_short_session_says_nothing_about_tension_yet(open_window, qtbot, store):
    """Like the Breathe tab, Trends waits for three rated sessions (one 26-second session
    once read "You breathed for 0 minutes … tension 2.0 points lower")."""
    with store.write() as db:
        session(db, "2026-11-25", "4-6", 26, tension=(6, 4))
    _, view = open_trends(open_window, qtbot)
    breathing = view.cards["breathing"]
    assert breathing.reading.text() == "You breathed for less than a minute in the past month."
    assert breathing.detail.text() == ""
    assert breathing.second is None or not breathing.second.isVisibleTo(breathing)


def test_period_buttons_update_range_and_readings(open_window, qtbot, store):
    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    assert view.trends.period is Period.MONTH
    qtbot.mouseClick(view.period_buttons[Period.WEEK], Qt.MouseButton.LeftButton)
    assert view.range_label.text() == "20 Nov 2026 – 26 Nov 2026"
    assert view.cards["journal"].reading.text() == (
        "You wrote on 2 days this week; the words you named most were calm, hopeful, tired.")
    assert view.cards["body"].reading.text() == (
        "Chest was marked most often this week: 2 with more sensation, 1 with less.")
    qtbot.mouseClick(view.period_buttons[Period.ALL], Qt.MouseButton.LeftButton)
    assert view.range_label.text() == "10 Jan 2024 – 26 Nov 2026"
    assert view.cards["journal"].reading.text().startswith("You wrote on 3 days so far")
    assert view.period_buttons[Period.ALL].isChecked()


def test_years_of_data_render_at_every_period(open_window, qtbot, store):
    fill_years(store, 3, TODAY, per_day=1)
    _, view = open_trends(open_window, qtbot)
    for period in TAB_PERIODS:
        view.set_period(period)
        older = [card for key, card in view.cards.items() if key not in PRACTICE_CHARTS]
        assert all(card.showing_chart for card in older), period
        assert all(card.reading.text() or card.empty.text() for card in view.cards.values())


def test_new_entries_show_when_the_tab_is_shown_again(open_window, qtbot, store):
    window, view = open_trends(open_window, qtbot)
    assert not view.cards["body"].showing_chart
    window.show_tab("Today")
    with store.write() as db:
        feeling(db, "2026-11-26", "sad", "sad", 5, (("throat", "less"),))
    window.show_tab("Trends")
    assert view.cards["body"].showing_chart


def test_a_chart_saves_as_png(open_window, qtbot, store, tmp_path):
    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    target = tmp_path / "mood.png"
    assert view.cards["mood"].save_png(target)
    image = QImage(str(target))
    assert image.width() > 200 and image.height() > 150


def test_controls_have_accessible_names(open_window, qtbot, store):
    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    assert view.period_buttons[Period.QUARTER].accessibleName() == "Show 3 months"
    card = view.cards["intensity"]
    assert card.plot.accessibleName() == "Intensity over time chart"
    assert "shut down" in card.plot.accessibleDescription()
    assert card.save_button.accessibleName() == (
        "Save the Intensity over time chart as a picture")


STARTUP_PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from numbness_desktop.app import create_window
window = create_window(Path(sys.argv[1]))
window.show()
app.processEvents()
seen = {}
for label in window.tab_labels():
    if label == "Trends":
        continue
    window.show_tab(label)
    app.processEvents()
    seen[label] = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
window.show_tab("Trends")
app.processEvents()
seen["after Trends"] = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
window.show_tab("Today")  # the next start restores the last tab
window.close()
print(json.dumps(seen))
"""


def test_other_tabs_never_import_pyqtgraph_or_numpy(tmp_path):
    """A normal start (the database already made) and every tab leave them unloaded: the
    Trends charts are painted with QPainter (pyqtgraph and numpy were ~450 ms of imports
    before the tab's first paint).

    The very first start creates the schema through sqlite-utils, which imports numpy when
    it is installed; so the probe runs on a second start, as a person's every later day.
    """
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen"}
    data = str(tmp_path / "data")
    for _ in range(2):  # the first start creates the database
        result = subprocess.run([sys.executable, "-c", STARTUP_PROBE, data], env=env,
                                capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert {label: mods for label, mods in seen.items() if label != "after Trends"} == {
        "Today": [], "Breathe": [], "Practices": [], "Body map": [], "Journal": [],
        "Support": [], "Safety plan": []}
    assert seen["after Trends"] == []


def test_charts_in_view_come_first_and_the_rest_right_after(open_window, qtbot, store):
    with store.write() as db:
        feeling(db, "2026-11-25", "calm", "peaceful", 4, (("chest", "more"),))
        entry(db, "2026-11-25", "Quiet.", ("calm",))
        session(db, "2026-11-25", "4-6", 120, tension=(6, 4))
    practice_points(store)
    window = open_window()
    window.show_tab("Trends")  # builds the view; nothing has painted yet
    view = window.trends
    in_view = [key for key, card in view.cards.items() if card.plot is not None]
    below = [key for key, card in view.cards.items() if card.plot is None]
    assert in_view[:2] == ["granularity", "mood"]  # the first row is always in view
    assert below and all(view.cards[key].visibleRegion().isEmpty() for key in below)
    assert not view.charts_ready()
    qtbot.waitUntil(view.charts_ready, timeout=3000)
    assert all(card.showing_chart for card in view.cards.values())


def test_a_switch_draws_cards_out_of_view_when_they_come_into_view(open_window, qtbot, store):
    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    below = [card for card in view.cards.values() if card.visibleRegion().isEmpty()]
    assert below
    view.set_period(Period.YEAR)
    assert not view.charts_ready()  # texts are new; the charts below wait to be seen
    assert all(card.reading.text() or card.empty.text() for card in below)
    scroll = view.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: all(not card.visibleRegion().isEmpty() or card.ready
                                for card in view.cards.values()))
    assert [card.key for card in below
            if not card.visibleRegion().isEmpty() and not card.ready] == []
    view.draw_everything()
    assert view.charts_ready()


def test_each_chart_says_what_its_marks_mean(open_window, qtbot, store):
    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    assert view.cards["mood"].key_note.text().startswith("★ the period's centre")
    assert "A break means nothing was named" in view.cards["intensity"].key_note.text()
    # the month began mid-week and this week is still going on: pale, dashed bars say so
    assert "Pale, dashed bars" in view.cards["granularity"].key_note.text()


def test_pointing_at_a_mark_shows_its_exact_value(open_window, qtbot, store):
    """The charts are painted with QPainter now; each mark still says its value on hover."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from numbness_desktop.ui.trends.chart import Points

    fill_hand_built(store)
    _, view = open_trends(open_window, qtbot)
    chart = view.cards["granularity"].plot
    marks = next(item for item in chart.items if isinstance(item, Points))
    chart.plot_area()  # laid out for its size
    where = chart.to_screen(marks.xs[-1], marks.ys[-1])
    assert chart.tip_at(where).startswith("Week of 23 Nov 2026: ")
    assert chart.tip_at(where).endswith("(so far)")  # the week still going on says so
    assert chart.tip_at(where + QPoint(0, 60)) == ""  # nothing there, nothing said
    event = QHelpEvent(QEvent.Type.ToolTip, where.toPoint(), chart.mapToGlobal(where.toPoint()))
    chart.event(event)
    assert QToolTip.text().startswith("Week of 23 Nov 2026: ")
    QToolTip.hideText()
