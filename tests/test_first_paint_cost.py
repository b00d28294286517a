"""What the way to the first paint leaves out, checked in a fresh interpreter.

Start-up is judged against a bare Qt window (benchmarks/run.py), so what Today's first paint
does not show is not built before it. Structure, not timings:

- PySide6's ``Qt`` enum namespace (~12 ms): an innocent ``Qt.AlignmentFlag`` in a Today card
  once brought it back, and so did a list model the two-week plan card read.
- Other views' modules and the models Today only needs a number from: the safety plan's
  (its schema, every country's crisis lines), the Support values model, the plan's review.
- Widget classes nobody sees yet: asking PySide6 for a scroll area's viewport once made it
  build the enums of every QWidget subclass (QWizard, QFileDialog, ...); QMessageBox and
  QDialog were imported for a type hint.
- The two-week plan card is read and filled once (it was four times), before the window
  first shows: its words are in place when Qt first measures them, not changed just after.
- QIcon's Python type, which QPushButton(text, parent) and QAction(text, parent) built;
  QKeySequence's (Get help now's keys) and QCryptographicHash's (the single-instance door).
- Today's five cards and note, below the fold under a running plan: made just after the
  first paint (they were made hidden before it), in sight at once when they could be seen.
- The plan's steps below the fold of the first view (on the demo data all but the first):
  made just after the first paint (they were made hidden before it), in their place and
  Tab order.
- The two-week plan's wrapped words (nine steps' titles and states) and the check-in's
  are WrappedLabels, measured once per width: as QLabels, Qt laid each text out again every
  time a layout asked (each step title 15 times at the same width).

Checked on a new folder and on the demo folder (a running plan, a values goal, weeks of
history: what the benchmark starts on).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CHECK = """
import json, pathlib, sys
import PySide6.QtCore as core
import PySide6.QtGui as gui
import PySide6.QtWidgets as widgets
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
from numbness_desktop.ui.first_paint import after_first_paint
folder = pathlib.Path(sys.argv[1])
window = wiring.create_window(folder)
seen = {}

def painted():
    seen["qt_namespace"] = "Qt" in core.__dict__
    seen["modules"] = sorted(m for m in sys.modules if m.startswith("numbness_desktop"))
    seen["widget_classes"] = sorted(n for n in widgets.__dict__ if n.startswith("Q"))
    seen["gui_classes"] = sorted(n for n in gui.__dict__ if n.startswith("Q"))
    seen["core_classes"] = sorted(n for n in core.__dict__ if n.startswith("Q"))
    seen["plan_card_fills"] = window.today.two_weeks.refreshes
    seen["goal"] = window.today.two_weeks.goal_label.text()
    seen["cards_made_at_paint"] = window.today.cards_made
    if window.today.cards_made:
        below = window.today.below_the_fold
        seen["below_fold_shown_at_paint"] = [w.isVisible() for w in below]
        seen["cards_top"] = window.today.breathe_card.mapTo(window, core.QPoint(0, 0)).y()
    from numbness_desktop.ui.wrapped_label import WrappedLabel
    plan = window.today.two_weeks
    wrapped = [plan.text, plan.goal_label, window.today.check_in.status]
    wrapped += [label for row in plan.rows if row.built for label in (row.title, row.state)]
    seen["wrapped_labels_measure_once"] = all(isinstance(w, WrappedLabel) for w in wrapped)
    seen["steps_shown"] = plan.steps_box.isVisible()
    seen["rows_held_at_paint"] = [row.held for row in plan.rows]
    seen["rows_built_at_paint"] = [row.built for row in plan.rows]
    seen["rows_top_at_paint"] = [row.box.mapTo(window, core.QPoint(0, 0)).y() if row.built
                                 else None for row in plan.rows]
    seen["widgets_at_paint"] = len(window.findChildren(widgets.QWidget))
    scroll = window.today.page_scroll
    seen["fold"] = scroll.mapTo(window, core.QPoint(0, 0)).y() + scroll.height()

after_first_paint(window.today.first_paint_marker(), painted, at_once=True)
filled_before_show = window.today.two_weeks.day_label.text()
window.show()
while not seen:
    app.processEvents()
