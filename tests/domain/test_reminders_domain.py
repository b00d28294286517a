"""Reminders arrive once, at the person's wall-clock time, across midnight and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from numbness_desktop.domain.reminders import (
    INVITATIONS,
    Reminder,
    ReminderKind,
    due,
    local_moment,
    next_moment,
    parse_time,
    valid_time,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(zone, *args) -> datetime:
    return datetime(*args, tzinfo=zone)


def walk(reminders, start: datetime, end: datetime, step=timedelta(seconds=20), zone=BERLIN,
         **kwargs):
    """Tick like the window's timer does; returns (moment, reminder id) for each arrival.

    Real time is walked in UTC (adding minutes to a zone-aware datetime walks wall time)."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    arrivals, since, now = [], start, start
    while now < end:
        now = min(now + step, end)
        arrivals += [(now, r.id) for r in due(reminders, since, now, zone, **kwargs)]
        since = now
    return arrivals


def test_times_are_validated():
    assert valid_time("07:05") and valid_time("23:59") and valid_time("00:00")
    assert not any(valid_time(t) for t in ("24:00", "7:05", "12:60", "", None, "12:00:00"))
    assert parse_time("19:30").hour == 19


def test_a_reminder_arrives_once_a_day_at_its_time():
    evening = Reminder("a", ReminderKind.CHECK_IN, "19:00")
    arrivals = walk([evening], at(BERLIN, 2026, 11, 26, 8), at(BERLIN, 2026, 11, 28, 8))
    assert [moment.astimezone(BERLIN).strftime("%d %H:%M") for moment, _ in arrivals] == \
        ["26 19:00", "27 19:00"]


def test_across_midnight():
    late = Reminder("late", ReminderKind.PRACTICE, "23:59")
    early = Reminder("early", ReminderKind.CHECK_IN, "00:00")
    arrivals = walk([late, early], at(BERLIN, 2026, 12, 31, 23, 50),
                    at(BERLIN, 2027, 1, 1, 0, 10))
    assert [(m.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M"), rid) for m, rid in arrivals] == [
        ("2026-12-31 23:59", "late"), ("2027-01-01 00:00", "early")]


def test_a_single_tick_spanning_midnight_finds_both_sides():
    late = Reminder("late", ReminderKind.PRACTICE, "23:59")
    early = Reminder("early", ReminderKind.CHECK_IN, "00:01")
    found = due([late, early], at(BERLIN, 2026, 12, 31, 23, 58), at(BERLIN, 2027, 1, 1, 0, 2),
                BERLIN)
    assert {r.id for r in found} == {"late", "early"}


def test_spring_forward_keeps_the_wall_clock_time():
    # Europe/Berlin: 29 March 2026, 02:00 → 03:00.
    morning = Reminder("m", ReminderKind.CHECK_IN, "09:00")
    arrivals = walk([morning], at(BERLIN, 2026, 3, 28, 12), at(BERLIN, 2026, 3, 30, 12),
                    step=timedelta(minutes=1))
    assert [m.astimezone(BERLIN).strftime("%d %H:%M %Z") for m, _ in arrivals] == \
        ["29 09:00 CEST", "30 09:00 CEST"]
    # 23 real hours between the Saturday and Sunday invitations.
    saturday = local_moment(date(2026, 3, 28), parse_time("09:00"), BERLIN)
    sunday = local_moment(date(2026, 3, 29), parse_time("09:00"), BERLIN)
    assert sunday - saturday == timedelta(hours=23)


def test_a_time_skipped_by_spring_forward_arrives_once_right_after_the_jump():
    night = Reminder("n", ReminderKind.PRACTICE, "02:30")
    arrivals = walk([night], at(BERLIN, 2026, 3, 29, 0), at(BERLIN, 2026, 3, 29, 6),
                    step=timedelta(minutes=1))
    assert len(arrivals) == 1
    assert arrivals[0][0].astimezone(BERLIN).strftime("%H:%M") == "03:30"


def test_a_time_that_happens_twice_in_autumn_arrives_once():
    # America/New_York: 1 November 2026, 02:00 EDT → 01:00 EST; 01:30 happens twice.
    twice = Reminder("t", ReminderKind.CHECK_IN, "01:30")
    start = datetime(2026, 11, 1, 4, 0, tzinfo=UTC)  # 00:00 EDT
    end = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)  # 04:00 EST
    arrivals = walk([twice], start, end, step=timedelta(minutes=1), zone=NEW_YORK)
    assert len(arrivals) == 1
    assert arrivals[0][0] == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # the first 01:30 (EDT)


def test_not_today_and_snooze():
    evening = Reminder("e", ReminderKind.CHECK_IN, "19:00")
    start, end = at(BERLIN, 2026, 11, 26, 8), at(BERLIN, 2026, 11, 27, 23)
    quiet = walk([evening], start, end, quiet_day=date(2026, 11, 26))
    assert [m.astimezone(BERLIN).day for m, _ in quiet] == [27]
    snoozed = due([evening], at(BERLIN, 2026, 11, 26, 19, 29), at(BERLIN, 2026, 11, 26, 19, 31),
                  BERLIN, snoozed={"e": at(BERLIN, 2026, 11, 26, 19, 30)})
    assert snoozed == [evening]


def test_disabled_reminders_and_long_sleeps_stay_quiet():
    off = Reminder("off", ReminderKind.CHECK_IN, "19:00", enabled=False)
    assert due([off], at(BERLIN, 2026, 11, 26, 18), at(BERLIN, 2026, 11, 26, 20), BERLIN) == []
    on = Reminder("on", ReminderKind.CHECK_IN, "19:00")
    # The computer slept from 18:00 to 23:00: a 4-hour-late invitation is let go.
    assert due([on], at(BERLIN, 2026, 11, 26, 18), at(BERLIN, 2026, 11, 26, 23), BERLIN) == []
    # An hour late is still welcome.
    assert due([on], at(BERLIN, 2026, 11, 26, 18), at(BERLIN, 2026, 11, 26, 20), BERLIN) == [on]


def test_next_moment_skips_a_quiet_day():
    evening = Reminder("e", ReminderKind.CHECK_IN, "19:00")
    now = at(BERLIN, 2026, 11, 26, 12)
    _, moment = next_moment([evening], now, BERLIN)
    assert moment.astimezone(BERLIN).day == 26
    _, moment = next_moment([evening], now, BERLIN, quiet_day=date(2026, 11, 26))
    assert moment.astimezone(BERLIN).day == 27


def test_invitations_are_gentle():
    for title, text in INVITATIONS.values():
        words = f"{title} {text}".lower()
        for bad in ("missed", "should", "must", "don't forget", "streak", "!"):
            assert bad not in words
