"""Gentle reminders: when an invitation is due, across midnight and daylight-saving changes.

Pure functions of (reminders, the last moment looked at, now, the time zone), so a fake clock
tests them. A reminder's time is a wall-clock time in the person's zone: 19:00 stays 19:00
when the clocks change. A time that does not exist that day (skipped by a spring-forward
change) arrives at the first moment after the jump; a time that happens twice (autumn) arrives
once, the first time. An invitation more than ``STALE_AFTER`` late (the computer was asleep)
is let go quietly rather than arriving out of context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

STALE_AFTER = timedelta(hours=2)
SNOOZE = timedelta(minutes=30)
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class ReminderKind(StrEnum):
    CHECK_IN = "check_in"
    PRACTICE = "practice"

    @property
    def label(self) -> str:
        return {"check_in": "A check-in", "practice": "A practice"}[self.value]


# Invitations, never nags: no "missed", no "should", no counting.
INVITATIONS: dict[ReminderKind, tuple[str, str]] = {
    ReminderKind.CHECK_IN: ("A moment to check in, if you like",
                            "How are you, right now? A minute with Reconnect is there if it "
                            "would help — and letting this pass is fine too."),
    ReminderKind.PRACTICE: ("A small practice, if it suits you",
                            "A few slow breaths or a short practice is there whenever you want "
                            "it. Another time is fine too."),
}


@dataclass(frozen=True)
class Reminder:
    id: str
    kind: ReminderKind
    time_of_day: str  # "HH:MM", the person's wall clock
    enabled: bool = True

    def with_time(self, time_of_day: str) -> Reminder:
        return replace(self, time_of_day=time_of_day)


def valid_time(text: object) -> bool:
    return isinstance(text, str) and _TIME.match(text) is not None


def parse_time(text: str) -> time:
    match = _TIME.match(text)
    if match is None:
        raise ValueError(f"not a time of day: {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


def local_moment(day: date, wall: time, zone: tzinfo | None) -> datetime:
    """The real moment (UTC) when the wall clock shows ``wall`` on ``day`` in ``zone``
    (``None``: the system's own local rules)."""
    naive = datetime.combine(day, wall)
    local = naive.astimezone() if zone is None else naive.replace(tzinfo=zone, fold=0)
    return local.astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo | None) -> date:
    return (moment.astimezone() if zone is None else moment.astimezone(zone)).date()


def due(reminders: list[Reminder], since: datetime, now: datetime, zone: tzinfo | None = None,
        *, quiet_day: date | None = None,
        snoozed: dict[str, datetime] | None = None) -> list[Reminder]:
    """Reminders whose moment fell in (since, now] — at most once each.

    ``quiet_day``: the day the person said "not today" (nothing arrives on it).
    ``snoozed``: a reminder's id → when its snoozed invitation comes back.
    """
    if now <= since:
        return []
    found: list[Reminder] = []
    first = local_day(since, zone) - timedelta(days=1)
    last = local_day(now, zone)
    for reminder in reminders:
        if not reminder.enabled or not valid_time(reminder.time_of_day):
            continue
        wall = parse_time(reminder.time_of_day)
        moments = []
        day = first
        while day <= last:
            if day != quiet_day:
                moments.append(local_moment(day, wall, zone))
            day += timedelta(days=1)
        back = (snoozed or {}).get(reminder.id)
        if back is not None and local_day(back, zone) != quiet_day:
            moments.append(back)
        if any(since < moment <= now and now - moment <= STALE_AFTER for moment in moments):
            found.append(reminder)
    return found


def next_moment(reminders: list[Reminder], now: datetime, zone: tzinfo | None = None,
                quiet_day: date | None = None) -> tuple[Reminder, datetime] | None:
    """The next invitation after ``now`` (for "Next: today at 19:00")."""
    best: tuple[Reminder, datetime] | None = None
    today = local_day(now, zone)
    for reminder in reminders:
        if not reminder.enabled or not valid_time(reminder.time_of_day):
            continue
        wall = parse_time(reminder.time_of_day)
        for offset in range(3):
            day = today + timedelta(days=offset)
            if day == quiet_day:
                continue
            moment = local_moment(day, wall, zone)
            if moment > now:
                if best is None or moment < best[1]:
                    best = (reminder, moment)
                break
    return best
