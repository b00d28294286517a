"""File → Settings… (Ctrl+,): every preference, one page per subject.

The pages come from :data:`numbness_desktop.ui.settings.pages.PAGES`; a feature adds its page
with one line there. Each page writes through ``app_model.preferences`` as soon as something
is chosen (no Apply button to forget), and follows changes made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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
        row.setSpacing(16)
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

    def _place_sections(self, width: int) -> None:
        """Beside the page, every name whole, while the page keeps room for its words;
        otherwise above it, in rows, and the page has the dialog's whole width."""
        margins = self._outer.contentsMargins()
        beside = self.sections.column_width()
        page_room = width - margins.left() - margins.right() - self.row.spacing() - beside
        above = page_room < scaled(PAGE_MIN_WIDTH)
        self.sections.set_above(above)
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if above
                              else QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(8 if above else 16)
        self.sections.setMinimumWidth(0 if above else beside)
        self.sections.setMaximumWidth(16_777_215 if above else max(beside, scaled(220)))

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
