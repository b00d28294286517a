"""Export, import and markdown for the two-week plan and the Support tab's records.

``KINDS`` are registered in transfer.py as ``CheckedRecordKind``s (same field order):
key, table, columns, defaults, order_by, required, check. Import merges by ``id`` and is
idempotent like every other kind; a record whose values make no sense is skipped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from numbness_desktop.domain.support import (
    STATUS_LABELS,
    Appointment,
    PersonCheckIn,
    TherapistNote,
    TherapistStatus,
    ValuesGoal,
    columns,
)
from numbness_desktop.domain.two_week_plan import STEP_BY_KEY, Choice, RunStatus, TickValue
from numbness_desktop.store import plan_repo
from numbness_desktop.store.db import Store
from numbness_desktop.store.support_repo import RecordRepository


def _is_day(value: Any, optional: bool = False) -> bool:
    if optional and value in ("", None):
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _score(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and 0 <= value <= 10)


def valid_run(r: dict[str, Any]) -> bool:
    return (_is_day(r.get("start_day")) and isinstance(r.get("length_days"), int)
            and r["length_days"] > 0 and r.get("status") in RunStatus._value2member_map_
            and r.get("choice") in Choice._value2member_map_)


def valid_tick(r: dict[str, Any]) -> bool:
    return (r.get("step") in STEP_BY_KEY and _is_day(r.get("day"))
            and r.get("value") in TickValue._value2member_map_)


def valid_checkin(r: dict[str, Any]) -> bool:
    return _is_day(r.get("planned_day"), optional=True) and r.get("done") in (0, 1) \
        and _score(r.get("connected"))


def valid_therapist(r: dict[str, Any]) -> bool:
    return r.get("status") in TherapistStatus._value2member_map_


STAMPS = ("created_at",)
KINDS = (
    ("plan_runs", plan_repo.RUNS, plan_repo.RUN_COLUMNS,
     (("length_days", 14), ("status", "active"), ("choice", "")), "created_at, id",
     ("start_day", *STAMPS), valid_run),
    ("plan_ticks", plan_repo.TICKS, plan_repo.TICK_COLUMNS, (("value", "done"),),
     "run_id, day, step, id", ("run_id", "step", "day", *STAMPS), valid_tick),
    ("person_checkins", "person_checkins", columns(PersonCheckIn),
     (("person_id", ""), ("person_name", ""), ("planned_day", ""), ("planned_time", ""),
      ("how", ""), ("done", 0), ("note", "")), "planned_day, created_at, id", STAMPS,
     valid_checkin),
    ("therapist_notes", "therapist_notes", columns(TherapistNote),
     (("contact", ""), ("focus", ""), ("mode", ""), ("cost", ""), ("status", "to_contact"),
      ("next_step", "")), "created_at, id", ("name", *STAMPS), valid_therapist),
    ("appointments", "appointments", columns(Appointment),
     (("day", ""), ("time", ""), ("place", ""), ("with_whom", ""), ("questions", ""),
      ("note", "")), "day, created_at, id", STAMPS,
     lambda r: _is_day(r.get("day"), optional=True)),
    ("values_goals", "values_goals", columns(ValuesGoal),
     (("area", ""), ("next_step", ""), ("review_day", ""), ("status", "active")),
     "created_at, id", ("goal", *STAMPS),
     lambda r: _is_day(r.get("review_day"), optional=True)),
)


def support_markdown(store: Store) -> str:
    """The Support notes and the two-week plan as readable text."""
    out = ["## Support", ""]
    for title, cls in (("Check-ins with people", PersonCheckIn),
                       ("Finding a therapist", TherapistNote),
                       ("Appointments", Appointment), ("Values", ValuesGoal)):
        records: list[Any] = RecordRepository(store, cls).all()
        out.append(f"### {title}")
        out.append("")
        if not records:
            out += ["(none yet)", ""]
            continue
        for record in records:
            out.append(f"- {record.display()}")
            if isinstance(record, TherapistNote):
                extra = [record.contact, dict(
                    (s.value, w) for s, w in STATUS_LABELS.items()).get(record.status, ""),
                    record.cost]
                if any(extra):
                    out.append(f"  {' · '.join(e for e in extra if e)}")
            if isinstance(record, Appointment) and record.questions:
                out += [f"  {line}" for line in record.questions.splitlines() if line.strip()]
        out.append("")
    runs = plan_repo.PlanRepository(store).runs()
    out += ["## Two-week plans", ""]
    if not runs:
        out += ["(not started)", ""]
    for run in runs:
        ticks = plan_repo.PlanRepository(store).ticks(run.id)
        out.append(f"- Started {run.start_day:%A} {run.start_day.day} "
                   f"{run.start_day:%B %Y}, {run.length_days} days ({run.status.value}); "
                   f"{len(ticks)} steps ticked by hand")
    return "\n".join(out).rstrip("\n") + "\n"
