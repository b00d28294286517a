"""Data in the app: Export…, Import…, Back up now and Delete everything… as dialogs.

Each dialog says what will happen before it happens, shows a moving bar while it works and
ends with one calm result line (never a traceback). The file pickers are attributes
(``choose_save_path``, ``choose_open_path``) so tests can replace them. Get help now
(Ctrl+Shift+H) answers here too: it is an application-wide shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.errors import ReconnectError
from numbness_desktop.model.data_model import DataModel, check_reconnect_error

EXPORT_CHOICES = (
    ("json", "JSON — everything, in the form Reconnect imports back", ".json"),
    ("csv", "CSV — a folder with one spreadsheet file per kind of record", ""),
    ("markdown", "Markdown — your plan, journal and trends as readable text", ".md"),
    ("pdf", "PDF — the same readable text, ready to print", ".pdf"),
)
CONFIRM_WORDS = "delete everything"


class DataDialog(QDialog):
    """A title, what will happen, the controls, a bar while working and a result line."""

    def __init__(self, title: str, lead: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 64))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 20, 20, 16)
        self.layout_.setSpacing(12)
        self.lead = QLabel(lead)
        self.lead.setWordWrap(True)
        self.layout_.addWidget(self.lead)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # moving: the work's length is not known in advance
        self.progress.setAccessibleName("Working")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.layout_.addWidget(self.progress)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setAccessibleName("Result")
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.action = QPushButton(action)
        self.action.setAccessibleName(action.rstrip("…"))
        self.action.setDefault(True)
        self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        """Tall enough for the wrapped words at this width (and at 200 % text)."""
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.layout_.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def run(self, work: Callable[[], str]) -> str:
        """Do ``work`` with the bar showing; the result line says how it went."""
        self.result.clear()
        self.action.setEnabled(False)
        self.progress.show()
        QApplication.processEvents()  # the bar appears before the work starts
        try:
            line = work()
        except (ReconnectError, OSError) as error:  # the disk's or the file's: said calmly
            line = check_reconnect_error(error)
        finally:
            self.progress.hide()
            self.action.setEnabled(True)
        self.result.setText(line)
        self._fit()
        return line


class ExportDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__("Export", "Take a copy of everything you have written in Reconnect. "
                         "The files are readable only by you on this computer; once you move "
                         "them elsewhere, keep them somewhere safe.", "Export…", parent)
        self.data = data
        self.choose_save_path: Callable[[str, str], Path | None] = self._ask_path
        self.group = QButtonGroup(self)
        self.formats: dict[str, QRadioButton] = {}
        for key, label, _suffix in EXPORT_CHOICES:
            button = QRadioButton(label)
            button.setAccessibleName(label.split(" — ")[0])
            self.group.addButton(button)
            self.body.addWidget(button)
            self.formats[key] = button
        self.formats["json"].setChecked(True)
        self.action.clicked.connect(self.export)

    def chosen_format(self) -> str:
        return next(key for key, button in self.formats.items() if button.isChecked())

    def export(self) -> str | None:
        fmt = self.chosen_format()
        suffix = next(s for key, _label, s in EXPORT_CHOICES if key == fmt)
        out = self.choose_save_path(fmt, f"reconnect-export{suffix}")
        if out is None:
            return None
        if fmt == "pdf":
            return self.run(lambda: self._pdf(out))
        return self.run(lambda: self.data.export(fmt, out))

    def _pdf(self, out: Path) -> str:
        from numbness_desktop.ui.data.pdf_export import write_markdown_pdf

        write_markdown_pdf(self.data.markdown(), out)
        return f"Exported to {out}. Only you can read it; keep it somewhere safe."

    def _ask_path(self, fmt: str, name: str) -> Path | None:
        start = str(Path.home() / name)
        if fmt == "csv":
            chosen = QFileDialog.getExistingDirectory(self, "Choose a folder for the CSV files",
                                                      str(Path.home()))
            return Path(chosen) / "reconnect-export" if chosen else None
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export to", start)
        return Path(chosen) if chosen else None


class ImportDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__("Import", "Bring in a Reconnect JSON export (from this or another "
                         "computer) or a Daylio CSV export. Records already here are not "
                         "added twice. The whole file is checked first: if anything in it "
                         "looks wrong, nothing is changed and the first problem is named.",
                         "Choose a file…", parent)
        self.data = data
        self.choose_open_path: Callable[[], Path | None] = self._ask_path
        self.action.clicked.connect(self.import_file)

    def import_file(self) -> str | None:
        source = self.choose_open_path()
        if source is None:
            return None
        return self.run(lambda: self.data.import_file(source))

    def _ask_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Import from", str(Path.home()),
            "Reconnect or Daylio export (*.json *.csv);;All files (*)")
        return Path(chosen) if chosen else None


class BackupDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__("Back up now", "A checked copy of all your data goes into "
                         f"{data.data_dir / 'backups'}. Reconnect also makes one a day by "
                         "itself, keeping the last 7 days and 4 weeks of those.",
                         "Back up now", parent)
        self.data = data
        self.action.clicked.connect(self.back_up)

    def back_up(self) -> str:
        return self.run(self.data.backup_now)


class DeleteEverythingDialog(DataDialog):
    """Typed confirmation; afterwards Reconnect closes, since nothing of yours is left."""

    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(
            "Delete everything",
            "This removes everything Reconnect keeps for you: your journal, body map, "
            "breathing sessions, practices, safety plan, settings, every backup, unsaved "
            "drafts and the log, from " + str(data.data_dir) + ". It cannot be undone, and "
            "there is no copy anywhere else unless you exported one. Reconnect closes "
            "afterwards.", "Delete everything", parent)
        self.data = data
        prompt = QLabel(f"To go ahead, type “{CONFIRM_WORDS}” below.")
        prompt.setWordWrap(True)
        self.body.addWidget(prompt)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName("Type delete everything to confirm")
        self.body.addWidget(self.confirm)
        prompt.setBuddy(self.confirm)
        self.action.setDefault(False)
        self.action.setEnabled(False)
        self.confirm.textChanged.connect(self._typed)
        self.action.clicked.connect(self.delete_everything)
        self.deleted = False
        self.finished.connect(lambda _code: self.data.closeRequested.emit()
                              if self.deleted else None)

    def _typed(self, text: str) -> None:
        self.action.setEnabled(text.strip().lower() == CONFIRM_WORDS)

    def delete_everything(self) -> str | None:
        if self.confirm.text().strip().lower() != CONFIRM_WORDS:
            return None

        def work() -> str:
            left = self.data.delete_everything()
            self.deleted = True
            if left:
                return ("Everything of Reconnect's is deleted. Other files in that folder "
                        f"were not Reconnect's and were left alone: {len(left)}.")
            return "Everything is deleted. Reconnect will now close."

        line = self.run(work)
        if self.deleted:
            self.action.setEnabled(False)
            self.confirm.setEnabled(False)
        return line
