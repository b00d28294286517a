"""The journal's day shows that day's breathing sessions and body-map feelings, with links."""

from __future__ import annotations

from PySide6.QtCore import Qt

from numbness_desktop.domain.body_map import FeelingDraft, Quality, RegionMark
from tests.store.test_breathing_repo import make_session


def elsewhere_texts(view) -> list[str]:
    layout = view.elsewhere_layout
    return [getattr(widget, "full_text", widget.text()) for i in range(layout.count())
            if (widget := layout.itemAt(i).widget()) is not None]


def test_todays_breathing_and_feelings_appear_in_the_journal_and_open_their_tab(
        open_window, qtbot, clock):
    window = open_window()
    model = window.app_model
    model.breathing.save_session(make_session(clock, before=(3, 7), after=(5, 4)))
    clock.advance(minutes=20)
    model.body_map.save_feeling(FeelingDraft("numb", 3, (RegionMark("chest", Quality.LESS),)))
    window.open_journal_today()
    view = window.journal
    assert view.elsewhere_box.isVisibleTo(view)
    texts = " | ".join(elsewhere_texts(view))
    assert "Breathing, 2 minutes (4-6), tension 7 → 4" in texts
    assert "Felt numb (3/10) — chest (less)" in texts.replace("Chest", "chest")
    clock.advance(minutes=5)
    model.breathing.save_session(make_session(clock, preset="4-7-8"))
    assert "(4-7-8)" in " | ".join(elsewhere_texts(view))
    breathe_link = next(view.elsewhere_layout.itemAt(i).widget()
                        for i in range(view.elsewhere_layout.count())
                        if "4-6" in getattr(view.elsewhere_layout.itemAt(i).widget(),
                                            "full_text", ""))
    qtbot.mouseClick(breathe_link, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Breathe"


def test_other_days_show_nothing_from_today(open_window, clock):
    window = open_window()
    window.app_model.breathing.save_session(make_session(clock))
    window.open_journal_today()
    view = window.journal
    assert view.elsewhere_box.isVisibleTo(view)
    view.go_to(clock().date().replace(day=25))
    assert not view.elsewhere_box.isVisibleTo(view)


def test_own_words_are_shared_between_journal_and_body_map(open_window, clock):
    from datetime import date

    window = open_window()
    model = window.app_model
    model.body_map.add_own_word("wobbly")
    window.open_journal_today()
    completions = window.journal.chip_bar._words.stringList()
    assert "wobbly" in completions
    entry = model.journal.add_entry(date(2026, 11, 26))
    model.journal.add_chip(entry, "Fizzy-Flat")
    assert "fizzy-flat" in [w.word for w in model.body_map.own_words()]
    assert model.body_map.vocabulary().lookup("fizzy-flat") is not None
    model.journal.add_chip(entry, "numb")  # a vocabulary word is not an own word
    assert "numb" not in [w.word for w in model.body_map.own_words()]


def test_a_long_line_is_cut_with_an_ellipsis_and_kept_whole_in_tooltip_and_description(
        open_window, qtbot, clock):
    window = open_window()
    marks = tuple(RegionMark(region, Quality.LESS)
                  for region in ("shoulders", "left_arm", "right_arm", "left_hand"))
    window.app_model.body_map.save_feeling(FeelingDraft("heavy-ish", 3, marks))
    window.open_journal_today()
    view = window.journal
    link = view.elsewhere_layout.itemAt(1).widget()
    qtbot.waitUntil(lambda: link.text().endswith("…"))
    full = link.full_text
    assert "Right arm (less)" in full and "Right arm" not in link.text()
    assert full.startswith(link.text()[:-1].rstrip())  # a clean cut of the same words
    assert link.fontMetrics().horizontalAdvance(link.text()) <= link.width()
    assert full in link.toolTip() and "Open Body map" in link.toolTip()
    assert link.accessibleDescription() == full
    assert "open Body map" in link.accessibleName()
