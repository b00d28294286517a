"""Sample WHO-5 checks for ``--demo`` and screenshots: the plan's start and end, then every
two weeks, slowly and unevenly better (as real change tends to be)."""

from __future__ import annotations

from datetime import datetime, timedelta

from numbness_desktop.domain.clock import fixed_clock
from numbness_desktop.store import wellbeing_repo
from numbness_desktop.store.db import Store

# (days ago, answers, occasion)
DEMO_CHECKS = (
    (70, (1, 2, 1, 1, 2), "plan_start"),
    (57, (2, 2, 1, 2, 2), "plan_end"),
    (43, (2, 3, 2, 1, 2), "fortnight"),
    (29, (2, 2, 2, 2, 3), "fortnight"),
    (15, (3, 3, 2, 2, 3), "fortnight"),
    (1, (3, 3, 3, 2, 3), "fortnight"),
)


def fill_wellbeing_demo(store: Store, today: datetime) -> None:
    original = store.clock
    try:
        for days_ago, answers, occasion in DEMO_CHECKS:
            moment = today.replace(hour=10, minute=15, second=0, microsecond=0) \
                - timedelta(days=days_ago)
            store.clock = fixed_clock(moment)
            wellbeing_repo.add_result(store, answers, occasion)
    finally:
        store.clock = original
