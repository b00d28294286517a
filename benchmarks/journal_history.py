"""Ten years of journal entries (3,650 × about 300 words) for the journal benchmarks.

Words are drawn with a Zipf-like skew from a few thousand made-up and real words, so the
index has common words (slow to rank) and rare ones, like real writing. Deterministic.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COMMON = _words("i the and a to of it was in my felt that me at but like for with so on not "
          "this just all day body chest today when had some noticed little walk breath "
          "tired quiet heavy slow warm cold sister work morning evening sleep tea")
FEELINGS = _words("numb calm sad flat anxious tender hopeful lonely restless content grateful "
            "foggy irritated relieved frozen curious")
YEARS = 10
WORDS_PER_ENTRY = 300


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    made_up = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
               for _ in range(size)}
    return [*COMMON, *FEELINGS, *sorted(made_up)]


def entry_text(rng: random.Random, words: list[str], weights: list[float]) -> str:
    chosen = rng.choices(words, weights=weights, k=WORDS_PER_ENTRY)
    sentences = [" ".join(chosen[i:i + 12]).capitalize() + "." for i in range(0, len(chosen), 12)]
    return " ".join(sentences)


def fill_history(conn, today: date, days: int = YEARS * 365, seed: int = 10) -> list[str]:
    """Insert ``days`` entries (one a day, ending ``today``) straight into an open database;
    returns the rare words planted one per entry, for ranking checks."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    offset = timezone(timedelta(hours=1))
    planted = []
    rows, chips = [], []
    for index in range(days):
        day = today - timedelta(days=days - 1 - index)
        stamp = datetime(day.year, day.month, day.day, 21, 0, tzinfo=offset).isoformat()
        marker = f"zq{index:05d}"
        planted.append(marker)
        entry_id = str(uuid.UUID(int=rng.getrandbits(128)))
        rows.append((entry_id, day.isoformat(),
                     entry_text(rng, words, weights) + f" {marker}.", stamp, stamp))
        for position, word in enumerate(rng.sample(FEELINGS, 5)):
            chips.append((str(uuid.UUID(int=rng.getrandbits(128))), entry_id, word,
                          rng.randint(0, 10), position, stamp, stamp))
    with conn:
        conn.executemany("INSERT INTO journal_entries (id, day, text, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO journal_chips (id, entry_id, word, intensity, position, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", chips)
    return planted


def build(data_dir: Path, today: date) -> list[str]:
    """A data folder with the schema and ten years of entries."""
    from numbness_desktop.store.db import open_store

    store = open_store(data_dir)
    try:
        return fill_history(store.conn, today)
    finally:
        store.close()


def build_empty(data_dir: Path) -> None:
    """A data folder with the schema and nothing written (the start-up comparison)."""
    from numbness_desktop.store.db import open_store

    open_store(data_dir).close()
