"""The Trends tab: six gentle charts of the person's own data, for a chosen period.

Built only when the tab is first shown, so pyqtgraph and numpy load then and never before.
Each chart shows once its data exists; until then a calm sentence stands in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.trends import TAB_PERIODS, Period, TrendsData
from numbness_desktop.model.trends_model import TrendsModel
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.trends import (
    charts,
    practice_charts,  # noqa: F401  (adds its three charts)
)

if TYPE_CHECKING:
    import pyqtgraph as pg

EMPTY_HINTS = {
    "granularity": "Each feeling you name on the body map or in the journal appears here.",
    "mood": "Named feelings are placed here by how pleasant and how energetic they are.",
    "intensity": "How strong each body-map feeling was, day by day, appears here.",
    "body": "The places you mark on the body map appear here.",
    "breathing": "Minutes of breathing practice, week by week, appear here.",
    "journal": "The days you write in the journal appear here.",
    "helps": "Rate a practice before and after (one click each) to see what helps you.",
    "states": "Your check-ins (Today or Practices) appear here, state by state.",
    "basics": "The basics you note on Practices appear here beside how connected you felt.",
}


class ChartCard(QFrame):
    """One chart: title, plot (or a calm empty state), its reading, and Save as PNG.

    The pyqtgraph plot itself is built by :meth:`ensure_plot`: the view builds the plots the
    person can see before the tab first paints, and the others just after.
    """

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.title, self._dates, self._draw, self._summary = charts.CHARTS[key]
        self.plot: pg.PlotWidget | None = None
        self.second_spec = charts.SECOND_CHARTS.get(key)  # a smaller chart under some
        self.second: pg.PlotWidget | None = None
        self._shown: tuple[TrendsData, str] | None = None
        self._stale = False  # data changed while out of view: drawn when it comes into view
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        heading = QLabel(self.title)
        heading.setObjectName("sectionTitle")
        top.addWidget(heading, 1)
        self.save_button = QPushButton("Save as PNG…")
        self.save_button.setAccessibleName(f"Save the {self.title} chart as a picture")
        self.save_button.clicked.connect(self.ask_save)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.stack.setMaximumHeight(charts.PLOT_MAX_HEIGHT)
        self.pending = QWidget()  # the chart's room until its plot is built
        self.pending.setMinimumHeight(charts.PLOT_MIN_HEIGHT)
        self.pending.setMaximumHeight(charts.PLOT_MAX_HEIGHT)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(190)
        self.stack.addWidget(self.pending)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reading)
        self.key_note = QLabel()  # what the marks mean, right under the chart's reading
        self.key_note.setObjectName("muted")
        self.key_note.setWordWrap(True)
        layout.addWidget(self.key_note)
        self.second_title = QLabel(self.second_spec[0] if self.second_spec else "")
        self.second_title.setObjectName("subTitle")
        self.second_title.setContentsMargins(0, 8, 0, 0)
        self.second_title.hide()
        layout.addWidget(self.second_title)
        self.second_box = QVBoxLayout()  # the second chart goes here once built
        layout.addLayout(self.second_box)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    @property
    def showing_chart(self) -> bool:
        return self.plot is not None and self.stack.currentWidget() is self.plot

    @property
    def ready(self) -> bool:
        """Drawn as it should be: a chart, or the calm sentence when there is no data."""
        if self._shown is None or not charts.has_data(self.key, self._shown[0]):
            return True
        return self.plot is not None and not self._stale

    def shown_plots(self) -> list[pg.PlotWidget]:
        return [plot for plot in (self.plot if self.showing_chart else None, self.second)
                if plot is not None and plot.isVisibleTo(self)]

    def ensure_plot(self) -> pg.PlotWidget:
        if self.plot is None:
            self.plot = charts.new_plot(self._dates)
            self.plot.setAccessibleName(f"{self.title} chart")
            # Not a Tab stop: a focused chart says nothing more than its reading below, which
            # is text; the chart's description carries the reading for screen readers.
            self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.insertWidget(0, self.plot)
            if self.second_spec is not None:
                self.second = charts.new_plot(False, charts.SECOND_PLOT_HEIGHT)
                self.second.setAccessibleName(f"{self.second_spec[0]} chart")
                self.second.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self.second.hide()
                self.second_box.addWidget(self.second)
            if self._shown is not None:
                self.show_data(*self._shown)
        return self.plot

    def restyle(self) -> None:
        for plot in (self.plot, self.second):
            if plot is not None:
                charts.style_plot(plot)

    def show_data(self, data: TrendsData, reading: str, draw: bool = True) -> None:
        """Texts at once; the chart too unless ``draw`` is False (out of view: pyqtgraph's
        drawing is most of a period switch, so it waits until the card is seen)."""
        self._shown = (data, reading)
        self.reading.setText(reading)
        self.reading.setAccessibleDescription(f"{self.title}: reading")
        detail, key = self._detail(data), self._key(data)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail) and charts.has_data(self.key, data))
        self.key_note.setText(key)
        self.key_note.setVisible(bool(key) and charts.has_data(self.key, data))
        if not charts.has_data(self.key, data):
            self.empty.setText(f"{reading}\n\n{EMPTY_HINTS[self.key]}")
            self.reading.setText("")
            self.stack.setCurrentWidget(self.empty)
        elif self.plot is None:
            self.stack.setCurrentWidget(self.pending)
        else:
            self.plot.setAccessibleDescription(f"{reading} {self._summary(data)}")
            self.stack.setCurrentWidget(self.plot)
        self._stale = not draw
        if draw:
            self._draw_charts(data)
        self.save_button.setEnabled(self.showing_chart)

    def draw_if_stale(self) -> bool:
        """Draw what changed while out of view; True if anything was drawn."""
        if not self._stale or self._shown is None:
            return False
        self._stale = False
        self._draw_charts(self._shown[0])
        return True

    def _draw_charts(self, data: TrendsData) -> None:
        if self.plot is not None and charts.has_data(self.key, data):
            self._draw(self.plot, data)
        self._show_second(data)

    def _show_second(self, data: TrendsData) -> None:
        shown = self.second is not None and charts.has_second_data(self.key, data)
        self.second_title.setVisible(shown)
        if self.second is None:
            return
        self.second.setVisible(shown)
        if shown:
            title, draw, summary = self.second_spec
            draw(self.second, data)
            self.second.setAccessibleDescription(f"{title}: {summary(data)}")

    def _detail(self, data: TrendsData) -> str:
        """Exact numbers under the breathing card's second chart (sessions rated)."""
        lines = charts.change_lines(data) if self.key == "breathing" else []
        return "\n".join([charts.CHANGES_HEADING, *lines]) if lines else ""

    def _key(self, data: TrendsData) -> str:
        """What the chart's marks mean: mood and intensity always, pale bars when shown."""
        lines = {"mood": [charts.MOOD_KEY], "intensity": [charts.INTENSITY_KEY]}.get(self.key, [])
        if charts.has_partial_bars(self.key, data):
            lines.append(charts.PARTIAL_KEY)
        return "\n".join([*lines, charts.late_start_note(self.key, data)]).strip()

    def save_png(self, path: Path) -> bool:
        """The chart with its axes, to a PNG file."""
        self.draw_if_stale()
        return self.showing_chart and self.ensure_plot().grab().save(str(path), "PNG")

    def ask_save(self) -> None:
        name = f"reconnect-{self.key}.png"
        chosen, _ = QFileDialog.getSaveFileName(self, f"Save the {self.title} chart",
                                                str(Path.home() / name), "PNG image (*.png)")
        if chosen:
            self.save_png(Path(chosen))


