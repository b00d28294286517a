"""Choosing the day the two weeks start (today, or any other day), and a calm stop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.ui.i18n import tr


class StartDayDialog(QDialog):
    def __init__(self, today: date, restart: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Start again") if restart else tr("Start my two weeks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        words = (tr("A fresh two weeks from the day you pick. What you already did stays in "
                    "your journal and records.") if restart else
                 tr("Pick the first day. It can be today, a day that suits you better, or a "
                    "day that has already passed."))
        intro = QLabel(words)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(tr("First day of the two weeks"))
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setGridVisible(False)
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(tr("Start on this day"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(tr("Start on this day"))
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_day(self) -> date:
        chosen = self.calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())


def confirm_stop(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, tr("Stop the plan?"),
        tr("Stop the two-week plan? Everything you did stays in your records, and you can "
           "start again whenever you like."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
