"""Believable sample history for ``--demo`` and screenshots (about 90 days)."""

from __future__ import annotations

from datetime import datetime, timedelta

from numbness_desktop.domain.safety_plan import ItemRole
from numbness_desktop.store.breathing_demo import fill_breathing_demo
from numbness_desktop.store.db import Store
from numbness_desktop.store.journal_demo import fill_journal_demo
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

DEMO_DAYS = 90

DEMO_PLAN: dict[str, list[tuple[str, str]]] = {
    "warning_signs": [
        ("I stop replying to messages and tell myself nobody would notice", ""),
        ("Everything looks flat and far away, like watching through glass", ""),
        ("Sleeping past noon two days in a row", ""),
    ],
    "coping": [
        ("Two minutes of slow breathing, longer out than in", ""),
        ("5-4-3-2-1: name what I can see, touch, hear, smell, taste", ""),
        ("Cold water on my wrists, then a short walk round the block", ""),
    ],
    "distractions": [
        ("The library café on Ash Street", ""),
        ("Walking Pepper with my neighbour Ruth", ""),
    ],
    "help_people": [
        ("Sam (my sister)", "07700 900123"),
        ("Alex from the climbing group", "07700 900456"),
    ],
    "professionals": [
        ("Dr. Lee, Riverside Health Centre", "020 7946 0018"),
    ],
    "safer_surroundings": [
        ("Sam keeps the spare medication; I get a week at a time", ""),
    ],
    "reasons": [
        ("Pepper, who waits by the door for me", ""),
        ("My nephew's first birthday in spring", ""),
        ("Swimming in the sea again in summer", ""),
    ],
    "shutdown_rule": [
        ("When I go numb or it gets too much: stop what I'm doing", ""),
        ("Leave the room, breathe for two minutes", ""),
        ("Text Sam one word: 'timeout'", ""),
    ],
}


def fill_demo(store: Store, today: datetime) -> None:
    """Write the sample plan as if it had been built up over the last 90 days."""
    evening = today.replace(hour=19, minute=30, second=0, microsecond=0)
    start = evening - timedelta(days=DEMO_DAYS)
    moments = iter(start + timedelta(days=day) for day in range(0, DEMO_DAYS, 4))
    original_clock = store.clock
    repo = SafetyPlanRepository(store)
    try:
        store.clock = lambda: next(moments, today)
        repo.set_country("GB")
        for section, entries in DEMO_PLAN.items():
            for text, phone in entries:
                repo.add(section, text, phone, ItemRole.NOTE)
    finally:
        store.clock = original_clock
    fill_journal_demo(store, today)
    from numbness_desktop.store.body_map_demo import fill_body_map_demo

    fill_body_map_demo(store, today)
    fill_breathing_demo(store, today)
    from numbness_desktop.store.practices_demo import fill_practices_demo

    fill_practices_demo(store, today)
    from numbness_desktop.store.support_demo import fill_support_demo

    fill_support_demo(store, today)
    from numbness_desktop.store.wellbeing_demo import fill_wellbeing_demo

    fill_wellbeing_demo(store, today)