for _ in range(20):  # the turns just after the first paint
    app.processEvents()
today = window.today
seen["cards_made_after"] = today.cards_made
seen["plan_card_text"] = today.plan_card.text.text()
seen["below_fold_shown_after"] = [w.isVisible() for w in today.below_the_fold]
seen["cards_top_after"] = today.breathe_card.mapTo(window, core.QPoint(0, 0)).y()
seen["window_height"] = window.height()
seen["rows_held_after"] = [row.held for row in today.two_weeks.rows]
seen["rows_shown_after"] = [row.box.isVisible() for row in today.two_weeks.rows]
seen["rows_top_after"] = [row.box.mapTo(window, core.QPoint(0, 0)).y()
                          for row in today.two_weeks.rows]
chain, widget = [], window.nextInFocusChain()
while widget is not window and len(chain) < 5000:
    chain.append(widget)
    widget = widget.nextInFocusChain()
boxes = [row.box for row in today.two_weeks.rows if row.box.isVisible()]
seen["row_boxes_tab_order"] = [chain.index(b) for b in boxes]
seen["before_and_after_rows"] = [chain.index(today.two_weeks.fold_button),
                                 chain.index(today.two_weeks.stop_button)]
buttons = [row.button for row in today.two_weeks.rows if row.button.isVisible()]
buttons += [today.two_weeks.stop_button, today.breathe_card.button, today.body_card.button,
            today.journal_card.button, today.plan_card.button, today.help_card.button]
seen["tab_order"] = [chain.index(b) for b in buttons]
seen["filled_before_show"] = filled_before_show
print(json.dumps(seen))
window.close()
"""

FILL_DEMO = """
import pathlib, sys
import PySide6.QtCore as core
from numbness_desktop.cli import _fill_demo
_fill_demo(pathlib.Path(sys.argv[1]))
assert "Qt" not in core.__dict__, "filling the demo built it"
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    "numbness_desktop.model.safety_plan_model",
    "numbness_desktop.domain.safety_plan",
    "numbness_desktop.domain.crisis_lines",
    "numbness_desktop.store.safety_plan_repo",
    "numbness_desktop.model.values_model",
    "numbness_desktop.model.record_list_model",
    "numbness_desktop.domain.support",
    "numbness_desktop.domain.two_week_review",
    "numbness_desktop.domain.practices",  # Today needs only the check-in states
    "numbness_desktop.model.journal_model",
    "numbness_desktop.ui.journal.view",
    "numbness_desktop.ui.trends.view",
)
UNSEEN_WIDGET_CLASSES = ("QWizard", "QFileDialog", "QCalendarWidget", "QMessageBox", "QDialog")


