"""The Journal tab, driven as a person would: typing, pausing, crashing, searching, undoing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from numbness_desktop.app import create_window
from numbness_desktop.domain.journal import SearchFilter
from numbness_desktop.model.journal_model import DayItem
from numbness_desktop.ui.i18n import long_date
from numbness_desktop.ui.journal.view import JournalView

TODAY = "2026-11-26"


@pytest.fixture
def view(app_model, clock, qtbot):
    """A journal view with a short draft pause (50 ms) so tests never wait long."""
    journal = JournalView(app_model, clock, draft_ms=50, commit_ms=60_000)
    qtbot.addWidget(journal)
    journal.resize(1100, 700)
    journal.show()
    qtbot.waitExposed(journal)
    yield journal
    from numbness_desktop.ui.autosave import Autosave

    for waiting in journal.findChildren(Autosave):  # the store closes after the test
        waiting.cancel()


def type_in_editor(qtbot, view, text: str) -> None:
    qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton)
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, text)


def test_draft_is_kept_soon_after_a_pause_and_becomes_the_entry_on_focus_change(
        view, app_model, qtbot):
    journal = app_model.journal
    type_in_editor(qtbot, view, "My chest felt")
    assert journal.drafts() == []  # not while typing
    assert view.status_label.text() == "Writing…"
    qtbot.waitUntil(lambda: journal.drafts() != [], timeout=2000)
    assert journal.drafts()[0].text == "My chest felt"
    assert journal.day(TODAY) == []  # still only a draft
    assert view.status_label.text() == "Draft kept"
    assert view.word_count_label.text() == "3 words"
    qtbot.mouseClick(view.search_field, Qt.MouseButton.LeftButton)
    view.search_field.setFocus()
    qtbot.waitUntil(lambda: journal.day(TODAY) != [], timeout=2000)
    assert [e.text for e in journal.day(TODAY)] == ["My chest felt"]
    assert journal.drafts() == []
    assert view.status_label.text() == "Saved"


CRASHING_APP = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from numbness_desktop.app import create_window
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository

app = QApplication([])
app.setProperty("reconnectNoCrashDialog", True)
window = create_window(Path(sys.argv[1]))
window.show()
window.show_tab("Journal")
view = window.journal
QTest.qWait(20)  # offscreen, building a tab can take activation away: take it back
window.activateWindow()
QTest.qWaitForWindowActive(window)
view.editor.setFocus()
QTest.keyClicks(view.editor, "words I must not lose")
for _ in range(300):  # the draft is written about a second after the pause
    QTest.qWait(10)
    if view.journal.drafts():
        break
assert view.journal.day(view.day_key) == [], "only the draft may hold the words"
os._exit(3 if view.journal.drafts() else 4)  # killed: no close, no flush, nothing tidied
"""


