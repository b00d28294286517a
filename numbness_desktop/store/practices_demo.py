"""About 90 days of believable practice history for ``--demo`` and screenshots.

Check-ins on most days (more often shut down early on, more often settled later), a practice
every two or three days with ratings on most, the basics on many days (connection a little
higher on days with enough sleep), and a small goal now and then, most of them ticked.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.practices import (
    BASICS,
    CheckIn,
    CheckInState,
    DailyBasics,
    PracticeKind,
    PracticeSession,
    SmallGoal,
)
from numbness_desktop.store import practices_repo as repo
from numbness_desktop.store.db import Store

DEMO_DAYS = 90
GOALS = ("Drink a glass of water before lunch", "Text Sam back", "Ten minutes outside",
         "Eat a proper breakfast", "Put clean sheets on the bed", "Call the surgery",
         "Stretch before bed", "Walk Pepper the long way round")
NOTES = {
    CheckInState.ACTIVATED: ("", "", "racing since lunch", "too much noise at work",
                             "couldn't settle after the call"),
    CheckInState.SETTLED: ("", "", "quiet evening", "walked Pepper", "good chat with Sam"),
    CheckInState.SHUT_DOWN: ("", "", "woke up foggy", "far away all day", "everything flat"),
}
# kind: (planned seconds or None, average change in connection, in distress)
KINDS = {
    PracticeKind.GROUNDING: (None, 1.0, -1.8),
    PracticeKind.BODY_SCAN: (300, 1.6, -1.0),
    PracticeKind.MOVEMENT: (200, 2.0, -1.2),
    PracticeKind.SELF_KINDNESS: (None, 0.8, -0.8),
    PracticeKind.STAYING_PRESENT: (None, 0.3, 0.0),
}


def fill_practices_demo(store: Store, today: datetime) -> None:
    rng = random.Random(11)
    rows: dict[str, list[dict[str, Any]]] = {"check_ins": [], "practice_sessions": [],
                                             "small_goals": [], "daily_basics": []}

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    for days_ago in range(DEMO_DAYS, 0, -1):
        day = (today - timedelta(days=days_ago)).replace(microsecond=0)
        key = day.date().isoformat()
        progress = 1 - days_ago / DEMO_DAYS  # 0 long ago, 1 now
        slept = rng.choices((0, 1, 2), (3, 4, 3 + 3 * progress))[0]
        if rng.random() < 0.7:
            stamp = iso(day.replace(hour=21, minute=rng.randrange(60), second=0))
            basics = DailyBasics(new_id(), key, slept, rng.choice((0, 1, 1, 2, 2)),
                                 rng.choice((0, 0, 1, 1, 2)), rng.choice((0, 1, 1, 2)),
                                 stamp, stamp)
            if rng.random() < 0.25:  # a basic left unanswered now and then
                basics = DailyBasics(**{**basics.__dict__, rng.choice(BASICS): None})
            rows["daily_basics"].append(repo._basics_row(basics))
        if rng.random() < 0.75:
            state = rng.choices(list(CheckInState), (2, 2 + 3 * progress, 4 - 2 * progress))[0]
            base = {CheckInState.ACTIVATED: 4, CheckInState.SETTLED: 6,
                    CheckInState.SHUT_DOWN: 2}[state]
            connected = max(0, min(9, base + slept - 1 + round(progress * 2)
                                  + rng.choice((-1, 0, 0, 1))))
            distress = (max(0, min(10, {CheckInState.SETTLED: 2}.get(state, 6)
                                   + rng.choice((-2, -1, 0, 1))))
                        if rng.random() < 0.6 else None)
            stamp = iso(day.replace(hour=rng.choice((8, 9, 13, 18, 20)),
                                    minute=rng.randrange(60), second=0))
            rows["check_ins"].append(repo._check_in_row(CheckIn(
                new_id(), key, state, connected, distress, rng.choice(NOTES[state]), stamp, stamp)))
        if rng.random() < 0.4:
            rows["practice_sessions"].append(_session(rng, new_id(), day))
        if rng.random() < 0.3:
            stamp = iso(day.replace(hour=9, minute=rng.randrange(60), second=0))
            done = rng.random() < 0.65
            rows["small_goals"].append(repo._goal_row(SmallGoal(
                new_id(), key, rng.choice(GOALS), done, stamp, stamp)))
    with store.write() as db:
        for table, records in rows.items():
            if records:
                db.table(table).insert_all(records)


def _session(rng: random.Random, session_id: str, day: datetime) -> dict[str, Any]:
    kind = rng.choices(list(KINDS), (4, 3, 3, 2, 1))[0]
    planned, connected_gain, distress_change = KINDS[kind]
    if kind is PracticeKind.BODY_SCAN:
        planned = rng.choice((180, 300, 300, 600))
    started = day.replace(hour=rng.choice((7, 12, 17, 21)), minute=rng.randrange(60), second=0)
    completed = rng.random() < 0.85
    actual = planned or rng.randrange(90, 400)
    if not completed:
        actual = int(actual * rng.uniform(0.3, 0.8))
    rated = rng.random() < 0.75
    connected_before = rng.randint(1, 5) if rated else None
    distress_before = rng.randint(3, 8) if rated and rng.random() < 0.8 else None
    connected_after = distress_after = None
    if connected_before is not None:
        connected_after = max(0, min(10, connected_before + round(
            connected_gain + rng.uniform(-1.2, 1.2))))
    if distress_before is not None:
        distress_after = max(0, min(10, distress_before + round(
            distress_change + rng.uniform(-1.2, 1.2))))
    ended = started + timedelta(seconds=actual + 30)
    return repo._session_row(PracticeSession(
        session_id, kind, started.date().isoformat(), iso(started), planned, actual, completed,
        distress_before, distress_after, connected_before, connected_after, "",
        iso(ended), iso(ended)))
