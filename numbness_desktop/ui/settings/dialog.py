"""File → Settings… (Ctrl+,): every preference, one page per subject.

The pages come from :data:`numbness_desktop.ui.settings.pages.PAGES`; a feature adds its page
with one line there. Each page writes through ``app_model.preferences`` as soon as something
is chosen (no Apply button to forget), and follows changes made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from numbness_desktop.ui.settings.pages import PAGES


class SettingsDialog(QDialog):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.sections = QListWidget()
        self.sections.setAccessibleName("Settings sections")
        self.sections.setMaximumWidth(220)
        self.sections.setSpacing(3)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for title, factory in PAGES:
            page = factory(app_model, self)
            page.setObjectName("page")
            scroll = QScrollArea()  # at 200 % text a page scrolls instead of being cut
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.sections.addItem(title)
            self.pages[title] = page
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        row.addWidget(self.sections)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            "Close settings")
        layout.addWidget(buttons)

    def page_titles(self) -> list[str]:
        return list(self.pages)

    def show_page(self, title: str) -> QWidget:
        index = list(self.pages).index(title)
        self.sections.setCurrentRow(index)
        return self.pages[title]
