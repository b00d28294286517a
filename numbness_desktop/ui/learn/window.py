"""Help → Learn: the Learn view in its own non-modal window, beside whatever is open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.learn.view import LearnView


class LearnWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Learn"))
        self.setAccessibleName(tr("Learn"))
        self.setModal(False)
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.view = LearnView(self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close Learn"))
        layout.addWidget(buttons)
