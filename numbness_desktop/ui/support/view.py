"""The Support tab: a short list of sections on the left, the chosen one on the right.

Sections are listed in ``sections.SECTIONS`` and built the first time they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from numbness_desktop.ui.support.sections import SECTIONS

NAV_WIDTH = 220


class SupportView(QWidget):
    openPlace = Signal(str)
    openSummary = Signal()

    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.clock = clock
        self.built: dict[str, QWidget] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.setSpacing(24)

        side = QVBoxLayout()
        title = QLabel("Support")
        title.setObjectName("pageTitle")
        lead = QLabel("People, help and what matters to you. Small steps, at your pace.")
        lead.setWordWrap(True)
        lead.setObjectName("muted")
        self.nav = QListWidget()
        self.nav.setAccessibleName("Support sections")
        for section in SECTIONS:
            self.nav.addItem(section.title)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        side.addWidget(title)
        side.addWidget(lead)
        side.addWidget(self.nav, 1)
        note = QLabel("Reconnect is a self-help companion, not a therapist. Everything here "
                      "stays on this computer.")
        note.setWordWrap(True)
        note.setObjectName("muted")
        side.addWidget(note)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(NAV_WIDTH)
        outer.addWidget(side_widget)

        self.stack = QStackedWidget()
        for _section in SECTIONS:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(holder)
        outer.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.show_row)
        self.nav.setCurrentRow(0)

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
        return True
