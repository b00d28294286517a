"""The journal model: change signals, undo, calm errors, day providers."""

from __future__ import annotations

from datetime import date

from numbness_desktop.domain.errors import DiskFullError
from numbness_desktop.domain.journal import Draft
from numbness_desktop.model.journal_model import DayItem

DAY = "2026-11-26"


def test_writes_announce_the_day_they_changed(app_model, qtbot):
    journal = app_model.journal
    assert app_model.journal is journal  # built once
    with qtbot.waitSignal(journal.dayChanged) as signal:
        entry = journal.commit(Draft("d", None, DAY, "first words", ""))
    assert signal.args == [DAY]
    assert journal.commit(Draft("e", None, DAY, "   ", "")) is None  # nothing to keep
    with qtbot.assertNotEmitted(journal.dayChanged):
        journal.save_draft(Draft("f", entry.id, DAY, "more", ""))
    assert [d.id for d in journal.drafts()] == ["f"]


def test_delete_undo_in_order(app_model, qtbot):
    journal = app_model.journal
    first = journal.add_entry(DAY, "one")
    second = journal.add_entry(DAY, "two")
    journal.add_chip(second, "calm", 4)
    with qtbot.waitSignal(journal.undoAvailableChanged) as signal:
        journal.delete_entry(first.id)
    assert signal.args == [True]
    journal.delete_entry(second.id)
    assert journal.day(DAY) == []
    assert journal.undo_delete().id == second.id
    assert journal.entry(second.id).chips[0].intensity == 4
    with qtbot.waitSignal(journal.undoAvailableChanged) as signal:
        journal.undo_delete()
    assert signal.args == [False]
    assert {e.text for e in journal.day(DAY)} == {"one", "two"}
    assert journal.undo_delete() is None


def test_a_failed_write_is_a_calm_message_and_none(app_model, qtbot, monkeypatch):
    journal = app_model.journal

    def full(*_args, **_kwargs):
        raise DiskFullError("The disk is full, so Reconnect couldn't save.")

    monkeypatch.setattr(journal._repo, "add_from_draft", full)
    with qtbot.waitSignal(app_model.errorOccurred) as signal:
        assert journal.commit(Draft("d", None, DAY, "words", "")) is None
    assert "disk is full" in signal.args[0]


def test_day_providers_are_read_in_time_order(app_model, qtbot):
    journal = app_model.journal
    assert journal.elsewhere(date(2026, 11, 26)) == []
    with qtbot.waitSignal(journal.elsewhereChanged):
        journal.add_day_provider(lambda day: [DayItem("18:00", "Body map: chest, tight",
                                                      "Body map")])
    journal.add_day_provider(lambda day: [DayItem("07:30", "Breathing, 3 minutes", "Breathe")])
    assert [i.tab for i in journal.elsewhere(date(2026, 11, 26))] == ["Breathe", "Body map"]


def test_list_models_show_time_and_title_and_escape_the_persons_words(qapp):
    from PySide6.QtCore import Qt

    from numbness_desktop.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START, Entry, SearchHit
    from numbness_desktop.model.journal_lists import DayEntriesModel, HtmlRole, SearchResultsModel

    days = DayEntriesModel()
    days.set_entries([Entry("a", DAY, "\n  First line\nsecond", "2026-11-26T21:04:00+01:00",
                            "2026-11-26T21:04:00+01:00")])
    assert days.index(0, 0).data() == "21:04  First line"
    results = SearchResultsModel()
    results.set_hits([SearchHit("a", DAY, "2026-11-26T21:04:00+01:00",
                                f"<b>not bold</b> & {HIGHLIGHT_START}numb{HIGHLIGHT_END}",
                                ("numb",))])
    html = results.index(0, 0).data(HtmlRole)
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; <span class='hit'>numb</span>" in html
    assert "Thu 26 Nov 2026 · 21:04" in html
    assert results.index(0, 0).data(Qt.ItemDataRole.DisplayRole).endswith(
        "<b>not bold</b> & numb")


def test_list_models_write_the_time_the_way_the_persons_locale_does(qapp):
    from PySide6.QtCore import QLocale

    from numbness_desktop.domain.journal import Entry, SearchHit
    from numbness_desktop.model.journal_lists import DayEntriesModel, SearchResultsModel

    stamp = "2026-11-26T21:04:00+01:00"
    try:
        QLocale.setDefault(QLocale("en_US"))
        days = DayEntriesModel()
        days.set_entries([Entry("a", DAY, "Evening words", stamp, stamp)])
        assert days.index(0, 0).data().replace("\u202f", " ") == "9:04 PM  Evening words"
        results = SearchResultsModel()
        results.set_hits([SearchHit("a", DAY, stamp, "words", ("words",))])
        assert "· 9:04 PM" in results.index(0, 0).data().replace("\u202f", " ")
    finally:
        QLocale.setDefault(QLocale.system())
