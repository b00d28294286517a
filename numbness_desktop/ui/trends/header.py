"""The top of the Trends tab: its title and the period shown, "Prepare a summary…", and the
period switch (Week, Month, 3 months, Year, All).

One layout: the title beside its buttons in two columns; the view turns it top to bottom
when large text leaves room for one column only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.trends import TAB_PERIODS, DateRange, Period
from numbness_desktop.model.trends_model import TrendsModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.trends.dates import nice_day

# The period buttons' names for a screen reader (each through tr() where it is set).
SHOW_NAMES = {Period.WEEK: "Show week", Period.MONTH: "Show month",
              Period.QUARTER: "Show 3 months", Period.YEAR: "Show year",
              Period.ALL: "Show all time"}


SUMMARY_GAP = 16  # between the summary button and the period switch, beside each other


class TrendsHeader(QBoxLayout):
    def __init__(self, trends: TrendsModel, open_summary: Callable[[], object],
                 owner: QWidget) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.setSpacing(8)
        titles = QVBoxLayout()
        title = QLabel(tr("Trends"))
        title.setObjectName("pageTitle")
        titles.addWidget(title)
        self.range_label = QLabel()
        self.range_label.setObjectName("muted")
        titles.addWidget(self.range_label)
        self.addLayout(titles, 1)
        # Beside each other where they fit; else the period switch under the summary button
        # (fit_controls: at 200 % text in the smallest window one row was cut).
        controls = self._controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        controls.setSpacing(8)
        self.addLayout(controls)
        summary_row = QHBoxLayout()
        self.summary_button = QPushButton(tr("Prepare a summary…"))
        self.summary_button.setAccessibleName(tr("Prepare a summary"))
        self.summary_button.clicked.connect(open_summary)
        summary_row.addWidget(self.summary_button, 0,
                              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        controls.addLayout(summary_row)
        controls.addSpacing(SUMMARY_GAP)
        periods = QHBoxLayout()
        periods.setSpacing(8)
        controls.addLayout(periods)
        self.period_group = QButtonGroup(owner)
        self.period_buttons: dict[Period, QPushButton] = {}
        for period in TAB_PERIODS:
            button = QPushButton(tr(period.label))
            button.setCheckable(True)
            button.setAccessibleName(tr(SHOW_NAMES[period]))
            button.setChecked(period is trends.period)
            button.clicked.connect(lambda _=False, p=period: trends.set_period(p))
            self.period_group.addButton(button)
            self.period_buttons[period] = button
            periods.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        periods.addStretch(1)

    def show_period(self, period: Period, span: DateRange) -> None:
        """The period's dates under the title, and its button checked."""
        self.range_label.setText(tr("{first} – {last}").format(first=nice_day(span.first),
                                                              last=nice_day(span.last)))
        self.period_buttons[period].setChecked(True)

    def set_one_column(self, one: bool) -> None:
        self.setDirection(QBoxLayout.Direction.TopToBottom if one
                          else QBoxLayout.Direction.LeftToRight)

    def fit_controls(self, room: int) -> None:
        """The summary button and the period switch on one row where it fits in ``room``,
        else the switch under the button (the gap between them then has no height)."""
        controls = self._controls
        row = sum(controls.itemAt(i).sizeHint().width() for i in range(controls.count()))
        row += controls.spacing() * (controls.count() - 1)
        direction = QBoxLayout.Direction.LeftToRight if row <= room else \
            QBoxLayout.Direction.TopToBottom
        if controls.direction() != direction:
            controls.setDirection(direction)
