"""The Trends tab: six gentle charts of the person's own data, for a chosen period.

Built only when the tab is first shown. The charts are light QPainter widgets drawn from the
SQL aggregates (no pyqtgraph, no numpy). Each chart shows once its data exists; until then a
calm sentence stands in its place. Charts out of view are drawn when scrolled to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.trends import TAB_PERIODS, Period
from numbness_desktop.model.trends_model import TrendsModel
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.trends import (
    charts,
    practice_charts,  # noqa: F401  (adds its three charts)
)
from numbness_desktop.ui.trends.card import ChartCard
from numbness_desktop.ui.trends.header import TrendsHeader

if TYPE_CHECKING:
    from numbness_desktop.ui.trends.summary import SummaryDialog


class TrendsView(QWidget):
    wellbeingRequested = Signal()  # "Take the well-being check…"

    def __init__(self, trends: TrendsModel) -> None:
        super().__init__()
        self.trends = trends
        self._shown = False
        self.summary_dialog: SummaryDialog | None = None
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
        self.header = TrendsHeader(trends, self.open_summary, self)
        self.range_label, self.summary_button = self.header.range_label, self.header.summary_button
        self.period_buttons = self.header.period_buttons
        column.addLayout(self.header)
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

    def redraw(self) -> None:
        data = self.trends.data()
        lines = self.trends.readings()
        self.header.show_period(data.period, data.range)
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
        placed = [*self.cards.values(), self.wellbeing_card]
        needed = max(card.minimumSizeHint().width() for card in placed)
        room = self.width() - 48 - self.grid.horizontalSpacing()
        columns = 2 if 2 * needed <= room else 1
        self.header.fit_controls(room)
        if columns == self.columns:
            return False
        self.columns = columns
        # Every card, the WHO-5 card too (left in the second column, it once kept the page
        # two cards wide at 200 % text: a sideways scroll bar).
        for index, card in enumerate(placed):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, index // columns, index % columns)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self.header.set_one_column(columns == 1)
        return True

    def _settle_charts(self) -> None:
        """Lay out now what the drawing changed (texts shown or hidden), so the page paints
        once at its final size."""
        if self.isVisible():
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

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
        later = self._build_plots_in_view() if first else []
        self._draw_in_view()
        self._settle_charts()
        after_first_paint(self, lambda: self._after_paint(later))

    def _after_paint(self, later: list[ChartCard]) -> None:
        """Once the person sees the tab: the plots below the fold, then every other
        period's numbers read ahead, so a switch later is drawing only."""
        if later:
            self._build_plots(later)
        for period in TAB_PERIODS:
            self.trends.prefetch(period)

    def _build_plots_in_view(self) -> list[ChartCard]:
        """Plots the person can see now are built before the first paint; the rest (below
        the fold, returned) on the next turn after it, so the first show waits for fewer."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        later = []
        for card in self.cards.values():
            if card.visibleRegion().isEmpty():
                later.append(card)
            else:
                card.ensure_plot()
        return later

    def _build_plots(self, cards: list[ChartCard]) -> None:
        for card in cards:
            card.ensure_plot()
        self._settle_charts()
