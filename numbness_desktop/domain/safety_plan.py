"""The safety plan: eight sections, each an ordered list the person writes.

The structure follows the Stanley–Brown Safety Planning Intervention plus a personal
shutdown / timeout rule. The wording is our own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from numbness_desktop.domain.clock import new_id
from numbness_desktop.domain.crisis_lines import EMERGENCY_SERVICES, CountryLines, lines_for


class ItemRole(StrEnum):
    """What an entry is for; help lines get their own role so 'Get help now' finds them."""

    NOTE = ""
    CRISIS_LINE = "crisis_line"
    EMERGENCY = "emergency"


@dataclass(frozen=True)
class Section:
    key: str
    number: int
    title: str
    explanation: str
    example: str
    add_hint: str
    has_contacts: bool = False


SECTIONS: tuple[Section, ...] = (
    Section(
        "warning_signs", 1, "My warning signs",
        "The thoughts, pictures, moods, situations or habits that tell you a hard time may be "
        "starting. Noticing them early gives you more room to choose what comes next.",
        "For example: “I stop answering messages” or “Everything feels far away and grey.”",
        "Add a warning sign",
    ),
    Section(
        "coping", 2, "Things I can do on my own to settle",
        "Small things that help your body and mind calm down without needing anyone else: "
        "breathing, grounding, movement, warmth, a familiar routine.",
        "For example: “Slow breathing, out longer than in” or “Hold something cold and name "
        "five things I can see.”",
        "Add something that settles you",
    ),
    Section(
        "distractions", 3, "People and places that take my mind off things",
        "Company or surroundings that shift your attention for a while. You don't have to talk "
        "about how you feel with them.",
        "For example: “The library café” or “Walking the dog with my neighbour.”",
        "Add a person or place",
        has_contacts=True,
    ),
    Section(
        "help_people", 4, "People I can ask for help",
        "People you trust enough to tell that you are struggling. A name and a number makes it "
        "easier to reach out when it feels hard.",
        "For example: “Sam (sister)” and her phone number.",
        "Add a person",
        has_contacts=True,
    ),
    Section(
        "professionals", 5, "Professionals and crisis lines",
        "Your therapist, doctor or clinic, and the crisis lines and emergency number for your "
        "country. Reconnect fills in the numbers it has checked for the country you pick; "
        "they change with it. Edit one and it becomes yours.",
        "For example: “Dr. Lee, community clinic” and the clinic's number.",
        "Add a professional or service",
        has_contacts=True,
    ),
    Section(
        "safer_surroundings", 6, "Making my surroundings safer",
        "Steps that put distance between you and anything you could use to hurt yourself, "
        "or that make your space feel safer. Someone you trust can help with this.",
        "For example: “Ask Jo to keep my medication and give me a week at a time.”",
        "Add a step",
    ),
    Section(
        "reasons", 7, "What matters most to me",
        "The people, animals, values, hopes and small joys that make life worth living for you, "
        "even on days when you can't feel them.",
        "For example: “My cat, Miso” or “Seeing the sea again in summer.”",
        "Add something that matters",
    ),
    Section(
        "shutdown_rule", 8, "My shutdown / timeout rule",
        "What you will do when it all gets too much: a pause you agree with yourself in "
        "advance, so you don't have to decide in the moment.",
        "For example: “When I go numb, I stop, leave the room, breathe for two minutes and "
        "text Sam one word.”",
        "Add a step of your rule",
    ),
)

SECTION_BY_KEY: dict[str, Section] = {section.key: section for section in SECTIONS}


@dataclass(frozen=True)
class PlanItem:
    """One entry of a section. ``phone`` is used by the contact sections."""

    id: str
    section: str
    position: int
    text: str
    phone: str = ""
    role: ItemRole = ItemRole.NOTE
    created_at: str = ""
    updated_at: str = ""
    filled_for: str = ""  # the country Reconnect filled this help number in for; "" = theirs

    @property
    def is_own(self) -> bool:
        """Written by the person (never replaced by a country change)."""
        return not self.filled_for

    def display(self) -> str:
        """One line for lists and print-outs."""
        if self.phone and self.text:
            return f"{self.text} — {self.phone}"
        return self.text or self.phone


@dataclass(frozen=True)
class SafetyPlan:
    """The whole plan as read from the store."""

    country: str
    items: tuple[PlanItem, ...] = ()
    updated_at: str = ""

    def section_items(self, key: str) -> list[PlanItem]:
        return sorted(
            (item for item in self.items if item.section == key), key=lambda i: i.position
        )

    def with_role(self, role: ItemRole) -> list[PlanItem]:
        return [item for item in self.items if item.role is role and item.display()]

    def own_items(self) -> list[PlanItem]:
        """What the person wrote: the numbers Reconnect filled in are not counted."""
        return [item for item in self.items if item.is_own and item.display()]


@dataclass(frozen=True)
class HelpInfo:
    """What 'Get help now' shows: built from the plan, with the country's defaults."""

    country: CountryLines | None = None
    crisis_lines: list[PlanItem] = field(default_factory=list)
    emergency: list[PlanItem] = field(default_factory=list)
    reasons: list[PlanItem] = field(default_factory=list)
    people: list[PlanItem] = field(default_factory=list)
    professionals: list[PlanItem] = field(default_factory=list)
    settle: list[PlanItem] = field(default_factory=list)
    shutdown_rule: list[PlanItem] = field(default_factory=list)


def filled_items(code: str, now: str = "") -> list[PlanItem]:
    """The help numbers Reconnect fills in for ``code``: its checked lines, then emergency."""
    country = lines_for(code)
    items = [PlanItem(new_id(), "professionals", 0, line.name, line.number,
                      ItemRole.CRISIS_LINE, now, now, country.code)
             for line in country.lines]
    if country.emergency is not None:
        items.append(PlanItem(new_id(), "professionals", 0, EMERGENCY_SERVICES,
                              country.emergency.number, ItemRole.EMERGENCY, now, now,
                              country.code))
    return items
