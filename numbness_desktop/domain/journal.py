"""The feelings journal: entries, emotion chips, drafts, search hits and the pure rules.

No Qt and no SQL here: the full-text query is built from the person's words by
:func:`fts_query`, which turns *anything* typed into a safe FTS5 expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

PROMPT = ("Name at least five emotions you noticed today — even subtle or 'neutral' ones — "
          "and where you felt them in your body")
EXTRA_PROMPTS: tuple[str, ...] = (
    "One thing I noticed in my body",
    "A moment I felt even a little connected",
    "A small values-based goal",
    "What helped today",
)
INTENSITY_MAX = 10
HIGHLIGHT_START = "\ue000"
"""Snippet markers: private-use characters, turned into highlighting by the view."""
HIGHLIGHT_END = "\ue001"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Chip:
    """One emotion named in an entry, with an optional intensity 0–10."""

    id: str
    entry_id: str
    word: str
    intensity: int | None
    position: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Entry:
    """One piece of writing on one day (a day may have several)."""

    id: str
    day: str  # YYYY-MM-DD, the local day it belongs to
    text: str
    created_at: str
    updated_at: str
    chips: tuple[Chip, ...] = field(default=())

    def title(self) -> str:
        """The first non-empty line, for lists."""
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return ""


@dataclass(frozen=True)
class Draft:
    """Words typed but not yet made into (or onto) an entry: kept against a crash."""

    id: str
    entry_id: str | None
    day: str
    text: str
    updated_at: str


@dataclass(frozen=True)
class SearchHit:
    entry_id: str
    day: str
    created_at: str
    snippet: str  # with HIGHLIGHT_START / HIGHLIGHT_END around matches
    words: tuple[str, ...]  # the entry's chips, for display


@dataclass(frozen=True)
class SearchFilter:
    """What the person asked for: words, an emotion chip, a date range (all optional)."""

    text: str = ""
    emotion: str = ""
    start: str = ""  # YYYY-MM-DD inclusive, or ""
    end: str = ""

    def is_empty(self) -> bool:
        return not (fts_query(self.text) or self.emotion or self.start or self.end)


def fts_query(text: str, any_word: bool = False) -> str:
    """A safe FTS5 MATCH expression for whatever was typed, or "" for nothing searchable.

    Every whitespace-separated piece becomes a quoted phrase (double quotes doubled), so
    operators, stars, colons, parentheses and AND/OR/NOT/NEAR are only words; the last piece
    matches as a prefix so results appear while typing. Pieces are ANDed, or ORed with
    ``any_word`` (the search shows entries with every word first, then those with some).
    """
    text = storable(text).replace("\x00", " ")
    terms = [piece.replace('"', '""') for piece in _WORD.findall(text)]
    terms = [term for term in terms if any(ch.isalnum() or ord(ch) > 0x2000 for ch in term)]
    if not terms:
        return ""
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return (" OR " if any_word else " ").join(quoted)


def storable(text: str) -> str:
    """``text`` with anything SQLite can't take as UTF-8 (lone surrogates) replaced by '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def find_match(text: str, typed: str) -> tuple[int, int] | None:
    """Where the first searched word appears in ``text``, as the search matched it.

    Case and accents don't matter ("cafe" finds "Café") and the last word may be the start
    of a longer one, like the full-text search. Returns (start, end) in ``text`` or None.
    """
    words = re.findall(r"\w+", typed)
    if not words:
        return None
    folded, positions = _fold_with_positions(text)
    best: tuple[int, int] | None = None
    for index, word in enumerate(words):
        needle = _fold_with_positions(word)[0]
        last = index == len(words) - 1
        pattern = rf"(?<!\w){re.escape(needle)}" + (r"\w*" if last else r"(?!\w)")
        found = re.search(pattern, folded)
        if found and (best is None or positions[found.start()] < best[0]):
            best = (positions[found.start()], positions[found.end() - 1] + 1)
    return best


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """Lower case without accents, and for each folded character its index in ``text``."""
    import unicodedata

    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char.casefold()):
            if not unicodedata.combining(part):
                folded.append(part)
                positions.append(index)
    return "".join(folded), positions


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def day_key(day: date) -> str:
    return day.isoformat()


def insert_prompt(text: str, cursor: int, prompt: str) -> tuple[str, int]:
    """Put ``prompt`` as a heading line at ``cursor``; returns the text and the new cursor.

    The heading gets a line of its own (blank line before it when there is text above),
    and the cursor lands on the empty line under it, ready to write.
    """
    cursor = max(0, min(cursor, len(text)))
    before, after = text[:cursor], text[cursor:]
    lead = ""
    if before and not before.endswith("\n\n"):
        lead = "\n" if before.endswith("\n") else "\n\n"
    block = f"{lead}{prompt}:\n"
    tail = after if after.startswith("\n") or not after else "\n" + after
    return before + block + tail, len(before) + len(block)


def journal_markdown(entries: list[Entry]) -> str:
    """The journal as readable text, oldest day first; entries by time within a day."""
    if not entries:
        return "## My journal\n\n_Nothing written yet._\n"
    lines = ["## My journal", ""]
    current_day = ""
    for entry in sorted(entries, key=lambda e: (e.day, e.created_at, e.id)):
        if entry.day != current_day:
            current_day = entry.day
            lines += [f"### {_long_day(entry.day)}", ""]
        time = entry.created_at[11:16]
        lines += [f"#### {time}", ""]
        if entry.chips:
            lines += ["Feelings: " + ", ".join(_chip_text(c) for c in entry.chips), ""]
        if entry.text.strip():
            lines += [entry.text.rstrip(), ""]
    return "\n".join(lines)


def _chip_text(chip: Chip) -> str:
    return chip.word if chip.intensity is None else f"{chip.word} ({chip.intensity}/10)"


def _long_day(day: str) -> str:
    try:
        moment = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{moment.strftime('%A')} {moment.day} {moment.strftime('%B %Y')}"
