"""The main tab bar: every tab's whole name in sight, on one row, whatever the text size.

With large text in a small window the eight names on one row are wider than the window
(about 1,200 px at 200 % in the smallest window's 992 px), and Qt's answer, scroll arrows,
leaves names cut beside them. Here the names are then set a step smaller (the theme's
``QTabBar[fit="N"]`` rules, TAB_FIT_STEPS: 95 % of their size, 90 %, … 80 % at most), the
first step at which all eight fit: every name whole and every tab in sight, and the bar no
taller, so no view below loses height (two-line names cost a small window's journal its
third entry above the fold). Names, accessible names and keys are untouched. While the
names fit at their size (the usual sizes) the bar is Qt's own, pixel for pixel; if even the
last step does not fit (a much longer language), the scroll arrows remain.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar, QTabWidget, QWidget

from numbness_desktop.ui import theme

SLACK = 4  # px kept free at the row's end: font sizes do not scale widths exactly


class NameKeepingTabBar(QTabBar):
    """A QTabBar that sets its names a step smaller while they would not fit on one row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideNone)  # a name is never shortened with "…"
        self._step = 0  # the TAB_FIT_STEPS step in use
        self._restyling = False
        self._watched: QWidget | None = None

    @property
    def fit_step(self) -> int:
        """0 while the names have their usual size, else the TAB_FIT_STEPS step used."""
        return self._step

    def watch(self, tabs: QTabWidget) -> None:
        """Decide again whenever ``tabs`` (whose width the bar may take) changes size."""
        self._watched = tabs
        tabs.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the tab widget lays itself out, so it asks for the bar's new size at once.
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._decide()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange)
                and not self._restyling):
            self._decide()  # a new text size

    def row_width(self, share: float) -> int:
        """The row's width with the names at ``share`` of their size, whichever tab is
        chosen (the chosen tab's name is bolder, so wider): worked out from the fonts,
        never from the bar's present step, so the choice cannot go back and forth."""
        usual = theme.tab_point_size(self.font().pointSizeF())
        font = QFont(self.font())
        font.setPointSizeF(float(f"{usual * share:.1f}"))  # as the style sheet has it
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen tab's font-weight: 600
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        texts = [self.tabText(i) for i in range(self.count())]
        flags = Qt.TextFlag.TextShowMnemonic
        plain = [plain_metrics.size(flags, text).width() for text in texts]
        bolder = [bold_metrics.size(flags, text).width() - width
                  for text, width in zip(texts, plain, strict=True)]
        frames = sum(self._frame(i).width() for i in range(self.count()))
        return sum(plain) + max(bolder, default=0) + frames

    def _decide(self) -> None:
        if self._watched is None or self.count() == 0:
            return
        room = self._watched.width() - SLACK
        if self._step == 0 and self.sizeHint().width() < room - 40:
            return  # plainly fits (the usual case: no measuring at all)
        steps = theme.TAB_FIT_STEPS
        step = next((i for i, share in enumerate(steps) if self.row_width(share) <= room),
                    len(steps) - 1)
        if step != self._step:
            self._step = step
            self._restyling = True  # (the style change below is this bar's own)
            try:
                self.setProperty("fit", step)
                self.style().unpolish(self)
                self.style().polish(self)
            finally:
                self._restyling = False
            # Lays the tabs out again and asks the tab widget for the bar's new size.
            self.setElideMode(Qt.TextElideMode.ElideNone)

    def _frame(self, index: int) -> QSize:
        """A tab's size without its name (padding, border, margin), as Qt works it out."""
        option: Any = QStyleOptionTab()  # Any: PySide6's stub lists none of its fields
        self.initStyleOption(option, index)
        option.text = ""
        style = self.style()
        hframe = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, option, self)
        return style.sizeFromContents(QStyle.ContentsType.CT_TabBarTab, option,
                                      QSize(hframe, self.fontMetrics().height()), self)
