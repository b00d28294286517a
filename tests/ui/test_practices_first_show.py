"""The Practices tab's first show does only what its home page needs (issue 17).

No timings here (benchmarks/view_timings.py measures them): what is checked is the work
itself. The tab's first show imports no practice's own modules (a practice's frame brings
the Learn pages), nor the suggestion rules or the trends' dataclasses; the home page is
laid out once, at the tab's real size, not first at a default size and then again; a
wrapping label lays its words out once per width; and what lies below the fold (the last row
of cards, the day's goal, the basics) comes just after the first paint, in its place on the
page and in the Tab order (or before it, in a window tall enough to show it).
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from numbness_desktop.ui.cards import ActionCard
from numbness_desktop.ui.practices.basics import BasicsCard
from numbness_desktop.ui.practices.goal import GoalCard
from numbness_desktop.ui.practices.reflow import CardGrid
from numbness_desktop.ui.wrapped_label import WrappedLabel
from tests.ui.a11y_audit import accessible_name, tab_walk

CHECK = """
import pathlib, sys, tempfile
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
window = wiring.create_window(pathlib.Path(tempfile.mkdtemp()))
window.resize(1280, 800)
window.show()
app.processEvents()
window.show_tab("Practices")
app.processEvents()
later = ("numbness_desktop.ui.practices.frame", "numbness_desktop.domain.learn",
         "numbness_desktop.ui.practices.grounding", "numbness_desktop.ui.practices.body_scan",
         "numbness_desktop.ui.practices.movement", "numbness_desktop.ui.practices.pause",
         "numbness_desktop.domain.suggestions", "numbness_desktop.domain.practice_trends",
         "numbness_desktop.ui.practices.suggestions")
print(" ".join(name for name in later if name in sys.modules) or "none")
window.practices.open_target("grounding")
app.processEvents()
print("frame" if "numbness_desktop.ui.practices.frame" in sys.modules else "no frame")
window.close()
"""


def test_the_first_show_imports_no_practice_until_one_opens(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["none", "frame"]


FIRST_PAINT = """
import pathlib, sys, tempfile
from PySide6.QtCore import QEvent, QObject
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
window = wiring.create_window(pathlib.Path(tempfile.mkdtemp()))
window.resize(1280, 800)
window.show()
app.processEvents()
records = ("numbness_desktop.model.practices_model", "numbness_desktop.domain.practices")
at_paint = []
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "page" \\
                and not at_paint:
            at_paint.append([name for name in records if name in sys.modules] or "none")
        return False
watch = Watch()
app.installEventFilter(watch)
window.show_tab("Practices")
while window.practices._goal is None:
    app.processEvents()
print(at_paint[0] if at_paint else "no paint")
print(" ".join(name for name in records if name in sys.modules))
window.close()
"""


def test_the_practices_records_come_after_the_first_paint_with_the_days_goal(tmp_path):
    """The home page shows none of the model's records; the day's goal and basics (below
    the fold, built just after the first paint) and a saved check-in bring them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [
        "none", "numbness_desktop.model.practices_model numbness_desktop.domain.practices"]


