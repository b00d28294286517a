"""The WHO-5 dialog by keyboard and mouse, its calm result, and its card in Trends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QRadioButton

from numbness_desktop.domain import who5


def test_the_dialog_shows_the_published_wording(open_window):
    window = open_window()
    dialog = window.open_wellbeing()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for number, item in enumerate(who5.ITEMS, start=1):
        assert f"{number}. {item}" in texts
    assert who5.INSTRUCTION in texts and who5.HEADING in texts
    for group in dialog.groups:
        assert [b.text() for b in group.buttons()] == [text for text, _ in who5.ANSWERS]
        assert [group.id(b) for b in group.buttons()] == [value for _, value in who5.ANSWERS]
    dialog.reject()


def test_answering_by_keyboard_saves_and_shows_a_calm_low_score(open_window, qtbot):
    window = open_window()
    dialog = window.open_wellbeing("plan_start")
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.save_button.isEnabled()
    for group in dialog.groups:
        first = group.buttons()[0]  # "All of the time"
        first.setFocus()
        QTest.keyClick(first, Qt.Key.Key_Space)
        assert group.checkedId() == 5
        # Arrow keys move within the statement's answers: down one row (as many answers to
        # a row as fit: three at normal text size).
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    below = who5.ANSWERS[dialog.columns][1]
    assert dialog.answers() == (below,) * 5
    for group in dialog.groups:
        group.button(2).click()
    assert dialog.answers() == (2, 2, 2, 2, 2)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    result = dialog.saved
    assert (result.raw, result.percent, result.occasion) == (10, 40, "plan_start")
    assert dialog.score_label.text() == "Your score: 40 out of 100"
    assert dialog.low_card.isVisibleTo(dialog)
    assert "not a diagnosis" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    with qtbot.waitSignal(dialog.learnRequested) as signal:
        dialog.learn_button.click()
    assert signal.args == ["seek-help"]
    assert window.companions.learn_window.view.current_id == "seek-help"
    assert [r.percent for r in window.app_model.wellbeing.results()] == [40]


def test_a_higher_score_has_no_suggestion_and_nothing_is_saved_when_closed(open_window):
    window = open_window()
    dialog = window.open_wellbeing()
    for item in range(5):
        dialog.answer(item, 4)
    dialog.save()
    assert dialog.saved.percent == 80 and not dialog.low_card.isVisibleTo(dialog)
    other = window.open_wellbeing()
    other.answer(0, 1)
    other.cancel_button.click()
    assert len(window.app_model.wellbeing.results()) == 1


def test_get_help_now_from_the_dialog(open_window):
    window = open_window()
    dialog = window.open_wellbeing()
    dialog.help_button.click()
    assert window._help_panel.isVisible()


def test_trends_charts_the_checks_with_a_reading(open_window, qtbot, clock):
    window = open_window()
    model = window.app_model.wellbeing
    model.save((2, 2, 2, 2, 2))
    clock.advance(days=14)
    model.save((3, 3, 3, 3, 3))
    window.show_tab("Trends")
    card = window.trends.wellbeing_card
    assert card.plot.isVisibleTo(card)
    assert "60 out of 100" in card.reading.text() and "20 points higher" in card.reading.text()
    assert "40" in card.plot.accessibleDescription()
    with qtbot.waitSignal(card.takeRequested):
        card.take_button.click()


def test_trends_without_checks_says_what_would_appear(open_window):
    window = open_window()
    window.show_tab("Trends")
    card = window.trends.wellbeing_card
    assert not card.plot.isVisibleTo(card) and card.empty.isVisibleTo(card)


def test_radio_buttons_are_named(open_window):
    window = open_window()
    dialog = window.open_wellbeing()
    assert all(b.accessibleName() for b in dialog.findChildren(QRadioButton))


def test_answers_reflow_at_200_percent_without_sideways_scrolling(open_window, qapp, qtbot):
    from numbness_desktop.ui import theme

    window = open_window()
    try:
        theme.apply_theme(qapp, 2.0)
        dialog = window.open_wellbeing()
        dialog.resize(760, 760)
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.columns < 3)
        page = dialog.questions_scroll.widget()
        assert page.width() <= dialog.questions_scroll.viewport().width()
        assert dialog.groups[0].buttons()[0].text() == "All of the time"
    finally:
        theme.apply_theme(qapp, 1.0)


def test_offered_two_weeks_after_the_last_check_and_at_the_plans_start(open_window, clock,
                                                                        qtbot):

    window = open_window()
    qtbot.waitUntil(lambda: window.companions.reminder_tray is not None, timeout=3000)
    offer = window.companions.wellbeing_offer
    assert offer.banner is None  # never taken, no plan: nothing offered
    today = clock().date()
    assert window.offer_wellbeing(today) == "plan_start"
    banner = offer.banner
    assert banner.isVisibleTo(window) and "Optional" in banner.label.text()
    banner.action.click()
    dialog = next(d for d in window.findChildren(type(window.open_wellbeing()))
                  if d.occasion == "plan_start")
    for item in range(5):
        dialog.answer(item, 3)
    dialog.save()
    assert window.offer_wellbeing(today) is None  # taken
    clock.advance(days=14)
    assert window.offer_wellbeing() == "fortnight"
    banner.close_button.click()  # "Not now" rests it two weeks
    assert window.offer_wellbeing() is None
    clock.advance(days=14)
    assert window.offer_wellbeing() == "fortnight"


def test_the_translated_reading_says_what_the_domain_says():
    """Trends' WHO-5 reading goes through the translator; untranslated it is word for word
    the domain's sentence."""
    from numbness_desktop.ui.wellbeing.trends_card import reading

    def result(day: int, answers: tuple[int, ...]) -> who5.Who5Result:
        return who5.Who5Result(f"id{day}", f"2026-11-{day:02d}T10:00:00+01:00",
                               f"2026-11-{day:02d}", answers)

    low, same, high = result(1, (1,) * 5), result(8, (2, 1, 1, 1, 1)), result(15, (4,) * 5)
    for results in ([], [low], [low, same], [low, high], [high, low]):
        assert reading(results) == who5.reading(results)


def test_the_result_scrolls_at_200_percent_and_squeezes_nothing(open_window, qapp, qtbot):
    from PySide6.QtWidgets import QPushButton

    from numbness_desktop.ui import theme

    window = open_window()
    try:
        theme.apply_theme(qapp, 2.0)
        dialog = window.open_wellbeing()
        dialog.resize(760, 720)
        qtbot.waitExposed(dialog)
        for item in range(5):
            dialog.answer(item, 1)  # a low score: the longest result
        dialog.save()
        qtbot.wait(20)
        assert dialog.result_scroll.verticalScrollBar().value() == 0  # the score first
        shown = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        assert all(b.height() >= b.minimumSizeHint().height() for b in shown), [
            (b.text(), b.height(), b.minimumSizeHint().height()) for b in shown]
    finally:
        theme.apply_theme(qapp, 1.0)
