"""WHO-5 results and reminders: the only SQL for the well-being features (m010_wellbeing)."""

from __future__ import annotations

from typing import Any

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.reminders import Reminder, ReminderKind, valid_time
from numbness_desktop.domain.who5 import Occasion, Who5Result, raw_score
from numbness_desktop.store.db import Store

RESULTS = "wellbeing_results"
REMINDERS = "reminders"
RESULT_COLUMNS = ("id", "taken_at", "day", "item1", "item2", "item3", "item4", "item5",
                  "raw_score", "occasion", "created_at", "updated_at")
REMINDER_COLUMNS = ("id", "kind", "time_of_day", "enabled", "created_at", "updated_at")


def _result(row: Any) -> Who5Result:
    one, two, three, four, five = (int(row[f"item{i}"]) for i in range(1, 6))
    return Who5Result(row["id"], row["taken_at"], row["day"], (one, two, three, four, five),
                      row["occasion"])


def add_result(store: Store, answers: tuple[int, ...], occasion: str = Occasion.OWN) -> Who5Result:
    """Save one completed WHO-5 in one transaction."""
    raw = raw_score(answers)
    now = store.clock()
    stamp = iso(now)
    record = {"id": new_id(), "taken_at": stamp, "day": now.date().isoformat(),
              **{f"item{i}": answer for i, answer in enumerate(answers, start=1)},
              "raw_score": raw, "occasion": Occasion(occasion).value, "created_at": stamp,
              "updated_at": stamp}
    with store.write() as db:
        db.table(RESULTS).insert(record)
    return _result(record)


def results(store: Store, first: str = "", last: str = "9999-12-31") -> list[Who5Result]:
    """Results whose day lies in [first, last], oldest first."""
    rows = store.query(f"SELECT {', '.join(RESULT_COLUMNS)} FROM {RESULTS} "
                       "WHERE day BETWEEN ? AND ? ORDER BY taken_at, rowid", (first, last))
    return [_result(row) for row in rows]


def delete_result(store: Store, result_id: str) -> None:
    with store.write() as db:
        db.execute(f"DELETE FROM {RESULTS} WHERE id = ?", [result_id])


def valid_result_record(record: dict[str, Any]) -> bool:
    """An imported result: five answers 0–5 whose sum is the stored raw score."""
    try:
        answers = tuple(record[f"item{i}"] for i in range(1, 6))
        return raw_score(answers) == record["raw_score"] and bool(record.get("day")) \
            and bool(record.get("taken_at")) and record.get("occasion") in set(Occasion)
    except (KeyError, ValueError, TypeError):
        return False


# Reminders ----------------------------------------------------------------------------------
def _reminder(row: Any) -> Reminder:
    return Reminder(row["id"], ReminderKind(row["kind"]), row["time_of_day"],
                    bool(row["enabled"]))


def reminders(store: Store) -> list[Reminder]:
    rows = store.query(f"SELECT {', '.join(REMINDER_COLUMNS)} FROM {REMINDERS} "
                       "ORDER BY time_of_day, kind, id")
    return [_reminder(row) for row in rows if row["kind"] in set(ReminderKind)]


def add_reminder(store: Store, kind: ReminderKind, time_of_day: str) -> Reminder:
    if not valid_time(time_of_day):
        raise ValueError("a reminder's time is HH:MM")
    stamp = iso(store.clock())
    record = {"id": new_id(), "kind": ReminderKind(kind).value, "time_of_day": time_of_day,
              "enabled": 1, "created_at": stamp, "updated_at": stamp}
    with store.write() as db:
        db.table(REMINDERS).insert(record)
    return _reminder(record)


def update_reminder(store: Store, reminder: Reminder) -> Reminder:
    if not valid_time(reminder.time_of_day):
        raise ValueError("a reminder's time is HH:MM")
    with store.write() as db:
        db.table(REMINDERS).update(reminder.id, {"kind": reminder.kind.value,
                                                 "time_of_day": reminder.time_of_day,
                                                 "enabled": int(reminder.enabled),
                                                 "updated_at": iso(store.clock())})
    return reminder


def delete_reminder(store: Store, reminder_id: str) -> None:
    with store.write() as db:
        db.execute(f"DELETE FROM {REMINDERS} WHERE id = ?", [reminder_id])


def valid_reminder_record(record: dict[str, Any]) -> bool:
    return record.get("kind") in set(ReminderKind) and valid_time(record.get("time_of_day")) \
        and record.get("enabled") in (0, 1, True, False)
