"""The calm unlock screen shown at start when the data is locked with a passphrase.

A wrong passphrase gets a kind line and another try, as many as the person needs (no
lock-out, no counting). Get help now works here without unlocking: it shows the crisis line
and emergency number for the country the person chose, read from a small unencrypted file
that holds nothing but that country's code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.crisis_lines import find_a_line, lines_for
from numbness_desktop.model.privacy_model import locked_country, try_passphrase
from numbness_desktop.ui.i18n import tr


def help_text(country: str) -> str:
    """The country's checked crisis lines and emergency number, in words."""
    lines = lines_for(country)
    parts = [tr("If you might be in danger, call your emergency number now.")]
    for line in lines.lines:
        terms = line.terms_text()
        words = tr("{name}: {ways} ({terms})") if terms else tr("{name}: {ways}")
        parts.append(words.format(name=tr(line.name), ways=line.ways_text(), terms=terms))
    if lines.emergency is not None:
        parts.append(tr("Emergency services: {number}").format(number=lines.emergency.text()))
    if not lines.verified:
        directory = find_a_line()
        parts.append(tr("To find a line where you are: {name}, {address}").format(
            name=directory.name, address=directory.address))
    parts.append(tr("Your own people and plan are inside your locked data; they are there "
                    "again once it is open."))
    return "\n\n".join(parts)


class UnlockDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.passphrase: str | None = None
        self.setWindowTitle("Reconnect")
        self.setAccessibleName(tr("Unlock Reconnect"))
        self.setMinimumWidth(max(480, self.fontMetrics().averageCharWidth() * 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 20)
        layout.setSpacing(12)
        heading = QLabel(tr("Welcome back."))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        lead = QLabel(tr("Your data is locked with your passphrase. Type it to open "
                         "Reconnect."))
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(tr("Passphrase"))
        layout.addWidget(self.field)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(tr("Message"))
        layout.addWidget(self.message)
        note = QLabel(tr("If the passphrase is forgotten, nobody can open this data again — "
                         "there is no recovery."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setObjectName("helpButton")
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(self.show_help)
        help_action = QAction(self)
        help_action.setShortcuts([QKeySequence("Ctrl+Shift+H")])
        help_action.triggered.connect(self.show_help)
        self.addAction(help_action)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(tr("Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.unlock_button.setDefault(True)
        quit_button = buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setAccessibleName(tr("Quit"))
        buttons.addButton(self.help_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.help_box: QMessageBox | None = None

    def showEvent(self, event) -> None:
        """Tall enough for the wrapped words at this width (and at 200 % text)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def try_unlock(self) -> bool:
        attempt = self.field.text()
        if not attempt:
            self.message.setText(tr("Type your passphrase, then Unlock."))
            return False
        self.message.setText(tr("Opening…"))
        self.unlock_button.setEnabled(False)
        self.repaint()
        problem = try_passphrase(self.data_dir, attempt)
        self.unlock_button.setEnabled(True)
        if problem is not None:
            self.message.setText(tr(problem))
            self.field.selectAll()
            self.field.setFocus()
            return False
        self.passphrase = attempt
        self.accept()
        return True

    def show_help(self) -> QMessageBox:
        if self.help_box is None:
            self.help_box = QMessageBox(QMessageBox.Icon.NoIcon, tr("Get help now"),
                                        help_text(locked_country(self.data_dir)),
                                        QMessageBox.StandardButton.Close, self)
            self.help_box.setAccessibleName(tr("Get help now panel"))
        self.help_box.show()
        self.help_box.raise_()
        return self.help_box


def ask_passphrase(data_dir: Path) -> str | None:
    """Show the unlock screen; the passphrase that opened the data, or None (Quit)."""
    dialog = UnlockDialog(data_dir)
    dialog.exec()
    return dialog.passphrase
