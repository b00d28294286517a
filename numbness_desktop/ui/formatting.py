"""Dates and times for labels, as the person's system locale writes them.

Every view uses these (never ``strftime``, which follows C's locale and English names):

- ``long_date(day)``      "Tuesday, 1 December 2026" (en_US: "Tuesday, December 1, 2026";
                          with no locale set, C/POSIX: "Tuesday 1 December 2026")
- ``medium_date(day)``    "Tue, 1 Dec 2026": the long form with short names
- ``short_date(day)``     the locale's numeric form: "01/12/2026", "12/1/26", "01.12.26"
- ``weekday(day)``        "Tuesday" (``short=True``: "Tue")
- ``month_name(day)``     "December" (``short=True``: "Dec")
- ``time_of_day(moment)`` "14:05" or "2:05 PM", never with seconds
- ``date_and_time(moment)`` "Tue, 1 Dec 2026 at 14:05" (``long=True``: the long date)
- ``friendly_time(iso)``  ``date_and_time`` of an ISO 8601 timestamp, in local time

They take Python ``date``/``datetime`` values (what domain/ and the models hand out) and
read ``QLocale()`` when called, so a locale set at start (or in a test) is followed.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale

from numbness_desktop.model.clock_text import clock_time
from numbness_desktop.ui.i18n import tr

_LONG = QLocale.FormatType.LongFormat
_SHORT = QLocale.FormatType.ShortFormat
# With no locale chosen (C/POSIX) Reconnect writes dates its own way, without Qt's comma.
HOUSE_LONG_DATE = "dddd d MMMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _long_pattern(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return HOUSE_LONG_DATE
    return locale.dateFormat(_LONG)


def long_date(day: date) -> str:
    """'Tuesday, 1 December 2026' as the locale writes a long date."""
    locale = QLocale()
    return locale.toString(_qdate(day), _long_pattern(locale))


def medium_date(day: date) -> str:
    """The locale's long date with short day and month names: 'Tue, 1 Dec 2026'."""
    locale = QLocale()
    pattern = _long_pattern(locale).replace("dddd", "ddd").replace("MMMM", "MMM")
    return locale.toString(_qdate(day), pattern)


def short_date(day: date) -> str:
    """The locale's numeric date ('01/12/2026'): for tables and narrow places."""
    return QLocale().toString(_qdate(day), _SHORT)


def weekday(day: date, short: bool = False) -> str:
    return QLocale().dayName(day.isoweekday(), _SHORT if short else _LONG)


def month_name(day: date, short: bool = False) -> str:
    return QLocale().monthName(day.month, _SHORT if short else _LONG)


def time_of_day(moment: datetime | time) -> str:
    """'14:05' or '2:05 PM' (the locale's short time, without seconds)."""
    return clock_time(moment.hour, moment.minute)


def date_and_time(moment: datetime, long: bool = False) -> str:
    """'Tue, 1 Dec 2026 at 14:05' (``long``: 'Tuesday, 1 December 2026 at 14:05')."""
    day = long_date(moment) if long else medium_date(moment)
    return tr("{date} at {time}").format(date=day, time=time_of_day(moment))


def friendly_time(iso_text: str) -> str:
    """An ISO 8601 timestamp in local time: 'Tue, 1 Dec 2026 at 14:05'."""
    try:
        moment = datetime.fromisoformat(iso_text).astimezone()
    except ValueError:
        return iso_text
    return date_and_time(moment)


def backup_moment(moment: datetime) -> str:
    """When a backup was taken: the long date and the time."""
    return date_and_time(moment, long=True)
