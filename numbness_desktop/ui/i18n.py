"""Groundwork for translations: words through Qt's translator, plurals, the locale's numbers.

No translations ship yet. Text passes through ``QCoreApplication.translate`` (so a ``.qm``
file installed later replaces it), plurals through :func:`ntr`, and numbers and dates
through the system locale. ``make translations`` collects every call into
``translations/reconnect.ts`` with Qt's ``lupdate``: it files a bare ``tr("…")`` under the
empty context, so that is the context looked up here, and it reads ``ntr(one, many, n)`` as
a plural whose source is ``one`` (``-tr-function-alias tr+=ntr``). :class:`PseudoTranslator`
lengthens every translated string by 40 % (a pseudo-locale), to find words that would be
cut in a longer language.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

CONTEXT = ""  # where lupdate files a bare tr() call
PSEUDO_GROWTH = 0.4
FIXED_POINT = ord("f")  # QLocale's fixed-point format letter; PySide6 types the C++ char as int


def tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def ntr(one: str, many: str, n: int, context: str = CONTEXT) -> str:
    """A plural: ``many`` uses %n ("%n entries"). A translation picks its own form for
    ``n``; without one, English's two forms are chosen here."""
    translated = QCoreApplication.translate(context, one, many, n)
    if translated != one.replace("%n", str(n)):
        return translated  # a translation (or the pseudo-locale) answered
    return (one if n == 1 else many).replace("%n", QLocale().toString(n))


def number(value: float, decimals: int = 0) -> str:
    """A number as the person's locale writes it (1,234.5 or 1 234,5)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), FIXED_POINT, decimals)


def long_date(day: QDate) -> str:
    return QLocale().toString(day, QLocale.FormatType.LongFormat)


class PseudoTranslator(QTranslator):
    """Every string 40 % longer, bracketed so untranslated ones stand out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source:
            return source
        if n >= 0 and n != 1 and disambiguation:  # ntr's plural: "many" rides as the comment
            source = disambiguation
        extra = max(1, round(len(source) * PSEUDO_GROWTH) - 2)
        # In words of eight, as a longer language still has spaces to wrap at (one run of
        # 80 tildes would be a word no real translation has).
        tail = "~" * extra
        return f"[{source}{' '.join(tail[i:i + 8] for i in range(0, extra, 8))}]"

    def isEmpty(self) -> bool:
        return False


def _minutes(pattern: str) -> str:
    """A locale's short time pattern without seconds (the C locale's has them)."""
    return re.sub(r"[:.]ss", "", pattern)


def short_time(moment: QDateTime | QTime) -> str:
    """A time of day as the person's locale writes it (14:05 or 2:05 PM)."""
    time = moment.time() if isinstance(moment, QDateTime) else moment
    return clock_time(time.hour(), time.minute())


def clock_time(hour: int, minute: int) -> str:
    """A time of day as the person's locale writes it (18:30, 6:30 PM), without seconds."""
    from numbness_desktop.model import clock_text  # not on the way to the first paint

    return clock_text.clock_time(hour, minute)


def date_time(iso_text: str) -> str:
    """An ISO 8601 moment in local time, as the locale writes a date and a time (text that
    is not a moment comes back as it was)."""
    from PySide6.QtCore import Qt  # not at import: Qt's namespace is not for the first paint

    moment = QDateTime.fromString(iso_text, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso_text
    locale = QLocale()
    pattern = _minutes(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment.toLocalTime(), pattern)


def date_of(day: date) -> QDate:
    """A ``datetime.date`` (or datetime) as a QDate, for :func:`long_date`."""
    return QDate(day.year, day.month, day.day)


def short_date(day: QDate) -> str:
    """A day in few characters, as the person's locale writes it (26 Nov 2026, 11/26/26)."""
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
