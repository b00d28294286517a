"""The main tab bar: every tab's whole name in sight, on one row, whatever the text size.

With large text in a small window the eight names on one row are wider than the window
(about 1,200 px at 200 % in the smallest window's 992 px), and Qt's answer, scroll arrows,
leaves names cut beside them. Here the names are then set a step smaller (the theme's
``QTabBar[fit="N"]`` rules, TAB_FIT_STEPS: 95 % of their size, 90 %, … 80 % at most), the
first step at which all eight fit: every name whole and every tab in sight, and the bar no
taller, so no view below loses height (two-line names cost a small window's journal its
third entry above the fold). Names, accessible names and keys are untouched. While the
names fit at their size (the usual sizes) the bar is Qt's own, untouched, pixel for pixel;
if even the last step does not fit (a much longer language), the scroll arrows remain.

The bar stays Qt's own QTabBar: a Python subclass would route every one of its virtual
calls through Python (start-up paid ~12 M instructions for one). An event filter on the tab
widget and the bar looks at resizes only: the tab widget's (a new width) and the bar's (a
new text size changes its height); asking any event its type would build PySide's QEvent
enum before the first paint (~1 M instructions), and nothing here builds Qt's Qt namespace
(a small screen decides before the first paint). What measures is imported when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication

from numbness_desktop.ui import theme

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QSize
    from PySide6.QtWidgets import QTabBar, QTabWidget

SLACK = 4  # px kept free at the row's end: font sizes do not scale widths exactly


class TabNameFit(QObject):
    """Sets ``tabs``' names a step smaller while they would not fit on one row."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.bar: QTabBar = tabs.tabBar()
        self.step = 0  # the TAB_FIT_STEPS step in use
        self._restyling = False
        tabs.installEventFilter(self)
        self.bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The tab widget's resize is seen before it lays itself out, so it asks for the
        # bar's new size at once. (isinstance, not event.type(): see the module's note.)
        if isinstance(event, QResizeEvent) and not self._restyling:
            self._decide()
        return False

    def row_width(self, share: float) -> int:
        """The row's width with the names at ``share`` of their size, whichever tab is
        chosen (the chosen tab's name is bolder, so wider): worked out from the fonts,
        never from the present step, so the choice cannot go back and forth."""
        from PySide6.QtGui import QFont, QFontMetrics

        bar = self.bar
        usual = theme.tab_point_size(bar.font().pointSizeF())
        font = QFont(bar.font())
        font.setPointSizeF(float(f"{usual * share:.1f}"))  # as the style sheet has it
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen tab's font-weight: 600
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        texts = [bar.tabText(i) for i in range(bar.count())]
        plain = [plain_metrics.horizontalAdvance(text) for text in texts]
        bolder = [bold_metrics.horizontalAdvance(text) - width
                  for text, width in zip(texts, plain, strict=True)]
        frames = sum(self._frame(i).width() for i in range(bar.count()))
        return sum(plain) + max(bolder, default=0) + frames

    def _decide(self) -> None:
        bar = self.bar
        if bar.count() == 0:
            return
        app = QApplication.instance()
        usual_text = not isinstance(app, QApplication) or theme.text_scale(app) <= 1.0
        if self.step == 0 and usual_text:
            # At the usual text size the names fit any window of the usual minimum width;
            # only a screen narrower than that (Qt's offscreen one is 800 px) leaves them
            # short of room, and there Qt's scroll arrows stay, as before: measuring and
            # restyling the bar before the first paint cost ~86 M instructions there.
            return
        room = self.tabs.width() - SLACK
        if self.step == 0 and bar.sizeHint().width() < room - 40:
            return  # plainly fits (the usual case: no measuring at all)
        steps = theme.TAB_FIT_STEPS
        step = next((i for i, share in enumerate(steps) if self.row_width(share) <= room),
                    len(steps) - 1)
        if step != self.step:
            self.step = step
            self._restyling = True  # (the resizes this causes need no second look)
            try:
                bar.setProperty("fit", step)
                # The property's rule takes effect once the bar's style is worked out again:
                # a (different) style sheet of its own does that, and lays the tabs out
                # anew. (style().polish(bar) would too, but PySide builds Qt's Qt namespace
                # choosing among polish's overloads, which nothing may before the first
                # paint: tests/test_first_paint_cost.py; a small screen decides before it.)
                bar.setStyleSheet(f"/* names at step {step} of TAB_FIT_STEPS */")
            finally:
                self._restyling = False

    def _frame(self, index: int) -> QSize:
        """A tab's size without its name (padding, border, margin), as Qt works it out."""
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QStyle, QStyleOptionTab

        option: Any = QStyleOptionTab()  # Any: PySide6's stub lists none of its fields
        self.bar.initStyleOption(option, index)
        option.text = ""
        style = self.bar.style()
        hframe = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, option, self.bar)
        return style.sizeFromContents(QStyle.ContentsType.CT_TabBarTab, option,
                                      QSize(hframe, self.bar.fontMetrics().height()), self.bar)
