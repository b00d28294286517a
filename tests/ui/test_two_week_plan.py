"""The two-week plan on Today, driven as a person would, over 14 days of a fake clock."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from numbness_desktop.domain.breath import Pattern
from numbness_desktop.domain.two_week_plan import STEPS, Choice
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.ui.today.plan_review import PlanReviewDialog
from tests.store.test_plan_repo import breathe


def named(window, name: str):
    found = [w for w in window.findChildren(QWidget) if w.accessibleName() == name]
    assert found, name
    return found[0]


def start(window, qtbot):
    card = named(window, "Two-week plan")
    button = named(card, "Start my two weeks")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return card


def test_start_on_day_one_and_every_step_leads_somewhere(open_window, qtbot):
    window = open_window()
    card = start(window, qtbot)
    assert card.day_label.text() == "Day 1 of 14"
    assert not named(card, "Start my two weeks").isVisible()
    expected = {"journal": "Journal", "breathe": "Breathe", "safety_plan": "Safety plan",
                "support": "Support", "practices": "Practices"}
    for row in card.rows:
        window.show_tab("Today")
        tab = expected[row.step.place.value.partition(":")[0]]
        if tab not in window.tab_labels():  # the Practices tab arrives with its helper:
            assert not row.button.isVisible()  # until then no dead button, the box stays
            assert row.box.isEnabled()
            continue
        assert row.button.isVisible()
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
        assert window.current_tab() == tab, row.step.key
        if tab == "Breathe":
            assert window.breathe.current_preset().key == "4-4-6"
        if tab == "Support":
            part = row.step.place.value.partition(":")[2]
            assert window.support.stack.currentIndex() == [
                "people", "therapists", "appointment", "values"].index(part)


def test_a_fourteen_day_run_with_a_fake_clock(open_window, qtbot, clock):
    window = open_window()
    first = clock().date()
    card = start(window, qtbot)
    journal = JournalRepository(window.app_model.store)
    touched = set()
    for offset in range(14):
        today = first + timedelta(days=offset)
        window.show_tab("Today")
        card.refresh()
        assert card.day_label.text() == f"Day {offset + 1} of 14"
        if offset % 3 == 0:  # five feelings in the journal: the step ticks itself
            entry = journal.add(today.isoformat(), "Noticing.")
            for word in ("calm", "tired", "flat", "curious", "warm"):
                journal.add_chip(entry.id, word)
            window.app_model.journalChanged.emit()
            assert card.rows[0].box.isChecked() and not card.rows[0].box.isEnabled()
            touched.add(today)
        if offset % 4 == 1:  # moved a little, ticked by hand
            qtbot.mouseClick(card.rows[2].box, Qt.MouseButton.LeftButton)
            assert card.rows[2].box.isChecked()
            touched.add(today)
        assert f"{len(touched)} day" in card.text.text() or not touched
        assert "streak" not in card.text.text().lower()
        assert not card.review_button.isVisible()
        clock.advance(days=1)
    # the person's own ratings inside the two weeks: one session, one check-in
    store = window.app_model.store
    breathe(store, clock() - timedelta(days=3), Pattern(4, 4, 6), 126, before=7, after=4)
    touched.add((clock() - timedelta(days=3)).date())  # about 2 minutes of 4-4-6: a step
    window.app_model.support.checkins.add(
        person_name="Sam", done=1, connected=6,
        planned_day=(first + timedelta(days=5)).isoformat())
    card.refresh()
    assert "complete" in card.day_label.text()
    assert card.review_button.isVisible()
    dialog = card.open_review()
    assert isinstance(dialog, PlanReviewDialog)
    assert f"on {len(touched)} of the 14 days" in dialog.tried_label.text()
    assert "Name five feelings: on 5 days" in dialog.tried_label.text()  # days 1,4,7,10,13
    assert "Move your body a little: on 4 days" in dialog.tried_label.text()
    assert ("Breathing (1 session): afterwards, on average, tension 3.0 points lower."
            in dialog.helped_label.text())
    assert "6.0 out of 10 connected" in dialog.helped_label.text()
    for word in ("missed", "streak", "score", "failed"):
        assert word not in dialog.tried_label.text().lower()
    qtbot.mouseClick(dialog.choice_buttons[Choice.CONTINUE], Qt.MouseButton.LeftButton)
    assert card.day_label.text() == "Day 15 of 28"


def test_start_on_another_day_and_start_again(open_window, qtbot, clock):
    window = open_window()
    card = named(window, "Two-week plan")
    picked = clock().date() - timedelta(days=3)

    def answer(dialog):
        dialog.calendar.setSelectedDate(QDate(picked.year, picked.month, picked.day))
        return True

    card.run_dialog = answer
    qtbot.mouseClick(named(card, "Start on another day"), Qt.MouseButton.LeftButton)
    assert card.day_label.text() == "Day 4 of 14"
    picked = clock().date() + timedelta(days=2)  # again, from a day still to come
    qtbot.mouseClick(named(card, "Start the two weeks again"), Qt.MouseButton.LeftButton)
    assert card.day_label.text() == "Your two weeks begin in 2 days."
    assert not card.steps_box.isVisible()


def test_hand_tick_by_keyboard_and_not_for_me_now(open_window, qtbot):
    window = open_window()
    card = start(window, qtbot)
    box = card.rows[3].box  # mindfulness
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert "ticked by you" in card.rows[3].state.text()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    appointment = card.rows[8]
    assert appointment.step.key == "appointment"
    qtbot.mouseClick(named(card, "Not for me now (first appointment)"),
                     Qt.MouseButton.LeftButton)
    assert appointment.box.isChecked()
    assert "not for you right now" in appointment.state.text()


def test_the_values_goal_shows_on_today_while_the_plan_runs(open_window, qtbot):
    window = open_window()
    window.app_model.support.values.add(area="Relationships", goal="Be present in evenings")
    card = named(window, "Two-week plan")
    assert not card.goal_label.isVisible()
    start(window, qtbot)
    assert card.goal_label.isVisible()
    assert "Be present in evenings" in card.goal_label.text()


def test_steps_are_nine_with_named_buttons(open_window):
    window = open_window()
    card = named(window, "Two-week plan")
    assert len(card.rows) == len(STEPS) == 9
    names = {b.accessibleName() for b in card.findChildren(QPushButton)}
    assert all(f"{s.button} ({s.title})" in names for s in STEPS)
    assert date  # the module's dates come from the fake clock only


def test_the_goals_review_day_is_mentioned_gently(open_window, qtbot, clock):
    window = open_window()
    today = clock().date()
    window.app_model.support.values.add(goal="Walk with Ruth",
                                        review_day=(today + timedelta(days=2)).isoformat())
    card = start(window, qtbot)
    assert "look at it again" not in card.goal_label.text()
    clock.advance(days=2)
    card.refresh()
    assert "A good day to look at it again" in card.goal_label.text()


def test_the_steps_fold_away_and_stay_folded(open_window, qtbot, data_dir):
    window = open_window()
    card = start(window, qtbot)
    assert card.steps_box.isVisible()
    qtbot.mouseClick(named(card, "Hide the nine steps"), Qt.MouseButton.LeftButton)
    assert not card.steps_box.isVisible()
    assert card.day_label.text() == "Day 1 of 14"
    window.close()
    again = open_window()
    card = named(again, "Two-week plan")
    assert not card.steps_box.isVisible()
    qtbot.mouseClick(named(card, "Show the nine steps"), Qt.MouseButton.LeftButton)
    assert card.steps_box.isVisible()
