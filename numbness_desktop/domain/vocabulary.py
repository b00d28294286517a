"""The one emotion vocabulary shared by the body map and the journal.

Words live in ``resources/vocabulary.json`` (data, not code), grouped in families, each
with pleasantness and energy from -1 to 1 so trends can place it on a mood grid. A
person's own words are added by the store and carry no family values until they set them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

OWN_FAMILY = "own"
"""Family key for words the person added themselves."""


@dataclass(frozen=True)
class Family:
    key: str
    label: str


@dataclass(frozen=True)
class Word:
    word: str
    family: str
    pleasantness: float | None = None
    energy: float | None = None


@dataclass(frozen=True)
class Vocabulary:
    families: tuple[Family, ...]
    words: tuple[Word, ...]

    def family_label(self, key: str) -> str:
        if key == OWN_FAMILY:
            return "My own words"
        return next((f.label for f in self.families if f.key == key), key)

    def lookup(self, word: str) -> Word | None:
        wanted = normalise(word)
        return next((w for w in self.words if w.word == wanted), None)

    def in_family(self, key: str) -> list[Word]:
        return [w for w in self.words if w.family == key]

    def with_own(self, own_words: Iterable[str]) -> Vocabulary:
        """This vocabulary plus the person's own words (duplicates ignored)."""
        known = {w.word for w in self.words}
        extra = tuple(Word(normalise(w), OWN_FAMILY) for w in own_words
                      if normalise(w) and normalise(w) not in known)
        return Vocabulary(self.families, self.words + extra)

    def search(self, text: str) -> list[Word]:
        """Type-ahead: words starting with ``text`` first, then words containing it."""
        needle = normalise(text)
        if not needle:
            return list(self.words)
        starts = [w for w in self.words if w.word.startswith(needle)]
        contains = [w for w in self.words if needle in w.word and w not in starts]
        return starts + contains


def normalise(word: str) -> str:
    """Lower case, single spaces: 'Shut  Down ' and 'shut down' are the same word."""
    return " ".join(word.lower().split())


@cache
def load() -> Vocabulary:
    text = resources.files("numbness_desktop.resources").joinpath("vocabulary.json").read_text(
        encoding="utf-8"
    )
    raw = json.loads(text)
    families = tuple(Family(f["key"], f["label"]) for f in raw["families"])
    words = tuple(Word(w["word"], w["family"], float(w["pleasantness"]), float(w["energy"]))
                  for w in raw["words"])
    return Vocabulary(families, words)
