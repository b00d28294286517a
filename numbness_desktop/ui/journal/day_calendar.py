"""The calendar behind the day button: days with writing marked, no day after today."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget

from numbness_desktop.ui.i18n import long_date, tr

DaysWithEntries = Callable[[str, str], Iterable[str]]  # first, last (ISO) -> ISO days written


class DayCalendar(QCalendarWidget):
    """Asks ``days_with_entries`` for the month shown whenever the page turns."""

    def __init__(self, days_with_entries: DaysWithEntries) -> None:
        super().__init__()
        self._days_with_entries = days_with_entries
        self.setAccessibleName(tr("Calendar"))
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.currentPageChanged.connect(self.mark_written_days)

    def prepare(self, shown: date, today: date) -> None:
        """Before it opens: today is the last day, the day shown is selected."""
        self.setMaximumDate(QDate(today.year, today.month, today.day))
        self.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.mark_written_days(shown.year, shown.month)

    def mark_written_days(self, year: int, month: int) -> None:
        """Days with writing show in bold and underlined (not by colour alone)."""
        self.setDateTextFormat(QDate(), QTextCharFormat())
        first = date(year, month, 1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        written = QTextCharFormat()
        written.setFontWeight(QFont.Weight.Bold)
        written.setFontUnderline(True)
        for day in self._days_with_entries(first.isoformat(), last.isoformat()):
            moment = date.fromisoformat(day)
            self.setDateTextFormat(QDate(moment.year, moment.month, moment.day), written)


def day_label(day: date) -> str:
    """The day as the person's locale writes it in full ("Thursday, 26 November 2026")."""
    return long_date(QDate(day.year, day.month, day.day))
