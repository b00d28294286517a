"""What 'Get help now' shows, derived from the safety plan and the country's checked lines."""

from __future__ import annotations

from numbness_desktop.domain.crisis_lines import CrisisLine, lines_for
from numbness_desktop.domain.safety_plan import (
    HelpInfo,
    ItemRole,
    PlanItem,
    SafetyPlan,
    filled_items,
)


def help_info(plan: SafetyPlan) -> HelpInfo:
    """The plan's help numbers (theirs and the ones filled in for their country).

    When the plan holds none, the country's checked lines are shown all the same; a country
    without a checked entry shows none — the panel then says so instead of guessing.
    """
    country = lines_for(plan.country)
    crisis = plan.with_role(ItemRole.CRISIS_LINE)
    emergency = plan.with_role(ItemRole.EMERGENCY)
    defaults = filled_items(country.code)
    if not crisis:
        crisis = [item for item in defaults if item.role is ItemRole.CRISIS_LINE]
    if not emergency:
        emergency = [item for item in defaults if item.role is ItemRole.EMERGENCY]
    professionals = [
        item for item in plan.section_items("professionals")
        if item.role is ItemRole.NOTE and item.display()
    ]
    return HelpInfo(
        country=country,
        crisis_lines=crisis,
        emergency=emergency,
        reasons=[i for i in plan.section_items("reasons") if i.display()],
        people=[i for i in plan.section_items("help_people") if i.display()],
        professionals=professionals,
        settle=[i for i in plan.section_items("coping") if i.display()],
        shutdown_rule=[i for i in plan.section_items("shutdown_rule") if i.display()],
    )


def line_for(item: PlanItem) -> CrisisLine | None:
    """The checked line a filled-in entry came from (its text, call/chat ways and hours)."""
    if item.is_own:
        return None
    return next((line for line in lines_for(item.filled_for).lines if line.name == item.text),
                None)
