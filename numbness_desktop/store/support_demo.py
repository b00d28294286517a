"""Sample two-week plan and Support notes for ``--demo`` and screenshots: a plan started
five days ago, check-ins with the sample safety plan's people, two therapist notes and a
values-based goal (no appointment yet: that step stays open). Nothing here is a real
person or clinic."""

from __future__ import annotations

from datetime import datetime, timedelta

from numbness_desktop.domain.support import (
    PersonCheckIn,
    TherapistNote,
    ValuesGoal,
)
from numbness_desktop.domain.two_week_plan import TickValue
from numbness_desktop.store.db import Store
from numbness_desktop.store.plan_repo import PlanRepository
from numbness_desktop.store.support_repo import RecordRepository

PLAN_STARTED_DAYS_AGO = 5


def fill_support_demo(store: Store, today: datetime) -> None:
    original_clock = store.clock
    evening = today.replace(hour=20, minute=10, second=0, microsecond=0)

    def at(days_ago: int) -> None:
        moment = evening - timedelta(days=days_ago)
        store.clock = lambda: moment

    try:
        at(PLAN_STARTED_DAYS_AGO)
        plans = PlanRepository(store)
        run = plans.start((evening - timedelta(days=PLAN_STARTED_DAYS_AGO)).date())
        for days_ago, step in ((5, "movement"), (3, "movement"), (2, "mindfulness"),
                               (1, "movement")):
            at(days_ago)
            plans.set_tick(run.id, step, (evening - timedelta(days=days_ago)).date(),
                           TickValue.DONE, daily=True)
        people = {row["text"]: row["id"] for row in store.query(
            "SELECT id, text FROM safety_plan_items WHERE section = 'help_people'")}
        sam = next((pid for name, pid in people.items() if name.startswith("Sam")), "")
        alex = next((pid for name, pid in people.items() if name.startswith("Alex")), "")
        checkins = RecordRepository(store, PersonCheckIn)
        at(4)
        checkins.add(person_id=sam, person_name="Sam (my sister)",
                     planned_day=(evening - timedelta(days=2)).date().isoformat(),
                     planned_time="after work", how="Phone call", done=1, connected=6,
                     note="Talked about the dog; easier than I expected.")
        at(1)
        checkins.add(person_id=alex, person_name="Alex from the climbing group",
                     planned_day=(evening + timedelta(days=3)).date().isoformat(),
                     planned_time="Saturday morning", how="Coffee")
        therapists = RecordRepository(store, TherapistNote)
        at(3)
        therapists.add(name="Ask Dr. Lee for a referral", contact="020 7946 0018",
                       focus="trauma", status="contacted",
                       next_step="Ring the surgery on Monday at 8")
        at(2)
        therapists.add(name="Harbour Counselling (sample)", contact="hello@example.org",
                       focus="trauma, somatic approaches", mode="either",
                       cost="sliding scale", status="to_contact",
                       next_step="Email to ask about waiting times")
        at(2)
        RecordRepository(store, ValuesGoal).add(
            area="Relationships", goal="Feel more present with my partner during evenings",
            next_step="Phones in the drawer after 8 on two evenings",
            review_day=(evening + timedelta(days=9)).date().isoformat())
    finally:
        store.clock = original_clock
