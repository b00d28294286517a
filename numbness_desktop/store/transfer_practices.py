"""The Practices tab's records in the export: check-ins, practice sessions, goals, basics.

Registered in transfer.py with a few lines; export, CSV and merge-on-import by ``id`` then
come from the shared ``RecordKind`` machinery. An imported record the app could not show
(an unknown state or kind, a rating of 11) is skipped and counted.
"""

from __future__ import annotations

from typing import Any

from numbness_desktop.store import practices_repo as repo


def practice_kinds(checked_kind: Any) -> list[Any]:
    """The four kinds, built with transfer.py's ``CheckedRecordKind`` class."""
    return [
        checked_kind("check_ins", repo.CHECK_INS, repo.CHECK_IN_COLUMNS,
                     defaults=(("note", ""),), order_by="day, created_at, id",
                     required=("day", "state", "created_at"), check=repo.valid_check_in),
        checked_kind("practice_sessions", repo.SESSIONS, repo.SESSION_COLUMNS,
                     defaults=(("note", ""), ("completed", 0)), order_by="started_at, id",
                     required=("kind", "day", "started_at", "created_at"),
                     check=repo.valid_session),
        checked_kind("small_goals", repo.GOALS, repo.GOAL_COLUMNS,
                     defaults=(("done", 0),), order_by="day, created_at, id",
                     required=("day", "text", "created_at"), check=repo.valid_goal),
        checked_kind("daily_basics", repo.BASICS_TABLE, repo.BASICS_COLUMNS,
                     order_by="day, updated_at, id", required=("day", "created_at"),
                     check=repo.valid_basics),
    ]


def practices_markdown(data: dict[str, Any]) -> str:
    """Check-ins, small goals and practices as readable text, newest day first."""
    from numbness_desktop.domain.practices import (
        KIND_LABELS,
        STATE_LABELS,
        CheckInState,
        PracticeKind,
    )

    days: dict[str, list[tuple[str, str]]] = {}  # day: (time, line)
    for record in data.get("check_ins", []):
        state = STATE_LABELS[CheckInState(record["state"])][0]
        line = f"- {record['created_at'][11:16]} check-in: {state}, connected " \
               f"{record['connected']}/10"
        if record.get("distress") is not None:
            line += f", distress {record['distress']}/10"
        if record.get("note"):
            line += f" — {record['note']}"
        days.setdefault(record["day"], []).append((record["created_at"][11:16], line))
    for record in data.get("practice_sessions", []):
        minutes = max(1, round(record["actual_seconds"] / 60))
        line = (f"- {record['started_at'][11:16]} {KIND_LABELS[PracticeKind(record['kind'])]}, "
                f"{minutes} min")
        days.setdefault(record["day"], []).append((record["started_at"][11:16], line))
    for record in data.get("small_goals", []):
        mark = "x" if record["done"] else " "
        days.setdefault(record["day"], []).append(("~", f"- [{mark}] Small goal: "
                                                       f"{record['text']}"))
    if not days:
        return ""
    out = ["## Check-ins and practices", ""]
    for day in sorted(days, reverse=True):
        out += [f"### {day}", "", *(line for _time, line in sorted(days[day])), ""]
    return "\n".join(out).rstrip("\n") + "\n"
