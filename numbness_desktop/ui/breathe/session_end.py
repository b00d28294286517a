"""The record of a session that has ended, as it is saved."""

from __future__ import annotations

import uuid

from numbness_desktop.domain.breath import Preset, completed_breaths
from numbness_desktop.domain.breath_records import Outcome, SessionRecord
from numbness_desktop.domain.breath_timing import SessionTiming


def session_record(preset: Preset, timing: SessionTiming | None, seconds: float,
                   reached_end: bool, started_at: str, now: str,
                   before: tuple[int | None, int | None]) -> SessionRecord:
    """``seconds`` of breathing with ``preset``, ended at ``now`` (ISO 8601)."""
    planned = timing.planned_seconds if timing is not None else None
    return SessionRecord(
        id=str(uuid.uuid4()), preset_name=preset.name, pattern=preset.pattern,
        planned_seconds=planned,
        actual_seconds=round(seconds, 2),
        breaths=completed_breaths(preset.pattern, seconds),
        # An open session has no planned end: ending it is finishing it.
        outcome=Outcome.FINISHED if reached_end or planned is None else Outcome.STOPPED_EARLY,
        started_at=started_at, ended_at=now, created_at=now, updated_at=now,
        before_connected=before[0], before_tension=before[1],
    )
