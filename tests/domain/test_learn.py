"""Learn pages: every page is there, names its sources, and the search finds words."""

from __future__ import annotations

import pytest

from numbness_desktop.domain import learn


def test_every_page_loads_with_a_title_text_and_sources():
    pages = learn.pages()
    assert [p.id for p in pages] == list(learn.PAGE_IDS)
    for page in pages:
        assert page.title and len(page.body) > 300
        assert page.sources, page.id


@pytest.mark.parametrize("words", [
    "CBT", "ACT", "EMDR", "Somatic Experiencing", "sensorimotor", "Trauma-focused",
    "Relational", "Group", "Mindfulness"])
def test_every_therapy_has_a_page_with_what_a_session_is_like_and_who_it_may_suit(words):
    hits = [p for p in learn.pages() if words.lower() in p.title.lower()]
    assert hits, words
    assert "session is like" in hits[0].body and "Who it may suit" in hits[0].body


def test_the_cautions_and_the_five_signs_are_there():
    benefits = learn.page("benefits")
    for words in ("unsettling", "Sliding scale", "Teletherapy", "Time", "Cost"):
        assert words in benefits.body
    seek = learn.page("seek-help")
    assert [line[:2] for line in seek.body.splitlines() if line[:1].isdigit()] == \
        ["1.", "2.", "3.", "4.", "5."]
    assert "primary care provider" in seek.body and "refer" in seek.body
    window = learn.page("window-of-tolerance")
    assert "protect" in learn.page("numbness").body and "hypoarousal" in window.body


def test_no_page_tells_the_reader_what_they_should_do():
    for page in learn.pages():
        assert " should " not in page.body.lower(), page.id


def test_search_finds_words_in_titles_first_with_a_snippet():
    hits = learn.search("sliding scale")
    assert [h.page.id for h in hits] == ["benefits"]
    assert "Sliding scale" in hits[0].snippet
    assert learn.search("EMDR")[0].page.id == "emdr"
    assert learn.search("   ") == []
    assert learn.search("zebra crossing") == []


def test_a_page_without_sources_is_refused():
    with pytest.raises(ValueError):
        learn.parse_page("x", "# Title\n\nText only.")


def test_every_page_passes_the_wording_guard():
    from tests.ui.test_wording import offending

    for page in learn.pages():
        assert offending(page.markdown()) == [], page.id
