"""About 90 days of believable breathing history for ``--demo`` and screenshots."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from numbness_desktop.domain.breath import PRESETS, Pattern, completed_breaths, planned_end
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.clock import fixed_clock, iso
from numbness_desktop.store.breathing_repo import BreathingRepository
from numbness_desktop.store.db import Store

T = TypeVar("T")

DEMO_DAYS = 90
CUSTOM = (("Slow evening", Pattern(4, 2, 8, 0), 62), ("Walking breath", Pattern(3, 0, 5, 0), 35))
# (preset name, weight): mostly the gentle default, some variety.
CHOICES = (("4-6", 46), ("4-4-6", 14), ("4-7-8", 8), ("Box 4-4-4-4", 8),
           ("Coherent 5.5-5.5", 6), ("4-8", 6), ("Slow evening", 10), ("Walking breath", 2))
LENGTHS = ((120, 50), (60, 12), (180, 14), (300, 12), (600, 5), (None, 7))


def fill_breathing_demo(store: Store, today: datetime) -> None:
    """Sessions on most days over the last 90 days, two custom patterns, ratings on many."""
    rng = random.Random(3)
    repo = BreathingRepository(store)
    original_clock = store.clock
    patterns = {preset.name: preset.pattern for preset in PRESETS}
    try:
        for name, pattern, days_ago in CUSTOM:
            moment = (today - timedelta(days=days_ago)).replace(hour=21, minute=5, second=0,
                                                               microsecond=0)
            store.clock = fixed_clock(moment)
            repo.add_preset(name, pattern)
            patterns[name] = pattern
        day = today - timedelta(days=DEMO_DAYS)
        while day.date() < today.date():
            day += timedelta(days=rng.choice((1, 1, 1, 2, 2, 3)))
            if day.date() >= today.date():
                break
            name = _weighted(rng, CHOICES)
            if name in ("Slow evening", "Walking breath") and \
                    (today - day).days > dict((n, d) for n, _, d in CUSTOM)[name]:
                name = "4-6"
            _session(repo, store, rng, day, name, patterns[name])
    finally:
        store.clock = original_clock


def _session(repo: BreathingRepository, store: Store, rng: random.Random, day: datetime,
             name: str, pattern: Pattern) -> None:
    hour = rng.choice((7, 8, 12, 13, 17, 21, 22))
    started = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60),
                          microsecond=0)
    chosen = _weighted(rng, LENGTHS)
    planned = planned_end(pattern, chosen) if chosen is not None else None
    stopped = planned is not None and rng.random() < 0.14  # an open session just ends
    if planned is None:
        actual = float(rng.randrange(70, 420))
    elif stopped:
        actual = round(planned * rng.uniform(0.25, 0.85), 1)
    else:
        actual = planned
    ended = started + timedelta(seconds=actual + 3)
    rated_before = rng.random() < 0.72
    rated_after = rated_before and rng.random() < 0.85
    before_tension = rng.randint(4, 8) if rated_before else None
    before_connected = rng.randint(1, 5) if rated_before else None
    after_tension = after_connected = None
    if rated_after and before_tension is not None and before_connected is not None:
        eased = rng.choice((0, 1, 1, 2, 2, 2, 3)) if not stopped else rng.choice((0, 0, 1))
        after_tension = max(0, before_tension - eased)
        after_connected = min(10, before_connected + rng.choice((0, 1, 1, 2)))
    record = SessionRecord(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), preset_name=name,
        pattern=pattern, planned_seconds=planned, actual_seconds=actual,
        breaths=completed_breaths(pattern, actual),
        outcome=Outcome.STOPPED_EARLY if stopped else Outcome.FINISHED,
        started_at=iso(started), ended_at=iso(ended), created_at=iso(ended),
        updated_at=iso(ended), before_connected=before_connected,
        before_tension=before_tension, after_connected=after_connected,
        after_tension=after_tension,
    )
    store.clock = lambda: ended + timedelta(seconds=40 if rated_after else 0)
    repo.save_session(record)


def _weighted(rng: random.Random, choices: Sequence[tuple[T, float]]) -> T:
    values = [value for value, _ in choices]
    weights = [weight for _, weight in choices]
    return rng.choices(values, weights)[0]
