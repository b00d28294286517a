"""Controls, legend and text for "Your map": which feelings, which period, which measure."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.body_map import (
    NOWHERE,
    PERIODS,
    REGION_LABELS,
    WHOLE_BODY,
    Overlay,
    OverlayFilter,
)
from numbness_desktop.model.body_map_model import BodyMapModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.bodymap.colours import STEPS, ramp
from numbness_desktop.ui.bodymap.map_words import place
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.lists import EdgeFade, wrap_rows

LEGEND_HEIGHT, SWATCH_BAND = 54, 26  # the legend's least height; its text starts below
MIN_CHOICE_LENGTH = 10  # characters a closed choice shows at the least
MEASURES = {"count": "How often", "intensity": "How strongly (mean intensity)"}
QUALITIES = {"all": "All marks", "more": "Only “more” (active, buzzing)",
             "less": "Only “less” (dull, numb, heavy)"}  # both shown through tr()


def overlay_lines(overlay: Overlay, measure: str, quality: str) -> list[str]:
    """The overlay's numbers as text, for screen readers and anyone who prefers it: one
    entry per marked place, two short lines each (``domain.overlay_text``, translated)."""
    lines = []
    for region in REGION_LABELS:
        totals = overlay.totals.get(region)
        if totals is None or totals.value(measure, quality) == 0:
            continue
        lines.append(tr("{place}: {marked}\nmean intensity {mean} of 10").format(
            place=place(region), marked=marked_words(totals.count, totals.more, totals.less),
            mean=number(totals.mean_intensity, 1)))
    return lines


def marked_words(count: int, more: int, less: int) -> str:
    """'marked 12 times (3 with more sensation, 9 with less)': plain words, no symbols."""
    text = ntr("marked %n time", "marked %n times", count)
    if more and less:
        return tr("{marked} ({more} with more sensation, {less} with less)").format(
            marked=text, more=number(more), less=number(less))
    if more:
        return tr("{marked} ({more} with more sensation)").format(marked=text,
                                                                   more=number(more))
    if less:
        return tr("{marked} ({less} with less sensation)").format(marked=text,
                                                                   less=number(less))
    return text


class Legend(QWidget):
    """Five swatches from faintest to strongest, with the range each one stands for."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Colour legend"))
        self.setMinimumHeight(self.height_for_text())
        self._quality, self._maximum, self._measure = "all", 0.0, "count"

    def set_scale(self, quality: str, maximum: float, measure: str) -> None:
        self._quality, self._maximum, self._measure = quality, maximum, measure
        self.setAccessibleDescription(self.describe())
        self.update()

    def bounds(self) -> list[tuple[float, float]]:
        step = self._maximum / STEPS
        return [(i * step, (i + 1) * step) for i in range(STEPS)]

    def describe(self) -> str:
        if self._maximum <= 0:
            return tr("Nothing marked in this period yet.")
        if self._measure == "count":
            return tr("Faintest to strongest colour: from just above 0 up to {most} marks. "
                      "Unmarked places stay plain.").format(most=number(self._maximum, 1))
        return tr("Faintest to strongest colour: mean intensity from 0 up to 10, in steps of "
                  "2. Unmarked places stay plain.")

    def height_for_text(self) -> int:
        """Swatches and one line of text below them: 54 pixels, more with large text."""
        return max(LEGEND_HEIGHT, SWATCH_BAND + self.fontMetrics().height() + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self.height_for_text())

    def sizeHint(self) -> QSize:
        return QSize(320, self.height_for_text())

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        swatches = ramp(colours, self._quality)
        width = (self.width() - 2) / (STEPS + 1)
        boxes = [(QColor(colours.surface), tr("none"))]
        for (low, high), colour in zip(self.bounds(), swatches, strict=True):
            decimals = 0 if self._measure == "count" and high - low >= 1 else 1
            text = tr("≤ {value}").format(value=number(high, decimals)) \
                if self._maximum > 0 else "–"
            boxes.append((colour, text))
        for index, (colour, text) in enumerate(boxes):
            rect = QRectF(1 + index * width, 1, width - 4, 22)
            painter.setPen(QPen(QColor(colours.border), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(colours.muted))
            painter.drawText(QRectF(rect.left(), SWATCH_BAND, rect.width(),
                                    max(24, self.fontMetrics().height())),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.end()


class OverlayPanel(QWidget):
    """Emits :attr:`changed` when a choice changes; shows the numbers as text too.

    The card scrolls: large text on a low window scrolls rather than squeezing its lines.
    """

    changed = Signal()

    def __init__(self, body_map: BodyMapModel) -> None:
        super().__init__()
        self.body_map = body_map
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        card = QFrame()
        card.setObjectName("card")
        scroll.setWidget(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        title = QLabel(tr("Your map"))
        title.setObjectName("sectionTitle")
        intro = QLabel(tr("Where your feelings have sat, coloured by how often or how "
                          "strongly you marked them. Plain places were not marked in this "
                          "period."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(1)  # a long word never widens the column
        intro.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.feelings = QComboBox()
        self.feelings.setAccessibleName(tr("Which feelings"))
        self.period = QComboBox()
        self.period.setAccessibleName(tr("Period"))
        for label, days in PERIODS.items():
            self.period.addItem(ntr("Last %n day", "Last %n days", days) if days
                                else tr(label), days)
        self.period.setCurrentIndex(list(PERIODS).index("90 days"))
        self.measure = QComboBox()
        self.measure.setAccessibleName(tr("Colour by"))
        for key, label in MEASURES.items():
            self.measure.addItem(tr(label), key)
        self.quality = QComboBox()
        self.quality.setAccessibleName(tr("Which sensation"))
        for key, label in QUALITIES.items():
            self.quality.addItem(tr(label), key)
        for box in (self.feelings, self.period, self.measure, self.quality):
            # Narrow with large text: the choice shows its start, the open list all of it.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(MIN_CHOICE_LENGTH)
        form.addRow(tr("Feelings"), self.feelings)
        form.addRow(tr("Period"), self.period)
        form.addRow(tr("Colour by"), self.measure)
        form.addRow(tr("Show"), self.quality)
        layout.addLayout(form)
        self.legend = Legend()
        layout.addWidget(self.legend)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(1)  # a long word never widens the column
        layout.addWidget(self.summary)
        self.text_model = QStringListModel()
        self.text_list = QListView()
        self.text_list.setModel(self.text_model)
        self.text_list.setAccessibleName(tr("Your map as text"))
        self.text_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        wrap_rows(self.text_list)
        self.text_fade = EdgeFade(self.text_list, "surface")
        layout.addWidget(self.text_list, 1)
        self.fill_feelings()
        for box in (self.feelings, self.period, self.measure, self.quality):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def fill_feelings(self) -> None:
        """All feelings, each family, then the words the person has used."""
        current = self.feelings.currentData()
        vocabulary = self.body_map.vocabulary()
        self.feelings.blockSignals(True)
        self.feelings.clear()
        self.feelings.addItem(tr("All feelings"), "")
        for family in vocabulary.families:
            self.feelings.addItem(tr("Family: {family}").format(family=tr(family.label)),
                                  f"family:{family.key}")
        for word in self.body_map.used_words():
            self.feelings.addItem(tr("Word: {word}").format(word=word), f"word:{word}")
        index = self.feelings.findData(current) if current else 0
        self.feelings.setCurrentIndex(max(0, index))
        self.feelings.blockSignals(False)

    def current_filter(self) -> OverlayFilter:
        kind, _, value = (self.feelings.currentData() or "").partition(":")
        return OverlayFilter(period_days=self.period.currentData(),
                             emotion=value if kind == "word" else "",
                             family=value if kind == "family" else "")

    def current_measure(self) -> str:
        return self.measure.currentData()

    def current_quality(self) -> str:
        return self.quality.currentData()

    def show_overlay(self, overlay: Overlay) -> None:
        measure, quality = self.current_measure(), self.current_quality()
        maximum = overlay.maximum(measure, quality)
        self.legend.set_scale(quality, maximum, measure)
        feelings = overlay.feelings
        if feelings:
            everywhere = overlay.get(WHOLE_BODY).count
            nowhere = overlay.get(NOWHERE).count
            self.summary.setText(
                tr("{feelings} in {period}. Everywhere: {everywhere}. I can't tell where: "
                   "{nowhere}.").format(
                    feelings=ntr("%n feeling", "%n feelings", feelings),
                    period=self.period.currentText().lower(), everywhere=number(everywhere),
                    nowhere=number(nowhere)))
        else:
            self.summary.setText(tr(
                "Nothing saved in this period yet. Your map grows as you mark feelings."))
        self.text_model.setStringList(overlay_lines(overlay, measure, quality))
