"""File → Settings… (Ctrl+,): every preference, one page per subject.

The pages come from :data:`numbness_desktop.ui.settings.pages.PAGES`; a feature adds its page
with one line there. Each page writes through ``app_model.preferences`` as soon as something
is chosen (no Apply button to forget), and follows changes made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.settings.pages import PAGES


class SettingsDialog(QDialog):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self._fit_text_size()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.sections = QListWidget()
        self.sections.setAccessibleName(tr("Settings sections"))
        self.sections.setMaximumWidth(scaled(220))
        self.sections.setSpacing(3)
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
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_text_size()
        self.sections.setCurrentRow(0)
        row.addWidget(self.sections)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
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
        if hasattr(self, "sections"):  # every section's name whole
            self.sections.setMaximumWidth(scaled(220))
            self.sections.setMinimumWidth(self.sections.sizeHintForColumn(0)
                                          + 2 * self.sections.frameWidth() + 28)

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