@pytest.fixture(scope="module", params=["new", "demo"])
def first_paint(request, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    folder = home / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "TMPDIR": str(home)}
    if request.param == "demo":  # filled in its own process: its imports are not the window's
        subprocess.run([sys.executable, "-c", FILL_DEMO, str(folder)], env=env, check=True,
                       timeout=60)
    done = subprocess.run([sys.executable, "-c", CHECK, str(folder)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return request.param, json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_does_not_build_the_qt_namespace(first_paint):
    _folder, seen = first_paint
    assert not seen["qt_namespace"]


def test_what_today_does_not_show_is_not_imported(first_paint):
    folder, seen = first_paint
    expected_absent = set(NOT_BEFORE_THE_FIRST_PAINT)
    if folder == "new":  # a new plan gets its country's numbers first (app.create_window)
        expected_absent -= {"numbness_desktop.model.safety_plan_model",
                            "numbness_desktop.domain.safety_plan",
                            "numbness_desktop.domain.crisis_lines",
                            "numbness_desktop.store.safety_plan_repo"}
    assert not expected_absent & set(seen["modules"])


def test_no_widget_class_nobody_sees_yet_is_built(first_paint):
    _folder, seen = first_paint
    assert not set(UNSEEN_WIDGET_CLASSES) & set(seen["widget_classes"])


def test_no_icon_type_is_built(first_paint):
    """Nothing on the first screen has an icon: QPushButton(text, parent) and
    QAction(text, parent) once built QIcon's Python type (its enums: ~2 M instructions) only
    to resolve their overloads."""
    _folder, seen = first_paint
    assert "QIcon" not in seen["gui_classes"]


def test_no_key_sequence_or_hash_type_is_built(first_paint):
    """Get help now's two keys are set as text until the first paint (QKeySequence's type:
    ~6 M instructions), and the single-instance door's hash is named when the door opens,
    after it (QCryptographicHash: ~2.4 M)."""
    _folder, seen = first_paint
    assert "QKeySequence" not in seen["gui_classes"]
    assert "QCryptographicHash" not in seen["core_classes"]


def test_the_plan_card_is_filled_once_with_real_data(first_paint):
    folder, seen = first_paint
    assert seen["plan_card_fills"] == 1
    if folder == "demo":  # the demo's values goal and safety plan, read by plain queries
        assert seen["filled_before_show"].startswith("Day ")
        assert seen["goal"].startswith("What matters to you: ")
        assert "across your plan, last edited" in seen["plan_card_text"]


def test_todays_cards_below_the_fold_wait_for_the_first_paint(first_paint):
    """Under the demo's running plan (its nine steps shown) the five cards and the note are
    below the fold: not even made at the first paint (made hidden, they were still polished),
    they are made and show on
    the turn after it, where the page has them and in the Tab order after the plan's buttons.
    On a new folder the plan card is short and the cards may be in sight: there they are in
    the first paint."""
    folder, seen = first_paint
    assert all(seen["below_fold_shown_after"])
    assert seen["tab_order"] == sorted(seen["tab_order"])
    assert seen["cards_made_after"]
    if folder == "demo":
        assert seen["cards_top_after"] >= seen["window_height"]  # below the fold indeed
        assert not seen["cards_made_at_paint"]  # not even made (hidden) before the paint
    else:
        assert all(seen["below_fold_shown_at_paint"])
        assert seen["cards_top"] == seen["cards_top_after"]  # in place from the first paint


def test_todays_wrapped_words_are_measured_once_per_width(first_paint):
    _folder, seen = first_paint
    assert seen["wrapped_labels_measure_once"]


def test_the_plans_steps_below_the_fold_wait_for_the_first_paint(first_paint):
    """A step whose top is below the scroll area's bottom at the first paint is held back
    until just after it, and its widgets are made only then (a hidden widget is still made
    and polished); every step in sight is there, where it stays. The steps made later are
    in their place in the Tab order: after the fold button, in order, before Stop the plan."""
    folder, seen = first_paint
    assert not any(seen["rows_held_after"])
    assert all(seen["rows_shown_after"]) == seen["steps_shown"]
    if not seen["steps_shown"]:  # a new folder: no plan yet, its steps are not shown
        assert folder == "new"
        return
    held = seen["rows_held_at_paint"]
    assert not held[0] and any(held)  # (the first step peeks in on the demo's window)
    assert seen["rows_built_at_paint"] == [not was_held for was_held in held]
    for was_held, top, top_after in zip(held, seen["rows_top_at_paint"],
                                        seen["rows_top_after"], strict=True):
        if was_held:
            assert top_after >= seen["fold"]  # nobody could have seen it
        else:
            assert top == top_after  # in its place from the first paint
    order = seen["row_boxes_tab_order"]
    assert len(order) == 9 and order == sorted(order)
    fold, stop = seen["before_and_after_rows"]
    assert fold < order[0] and order[-1] < stop


def test_the_sources_pyside_read_at_import_are_let_go():
    """PySide6's import hook reads the source of every module imported after Qt, and
    linecache keeps it (~0.8 MiB of the start's peak): app.run lets go of those files before
    it builds the window. Entries that are not files stay; a file is read again on demand."""
    import linecache

    from numbness_desktop import app as wiring

    path = wiring.__file__
    assert linecache.getlines(path)
    linecache.cache["<generated>"] = (1, None, ["pass\n"], "<generated>")
    try:
        wiring.forget_sources_read_at_import()
        assert path not in linecache.cache
        assert "<generated>" in linecache.cache
        assert linecache.getline(path, 1)  # a traceback still finds its line
    finally:
        linecache.cache.pop("<generated>", None)
