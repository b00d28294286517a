"""'Prepare a summary': the person sees every part, ticks what goes in, and saves a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.trends import SUMMARY_PERIODS, Period, TrendsData
from numbness_desktop.domain.trends_summary import (
    SECTION_TITLES,
    SECTIONS,
    Highlight,
    SummaryChoice,
    section_lines,
    summary_html,
)
from numbness_desktop.model.trends_model import TrendsModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.pdf import write_html_pdf
from numbness_desktop.ui.trends.dates import nice_day

IdRole = Qt.ItemDataRole.UserRole + 1


def write_summary_pdf(html: str, path: Path) -> Path:
    """An A4 PDF readable only by the person (0600), from the same HTML as the preview."""
    return write_html_pdf(html, path, tr("My summary"))


class SummaryDialog(QDialog):
    def __init__(self, trends: TrendsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trends = trends
        self.setWindowTitle(tr("Prepare a summary"))
        self.resize(980, 680)
        self.data: TrendsData = trends.summary_data(Period.TWO_WEEKS)
        self.highlights: list[Highlight] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        intro = QLabel(tr("A summary you could bring to an appointment. Nothing goes in "
                          "unless you tick it here; the preview on the right is exactly what "
                          "is saved."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._build_choices(), 1)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Summary preview"))
        columns.addWidget(self.preview, 1)
        outer.addLayout(columns, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close the summary"))
        close.clicked.connect(self.reject)
        self.save_button = QPushButton(tr("Save PDF…"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(tr("Save the summary as a PDF"))
        self.save_button.clicked.connect(self.ask_save)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self._load()

    def _build_choices(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Period")))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(tr("Summary period"))
        for period in SUMMARY_PERIODS:
            self.period_box.addItem(tr(period.label), period)
        self.period_box.currentIndexChanged.connect(self._load)
        row.addWidget(self.period_box, 1)
        column.addLayout(row)
        self.boxes: dict[str, QCheckBox] = {}
        self.previews: dict[str, QLabel] = {}
        for key in SECTIONS:
            box = QCheckBox(tr(SECTION_TITLES[key]))
            box.setChecked(False)  # nothing shared until the person chooses it
            box.setAccessibleName(tr("Include {section}").format(
                section=tr(SECTION_TITLES[key]).lower()))
            box.toggled.connect(self._refresh_preview)
            text = QLabel()
            text.setObjectName("muted")
            text.setWordWrap(True)
            text.setContentsMargins(24, 0, 0, 6)
            self.boxes[key], self.previews[key] = box, text
            column.addWidget(box)
            column.addWidget(text)
        # Before the journal list, which takes what room is left: every choice is then in
        # view without scrolling (the safety plan's box once sat below the fold).
        self.plan_box = QCheckBox(tr("Include my safety plan"))
        self.plan_box.setAccessibleName(tr("Include my safety plan"))
        self.plan_box.toggled.connect(self._refresh_preview)
        column.addWidget(self.plan_box)
        title = QLabel(tr("Journal highlights — tick the entries you want to share"))
        title.setWordWrap(True)
        column.addWidget(title)
        self.entry_model = QStandardItemModel(self)
        self.entry_model.itemChanged.connect(self._refresh_preview)
        self.entry_list = QListView()
        self.entry_list.setModel(self.entry_model)
        self.entry_list.setAccessibleName(tr("Journal highlights to include"))
        self.entry_list.setMinimumHeight(120)
        column.addWidget(self.entry_list)
        self.no_entries = QLabel(tr("Nothing here yet."))
        self.no_entries.setObjectName("muted")
        column.addWidget(self.no_entries)
        column.addStretch(1)
        return scroll

    def _load(self) -> None:
        period = Period(self.period_box.currentData() or Period.TWO_WEEKS)
        self.data = self.trends.summary_data(period)
        today = self.trends.today()
        for key, label in self.previews.items():
            # One line each: the whole text is in the preview beside them, and every choice
            # (down to "Include my safety plan") then fits without scrolling.
            lines = section_lines(key, self.data, today)
            label.setText(tr(lines[0]) if lines else "")
        self.highlights = self.trends.highlights(self.data)
        # Not blockSignals(): the list view would miss the new rows and stay blank.
        self.entry_model.itemChanged.disconnect(self._refresh_preview)
        self.entry_model.clear()
        for item in self.highlights:
            first = item.text.strip().splitlines()[0]
            row = QStandardItem(tr("{day} — {text}").format(
                day=nice_day(date.fromisoformat(item.day)), text=first[:90]))
            row.setCheckable(True)
            row.setEditable(False)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setData(item.id, IdRole)
            self.entry_model.appendRow(row)
        self.entry_model.itemChanged.connect(self._refresh_preview)
        self.entry_list.setVisible(bool(self.highlights))
        self.no_entries.setVisible(not self.highlights)
        self._refresh_preview()

    def choice(self) -> SummaryChoice:
        ticked = tuple(
            self.entry_model.item(i).data(IdRole) for i in range(self.entry_model.rowCount())
            if self.entry_model.item(i).checkState() == Qt.CheckState.Checked)
        return SummaryChoice(
            sections=frozenset(k for k, box in self.boxes.items() if box.isChecked()),
            journal_ids=ticked, safety_plan=self.plan_box.isChecked())

    def html(self) -> str:
        choice = self.choice()
        plan = self.trends.safety_plan() if choice.safety_plan else None
        return summary_html(self.data, self.trends.today(), choice, self.highlights, plan)

    def _refresh_preview(self, *_args) -> None:
        self.preview.setHtml(self.html())

    def save_pdf(self, path: Path) -> Path:
        return write_summary_pdf(self.html(), path)

    def ask_save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the summary"), str(Path.home() / "reconnect-summary.pdf"),
            tr("PDF document (*.pdf)"))
        if chosen:
            self.save_pdf(Path(chosen))
