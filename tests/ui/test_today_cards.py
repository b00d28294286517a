"""Today's cards: every text gets the height it needs and room above its button."""

from __future__ import annotations

import pytest

from numbness_desktop.ui.cards import TEXT_TO_BUTTON


@pytest.mark.parametrize("size", [(1280, 800), (1100, 760)])
def test_card_texts_are_never_squeezed_onto_their_buttons(open_window, qtbot, size):
    window = open_window()
    window.resize(*size)
    window.show_tab("Today")
    today = window.today
    cards = (today.breathe_card, today.body_card, today.journal_card, today.plan_card,
             today.help_card)

    def settled() -> bool:
        return all(card.text.height() >= card.text_height() for card in cards)

    qtbot.waitUntil(settled)
    for card in cards:
        gap = card.button.y() - card.text.geometry().bottom() - 1
        assert gap >= TEXT_TO_BUTTON, card.title.text()
    # side by side, the buttons stay in line
    assert today.breathe_card.button.mapTo(today, today.breathe_card.button.rect().topLeft()).y() \
        == today.body_card.button.mapTo(today, today.body_card.button.rect().topLeft()).y()


def test_a_new_install_has_no_plan_entries_of_its_own(open_window):
    """The country's emergency number is added for the person; it is not one of theirs."""
    window = open_window()
    window.app_model.safety.set_country("US")  # as a new install in the US fills it in
    assert window.app_model.safety.plan().items  # the help numbers are there
    text = window.today.plan_card.text.text()
    assert "across your plan" not in text
    assert text.startswith("A plan you write while you feel steadier")
    window.app_model.safety.add_item("reasons", "Pepper")
    assert window.today.plan_card.text.text().startswith("1 entry across your plan")
