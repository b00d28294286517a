"""How Trends writes its days, weeks and months (no pyqtgraph here: the view's texts need it
before any chart exists)."""

from __future__ import annotations

from datetime import date


def nice_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def bucket_name(day: date, bucket: str) -> str:
    return f"Week of {nice_day(day)}" if bucket == "week" else f"{day:%B %Y}"
