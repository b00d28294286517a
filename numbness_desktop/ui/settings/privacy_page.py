"""Settings → Privacy: the optional passphrase, and what Reconnect never does."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from numbness_desktop.model.privacy_model import NO_RECOVERY, PrivacyModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.settings.choices import page_layout


class PrivacyPage(QWidget):
    def __init__(self, privacy: PrivacyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        layout = page_layout(self, "Privacy", "Reconnect never connects to the internet: no "
                             "account, no tracking, nothing sent anywhere. Your files are "
                             "readable only by your user account on this computer.")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(tr("Passphrase status"))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for mode, text in (("on", "Turn on a passphrase…"), ("change", "Change passphrase…"),
                           ("remove", "Remove passphrase…")):
            button = QPushButton(tr(text))
            button.setAccessibleName(tr(text.rstrip("…")))
            button.clicked.connect(lambda _checked=False, m=mode: self.open(m))
            row.addWidget(button)
            self.buttons[mode] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.recovery = QLabel(tr(NO_RECOVERY))
        self.recovery.setObjectName("muted")
        self.recovery.setWordWrap(True)
        layout.addWidget(self.recovery)
        layout.addStretch(1)
        privacy.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        reason = self.privacy.unavailable_reason()
        on = self.privacy.is_on()
        if reason is not None and not on:
            self.status.setText(tr(reason))
        elif on:
            self.status.setText(tr("A passphrase is on: your data and backups are encrypted, "
                                   "and Reconnect asks for it when it starts."))
        else:
            self.status.setText(tr("No passphrase: anyone who can use this computer account "
                                   "can open your data. A passphrase encrypts it and its "
                                   "backups."))
        self.buttons["on"].setVisible(not on)
        self.buttons["on"].setEnabled(reason is None)
        self.buttons["change"].setVisible(on)
        self.buttons["remove"].setVisible(on)

    def open(self, mode: str):
        from numbness_desktop.ui.privacy.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.privacy, mode, self)
        dialog.open()
        return dialog
