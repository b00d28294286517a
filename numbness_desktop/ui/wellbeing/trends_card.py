"""The WHO-5 card in Trends: each check's score (0–100) over the chosen period, its reading,
and the way to take a new check. Imported only by the Trends view (pyqtgraph is loaded then).
"""

from __future__ import annotations

from datetime import date, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from numbness_desktop.domain import who5
from numbness_desktop.domain.trends import DateRange
from numbness_desktop.model.wellbeing_model import WellbeingModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.trends import charts

TITLE = "Well-being (WHO-5)"
EMPTY = ("The well-being check is five short questions about the last two weeks. Your scores "
         "appear here, if you choose to take it.")
KEY = (f"Dotted line: {who5.LOW_RAW_BELOW * 4}. Scores below it are where the WHO-5's authors "
       "suggest talking with a professional — a screening aid, not a diagnosis.")


class WellbeingCard(QFrame):
    takeRequested = Signal()

    def __init__(self, model: WellbeingModel) -> None:
        super().__init__()
        self.model = model
        self.results: list[who5.Who5Result] = []
        self._span: DateRange | None = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        heading = QLabel(TITLE)
        heading.setObjectName("sectionTitle")
        top.addWidget(heading, 1)
        self.take_button = QPushButton("Take the well-being check…")
        self.take_button.setAccessibleName("Take the well-being check")
        self.take_button.clicked.connect(self.takeRequested)
        top.addWidget(self.take_button)
        layout.addLayout(top)
        self.plot = charts.new_plot(True)
        self.plot.setAccessibleName(f"{TITLE} chart")
        # Not a Tab stop, like the other charts: its reading below is text, and the chart's
        # description carries it for screen readers.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.plot)
        self.empty = QLabel(EMPTY)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reading)
        self.key_note = QLabel(KEY)
        self.key_note.setObjectName("muted")
        self.key_note.setWordWrap(True)
        layout.addWidget(self.key_note)

    def show_range(self, span: DateRange, refresh: bool = False) -> None:
        """Show the checks in ``span``; read again only for a new span or when ``refresh``
        (a new check was saved), so a restyle or a repeat redraw reads nothing."""
        if refresh or span != self._span:
            self.results = self.model.results(span.first, span.last)
            self._span = span
        shown = bool(self.results)
        self.plot.setVisible(shown)
        self.key_note.setVisible(shown)
        self.empty.setVisible(not shown)
        text = who5.reading(self.results)
        self.reading.setText(text if shown else "")
        self.reading.setAccessibleDescription(f"{TITLE}: reading")
        if shown:
            self.plot.setAccessibleDescription(text + " " + summary(self.results))
            draw(self.plot, self.results, span)

    def restyle(self) -> None:
        charts.style_plot(self.plot)


def summary(results: list[who5.Who5Result]) -> str:
    return "; ".join(f"{charts.nice_day(date.fromisoformat(r.day))}: {r.percent}"
                     for r in results)


def draw(plot: pg.PlotWidget, results: list[who5.Who5Result], span: DateRange) -> None:
    plot.clear()
    colour = charts.palette()["main"]
    xs = [datetime.fromisoformat(r.taken_at).timestamp() for r in results]
    ys = [r.percent for r in results]
    muted = theme.current_colours().muted
    plot.addItem(pg.InfiniteLine(pos=who5.LOW_RAW_BELOW * 4, angle=0,
                                 pen=pg.mkPen(muted, width=1, style=Qt.PenStyle.DotLine)))
    plot.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=8,
              symbolBrush=colour, symbolPen=colour)
    charts._hover(plot, xs, ys, [f"{charts.nice_day(date.fromisoformat(r.day))}: "
                                 f"{r.percent} out of 100 (raw {r.raw} of 25)" for r in results],
                  colour)
    charts._label(plot, "left", "score (0–100)")
    plot.setYRange(0, 104, padding=0)
    plot.getPlotItem().getAxis("left").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
    first = min(span.first, date.fromisoformat(results[0].day))
    plot.setXRange(charts.stamp(first), charts.stamp(span.last) + charts.DAY_SECONDS,
                   padding=0.03)