class TrendsView(QWidget):
    wellbeingRequested = Signal()  # "Take the well-being check…"

    def __init__(self, trends: TrendsModel) -> None:
        super().__init__()
        self.trends = trends
        self._shown = False
        self.summary_dialog = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.verticalScrollBar().valueChanged.connect(lambda _value: self._draw_in_view())
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        self.page = page  # the whole scrolled page, for screenshots of every chart
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 20, 24, 24)
        column.setSpacing(16)
        column.addLayout(self._build_header())
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self.grid = grid
        self.columns = 2
        self.cards: dict[str, ChartCard] = {}
        for index, key in enumerate(charts.CHARTS):
            card = ChartCard(key)
            self.cards[key] = card
            grid.addWidget(card, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.wellbeing_card = self._build_wellbeing_card()  # the next place in the grid
        grid.addWidget(self.wellbeing_card, len(self.cards) // 2, len(self.cards) % 2)
        column.addLayout(grid)
        column.addStretch(1)
        trends.dataChanged.connect(self.redraw)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._restyle)
        self.redraw()

    def _build_wellbeing_card(self):
        from numbness_desktop.ui.wellbeing.trends_card import WellbeingCard

        wellbeing = self.trends.wellbeing
        card = WellbeingCard(wellbeing)
        card.takeRequested.connect(self.wellbeingRequested)
        wellbeing.resultsChanged.connect(
            lambda: card.show_range(self.trends.data().range, refresh=True))
        return card

    def _restyle(self, _scheme=None) -> None:
        """Light or dark changed: the charts take the new theme colours."""
        self.wellbeing_card.restyle()
        for card in self.cards.values():
            card.restyle()
        self.redraw()

    def charts_ready(self) -> bool:
        return all(card.ready for card in self.cards.values())

    def _build_header(self) -> QBoxLayout:
        # The title beside its buttons; in one column (large text) the buttons go below.
        header = self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.setSpacing(8)
        titles = QVBoxLayout()
        title = QLabel("Trends")
        title.setObjectName("pageTitle")
        titles.addWidget(title)
        self.range_label = QLabel()
        self.range_label.setObjectName("muted")
        titles.addWidget(self.range_label)
        header.addLayout(titles, 1)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        header.addLayout(controls)
        self.summary_button = QPushButton("Prepare a summary…")
        self.summary_button.setAccessibleName("Prepare a summary")
        self.summary_button.clicked.connect(self.open_summary)
        controls.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignBottom)
        controls.addSpacing(16)
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[Period, QPushButton] = {}
        for period in TAB_PERIODS:
            button = QPushButton(period.label)
            button.setCheckable(True)
            button.setAccessibleName(f"Show {period.label.lower()}" if period is not Period.ALL
                                     else "Show all time")
            button.setChecked(period is self.trends.period)
            button.clicked.connect(lambda _=False, p=period: self.trends.set_period(p))
            self.period_group.addButton(button)
            self.period_buttons[period] = button
            controls.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        controls.addStretch(1)
        return header

    def redraw(self) -> None:
        data = self.trends.data()
        lines = self.trends.readings()
        first, last = data.range.first, data.range.last
        self.range_label.setText(f"{charts.nice_day(first)} – {charts.nice_day(last)}")
        self.period_buttons[data.period].setChecked(True)
        for key, card in self.cards.items():
            card.show_data(data, lines[key], draw=self._in_view(card))
        self.wellbeing_card.show_range(data.range)
        self._settle_charts()

    def _in_view(self, card: ChartCard) -> bool:
        return self.isVisible() and not card.visibleRegion().isEmpty()

    def _draw_in_view(self) -> None:
        """Cards scrolled (or resized) into view draw what changed while they were not."""
        # A drawn card may change height and bring others into view: look again until none.
        while any([card.draw_if_stale() for card in self.cards.values() if self._in_view(card)]):
            self._settle_charts()

    def draw_everything(self) -> None:
        """Every chart drawn now, seen or not (screenshots of the whole page)."""
        for card in self.cards.values():
            card.ensure_plot()
            card.draw_if_stale()
        self._settle_charts()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.reflow()
        self._draw_in_view()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text: perhaps one column now
            self.reflow()

    def reflow(self) -> bool:
        """Two columns of cards while two fit side by side, else one: with large text the
        cards are never cut at the right. ``True`` if the columns changed."""
        needed = max(card.minimumSizeHint().width() for card in self.cards.values())
        room = self.width() - 48 - self.grid.horizontalSpacing()
        columns = 2 if 2 * needed <= room else 1
        if columns == self.columns:
            return False
        self.columns = columns
        for index, card in enumerate(self.cards.values()):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, index // columns, index % columns)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self.header.setDirection(QBoxLayout.Direction.LeftToRight if columns == 2
                                 else QBoxLayout.Direction.TopToBottom)
        return True

    def _settle_charts(self) -> None:
        """Lay out and map every chart now, so each paints once.

        pyqtgraph otherwise finishes its layouts and view transforms inside the first paint,
        which asks for a second full paint of every chart (~20 ms on the first show).
        """
        if not self.isVisible():
            return
        scenes = [plot.scene() for card in self.cards.values() for plot in card.shown_plots()]
        for scene in scenes:  # a scene polishes its new items on a queued call
            QApplication.sendPostedEvents(scene, 0)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for scene in scenes:
            scene.prepareForPaint()

    def open_summary(self):
        """The summary dialog: the person sees and ticks every part before saving."""
        from numbness_desktop.ui.trends.summary import SummaryDialog

        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()  # fresh numbers every time it opens
        self.summary_dialog = SummaryDialog(self.trends, self)
        self.summary_dialog.open()
        return self.summary_dialog

    def set_period(self, period: Period) -> None:
        self.trends.set_period(period)

    def showEvent(self, event) -> None:
        if self._shown:
            self.trends.refresh()  # feelings, sessions or entries may have been added
        first = not self._shown
        self._shown = True
        super().showEvent(event)
        if first:
            self._build_plots_in_view()
        self._draw_in_view()
        self._settle_charts()

    def _build_plots_in_view(self) -> None:
        """Plots the person can see now are built before the first paint; the rest (below
        the fold) on the next turn after it, so the first show waits for fewer of them."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        later = []
        for card in self.cards.values():
            if card.visibleRegion().isEmpty():
                later.append(card)
            else:
                card.ensure_plot()
        if later:
            after_first_paint(self, lambda: self._build_plots(later))

    def _build_plots(self, cards: list[ChartCard]) -> None:
        for card in cards:
            card.ensure_plot()
        self._settle_charts()