class _PageResizes(QObject):
    """Every page's resizes, in order (installed on the application)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[QObject, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched.objectName() == "page":
            self.seen.append((watched, watched.width()))
        return False


def test_the_home_page_is_laid_out_once_at_the_tabs_width(qtbot, open_window):
    window = open_window()
    resizes = _PageResizes()
    QApplication.instance().installEventFilter(resizes)
    try:
        window.show_tab("Practices")
        page = window.practices.home.widget()
        qtbot.waitUntil(lambda: page.isVisible() and page.width() > 900)
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(resizes)
    widths = [width for widget, width in resizes.seen if widget is page]
    assert len(set(widths)) == 1, widths  # one width: never first at a guessed size
    assert window.practices.card_grid.columns == 2


def test_cards_added_together_are_placed_once_two_to_a_row_until_sized(qtbot):
    holder = QWidget()  # no layout: the grid takes the size it is given
    qtbot.addWidget(holder)
    holder.resize(400, 400)
    grid = CardGrid()
    grid.setParent(holder)
    cards = [ActionCard(f"Card {n}", "Words", "Open", f"Open {n}") for n in range(3)]
    grid.extend(cards)
    assert grid.columns == 2
    assert grid.grid.getItemPosition(grid.grid.indexOf(cards[2]))[:2] == (1, 0)
    grid.resize(200, 400)  # too narrow for two: one to a row
    holder.show()
    qtbot.waitUntil(lambda: grid.columns == 1)
    assert grid.grid.getItemPosition(grid.grid.indexOf(cards[1]))[:2] == (1, 0)


class _FirstPaint(QObject):
    """Whether the day's goal card existed, and the last row of cards showed, when ``page``
    first painted."""

    def __init__(self, page: QWidget, last_cards: list[QWidget]) -> None:
        super().__init__()
        self.goal_there: bool | None = None
        self.last_row_shown: bool | None = None
        self._last_cards = last_cards
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.goal_there is None:
            self.goal_there = watched.findChild(GoalCard) is not None
            self.last_row_shown = all(card.isVisible() for card in self._last_cards)
        return False


def _last_row(view) -> list[QWidget]:
    return [view.cards["self_kindness"], view.cards["staying_present"]]


def test_what_is_below_the_fold_comes_just_after_the_first_paint_in_its_place(qtbot, qapp,
                                                                             open_window):
    window = open_window()  # 1100 × 760: they are below the fold
    view = window.practices  # built before it shows (as a link from Today can)
    later = QPushButton("Made later")  # a control the window gains after the view was built
    window.statusBar().addPermanentWidget(later)
    window.show_tab("Practices")
    page = view.home.widget()
    watch = _FirstPaint(page, _last_row(view))
    qtbot.waitUntil(lambda: watch.goal_there is not None)
    assert (watch.goal_there, watch.last_row_shown) == (False, False)
    qtbot.waitUntil(lambda: page.findChild(BasicsCard) is not None)
    assert all(card.isVisible() for card in _last_row(view))
    goal, basics = page.findChild(GoalCard), page.findChild(BasicsCard)
    assert (goal, basics) == (view.goal, view.basics)
    # On the page: the last row of cards under the others, then the goal and the basics.
    grid = view.card_grid
    first, last = view.cards["grounding"], view.cards["staying_present"]
    assert last.y() > first.y() + first.height() and last.x() > first.x()
    assert grid.y() + grid.height() < goal.y() < goal.y() + goal.height() < basics.y()
    assert goal.width() == basics.width() == grid.width()

    # In the Tab order: straight after the last card's button, as they are read (not after
    # what the window gained since the page was built).
    def settle() -> None:
        for _ in range(3):
            qapp.processEvents()

    stops, problems = tab_walk(window.tabs.tabBar(), settle)
    names = [accessible_name(stop) for stop in stops]
    below = [control for control in (goal.field, goal.done,
                                     *(b for row in basics.buttons.values() for b in row))
             if control.isEnabled()]  # ("Done" waits for a goal)
    at = stops.index(view.cards["staying_present"].button)
    assert stops[at + 1:at + 1 + len(below)] == below, names
    assert not any(page.isAncestorOf(stop) for stop in stops[at + 1 + len(below):]), names
    assert later in stops[at + 1 + len(below):], names
    assert problems == []


def test_in_a_window_tall_enough_to_show_them_they_are_there_at_the_first_paint(qtbot,
                                                                                open_window):
    window = open_window()
    window.resize(1100, 1500)
    qtbot.wait(20)
    window.show_tab("Practices")
    view = window.practices
    watch = _FirstPaint(view.home.widget(), _last_row(view))
    qtbot.waitUntil(lambda: watch.goal_there is not None)
    assert (watch.goal_there, watch.last_row_shown) == (True, True)


def test_a_wrapping_label_lays_its_words_out_once_per_width(qtbot):
    label = WrappedLabel("Five things you see, four you hear, three you can touch.")
    qtbot.addWidget(label)
    first = label.heightForWidth(120)
    assert label._heights == {120: first}
    assert label.heightForWidth(120) == first and label.heightForWidth(400) < first
    label.setText(label.text() + " Two you smell, one you taste.")  # new words: measured anew
    assert label._heights == {}
    assert label.heightForWidth(120) > first
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # bigger text: measured anew
    assert label._heights == {}
    assert label.heightForWidth(120) > first
