"""The WHO-5 card in Trends: each check's score (0–100) over the chosen period, its reading,
and the way to take a new check. Imported only by the Trends view; drawn, like its charts,
with Trends' light QPainter chart.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from numbness_desktop.domain import who5
from numbness_desktop.domain.trends import DateRange
from numbness_desktop.model.wellbeing_model import WellbeingModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import date_of, number, short_date, tr
from numbness_desktop.ui.trends import charts
from numbness_desktop.ui.trends.chart import Chart, Line, Segment, pen

TITLE = "Well-being (WHO-5)"
EMPTY = ("The well-being check is five short questions about the last two weeks. Your scores "
         "appear here, if you choose to take it.")
KEY = ("Dotted line: {line}. Scores below it are where the WHO-5's authors suggest talking "
       "with a professional — a screening aid, not a diagnosis.")


def reading(results: list[who5.Who5Result]) -> str:
    """``who5.reading`` in the person's language: one calm sentence about the results shown
    (oldest first)."""
    if not results:
        return tr("No well-being checks in this period.")
    last, first = results[-1], results[0]
    latest = number(last.percent)
    if len(results) == 1:
        return tr("Your most recent WHO-5 score was {score} out of 100.").format(score=latest)
    change = last.percent - first.percent
    meaningful = number(who5.MEANINGFUL_CHANGE)
    if abs(change) < who5.MEANINGFUL_CHANGE:
        return tr("Your most recent WHO-5 score was {score} out of 100; your first of {count} "
                  "checks in this period was {first}. A change under {meaningful} points is "
                  "what the WHO-5's authors count as about the same.").format(
            score=latest, count=number(len(results)), first=number(first.percent),
            meaningful=meaningful)
    words = (tr("Your most recent WHO-5 score was {score} out of 100, {points} points higher "
                "than your first in this period ({first}). A change of {meaningful} points or "
                "more is what the WHO-5's authors call a meaningful change.") if change > 0
             else tr("Your most recent WHO-5 score was {score} out of 100, {points} points "
                     "lower than your first in this period ({first}). A change of {meaningful} "
                     "points or more is what the WHO-5's authors call a meaningful change."))
    return words.format(score=latest, points=number(abs(change)), first=number(first.percent),
                        meaningful=meaningful)


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
        heading = QLabel(tr(TITLE))
        heading.setObjectName("sectionTitle")
        top.addWidget(heading, 1)
        self.take_button = QPushButton(tr("Take the well-being check…"))
        self.take_button.setAccessibleName(tr("Take the well-being check"))
        self.take_button.clicked.connect(self.takeRequested)
        top.addWidget(self.take_button)
        layout.addLayout(top)
        self.plot = charts.new_plot(True)
        self.plot.setAccessibleName(tr("{title} chart").format(title=tr(TITLE)))
        # Not a Tab stop, like the other charts: its reading below is text, and the chart's
        # description carries it for screen readers.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.plot)
        self.empty = QLabel(tr(EMPTY))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reading)
        self.key_note = QLabel(tr(KEY).format(line=number(who5.LOW_RAW_BELOW * 4)))
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
        text = reading(self.results)
        self.reading.setText(text if shown else "")
        self.reading.setAccessibleDescription(tr("{title}: reading").format(title=tr(TITLE)))
        if shown:
            self.plot.setAccessibleDescription(text + " " + summary(self.results))
            draw(self.plot, self.results, span)

    def restyle(self) -> None:
        charts.style_plot(self.plot)


def summary(results: list[who5.Who5Result]) -> str:
    return "; ".join(tr("{day}: {score}").format(day=_day(r.day), score=number(r.percent))
                     for r in results)


def _day(iso_day: str) -> str:
    return short_date(date_of(date.fromisoformat(iso_day)))


def draw(plot: Chart, results: list[who5.Who5Result], span: DateRange) -> None:
    plot.clear()
    colour = charts.palette()["main"]
    xs = [datetime.fromisoformat(r.taken_at).timestamp() for r in results]
    ys = [float(r.percent) for r in results]
    muted = theme.current_colours().muted
    first = min(span.first, date.fromisoformat(results[0].day))
    plot.set_x_range(charts.stamp(first), charts.stamp(span.last) + charts.DAY_SECONDS,
                     padding=0.03)
    line = who5.LOW_RAW_BELOW * 4
    plot.add(Segment([plot.x_range[0], plot.x_range[1]], [line, line],
                     pen(muted, 1, Qt.PenStyle.DotLine)))
    plot.add(Line(xs, ys, pen(colour, 2), symbol="o", symbol_size=8))
    charts._hover(plot, xs, ys, [tr("{day}: {score} out of 100 (raw {raw} of 25)").format(
        day=_day(r.day), score=number(r.percent), raw=number(r.raw)) for r in results], colour)
    charts._label(plot, "left", tr("score (0–100)"))
    plot.set_y_range(0, 104)
    plot.left.ticks = [(v, str(v)) for v in range(0, 101, 20)]
