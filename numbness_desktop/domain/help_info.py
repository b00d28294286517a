"""What 'Get help now' shows, derived from the safety plan."""

from __future__ import annotations

from numbness_desktop.domain.crisis_lines import lines_for
from numbness_desktop.domain.safety_plan import HelpInfo, ItemRole, PlanItem, SafetyPlan


def help_info(plan: SafetyPlan) -> HelpInfo:
    """The person's own entries first; the country's defaults when they wrote none."""
    defaults = lines_for(plan.country)
    crisis = plan.with_role(ItemRole.CRISIS_LINE)
    if not crisis and defaults.crisis_phone:
        crisis = [_default_item(defaults.crisis_name, defaults.crisis_phone, ItemRole.CRISIS_LINE)]
    emergency = plan.with_role(ItemRole.EMERGENCY)
    if not emergency and defaults.emergency_phone:
        emergency = [_default_item("Emergency services", defaults.emergency_phone,
                                   ItemRole.EMERGENCY)]
    professionals = [
        item for item in plan.section_items("professionals")
        if item.role is ItemRole.NOTE and item.display()
    ]
    return HelpInfo(
        crisis_lines=crisis,
        emergency=emergency,
        people=[i for i in plan.section_items("help_people") if i.display()],
        professionals=professionals,
        settle=[i for i in plan.section_items("coping") if i.display()],
        shutdown_rule=[i for i in plan.section_items("shutdown_rule") if i.display()],
    )


def _default_item(text: str, phone: str, role: ItemRole) -> PlanItem:
    return PlanItem(id="", section="professionals", position=0, text=text, phone=phone, role=role)
