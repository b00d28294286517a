"""Journal store: exact round trips, chips, drafts, delete/restore and full-text search."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START, Draft, SearchFilter
from numbness_desktop.store.db import open_store
from numbness_desktop.store.demo import fill_demo
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.migrations import m001_safety_plan
from numbness_desktop.store.transfer import import_data
from numbness_desktop.store.transfer_export import export_data, write_export

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import journal_history

DAY = "2026-11-26"


@pytest.fixture
def repo(store):
    return JournalRepository(store)


def fts_rowids(store, query: str) -> set[int]:
    return {row[0] for row in store.query(
        "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?", (query,))}


# Round trips ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "a" * 1_000_000,
    ("I felt numb 😶‍🌫️ then warm 🌊🫶 " * 2000)[:1_000_000],
    "شعرت بالخدر في صدري، ثم بالدفء. אני מרגישה רגועה.",
    "tabs\tand\rreturns\x01\x07\x1b[31m\x7f\u200b\u202e reversed\u202c\n\nend",
])
def test_entry_text_round_trips_exactly(repo, store, tmp_path, clock, text):
    entry = repo.add(DAY, text)
    assert repo.entry(entry.id).text == text
    exported = json.loads(write_export(store, "json", tmp_path / "e.json").read_text("utf-8"))
    other = open_store(tmp_path / "other", clock)
    try:
        import_data(other, exported)
        assert JournalRepository(other).entry(entry.id).text == text
    finally:
        other.close()


def test_chips_keep_word_intensity_and_order(repo):
    entry = repo.add(DAY, "")
    repo.add_chip(entry.id, "Numb ", 7)
    repo.add_chip(entry.id, "my own  word")
    assert repo.add_chip(entry.id, "numb") is None  # the same feeling twice is kept once
    chips = repo.entry(entry.id).chips
    assert [(c.word, c.intensity, c.position) for c in chips] == [
        ("numb", 7, 0), ("my own word", None, 1)]
    repo.set_intensity(chips[1].id, 0)
    assert repo.entry(entry.id).chips[1].intensity == 0
    repo.remove_chip(chips[0].id)
    assert [c.word for c in repo.entry(entry.id).chips] == ["my own word"]
    assert repo.feelings_named(DAY) == 1


def test_several_entries_a_day_oldest_first(repo, clock):
    first = repo.add(DAY, "morning")
    clock.advance(hours=2)
    second = repo.add(DAY, "later")
    repo.add("2026-11-25", "yesterday")
    assert [e.id for e in repo.day(DAY)] == [first.id, second.id]


def test_entries_written_within_one_second_keep_the_order_they_were_written_in(repo):
    texts = [f"entry {number}" for number in range(12)]  # the clock stands still
    for text in texts:
        repo.add(DAY, text)
    assert [e.text for e in repo.day(DAY)] == texts


def test_delete_and_restore_bring_back_chips_and_search(repo, store):
    entry = repo.add(DAY, "the kettle boiled")
    repo.add_chip(entry.id, "calm", 3)
    repo.save_draft(Draft("d1", entry.id, DAY, "the kettle boiled over", ""))
    full = repo.entry(entry.id)
    deleted = repo.delete(entry.id)
    assert deleted == full
    assert repo.day(DAY) == []
    assert repo.drafts() == []
    assert repo.search(SearchFilter("kettle")) == []
    assert store.query("SELECT count(*) FROM journal_chips")[0][0] == 0
    repo.restore(deleted)
    assert repo.entry(entry.id) == full
    assert [h.entry_id for h in repo.search(SearchFilter("kettle"))] == [entry.id]


# Drafts --------------------------------------------------------------------------------------
def test_a_draft_becomes_the_entry_in_one_step(repo):
    draft = repo.save_draft(Draft("d1", None, DAY, "half a sentence", ""))
    assert repo.drafts() == [draft]
    assert repo.has_drafts()
    entry = repo.add_from_draft(DAY, "half a sentence, finished", "d1")
    assert repo.drafts() == []
    repo.save_draft(Draft("d2", entry.id, DAY, "edited", ""))
    repo.set_text(entry.id, "edited", "d2")
    assert repo.entry(entry.id).text == "edited"
    assert not repo.has_drafts()


# Search --------------------------------------------------------------------------------------
def test_index_follows_inserts_updates_and_deletes(repo, store):
    entry = repo.add(DAY, "cold hands")
    assert fts_rowids(store, '"cold"')
    repo.set_text(entry.id, "warm hands")
    assert not fts_rowids(store, '"cold"')
    assert fts_rowids(store, '"warm"')
    repo.delete(entry.id)
    assert not fts_rowids(store, '"warm"') and not fts_rowids(store, '"hands"')
    store.conn.execute("INSERT INTO journal_fts(journal_fts) VALUES('integrity-check')")


def test_snippets_highlight_and_prefix_matches_while_typing(repo):
    repo.add(DAY, "My shoulders dropped when Ruth waved from her window.")
    hits = repo.search(SearchFilter("shoul"))
    assert len(hits) == 1
    assert f"{HIGHLIGHT_START}shoulders{HIGHLIGHT_END}" in hits[0].snippet
    assert repo.search(SearchFilter("café")) == []
    repo.add(DAY, "The café smelled of toast 🍞")
    assert len(repo.search(SearchFilter("cafe"))) == 1  # accents don't matter
    assert len(repo.search(SearchFilter("🍞"))) == 1


def test_any_word_finds_an_entry_entries_with_every_word_first(repo):
    """"chest and shoulders" once found nothing unless the entry said "and"."""
    some = repo.add("2026-11-20", "Tight chest, tight shoulders after the call.")
    every = repo.add("2026-11-01", "My chest and my shoulders softened on the walk.")
    one = repo.add("2026-11-25", "A heavy chest all morning.")
    repo.add("2026-11-24", "Nothing of the sort.")
    hits = [h.entry_id for h in repo.search(SearchFilter("chest and shoulders"))]
    assert hits[0] == every.id  # every word, though older
    assert set(hits[1:]) == {some.id, one.id}
    assert hits.index(some.id) < hits.index(one.id)  # two of the words before one


def test_equal_matches_come_newest_first(repo):
    older = repo.add("2026-01-01", "numb again")
    newer = repo.add("2026-06-01", "numb again")
    assert [h.entry_id for h in repo.search(SearchFilter("numb"))] == [newer.id, older.id]


def test_ranking_finds_the_right_entry_among_thousands(store, repo):
    planted = journal_history.fill_history(store.conn, date(2026, 11, 26), days=3000)
    hits = repo.search(SearchFilter(planted[1234]))
    assert len(hits) == 1
    target = repo.add("2020-05-05", "The dentist's waiting room. Tangerine light on the "
                      "floor, my jaw unclenched for once.")
    hits = repo.search(SearchFilter("tangerine jaw"))
    assert hits[0].entry_id == target.id
    hits = repo.search(SearchFilter("jaw unclenched tangerine"))
    assert hits[0].entry_id == target.id


def test_filters_combine_with_words(repo):
    a = repo.add("2026-01-10", "walked by the sea")
    b = repo.add("2026-03-10", "walked to work")
    c = repo.add("2026-03-12", "sat by the sea")
    repo.add_chip(a.id, "calm")
    repo.add_chip(b.id, "calm")
    repo.add_chip(c.id, "lonely")

    def ids(**wanted):
        return {h.entry_id for h in repo.search(SearchFilter(**wanted))}

    assert ids(text="walked") == {a.id, b.id}
    assert ids(text="walked", emotion="Calm") == {a.id, b.id}
    assert ids(text="walked", emotion="calm", start="2026-02-01") == {b.id}
    assert ids(text="sea", end="2026-02-01") == {a.id}
    assert ids(emotion="calm", start="2026-03-01", end="2026-03-31") == {b.id}
    assert ids(start="2026-03-11") == {c.id}
    assert ids(text="sea", emotion="lonely", start="2026-01-01", end="2026-12-31") == {c.id}
    assert ids(text="walked", emotion="lonely") == set()
    assert ids() == set()


HOSTILE = st.lists(st.one_of(
    st.sampled_from(['"', "'", "*", "-", ":", "(", ")", "((", "^", "+", "{", "}", "[", "]",
                     "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/2", "text:", "col:x", "\\",
                     "😀", "👩‍👩‍👧", "\u202e", "שלום", "\x00", "\ud800", "%", "_", ";", "--",
                     "SELECT", "' OR 1=1 --", "*numb", "numb*", '"numb', "a" * 300]),
    st.text(max_size=12),
), max_size=8).map(lambda parts: " ".join(parts) if parts else "")


@settings(max_examples=400, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(HOSTILE, st.text()), joined=st.booleans())
def test_hostile_queries_never_raise(repo, store, query, joined):
    if not store.query("SELECT 1 FROM journal_entries LIMIT 1"):
        for text in ('numb "quoted" (paren) NEAR AND', "😀 emoji day", "colon: star* dash-"):
            repo.add(DAY, text)
    text = query if not joined else query.replace(" ", "")
    hits = repo.search(SearchFilter(text, emotion=text[:10]))
    assert isinstance(hits, list)


# Export and import ---------------------------------------------------------------------------
def test_export_has_entries_and_chips_but_never_drafts(repo, store, tmp_path):
    entry = repo.add(DAY, "kept")
    repo.add_chip(entry.id, "tender", 2)
    repo.save_draft(Draft("d", entry.id, DAY, "unfinished secret", ""))
    data = export_data(store)
    assert [e["text"] for e in data["journal_entries"]] == ["kept"]
    assert [(c["word"], c["intensity"], c["entry_id"]) for c in data["journal_chips"]] == [
        ("tender", 2, entry.id)]
    assert "unfinished secret" not in json.dumps(data)
    out = write_export(store, "csv", tmp_path / "csv")
    with (out / "journal_entries.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["text"] for row in csv.DictReader(handle)] == ["kept"]
    assert (out / "journal_chips.csv").is_file()


def test_import_merges_and_keeps_the_index_in_step(repo, store, tmp_path, clock):
    entry = repo.add(DAY, "sea swim planned")
    repo.add_chip(entry.id, "hopeful")
    data = export_data(store)
    other = open_store(tmp_path / "other", clock)
    try:
        theirs = JournalRepository(other)
        import_data(other, data)
        assert [h.entry_id for h in theirs.search(SearchFilter("swim"))] == [entry.id]
        clock.advance(days=1)
        repo.set_text(entry.id, "sea swim done")
        assert import_data(other, export_data(store))["updated"] == 1
        assert theirs.search(SearchFilter("planned")) == []
        assert len(theirs.search(SearchFilter("done"))) == 1
        assert import_data(other, export_data(store)) == {"added": 0, "updated": 0,
                                                         "skipped": 0}
        assert theirs.entry(entry.id).chips[0].word == "hopeful"
        other.conn.execute("INSERT INTO journal_fts(journal_fts) VALUES('integrity-check')")
    finally:
        other.close()


def test_import_refuses_journal_records_missing_what_they_need(store):
    data = {"format": "reconnect-export", "schema_version": 1,
            "journal_entries": [{"id": "x", "updated_at": "2026-01-01T00:00:00+00:00"}],
            "journal_chips": [{"id": "y", "updated_at": "2026-01-01T00:00:00+00:00",
                               "created_at": "2026-01-01T00:00:00+00:00", "word": "numb"}]}
    with pytest.raises(ImportFormatError, match=r"journal_entries, record 1 \(id x\): 'day'"):
        import_data(store, data)
    data["journal_entries"] = []
    with pytest.raises(ImportFormatError, match=r"journal_chips, record 1 .*'entry_id'"):
        import_data(store, data)
    assert store.query("SELECT count(*) FROM journal_chips")[0][0] == 0


def test_markdown_export_has_the_plan_and_the_journal_by_date(store, tmp_path, clock):
    fill_demo(store, clock())
    text = write_export(store, "markdown", tmp_path / "x.md").read_text("utf-8")
    assert "## My safety plan" in text
    assert "## My journal" in text
    assert text.index("## My safety plan") < text.index("## My journal")
    assert "Feelings: " in text


def test_demo_has_about_ninety_days_of_entries(store, clock):
    fill_demo(store, clock())
    repo = JournalRepository(store)
    days = repo.days_with_entries("2026-08-01", "2026-11-26")
    assert 55 <= len(days) <= 91
    assert repo.feelings_named("2026-11-26") == 3
    assert repo.drafts() == []


def test_an_older_database_gains_the_journal(tmp_path, clock):
    from sqlite_utils import Database, Migrations

    data_dir = tmp_path / "old"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "reconnect.db")
    old = Migrations("reconnect")
    old()(m001_safety_plan)
    old.apply(Database(conn))
    conn.close()
    upgraded = open_store(data_dir, clock)
    try:
        entry = JournalRepository(upgraded).add(DAY, "first words")
        assert JournalRepository(upgraded).search(SearchFilter("words"))[0].entry_id == entry.id
        assert list((data_dir / "backups").iterdir())  # a copy was taken before the update
    finally:
        upgraded.close()
