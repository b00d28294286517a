"""The journal's pure rules: safe FTS queries, prompts, word counts, the markdown journal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from numbness_desktop.domain.journal import (
    Chip,
    Entry,
    SearchFilter,
    fts_query,
    insert_prompt,
    journal_markdown,
    word_count,
)


def test_each_word_is_a_quoted_phrase_and_the_last_a_prefix():
    assert fts_query("numb chest") == '"numb" "chest"*'
    assert fts_query("numb chest", any_word=True) == '"numb" OR "chest"*'
    assert fts_query('say "hi"') == '"say" """hi"""*'
    assert fts_query("NOT AND OR NEAR(") == '"NOT" "AND" "OR" "NEAR("*'


def test_nothing_searchable_gives_an_empty_query():
    for text in ("", "   ", "***", "-- :: ()", '"""', "\x00"):
        assert fts_query(text) == ""
    assert SearchFilter("  ").is_empty()
    assert not SearchFilter("", emotion="numb").is_empty()


@given(st.text())
def test_any_text_gives_balanced_quotes(text):
    query = fts_query(text)
    inner = query.replace('""', "")
    assert inner.count('"') % 2 == 0
    assert "\x00" not in query


def test_insert_prompt_gives_a_heading_line_and_puts_the_cursor_under_it():
    text, cursor = insert_prompt("", 0, "What helped today")
    assert text == "What helped today:\n"
    assert cursor == len(text)
    text, cursor = insert_prompt("Tired.", 6, "What helped today")
    assert text == "Tired.\n\nWhat helped today:\n"
    assert text[cursor:] == ""
    text, cursor = insert_prompt("A\nB", 1, "One thing I noticed in my body")
    assert text == "A\n\nOne thing I noticed in my body:\n\nB"
    assert text[:cursor].endswith("body:\n")


def test_word_count():
    assert word_count("") == 0
    assert word_count("  numb,  then\ncalm ") == 3


def test_markdown_journal_is_by_date_with_feelings():
    chip = Chip("c", "b", "numb", 4, 0, "2026-11-02T20:00:00+01:00", "2026-11-02T20:00:00+01:00")
    entries = [
        Entry("b", "2026-11-02", "Second day.", "2026-11-02T20:00:00+01:00",
              "2026-11-02T20:00:00+01:00", (chip,)),
        Entry("a", "2026-11-01", "First day.", "2026-11-01T09:15:00+01:00",
              "2026-11-01T09:15:00+01:00"),
    ]
    text = journal_markdown(entries)
    assert text.index("Sunday 1 November 2026") < text.index("Monday 2 November 2026")
    assert "#### 09:15" in text
    assert "Feelings: numb (4/10)" in text
    assert journal_markdown([]).endswith("_Nothing written yet._\n")


def test_find_match_ignores_case_and_accents_and_prefixes_the_last_word():
    from numbness_desktop.domain.journal import find_match

    text = "Le Café était calme. CAFES fermés."
    assert find_match(text, "cafe") == (3, 7)
    assert find_match(text, "xyz cafes") == (21, 26)
    assert find_match(text, "calm") == (14, 19)  # the last word may be the start of one
    assert find_match(text, "calm café") == (3, 7)  # whichever comes first in the text
    assert find_match("straße", "STRASSE") == (0, 6)
    assert find_match(text, '"(*') is None
    assert find_match(text, "nothing") is None
