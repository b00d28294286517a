"""m008: the two-week plan and the Support tab's records.

People are the safety plan's own "People I can ask for help" entries (``safety_plan_items``,
section ``help_people``): they are typed once and shared. A check-in keeps a copy of the
person's name so it still reads well if that entry is later removed from the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

STAMPS = {"created_at": str, "updated_at": str}


def m008_support_plan(db: Database) -> None:
    """Plan runs and their hand ticks, check-ins with people, therapist notes, appointments
    and values-based goals."""
    db.table("plan_runs").create(
        {"id": str, "start_day": str, "length_days": int, "status": str, "choice": str,
         **STAMPS},
        pk="id", not_null={"start_day", "length_days", "status", "choice", *STAMPS},
        defaults={"length_days": 14, "status": "active", "choice": ""},
    )
    db.table("plan_runs").create_index(["status", "start_day"])
    db.table("plan_ticks").create(
        {"id": str, "run_id": str, "step": str, "day": str, "value": str, **STAMPS},
        pk="id", not_null={"run_id", "step", "day", "value", *STAMPS},
        defaults={"value": "done"},
    )
    db.table("plan_ticks").create_index(["run_id", "day", "step"])
    db.table("person_checkins").create(
        {"id": str, "person_id": str, "person_name": str, "planned_day": str,
         "planned_time": str, "how": str, "done": int, "connected": int, "note": str,
         **STAMPS},
        pk="id", not_null={"person_id", "person_name", "planned_day", "planned_time", "how",
                           "done", "note", *STAMPS},
        defaults={"person_id": "", "person_name": "", "planned_time": "", "how": "",
                  "done": 0, "note": ""},
    )
    db.table("person_checkins").create_index(["planned_day"])
    db.table("therapist_notes").create(
        {"id": str, "name": str, "contact": str, "focus": str, "mode": str, "cost": str,
         "status": str, "next_step": str, **STAMPS},
        pk="id", not_null={"name", "contact", "focus", "mode", "cost", "status", "next_step",
                           *STAMPS},
        defaults={"contact": "", "focus": "", "mode": "", "cost": "", "status": "to_contact",
                  "next_step": ""},
    )
    db.table("appointments").create(
        {"id": str, "day": str, "time": str, "place": str, "with_whom": str,
         "questions": str, "note": str, **STAMPS},
        pk="id", not_null={"day", "time", "place", "with_whom", "questions", "note", *STAMPS},
        defaults={"day": "", "time": "", "place": "", "with_whom": "", "questions": "",
                  "note": ""},
    )
    db.table("values_goals").create(
        {"id": str, "area": str, "goal": str, "next_step": str, "review_day": str,
         "status": str, **STAMPS},
        pk="id", not_null={"area", "goal", "next_step", "review_day", "status", *STAMPS},
        defaults={"area": "", "next_step": "", "review_day": "", "status": "active"},
    )
