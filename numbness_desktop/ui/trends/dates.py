"""How Trends writes its days, weeks and months: in the person's locale (its month names),
through QLocale. Plain text, no chart: the view's texts need it before any chart is drawn."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from numbness_desktop.ui.i18n import tr


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def nice_day(day: date) -> str:
    """'2 Nov 2026'."""
    return QLocale().toString(_qdate(day), tr("d MMM yyyy"))


def day_and_month(day: date) -> str:
    """'2 Nov' (a weekly bar's tick)."""
    return QLocale().toString(_qdate(day), tr("d MMM"))


def month_name(day: date) -> str:
    """'November 2026'."""
    return QLocale().toString(_qdate(day), tr("MMMM yyyy"))


def bucket_name(day: date, bucket: str) -> str:
    return (tr("Week of {day}").format(day=nice_day(day)) if bucket == "week"
            else month_name(day))
