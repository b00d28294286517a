"""The Support tab: a short list of sections on the left, the chosen one on the right.

Sections are listed in ``sections.SECTIONS`` and built the first time they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.lists import EdgeFade, wrap_rows
from numbness_desktop.ui.support.sections import SECTIONS


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
        outer = QHBoxLayout()
        outer.setSpacing(24)
        page.addLayout(outer, 1)
        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Support sections"))
        for section in SECTIONS:
            self.nav.addItem(tr(section.title))
        wrap_rows(self.nav)
        self._fit_nav()
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
            self.stack.addWidget(holder)
        outer.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.show_row)
        self.nav.setCurrentRow(0)

    def _fit_nav(self) -> None:
        """As wide as the longest section title and as tall as the titles, so large text
        never clips it and no scroll bar appears."""
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(tr(section.title)) for section in SECTIONS)
        self.nav.setFixedWidth(widest + 48)
        rows = sum(self.nav.sizeHintForRow(row) for row in range(self.nav.count()))
        self.nav.setFixedHeight(rows + 2 * self.nav.frameWidth() + 4)

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
            holder.setWidget(widget)
            self.built[section.key] = widget
        self.stack.setCurrentIndex(row)
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
