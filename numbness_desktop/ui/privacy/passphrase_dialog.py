"""Turn the passphrase on, change it or remove it — with the honest "no recovery" up front."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from numbness_desktop.model.privacy_model import MIN_PASSPHRASE, NO_RECOVERY, PrivacyModel
from numbness_desktop.ui.data.dialogs import DataDialog
from numbness_desktop.ui.i18n import number, tr


class PassphraseDialog(DataDialog):
    """``mode``: "on", "change" or "remove"."""

    def __init__(self, privacy: PrivacyModel, mode: str, parent: QWidget | None = None) -> None:
        titles = {"on": ("Turn on a passphrase", "Turn on"),
                  "change": ("Change the passphrase", "Change"),
                  "remove": ("Remove the passphrase", "Remove")}
        title, action = (tr(words) for words in titles[mode])
        leads = {
            "on": "With a passphrase, your data and backups are encrypted on this computer: "
                  "nobody can read them without it, and Reconnect asks for it each time it "
                  "starts.",
            "change": "Your data and backups are re-encrypted with the new passphrase.",
            "remove": "Your data and backups will no longer be encrypted: anyone who can use "
                      "this computer account could read them.",
        }
        super().__init__(title, tr("{lead} A backup is made and checked first.").format(
            lead=tr(leads[mode])), action, parent)
        self.privacy, self.mode = privacy, mode
        form = QFormLayout()
        self.current = self._field(tr("Current passphrase")) if mode != "on" else None
        if self.current is not None:
            form.addRow(tr("Current passphrase"), self.current)
        self.new = self.again = None
        if mode != "remove":
            self.new = self._field(tr("New passphrase"))
            self.again = self._field(tr("New passphrase again"))
            form.addRow(tr("New passphrase"), self.new)
            form.addRow(tr("Again"), self.again)
        self.body.addLayout(form)
        self.understood = None
        if mode != "remove":
            warning = QLabel(tr(NO_RECOVERY))
            warning.setWordWrap(True)
            self.body.addWidget(warning)
            self.understood = QCheckBox(tr("I understand: a forgotten passphrase cannot be "
                                           "recovered"))
            self.understood.setAccessibleName(self.understood.text())
            self.body.addWidget(self.understood)
        self.action.clicked.connect(self.apply)
        self.done_ok = False

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def problem(self) -> str | None:
        """What stops it, in one kind line; None when everything is ready."""
        if self.current is not None and not self.privacy.check_current(self.current.text()):
            return tr("The current passphrase isn't the one in use. Take your time.")
        if self.new is not None:
            if len(self.new.text()) < MIN_PASSPHRASE:
                return tr("A passphrase needs at least {count} characters.").format(
                    count=number(MIN_PASSPHRASE))
            if self.again is None or self.new.text() != self.again.text():
                return tr("The two new passphrases are different; please type them again.")
        if self.understood is not None and not self.understood.isChecked():
            return tr("Please tick that you understand there is no recovery.")
        return None

    def apply(self) -> str:
        problem = self.problem()
        if problem is not None:
            self.result.setText(problem)
            return problem
        new = self.new.text() if self.new is not None else None

        def work() -> str:
            line = self.privacy.set_passphrase(new)
            self.done_ok = True
            return line

        line = self.run(work)
        if self.done_ok:
            self.action.setEnabled(False)
        return line
