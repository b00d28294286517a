"""Help → About: what this is, its version and licence, and where the person's data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from numbness_desktop import APP_NAME, __version__
from numbness_desktop.ui.i18n import tr

LICENCE = "MIT"


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Reconnect"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(10)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        lines = (
            tr("A calm, private, offline companion for emotional numbness and disconnection. "
               "A self-help companion — not a diagnosis, not a therapist and not a crisis "
               "service."),
            tr("Free software under the %1 licence.").replace("%1", LICENCE),
            tr("Your data stays on this computer, in this folder:"),
        )
        for line in lines:
            label = QLabel(line)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.folder = QLabel(str(data_dir))
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.folder.setObjectName("focusLine")
        self.folder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setAccessibleDescription(str(data_dir))
        layout.addWidget(self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close about"))
        layout.addWidget(buttons)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel))
