"""Trends' three practice charts: what helps you, check-ins over time, the basics."""

from __future__ import annotations

from dataclasses import replace

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.practices import CheckInState, PracticeKind, PracticeSession
from numbness_desktop.store.practices_repo import PracticesRepository


def practice_points(store, rated: int = 3, change: int = 2) -> None:
    """A check-in, a day's basics and ``rated`` body scans rated before and after."""
    repo = PracticesRepository(store)
    repo.add_check_in(CheckInState.SHUT_DOWN, 2, 6)
    repo.set_basic("2026-11-26", "sleep", 0)
    now = store.clock()
    for _ in range(rated):
        repo.save_session(PracticeSession(new_id(), PracticeKind.BODY_SCAN, "2026-11-26",
                                          iso(now), 300, 300, True, 6, 6 - change, 2,
                                          2 + change))


def open_trends(open_window, qtbot):
    window = open_window()
    window.show_tab("Trends")
    view = window.trends
    qtbot.waitUntil(lambda: view.isVisible() and view.charts_ready())
    view.draw_everything()
    return window, view


def test_what_helps_waits_for_three_rated_sessions(open_window, qtbot, store):
    practice_points(store, rated=2)
    _, view = open_trends(open_window, qtbot)
    card = view.cards["helps"]
    assert not card.showing_chart
    assert card.empty.text().startswith("Nothing here yet. After a few rated sessions")
    assert view.cards["states"].showing_chart and view.cards["basics"].showing_chart


def test_what_helps_reads_the_change_and_describes_itself(open_window, qtbot, store):
    practice_points(store, rated=3)
    _, view = open_trends(open_window, qtbot)
    card = view.cards["helps"]
    assert card.showing_chart
    assert card.reading.text() == (
        "In your own ratings in the past month: after body scan connection 2.0 points higher "
        "(3 rated sessions); after body scan distress 2.0 points lower (3 rated sessions).")
    assert card.plot.accessibleName() == "What helps you chart"
    assert "Body scan, connected: connection 2.0 points higher (3 rated sessions)" in \
        card.plot.accessibleDescription()
    assert card.save_button.isEnabled()


def test_what_helps_is_honest_when_nothing_changes(open_window, qtbot, store):
    practice_points(store, rated=3, change=0)
    _, view = open_trends(open_window, qtbot)
    reading = view.cards["helps"].reading.text()
    assert "connection about the same (3 rated sessions)" in reading
    assert "stayed about as they were" in reading


def test_check_ins_and_basics_charts_read_their_numbers(open_window, qtbot, store, clock):
    repo = PracticesRepository(store)
    for days_ago, state, connected, sleep in ((0, CheckInState.SHUT_DOWN, 2, 0),
                                              (1, CheckInState.SHUT_DOWN, 3, 0),
                                              (2, CheckInState.SETTLED, 6, 2),
                                              (3, CheckInState.ACTIVATED, 5, 2)):
        saved = repo.add_check_in(state, connected)
        day = f"2026-11-{26 - days_ago:02d}"
        with store.write() as db:
            db["check_ins"].update(saved.id, {"day": day})
        repo.set_basic(day, "sleep", sleep)
    _, view = open_trends(open_window, qtbot)
    states = view.cards["states"]
    assert states.reading.text() == ("Of 4 check-ins in the past month: 2 shut down, "
                                     "1 activated, 1 settled. Every state is worth knowing.")
    assert "26 Nov 2026: 1 shut down" in states.plot.accessibleDescription()
    basics = view.cards["basics"]
    assert basics.reading.text().startswith(
        "Sleep last night 'enough': you felt 3.0 points more connected on average than on "
        "'not much' days (2 and 2 days).")
    assert "not what causes what" in basics.reading.text()


def test_the_markdown_export_holds_the_practice_readings(store, tmp_path):
    from numbness_desktop.store.transfer_export import write_export

    practice_points(store)
    text = write_export(store, "markdown", tmp_path / "x.md").read_text(encoding="utf-8")
    assert "**What helps you**: In your own ratings in the past month: after body scan " \
        "connection 2.0 points higher" in text


def test_a_practice_changes_nothing_in_the_reference_shape(store):
    # The dataclass keeps the practices out of equality: the older references still apply.
    from datetime import date

    from numbness_desktop.domain.trends import Period
    from numbness_desktop.store.trends_repo import TrendsRepository

    repo = TrendsRepository(store)
    before = repo.data(Period.MONTH, date(2026, 11, 26))
    practice_points(store)
    after = repo.data(Period.MONTH, date(2026, 11, 26))
    assert before == after and after.practices.effects
    assert replace(after, practices=before.practices) == after
