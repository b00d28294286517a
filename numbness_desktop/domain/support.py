"""The Support tab's records: check-ins with people, therapist notes, a first appointment and
values-based goals. Plain dataclasses whose fields are the table's columns.

The words offered here (focus areas, value areas, questions) are our own. Reconnect is a
self-help companion, not a referral service: it helps a person keep their own notes.

Checked against (2026-12-01, with the search tool):
- Asking a primary care physician for a referral, questions about a therapist's focus, way of
  working, cost and insurance, and noticing how safe the first session feels:
  https://www.sanemag.com/article/best-ways-go-interviewing-health-care-professional and
  https://trantor.is/content/Vp3TEi-jd6czOn45/NH35814-0032.xhtml ("How to Find a Therapist").
- ACT: values are directions, goals the stops along the way, in areas of life such as
  relationships, family, work, health, spirituality, community; committed action is small
  values-based steps taken even when feelings do not follow:
  https://www.rhythmandresolve.com/blog1, https://www.abagroup.org/act/values and
  https://www.taylorfrancis.com/chapters/mono/10.4324/9780203834688-33 (Flaxman, Blackledge &
  Bond, "Clarifying values": values-based goal setting and action planning).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from numbness_desktop.domain import goal_line


def friendly_day(day: str) -> str:
    """'Fri 4 Dec 2026' for a stored YYYY-MM-DD; the text itself if it is not a date."""
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{parsed:%a} {parsed.day} {parsed:%b %Y}"


@dataclass(frozen=True)
class PersonCheckIn:
    """A low-pressure 15–20 minute call or coffee with someone from the safety plan."""

    id: str
    person_id: str = ""
    person_name: str = ""
    planned_day: str = ""  # local YYYY-MM-DD
    planned_time: str = ""  # the person's own words: "after work", "18:30"
    how: str = ""  # call, coffee, walk, video, message, …
    done: int = 0
    connected: int | None = None  # 0–10, how connected it felt (optional)
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    def display(self) -> str:
        when = " ".join(part for part in (friendly_day(self.planned_day), self.planned_time)
                        if part)
        how = f" · {self.how}" if self.how else ""
        head = f"{self.person_name or 'Someone'}{how}" + (f" — {when}" if when else "")
        if self.done:
            felt = f", felt {self.connected}/10 connected" if self.connected is not None else ""
            line = f" · {self.note}" if self.note else ""
            return f"✓ Done: {head}{felt}{line}"
        return f"Planned: {head}"


class TherapistStatus(StrEnum):
    TO_CONTACT = "to_contact"
    CONTACTED = "contacted"
    APPOINTMENT = "appointment"
    NOT_A_FIT = "not_a_fit"


STATUS_LABELS = {
    TherapistStatus.TO_CONTACT: "To contact",
    TherapistStatus.CONTACTED: "Contacted",
    TherapistStatus.APPOINTMENT: "Appointment made",
    TherapistStatus.NOT_A_FIT: "Not a fit",
}
MODES = {"": "Not sure yet", "in_person": "In person", "teletherapy": "Teletherapy",
         "either": "Either"}
FOCUS_SUGGESTIONS = ("trauma", "emotion regulation", "relationships", "EMDR",
                     "somatic approaches", "feeling numb or cut off")


@dataclass(frozen=True)
class TherapistNote:
    id: str
    name: str = ""
    contact: str = ""
    focus: str = ""  # comma-separated, in the person's words or from the suggestions
    mode: str = ""
    cost: str = ""  # sliding scale, insurance, …
    status: str = TherapistStatus.TO_CONTACT.value
    next_step: str = ""
    created_at: str = ""
    updated_at: str = ""

    def display(self) -> str:
        status = STATUS_LABELS.get(TherapistStatus(self.status), "") \
            if self.status in TherapistStatus._value2member_map_ else ""
        parts = [self.name or "Unnamed", status]
        if self.focus:
            parts.append(self.focus)
        if self.next_step:
            parts.append(f"next: {self.next_step}")
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class Appointment:
    id: str
    day: str = ""
    time: str = ""
    place: str = ""
    with_whom: str = ""
    questions: str = ""
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    def display(self) -> str:
        when = " ".join(part for part in (friendly_day(self.day), self.time)
                        if part) or "Date not set"
        who = f" with {self.with_whom}" if self.with_whom else ""
        where = f" at {self.place}" if self.place else ""
        return f"{when}{who}{where}"


SUGGESTED_QUESTIONS = (
    "Have you worked with people who feel numb or cut off from their feelings?",
    "How do you usually work with trauma, and how would we set the pace?",
    "What might the first few sessions look like?",
    "How will we notice whether it is helping?",
    "What does it cost, and is there a sliding scale or insurance cover?",
    "What can I do if a session feels like too much?",
)

VALUE_AREAS = ("Relationships", "Family", "Friendship", "Work or study", "Health and body",
               "Play and rest", "Community", "Growth and learning", "Spirituality", "Other")


class GoalStatus(StrEnum):
    ACTIVE = goal_line.ACTIVE
    DONE = goal_line.DONE
    SET_ASIDE = goal_line.SET_ASIDE


@dataclass(frozen=True)
class ValuesGoal:
    """A goal after ACT: the area it serves, the goal in the person's words, one small next
    step and a gentle date to look at it again."""

    id: str
    area: str = ""
    goal: str = ""
    next_step: str = ""
    review_day: str = ""
    status: str = GoalStatus.ACTIVE.value
    created_at: str = ""
    updated_at: str = ""

    def display(self) -> str:
        return goal_line.goal_line(self.area, self.goal, self.next_step, self.status)


def columns(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
