"""One Trends card: a chart's title, its plot (or a calm sentence while there is no data),
its reading, what its marks mean, a second smaller chart under some, and Save as PNG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.trends import TrendsData
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.trends import charts
from numbness_desktop.ui.trends.chart import Chart

# Shown through tr() where the card shows them.
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

    The chart itself is built by :meth:`ensure_plot`: the view builds the charts the person
    can see before the tab first paints, and the others just after.
    """

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        title, self._dates, self._draw, self._summary = charts.CHARTS[key]
        self.title = tr(title)
        self.plot: Chart | None = None
        self.second_spec = charts.SECOND_CHARTS.get(key)  # a smaller chart under some
        self.second: Chart | None = None
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
        self.save_button = QPushButton(tr("Save as PNG…"))
        self.save_button.setAccessibleName(
            tr("Save the {title} chart as a picture").format(title=self.title))
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
        self.second_title = QLabel(tr(self.second_spec[0]) if self.second_spec else "")
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

    def shown_plots(self) -> list[Chart]:
        return [plot for plot in (self.plot if self.showing_chart else None, self.second)
                if plot is not None and plot.isVisibleTo(self)]

    def ensure_plot(self) -> Chart:
        if self.plot is None:
            self.plot = charts.new_plot(self._dates)
            self.plot.setAccessibleName(tr("{title} chart").format(title=self.title))
            # Not a Tab stop: a focused chart says nothing more than its reading below, which
            # is text; the chart's description carries the reading for screen readers.
            self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.insertWidget(0, self.plot)
            if self.second_spec is not None:
                self.second = charts.new_plot(False, charts.SECOND_PLOT_HEIGHT)
                self.second.setAccessibleName(
                    tr("{title} chart").format(title=tr(self.second_spec[0])))
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
        """Texts at once; the chart too unless ``draw`` is False (out of view: its drawing
        waits until the card is seen)."""
        reading = tr(reading)  # the domain's sentence, translated where it is shown
        self._shown = (data, reading)
        self.reading.setText(reading)
        self.reading.setAccessibleDescription(tr("{title}: reading").format(title=self.title))
        detail, key = self._detail(data), self._key(data)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail) and charts.has_data(self.key, data))
        self.key_note.setText(key)
        self.key_note.setVisible(bool(key) and charts.has_data(self.key, data))
        if not charts.has_data(self.key, data):
            self.empty.setText(f"{reading}\n\n{tr(EMPTY_HINTS[self.key])}")
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
            self.plot.clear()
            self._draw(self.plot, data)
            self.plot.fit_rows()
            self.stack.setMaximumHeight(max(charts.PLOT_MAX_HEIGHT, self.plot.maximumHeight()))
        self._show_second(data)

    def _show_second(self, data: TrendsData) -> None:
        shown = self.second is not None and charts.has_second_data(self.key, data)
        self.second_title.setVisible(shown)
        if self.second is None:
            return
        self.second.setVisible(shown)
        if shown and self.second_spec is not None:
            title, draw, summary = self.second_spec
            self.second.clear()
            draw(self.second, data)
            self.second.fit_rows()
            self.second.setAccessibleDescription(
                tr("{title}: {summary}").format(title=tr(title), summary=summary(data)))

    def _detail(self, data: TrendsData) -> str:
        """Exact numbers under the breathing card's second chart (sessions rated)."""
        lines = charts.change_lines(data) if self.key == "breathing" else []
        return "\n".join([tr(charts.CHANGES_HEADING), *lines]) if lines else ""

    def _key(self, data: TrendsData) -> str:
        """What the chart's marks mean: mood and intensity always, pale bars when shown."""
        lines = {"mood": [tr(charts.MOOD_KEY)],
                 "intensity": [tr(charts.INTENSITY_KEY)]}.get(self.key, [])
        if charts.has_partial_bars(self.key, data):
            lines.append(tr(charts.PARTIAL_KEY))
        return "\n".join([*lines, charts.late_start_note(self.key, data)]).strip()

    def save_png(self, path: Path) -> bool:
        """The chart with its axes, to a PNG file."""
        self.draw_if_stale()
        return self.showing_chart and self.ensure_plot().grab().save(str(path), "PNG")

    def ask_save(self) -> None:
        name = f"reconnect-{self.key}.png"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the {title} chart").format(title=self.title),
            str(Path.home() / name), tr("PNG image (*.png)"))
        if chosen:
            self.save_png(Path(chosen))
