"""About 90 days of believable body-map history for ``--demo`` and screenshots.

A person slowly coming back from numbness: many flat, empty or "can't tell where" days at
first, more named feelings (and more places felt) later on.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

from numbness_desktop.domain.body_map import FeelingLog, Quality, RegionMark
from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.vocabulary import OWN_FAMILY, load
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.db import Store

M, L, H = Quality.MORE, Quality.LESS, Quality.HERE

# (word, intensity range, places with quality, sensations, note choices)
PATTERNS: dict[str, list[tuple[Any, ...]]] = {
    "shut_down": [
        ("numb", (2, 5), [("chest", L), ("belly", L)], ("numb", "hollow"), ("",)),
        ("empty", (3, 6), [("chest", L)], ("hollow",), ("", "Quiet evening, nothing much")),
        ("flat", (2, 4), [("nowhere", H)], (), ("", "Hard to say where")),
        ("foggy", (3, 5), [("head", L), ("face", L)], ("heavy",), ("Slept badly",)),
        ("disconnected", (3, 6), [("whole_body", L)], ("numb", "cold"), ("",)),
        ("detached", (2, 5), [("left_hand", L), ("right_hand", L), ("head", L)], ("tingling",),
         ("Like watching from behind glass",)),
        ("heavy-ish", (3, 5), [("shoulders", L), ("left_arm", L), ("right_arm", L)],
         ("heavy",), ("",)),
    ],
    "scared": [
        ("anxious", (4, 8), [("chest", M), ("throat", M), ("belly", M)],
         ("tight", "fluttering"), ("Before the appointment", "")),
        ("worried", (3, 6), [("belly", M), ("shoulders", M)], ("tight", "restless"), ("",)),
        ("tense", (4, 7), [("shoulders", M), ("upper_back", M), ("face", M)],
         ("tight", "pressure"), ("Long day at work",)),
    ],
    "sad": [
        ("sad", (3, 7), [("chest", L), ("left_arm", L), ("right_arm", L)], ("heavy", "aching"),
         ("Didn't catch Sam's call", "")),
        ("lonely", (4, 7), [("chest", L), ("belly", L)], ("hollow", "heavy"), ("",)),
        ("tired", (3, 6), [("whole_body", L), ("left_leg", L), ("right_leg", L)], ("heavy",),
         ("",)),
    ],
    "mad": [
        ("irritated", (3, 6), [("face", M), ("left_hand", M), ("right_hand", M)],
         ("warm", "tight"), ("",)),
        ("frustrated", (4, 7), [("shoulders", M), ("lower_back", M)], ("pressure",), ("",)),
    ],
    "peaceful": [
        ("calm", (3, 6), [("chest", H), ("belly", H)], ("warm", "still"), ("After the walk",)),
        ("relieved", (4, 7), [("shoulders", H), ("chest", M)], ("light",), ("",)),
        ("content", (3, 5), [("whole_body", H)], ("warm",), ("Tea with Ruth",)),
    ],
    "joyful": [
        ("glad", (4, 7), [("chest", M), ("face", M)], ("warm", "light"),
         ("Pepper ran to meet me",)),
        ("hopeful", (3, 6), [("chest", M), ("head", H)], ("light",), ("",)),
    ],
}


def fill_body_map_demo(store: Store, today: datetime, days: int = 90, seed: int = 4) -> None:
    """Write the sample feelings in one transaction; deterministic for a given seed."""
    repo = BodyMapRepository(store)
    repo.insert_many(demo_logs(today, days, seed))


def demo_logs(today: datetime, days: int, seed: int) -> list[FeelingLog]:
    rng = random.Random(seed)
    vocabulary = load()
    logs: list[FeelingLog] = []
    for day_back in range(days, -1, -1):
        progress = 1.0 - day_back / max(days, 1)  # 0 at the start, 1 today
        date = (today - timedelta(days=day_back)).date()
        count = rng.choices((0, 1, 2, 3), weights=(3, 5, 3, 1))[0]
        if day_back == 0:
            count = 2
        for slot in range(count):
            hour = (9, 14, 20)[slot] + rng.randint(0, 2)
            felt = datetime.combine(date, datetime.min.time(), today.tzinfo).replace(
                hour=hour, minute=rng.choice((5, 20, 35, 50)))
            if felt > today:
                felt = today - timedelta(minutes=30 * (count - slot))
            family = rng.choices(
                list(PATTERNS),
                weights=(6 - 4 * progress, 2, 2, 1, 0.5 + 2.5 * progress, 0.3 + 1.7 * progress),
            )[0]
            word, (low, high), places, sensations, notes = rng.choice(PATTERNS[family])
            known = vocabulary.lookup(word)
            stamp = iso(felt)
            logs.append(FeelingLog(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                felt_at=stamp, day=felt.date().isoformat(), emotion=word,
                family=known.family if known else OWN_FAMILY,
                intensity=rng.randint(low, high),
                marks=tuple(RegionMark(region, quality) for region, quality in places),
                sensations=tuple(sensations), note=rng.choice(notes),
                created_at=stamp, updated_at=stamp))
    return logs
