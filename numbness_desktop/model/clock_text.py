"""A time of day in the person's own format ("14:05" or "2:05 PM"), for models and views.

Lives in model/ (Qt, no widgets) so list models can show times the way views do;
``ui/formatting.time_of_day`` uses it too.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat


def clock_time(hour: int, minute: int) -> str:
    """The locale's short time without seconds."""
    locale = QLocale()
    pattern = locale.timeFormat(_SHORT)
    for seconds in (":ss", ".ss"):
        pattern = pattern.replace(seconds, "")
    return locale.toString(QTime(hour, minute), pattern)


def stamp_time(iso_text: str) -> str:
    """The wall-clock time an ISO 8601 stamp was written at ("…T21:04:…"), in the locale's
    format; the text as stored when it is not a stamp."""
    try:
        return clock_time(int(iso_text[11:13]), int(iso_text[14:16]))
    except ValueError:
        return iso_text[11:16]
