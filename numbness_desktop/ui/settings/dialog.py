"""File → Settings… (Ctrl+,): every preference, one page per subject.

The pages come from :data:`numbness_desktop.ui.settings.pages.PAGES`; a feature adds its page
with one line there. Each page writes through ``app_model.preferences`` as soon as something
is chosen (no Apply button to forget), and follows changes made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.settings.pages import PAGES
from numbness_desktop.ui.settings.section_list import SectionList

PAGE_MIN_WIDTH = 400  # (grown with the text) narrower than this, the sections go above
BESIDE_SPACING, ABOVE_SPACING = 16, 8  # between the sections and the page


class SettingsDialog(QDialog):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self._fit_text_size()
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        row = self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(BESIDE_SPACING)
        self.sections = SectionList()
        self.sections.setAccessibleName(tr("Settings sections"))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for title, factory in PAGES:
            page = factory(app_model, self)
            page.setObjectName("page")
            scroll = QScrollArea()  # at 200 % text a page scrolls instead of being cut
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.sections.addItem(tr(title))
            self.pages[title] = page
            page.installEventFilter(self)  # a page that grows (a reminder added) may want room
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        row.addWidget(self.sections)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
        self._fit_text_size()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            tr("Close settings"))
        layout.addWidget(buttons)

    def _fit_text_size(self) -> None:
        """Larger with larger text (within the screen): the pages wrap instead of scroll."""
        room = self.screen().availableSize()
        self.resize(max(self.width(), min(scaled(760), room.width() - 40)),
                    max(self.height(), min(scaled(560), room.height() - 60)))
        if hasattr(self, "row"):
            self._place_sections(self.width())

    def _page_needs(self) -> int:
        """The width a page needs beside the column: the widest page's least width (its
        words wrap down to it), its scroll bar included, or PAGE_MIN_WIDTH if more."""
        widest = max(page.minimumSizeHint().width() for page in self.pages.values())
        scroll = self.stack.currentWidget()
        bar = scroll.verticalScrollBar().sizeHint().width() if isinstance(
            scroll, QScrollArea) else 0
        return max(scaled(PAGE_MIN_WIDTH), widest + bar + 4)

    def _place_sections(self, width: int) -> None:
        """Beside the page, every name whole, while the page keeps room for its words;
        otherwise above it, in rows, and the page has the dialog's whole width."""
        margins = self._outer.contentsMargins()
        beside = self.sections.column_width()
        page_room = width - margins.left() - margins.right() - BESIDE_SPACING - beside
        above = page_room < self._page_needs()
        self.sections.set_above(above)
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if above
                              else QBoxLayout.Direction.LeftToRight)
        spacing = ABOVE_SPACING if above else BESIDE_SPACING
        if self.row.spacing() != spacing:
            self.row.setSpacing(spacing)
        self.sections.setMinimumWidth(0 if above else beside)
        self.sections.setMaximumWidth(16_777_215 if above else max(beside, scaled(220)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and hasattr(self, "row"):
            self._place_sections(self.width())
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_sections(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size chosen on a page
            self._fit_text_size()

    def page_titles(self) -> list[str]:
        return list(self.pages)

    def show_page(self, title: str) -> QWidget:
        index = list(self.pages).index(title)
        self.sections.setCurrentRow(index)
        return self.pages[title]
