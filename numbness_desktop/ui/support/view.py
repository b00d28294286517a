"""The Support tab: a short list of sections on the left, the chosen one on the right.

Sections are listed in ``sections.SECTIONS`` and built the first time they are shown.

Where the page beside the list would be narrower than COMPACT_CHARS characters (large text
in a small window), the list runs across the top instead and the introduction becomes the
first paragraph of the page, scrolling away with it. At 200 % in 1024×640 the title and a
three-line introduction once took a third of the height and the list 328 px of the width,
leaving the page 236 px tall and cut at its right edge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.lists import EdgeFade, wrap_rows
from numbness_desktop.ui.support.sections import SECTIONS

COMPACT_CHARS = 45  # the page beside the list needs about this many characters a line
SIDE_SPACING, TOP_SPACING = 24, 12  # between the list and the page, beside / above it
NAV_PADDING = 48  # the list's frame and its rows' padding around the longest title
# Across the top the list keeps 1 px inside its border (not the theme's 4), so the titles
# fit on one line at 200 % in 1024×640 (they needed 2 px more).
TOP_STYLE, TOP_FRAME, FOCUS_BORDER = "QListView { padding: 1px; }", 2, 1


class SupportView(QWidget):
    openPlace = Signal(str)
    openSummary = Signal()

    def __init__(self, app_model: AppModel, clock: Clock = system_clock,
                 place_available: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        self.app_model = app_model
        self.clock = clock
        self.built: dict[str, QWidget] = {}
        # The window says which places (tabs) this build has; links to others are hidden.
        self.place_available = place_available or (lambda _place: True)
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 12)
        page.setSpacing(12)
        title = QLabel(tr("Support"))
        title.setObjectName("pageTitle")
        lead = QLabel(tr("People, help and what matters to you, at your own pace. Reconnect "
                         "is a self-help companion, not a therapist; everything here stays on "
                         "this computer."))
        lead.setWordWrap(True)
        lead.setObjectName("muted")
        page.addWidget(title)
        page.addWidget(lead)
        self._page, self.lead, self.compact = page, lead, False
        outer = QHBoxLayout()
        outer.setSpacing(SIDE_SPACING)
        page.addLayout(outer, 1)
        self._outer = outer
        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Support sections"))
        for section in SECTIONS:
            self.nav.addItem(tr(section.title))
        wrap_rows(self.nav)
        self._side_rows = self.nav.itemDelegate()
        self._top_rows = QStyledItemDelegate(self.nav)  # each title its own width, in a row
        outer.addWidget(self.nav, 0, Qt.AlignmentFlag.AlignTop)

        self.stack = QStackedWidget()
        for section in SECTIONS:
            holder = QScrollArea()
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
            holder.setAccessibleName(tr(section.title))
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            # Pages wrap to the width (never sideways scrolling, even at 200 % text).
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            EdgeFade(holder)  # a soft fade says "more below" where the page is cut
            # The section sits on a sheet, so the introduction can join it when room is short.
            sheet = QWidget()
            sheet.setObjectName("page")
            sheet_layout = QVBoxLayout(sheet)
            sheet_layout.setContentsMargins(0, 0, 0, 0)
            sheet_layout.setSpacing(TOP_SPACING)
            holder.setWidget(sheet)
            self.stack.addWidget(holder)
        outer.addWidget(self.stack, 1)
        self._fit_nav()
        self.nav.currentRowChanged.connect(self.show_row)
        self.nav.setCurrentRow(0)

    def _side_width(self) -> int:
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(tr(section.title)) for section in SECTIONS)
        return widest + NAV_PADDING

    def _wants_compact(self) -> bool:
        """Too little room for the page beside the list (it does not depend on the layout
        chosen, so the choice never flips back and forth)."""
        margins = self._page.contentsMargins()
        beside = (self.width() - margins.left() - margins.right() - self._side_width()
                  - SIDE_SPACING)
        return beside < self.fontMetrics().averageCharWidth() * COMPACT_CHARS

    def _fit_nav(self) -> None:
        """Beside the page: as wide as the longest section title and as tall as the titles,
        so large text never clips it and no scroll bar appears. Above it: one row of titles
        across the page (two where they do not fit), as tall as its rows."""
        self._arrange()
        frame = 2 * self.nav.frameWidth()
        if not self.compact:
            self.nav.setFixedWidth(self._side_width())
            rows = sum(self.nav.sizeHintForRow(row) for row in range(self.nav.count()))
            self.nav.setFixedHeight(rows + frame + 4)
            return
        self.nav.setMinimumWidth(0)
        self.nav.setMaximumWidth(16_777_215)
        margins = self._page.contentsMargins()
        # Measured with the focus border (1 px wider), so a row never wraps unseen.
        room = (self.width() - margins.left() - margins.right()
                - 2 * (TOP_FRAME + FOCUS_BORDER))
        lines, used, line_height = 1, 0, 0
        for row in range(self.nav.count()):
            size = self.nav.sizeHintForIndex(self.nav.model().index(row, 0))
            line_height = max(line_height, size.height())
            if used and used + size.width() > room:
                lines, used = lines + 1, 0
            used += size.width()
        self.nav.setFixedHeight(lines * line_height + frame + 2)

    def _arrange(self) -> None:
        """The list beside the page, or across its top with the introduction on the page."""
        compact = self._wants_compact()
        if compact == self.compact:
            return
        self.compact = compact
        self._outer.setDirection(QBoxLayout.Direction.TopToBottom if compact
                                 else QBoxLayout.Direction.LeftToRight)
        self._outer.setSpacing(TOP_SPACING if compact else SIDE_SPACING)
        self.nav.setItemDelegate(self._top_rows if compact else self._side_rows)
        self.nav.setStyleSheet(TOP_STYLE if compact else "")
        self.nav.setFlow(QListView.Flow.LeftToRight if compact else QListView.Flow.TopToBottom)
        self.nav.setWrapping(compact)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if compact
                                            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._place_lead()

    def _place_lead(self) -> None:
        """Under the title; or, when compact, at the top of the page shown."""
        holder = self.stack.currentWidget()
        sheet = holder.widget() if isinstance(holder, QScrollArea) else None
        if self.compact and sheet is not None:
            layout = sheet.layout()
            if isinstance(layout, QVBoxLayout) and layout.indexOf(self.lead) != 0:
                layout.insertWidget(0, self.lead)
        elif self._page.indexOf(self.lead) != 1:
            self._page.insertWidget(1, self.lead)
        self.lead.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._wants_compact() != self.compact or self.compact:
            self._fit_nav()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Once the list itself has the new font (it is told after this view).
            QTimer.singleShot(0, self, self._fit_nav)  # not after this view is gone
        super().changeEvent(event)

    def today(self):
        return self.clock().date()

    def show_row(self, row: int) -> QWidget | None:
        if not 0 <= row < len(SECTIONS):
            return None
        section = SECTIONS[row]
        if section.key not in self.built:
            widget = section.factory(self.app_model, self.today)
            widget.setObjectName("page")
            for name in ("openPlace", "openSummary"):
                mine, theirs = getattr(self, name), getattr(widget, name, None)
                if theirs is not None:
                    theirs.connect(mine)
            hook = getattr(widget, "set_place_available", None)
            if hook is not None:
                hook(self.place_available)
            holder = self.stack.widget(row)
            assert isinstance(holder, QScrollArea)
            sheet_layout = holder.widget().layout()
            assert isinstance(sheet_layout, QVBoxLayout)
            sheet_layout.addWidget(widget)
            self.built[section.key] = widget
        self.stack.setCurrentIndex(row)
        if self.compact:
            self._place_lead()
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.built[section.key]

    def show_section(self, key: str) -> QWidget | None:
        """Open a section by key (``people``, ``therapists``, ``appointment``, ``values``)."""
        row = next((i for i, s in enumerate(SECTIONS) if s.key == key), -1)
        return self.show_row(row)

    def section(self, key: str) -> QWidget | None:
        return self.show_section(key)

    def flush(self) -> bool:
        """Save what was typed in every built section; ``False`` if some could not be."""
        from numbness_desktop.ui.support.record_editor import RecordEditor

        kept = True
        for widget in self.built.values():
            own = getattr(widget, "flush", None)
            editors = [own] if callable(own) else [
                editor.flush for editor in widget.findChildren(RecordEditor)]
            for flush in editors:
                kept = flush() and kept
        return kept