def test_draft_survives_a_crash_and_is_offered_back(data_dir, clock, qtbot, tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "crash-config")}
    done = subprocess.run([sys.executable, "-c", CRASHING_APP, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    today = date.today().isoformat()  # the crashed process used the real clock

    again = create_window(data_dir, clock)
    qtbot.addWidget(again)
    again.show()
    try:
        # One calm banner in the window offers every editor's kept words back.
        assert again.kept_banner.isVisibleTo(again)
        assert "journal" in again.kept_banner.label.text()
        qtbot.mouseClick(again.kept_banner.action, Qt.MouseButton.LeftButton)
        assert again.current_tab() == "Journal"
        view = again.journal
        assert view.editor.toPlainText() == "words I must not lose"
        assert view.day.isoformat() == today
        assert [e.text for e in again.app_model.journal.day(today)] == ["words I must not lose"]
        assert again.app_model.journal.drafts() == []
        assert not view.recovery_banner.isVisibleTo(again)
    finally:
        again.close()


def test_a_crash_draft_of_an_existing_entry_replaces_its_words(app_model, clock, qtbot):
    journal = app_model.journal
    entry = journal.add_entry(TODAY, "first version")
    from numbness_desktop.domain.journal import Draft

    journal.save_draft(Draft("crash", entry.id, TODAY, "first version, and more", ""))
    view = JournalView(app_model, clock)
    qtbot.addWidget(view)
    assert view.recovery_banner.isVisibleTo(view)
    view.confirm_discard = lambda _draft: False
    assert not view.discard_draft()
    assert view.restore_draft()
    assert journal.entry(entry.id).text == "first version, and more"
    assert len(journal.day(TODAY)) == 1


def test_discarding_a_crash_draft_asks_first(app_model, clock, qtbot):
    from numbness_desktop.domain.journal import Draft

    app_model.journal.save_draft(Draft("crash", None, TODAY, "gone", ""))
    view = JournalView(app_model, clock)
    qtbot.addWidget(view)
    asked = []
    view.confirm_discard = lambda draft: asked.append(draft.text) or True
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert asked == ["gone"]
    assert app_model.journal.drafts() == []


def test_closing_the_window_saves_the_words(open_window, qtbot):
    window = open_window()
    window.show_tab("Journal")
    type_in_editor(qtbot, window.journal, "closing now")
    model = window.app_model
    day = model.journal.day
    window.close()
    from numbness_desktop.store.db import open_store

    store = open_store(model.store.data_dir)
    try:
        from numbness_desktop.store.journal_repo import JournalRepository

        assert [e.text for e in JournalRepository(store).day(TODAY)] == ["closing now"]
        assert JournalRepository(store).drafts() == []
    finally:
        store.close()
    del day


def test_chips_are_added_by_typing_with_intensity_and_removal_undone(view, app_model, qtbot):
    journal = app_model.journal
    qtbot.mouseClick(view.chip_bar.field, Qt.MouseButton.LeftButton)
    for word in ("numb", "Tender", "my own feeling"):
        qtbot.keyClicks(view.chip_bar.field, word)
        QTest.keyClick(view.chip_bar.field, Qt.Key.Key_Return)
    entry = journal.day(TODAY)[0]
    assert [c.word for c in entry.chips] == ["numb", "tender", "my own feeling"]
    assert view.chip_bar.count_label.text() == "3 feelings named today"  # no "of 5", no tick
    chip = view.chip_bar.chips[0]
    assert chip.intensity.accessibleName() == "Intensity"
    chip.intensity.setValue(6)
    assert journal.entry(entry.id).chips[0].intensity == 6
    qtbot.mouseClick(view.chip_bar.chips[1].remove, Qt.MouseButton.LeftButton)
    assert [c.word for c in journal.entry(entry.id).chips] == ["numb", "my own feeling"]
    assert view.undo_banner.isVisibleTo(view)
    qtbot.mouseClick(view.undo_banner.action, Qt.MouseButton.LeftButton)
    assert sorted(c.word for c in journal.entry(entry.id).chips) == [
        "my own feeling", "numb", "tender"]


def test_several_entries_a_day_and_switching_saves(view, app_model, qtbot):
    journal = app_model.journal
    type_in_editor(qtbot, view, "morning words")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    type_in_editor(qtbot, view, "evening words")
    assert view.entries_model.rowCount() == 1
    view.entries_list.setCurrentIndex(view.entries_model.index(0, 0))
    assert view.editor.toPlainText() == "morning words"
    assert sorted(e.text for e in journal.day(TODAY)) == ["evening words", "morning words"]


def test_prompts_are_offered_as_headings(view, qtbot):
    type_in_editor(qtbot, view, "Flat day.")
    qtbot.mouseClick(view.prompt_buttons[3], Qt.MouseButton.LeftButton)
    assert view.editor.toPlainText() == "Flat day.\n\nWhat helped today:\n"
    qtbot.keyClicks(view.editor, "tea")
    assert view.editor.toPlainText().endswith("What helped today:\ntea")


def test_delete_asks_and_can_be_undone(view, app_model, qtbot):
    journal = app_model.journal
    type_in_editor(qtbot, view, "to be deleted")
    view.commit()
    asked = []
    view.confirm_delete = lambda entry: asked.append(entry.text) or False
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["to be deleted"]
    assert len(journal.day(TODAY)) == 1
    view.confirm_delete = lambda entry: True
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert journal.day(TODAY) == []
    assert view.editor.toPlainText() == ""
    assert view.undo_banner.isVisibleTo(view)
    view.entries_list.setFocus()
    QTest.keyClick(view.entries_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.text for e in journal.day(TODAY)] == ["to be deleted"]
    assert view.editor.toPlainText() == "to be deleted"


def test_date_navigation(view, app_model, clock, qtbot):
    app_model.journal.add_entry("2026-11-25", "yesterday's words")
    assert not view.next_button.isEnabled()
    assert not view.today_button.isEnabled()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.day == date(2026, 11, 25)
    assert view.editor.toPlainText() == "yesterday's words"
    assert "that day" in view.prompt_label.text()
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.day == date(2026, 11, 26)
    shown = long_date(QDate(2026, 11, 26))  # as the locale writes it ("Thursday, 26 No…")
    assert view.date_button.text() == shown and "26" in shown
    assert shown in view.date_button.accessibleName()

    view._on_calendar_pick(QDate(2026, 11, 1))
    assert view.day == date(2026, 11, 1)


def test_search_opens_the_day_with_the_match_visible(open_window, qtbot, clock):
    window = open_window()
    journal = window.app_model.journal
    journal.add_entry("2026-03-02", "Nothing much.\n" * 80 + "Then the kettle sang and I laughed.")
    journal.add_entry("2026-03-03", "Quiet day.")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.journal
    assert window.current_tab() == "Journal"
    assert view.search_field.hasFocus()
    qtbot.keyClicks(view.search_field, "KETTLE (")
    qtbot.waitUntil(lambda: view.search_panel.model.rowCount() == 1, timeout=2000)
    html = view.search_panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert "<span class='hit'>kettle</span>" in html
    rect = view.search_panel.results.visualRect(view.search_panel.model.index(0, 0))
    qtbot.mouseClick(view.search_panel.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert view.stack.currentIndex() == 0
    assert view.day == date(2026, 3, 2)
    assert view.editor.textCursor().selectedText().lower() == "kettle"
    assert view.editor.extraSelections()
    bar = view.editor.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0  # scrolled down to the match


def test_search_filters_by_feeling_and_dates(view, app_model, qtbot):
    journal = app_model.journal
    a = journal.add_entry("2026-01-05", "walk by the sea")
    b = journal.add_entry("2026-02-05", "walk in town")
    journal.add_chip(a, "calm")
    journal.add_chip(b, "lonely")
    view.focus_search()
    view.search_panel.set_emotion("lonely")
    view.run_search()
    assert [view.search_panel.model.hit_at(0).entry_id] == [b.id]
    view.search_panel.clear_filters()
    view.search_field.setText("walk")
    view.run_search()
    assert view.search_panel.model.rowCount() == 2
    from PySide6.QtCore import QDate

    view.search_panel.set_dates(None, QDate(2026, 1, 31))
    view.run_search()
    assert view.search_panel.model.hit_at(0).entry_id == a.id
    assert view.search_panel.model.rowCount() == 1
    assert view.search_panel.search_filter("walk") == SearchFilter("walk", "", "", "2026-01-31")


def test_hostile_search_text_shows_calm_results(view, qtbot):
    view.focus_search()
    for text in ('"', "NEAR(", "a AND", "*", "😀", "col:umn", "(((", "NOT"):
        view.search_field.setText(text)
        view.run_search()
        assert view.search_panel.summary.text()


def test_elsewhere_section_shows_providers_and_opens_their_tab(view, app_model, qtbot):
    assert not view.elsewhere_box.isVisibleTo(view)  # no providers: nothing, no placeholder
    asked = []
    view.openTab.connect(asked.append)
    app_model.journal.add_day_provider(
        lambda day: [DayItem("09:12", "Breathing, 4 minutes", "Breathe")]
        if day == date(2026, 11, 26) else [])
    assert view.elsewhere_box.isVisibleTo(view)
    button = view.elsewhere_layout.itemAt(1).widget()
    assert "Breathing, 4 minutes" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["Breathe"]


def test_today_card_opens_the_journal_on_today(open_window, qtbot):
    window = open_window()
    card = window.today.journal_card
    assert card.button.accessibleName() == "Open the journal"
    assert "Name one feeling, or five if you like" in card.text.text()
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "Journal"
    assert window.journal.day == date(2026, 11, 26)
    entry = window.app_model.journal.add_entry(TODAY)
    for word in ("numb", "calm"):
        window.app_model.journal.add_chip(entry, word)
    assert "2 feelings named today" in card.text.text()
    assert "of 5" not in card.text.text()


def test_controls_have_the_contract_names(view):
    from PySide6.QtWidgets import QWidget

    names = {w.accessibleName() for w in view.findChildren(QWidget)}
    assert {"Journal entry", "Search journal", "Emotion"} <= names
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(view) \
                and widget.metaObject().className() in ("QPushButton", "QLineEdit",
                                                        "QToolButton", "QComboBox"):
            assert widget.accessibleName(), widget


def test_picking_a_suggestion_adds_the_feeling(view, app_model, qtbot):
    qtbot.mouseClick(view.chip_bar.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.chip_bar.field, "num")
    completer = view.chip_bar.completer
    assert completer.currentCompletion() == "numb"
    completer.activated.emit("numb")
    view.chip_bar.field.setText("numb")
    qtbot.waitUntil(lambda: view.chip_bar.chip_words() == ["numb"], timeout=2000)
    assert view.chip_bar.field.text() == ""


def test_ctrl_f_from_inside_the_journal_focuses_search(open_window, qtbot):
    window = open_window()
    window.show_tab("Journal")
    view = window.journal
    view.editor.setFocus()
    QTest.keyClick(view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentIndex() == 1
    assert view.search_field.hasFocus()
    QTest.keyClick(view.search_field, Qt.Key.Key_Escape)
    assert view.stack.currentIndex() == 0


def test_a_refused_save_keeps_the_words_and_says_so(open_window, qtbot, monkeypatch):
    from numbness_desktop.domain.errors import DiskFullError

    window = open_window()
    window.show_tab("Journal")
    view = window.journal
    journal = window.app_model.journal

    def full(*_args, **_kwargs):
        raise DiskFullError("The disk is full, so Reconnect couldn't save.")

    monkeypatch.setattr(journal._repo, "add_from_draft", full)
    view.editor.load("")
    view.editor.insert_text("precious words", 14)
    assert not view.commit()
    assert view.editor.toPlainText() == "precious words"
    assert "Not saved yet" in view.status_label.text()
    assert window.error_banner.isVisibleTo(window)
    assert "disk is full" in window.error_banner.label.text()
    assert not window.flush_views()  # so closing asks before losing them
    assert [d.text for d in journal.drafts()] == ["precious words"]  # kept as a draft
    monkeypatch.undo()
    assert view.commit()
    assert [e.text for e in journal.day(TODAY)] == ["precious words"]


def test_calendar_marks_days_with_writing(view, app_model):
    from PySide6.QtCore import QDate

    app_model.journal.add_entry("2026-11-03", "words")
    view._prepare_calendar()
    assert view.calendar.dateTextFormat(QDate(2026, 11, 3)).fontUnderline()
    assert not view.calendar.dateTextFormat(QDate(2026, 11, 4)).fontUnderline()


def test_chips_sit_in_keyboard_order_after_the_feeling_field(view, app_model):
    entry = app_model.journal.add_entry(TODAY, "words")
    app_model.journal.add_chip(entry, "numb")
    app_model.journal.add_chip(entry, "calm")
    view.load_day(select=entry.id)
    first, second = view.chip_bar.chips
    assert view.chip_bar.add_button.nextInFocusChain() is first.intensity
    assert first.remove.nextInFocusChain() is second.intensity
    chain, widget = [], second.remove
    for _ in range(10):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert view.editor in chain


def test_elide_words_never_leaves_a_stub():
    from numbness_desktop.ui.journal.links import elide_words

    full = "08:02  Felt heavy-ish (3/10) — Shoulders (less)"
    assert elide_words(full, "08:02  Felt heavy-ish (3/10) — Sh…") == \
        "08:02  Felt heavy-ish (3/10)…"
    assert elide_words(full, full) == full
    assert elide_words(full, "08:02  Felt…") == "08:02  Felt…"


def test_if_it_helps_sits_on_the_middle_of_its_chips(view, qtbot):
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    label, first = view.prompts_label, view.prompt_buttons[0]
    assert label.height() < first.height()  # a shorter label beside taller chips
    assert abs(label.geometry().center().y() - first.geometry().center().y()) <= 1


def test_a_pending_search_never_runs_after_the_view_or_store_closes(view, app_model, qtbot):
    """A search waiting for its pause is dropped when the view closes or the store closes
    (it used to fire in the next test, on a closed database)."""
    view.focus_search()
    view.search_field.setText("walk")
    assert view._search_timer.pending
    view.close()
    assert not view._search_timer.pending
    view.show()
    view.search_field.setText("walk again")
    assert view._search_timer.pending
    app_model.close()
    assert not view._search_timer.pending


def test_another_day_s_feelings_reuse_the_chips_without_writing(view, app_model):
    """A day opens faster when its chips are the last day's widgets shown again; showing
    them must never save anything (an intensity moved onto another entry's feeling)."""
    journal = app_model.journal
    first = journal.add_entry("2026-11-25", "one")
    journal.add_chip(first, "numb", 7)
    second = journal.add_entry(TODAY, "two")
    journal.add_chip(second, "calm")
    journal.add_chip(second, "tender")
    view.go_to(date(2026, 11, 25))
    widgets = list(view.chip_bar.chips)
    assert [(c.label.text(), c.intensity.value()) for c in widgets] == [("numb", 7)]
    view.go_to(date(2026, 11, 26))
    assert view.chip_bar.chips[0] is widgets[0]  # shown again, not built again
    assert [(c.label.text(), c.intensity.value(), c.remove.accessibleName())
            for c in view.chip_bar.chips] == [("calm", -1, "Remove calm"),
                                               ("tender", -1, "Remove tender")]
    assert [c.intensity for c in journal.entry(second.id).chips] == [None, None]
    assert [c.intensity for c in journal.entry(first.id).chips] == [7]
    view.chip_bar.chips[1].intensity.setValue(4)  # a person's change still saves
    assert [c.intensity for c in journal.entry(second.id).chips] == [None, 4]
    QTest.keyClick(view.chip_bar.chips[1].remove, Qt.Key.Key_Space)
    assert [c.word for c in journal.entry(second.id).chips] == ["calm"]


def test_removing_a_feeling_by_keyboard_offers_undo_not_the_next_feeling(view, app_model,
                                                                          qtbot):
    """The chip widgets are reused: the removed feeling's × must not keep the focus while
    it names the next feeling (a second Space would remove that one too)."""
    entry = app_model.journal.add_entry(TODAY, "words")
    app_model.journal.add_chip(entry, "numb")
    app_model.journal.add_chip(entry, "calm")
    view.load_day(select=entry.id)
    remove = view.chip_bar.chips[0].remove
    remove.setFocus()
    qtbot.waitUntil(remove.hasFocus)
    QTest.keyClick(remove, Qt.Key.Key_Space)
    assert view.chip_bar.chip_words() == ["calm"]
    assert view.undo_banner.action.hasFocus()
    assert not any(c.remove.hasFocus() or c.intensity.hasFocus() for c in view.chip_bar.chips)
