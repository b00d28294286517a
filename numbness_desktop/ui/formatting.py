"""Human-friendly dates and times for labels."""

from __future__ import annotations

from datetime import datetime


def friendly_time(iso_text: str) -> str:
    """'Thu 26 Nov at 10:42' in local time, from an ISO 8601 timestamp."""
    try:
        moment = datetime.fromisoformat(iso_text).astimezone()
    except ValueError:
        return iso_text
    return f"{moment.strftime('%a')} {moment.day} {moment.strftime('%b %Y')} at " \
           f"{moment.strftime('%H:%M')}"


def long_date(moment: datetime) -> str:
    """'Thursday 26 November 2026'."""
    return f"{moment.strftime('%A')} {moment.day} {moment.strftime('%B %Y')}"
