"""One values-based goal as a line of words: shared by the Support tab's list and Today.

Its own small module (no dataclasses, no enums) so Today's two-week plan card can show the
person's goal without importing the Support tab's records before the first paint.
"""

from __future__ import annotations

ACTIVE, DONE, SET_ASIDE = "active", "done", "set_aside"  # a goal's status, as stored


def goal_line(area: str, goal: str, next_step: str, status: str = ACTIVE) -> str:
    """"Area: goal (done) — next: step", each part only when there is one."""
    area_part = f"{area}: " if area else ""
    step = f" — next: {next_step}" if next_step else ""
    status_part = {DONE: " (done)", SET_ASIDE: " (set aside for now)"}.get(status, "")
    return f"{area_part}{goal}{status_part}{step}"
