"""The WHO-5 offer follows the two-week plan: at its start, on its last day, then every two
weeks — once a day at most, "Not now" remembered, and kept across restarts (fake clock)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from numbness_desktop.domain.who5 import Occasion
from numbness_desktop.ui.wellbeing.offer import OFFER_RESTED, OFFER_SHOWN_ON, due

START = date(2026, 11, 26)


def test_the_rhythm_start_last_day_then_every_two_weeks():
    day = timedelta(days=1)
    assert due(START, START, [], None) is Occasion.PLAN_START
    assert due(START + 13 * day, START, [START], None) is Occasion.PLAN_END  # day 14
    assert due(START + 27 * day, START, [START, START + 13 * day], None) is Occasion.FORTNIGHT
    assert due(START + 26 * day, START, [START, START + 13 * day], None) is None


def test_an_offer_shown_is_not_made_again_and_the_next_still_comes():
    day = timedelta(days=1)
    assert due(START + day, START, [], None, shown=START) is None  # shown, let pass
    assert due(START + 13 * day, START, [], None, shown=START) is Occasion.PLAN_END
    assert due(START + 14 * day, START, [], None, shown=START + 13 * day) is None
    assert due(START + 27 * day, None, [], None, shown=START + 13 * day) is Occasion.FORTNIGHT


def test_not_now_counts_as_an_answer_for_that_offer_only():
    day = timedelta(days=1)
    assert due(START + day, START, [], rested=START) is None  # start offer declined
    assert due(START + 13 * day, START, [], rested=START) is Occasion.PLAN_END
    assert due(START + 20 * day, None, [], rested=START + 13 * day) is None
    assert due(START + 27 * day, None, [], rested=START + 13 * day) is Occasion.FORTNIGHT


def _take_check(window, qtbot, occasion: str) -> None:
    offer = window.companions.wellbeing_offer
    offer.banner.action.click()
    dialog = next(d for d in window.findChildren(type(window.open_wellbeing()))
                  if d.occasion == occasion)
    for item in range(5):
        dialog.answer(item, 3)
    dialog.save()
    dialog.close()


def _new_day(window, clock, days: int, qtbot) -> None:
    """The clock moves on; the person comes back to the window from another one."""
    clock.advance(days=days)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(elsewhere.isActiveWindow, timeout=3000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    elsewhere.close()


def test_starting_the_plan_offers_the_check_then_its_last_day_then_two_weeks_on(
        open_window, clock, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.wellbeing_offer is not None, timeout=3000)
    offer = window.companions.wellbeing_offer
    assert offer.banner is None  # no plan, no check yet: nothing offered
    window.today.two_weeks.start_button.click()
    assert offer.occasion is Occasion.PLAN_START
    assert offer.banner.isVisibleTo(window)
    words = offer.banner.label.text()
    assert "two weeks begin" in words and "Optional" in words
    for unkind in ("should", "missed", "must", "overdue", "reminder"):
        assert unkind not in words.lower()
    assert window.offer_wellbeing() is None  # never twice the same day
    _take_check(window, qtbot, "plan_start")
    assert not offer.banner.isVisibleTo(window)

    _new_day(window, clock, 1, qtbot)
    assert not offer.banner.isVisibleTo(window)  # taken: nothing more until the end
    _new_day(window, clock, 12, qtbot)  # day 14, the plan's last day
    assert offer.occasion is Occasion.PLAN_END and offer.banner.isVisibleTo(window)
    assert "two weeks are complete" in offer.banner.label.text()
    _take_check(window, qtbot, "plan_end")

    _new_day(window, clock, 13, qtbot)
    assert not offer.banner.isVisibleTo(window)
    _new_day(window, clock, 1, qtbot)  # two weeks after the last check
    assert offer.occasion is Occasion.FORTNIGHT and offer.banner.isVisibleTo(window)
    assert [r.occasion for r in window.app_model.wellbeing.results()] == ["plan_start",
                                                                         "plan_end"]


def test_not_now_is_remembered_across_a_restart(open_window, clock, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.wellbeing_offer is not None, timeout=3000)
    window.today.two_weeks.start_button.click()
    offer = window.companions.wellbeing_offer
    offer.banner.close_button.click()  # "Not now"
    assert not offer.banner.isVisibleTo(window)
    prefs = window.app_model.preferences
    assert prefs.value(OFFER_RESTED, "") == prefs.value(OFFER_SHOWN_ON, "") \
        == clock().date().isoformat()
    window.close()

    clock.advance(days=1)  # still in the first days of the plan, a new session
    again = open_window()
    qtbot.waitUntil(lambda: again.companions.wellbeing_offer is not None, timeout=3000)
    assert again.companions.wellbeing_offer.banner is None  # the start offer was answered
    clock.advance(days=12)
    assert again.offer_wellbeing() == "plan_end"  # the next offer still comes
    again.close()

    third = open_window()  # the same day, after a restart: not shown twice
    qtbot.waitUntil(lambda: third.companions.wellbeing_offer is not None, timeout=3000)
    assert third.companions.wellbeing_offer.banner is None
    assert third.offer_wellbeing() is None


def test_a_check_taken_elsewhere_takes_the_offer_away(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.wellbeing_offer is not None, timeout=3000)
    window.today.two_weeks.start_button.click()
    offer = window.companions.wellbeing_offer
    assert offer.banner.isVisibleTo(window)
    dialog = window.open_wellbeing()  # Help → Well-being check
    for item in range(5):
        dialog.answer(item, 4)
    dialog.save()
    dialog.close()
    assert not offer.banner.isVisibleTo(window)
