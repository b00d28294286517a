"""The crisis-line file: every entry complete, sourced and dated, and nothing guessed."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

from numbness_desktop.domain.crisis_lines import (
    OTHER,
    WAY_KINDS,
    countries,
    find_a_line,
    lines_for,
)

CHECKED = "2026-12-01"


def raw_file() -> dict:
    text = resources.files("numbness_desktop.resources").joinpath("crisis_lines.json").read_text(
        encoding="utf-8")
    return json.loads(text)


def test_every_entry_carries_its_fields_sources_and_checked_date():
    data = raw_file()
    assert data["checked"] == CHECKED
    entries = data["countries"]
    assert len(entries) >= 30
    codes = [e["code"] for e in entries]
    assert len(set(codes)) == len(codes) and OTHER not in codes
    assert [e["name"] for e in entries] == sorted(e["name"] for e in entries)
    for entry in entries:
        assert re.fullmatch(r"[A-Z]{2}", entry["code"]), entry
        assert entry["name"].strip()
        assert date.fromisoformat(entry["checked"]) == date.fromisoformat(CHECKED), entry["code"]
        assert entry["lines"], f"{entry['code']} has no line: leave the country out instead"
        for line in entry["lines"]:
            assert set(line) == {"name", "ways", "hours", "free", "sources"}, line
            assert line["name"].strip() and isinstance(line["free"], bool)
            assert isinstance(line["hours"], str)
            assert line["sources"] and all(s.startswith(("https://", "http://"))
                                           for s in line["sources"]), line
            for way in line["ways"]:
                assert way["kind"] in WAY_KINDS and way["value"].strip(), way
                assert set(way) <= {"kind", "value", "note"}
                if way["kind"] in ("call", "text"):
                    assert re.fullmatch(r"[0-9][0-9 \-]*[0-9]|[0-9]{3,}", way["value"]), way
        emergency = entry["emergency"]
        if emergency is not None:  # absent where we could not check one
            assert re.fullmatch(r"[0-9]{3,4}", emergency["number"]), entry["code"]
            assert emergency["sources"] and all(s.startswith(("https://", "http://"))
                                                for s in emergency["sources"])


def test_the_us_entry_names_988_call_or_text_and_its_chat():
    us = lines_for("US")
    line = us.lines[0]
    assert {(w.kind, w.value) for w in line.ways} >= {("call", "988"), ("text", "988"),
                                                      ("chat", "988lifeline.org")}
    assert line.ways_text() == "Call or text 988 · Chat at 988lifeline.org"
    assert line.terms_text() == "Free, 24/7"
    assert us.emergency.number == "911"


def test_another_country_has_no_number_and_a_directory_to_look_in():
    other = lines_for("zz")
    assert other.code == OTHER and other.lines == () and other.emergency is None
    assert countries()[-1] is other
    assert find_a_line().address == "findahelpline.com"


def test_ways_read_naturally():
    gb = lines_for("GB")
    assert [line.ways_text() for line in gb.lines] == [
        "Call 116 123 · Email jo@samaritans.org", "Text 85258 (send the word SHOUT)"]
    assert lines_for("IT").lines[0].terms_text() == ""  # nothing claimed that no source says
