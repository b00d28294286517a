"""Data in the app: Export…, Import…, Back up now and Delete everything… as dialogs.

Each dialog says what will happen before it happens, shows a bar while it works (an export
shows how far it is, once it has taken PROGRESS_AFTER_MS) and ends with one calm result
line (never a traceback). The file pickers are attributes
(``choose_save_path``, ``choose_open_path``) so tests can replace them. Get help now
(Ctrl+Shift+H) answers here too: it is an application-wide shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop
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
from numbness_desktop.ui.i18n import ntr, tr

# A quicker export shows no bar at all (it would only flicker).
PROGRESS_AFTER_MS = 500
# (key, name on the choice, what it holds: a wrapped line under it, suffix)
EXPORT_CHOICES = (
    ("json", "JSON", "Everything, in the form Reconnect imports back.", ".json"),
    ("csv", "CSV", "A folder with one spreadsheet file per kind of record.", ""),
    ("markdown", "Markdown", "Your plan, journal and trends as readable text.", ".md"),
    ("pdf", "PDF", "The same readable text, ready to print.", ".pdf"),
)
CHOICE_INDENT = 28  # the line under a choice starts where the choice's words do
CONFIRM_WORDS = "delete everything"


class DataDialog(QDialog):
    """A title, what will happen, the controls, a bar while working and a result line."""

    # The result line (tests read it) hides QDialog.result(), which nothing here calls.
    result: QLabel  # type: ignore[assignment]  # a label in place of QDialog.result()

    def __init__(self, title: str, lead: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._clock = QElapsedTimer()
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
        self.progress.setAccessibleName(tr("Working"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.layout_.addWidget(self.progress)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(tr("Result"))
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.action = QPushButton(action)
        self.action.setAccessibleName(action.rstrip("…"))
        self.action.setDefault(True)
        self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
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

    def run(self, work: Callable[[], str], steps: bool = False) -> str:
        """Do ``work`` with the bar showing; the result line says how it went.

        ``steps``: the work reports how far it is through ``report_progress``, and the bar
        appears (filling up) only once it has taken PROGRESS_AFTER_MS; otherwise a moving
        bar shows from the start.
        """
        self.result.clear()
        self.action.setEnabled(False)
        self._clock.start()
        self.progress.setRange(0, 0)
        if not steps:
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

    def report_progress(self, done: int, total: int) -> None:
        """The work is ``done`` of ``total`` steps through: the bar follows (once the work
        has taken PROGRESS_AFTER_MS) and the window keeps painting."""
        if self.progress.isHidden() and self._clock.elapsed() < PROGRESS_AFTER_MS:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        self.progress.setAccessibleDescription(
            tr("{done} of {total} steps").format(done=done, total=total))
        self.progress.show()
        # Paint the bar; clicks and keys wait (the dialog's buttons are not for now).
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


class ExportDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(tr("Export"), tr(
            "Take a copy of everything you have written in Reconnect. The files are readable "
            "only by you on this computer; once you move them elsewhere, keep them somewhere "
            "safe."), tr("Export…"), parent)
        self.data = data
        self.choose_save_path: Callable[[str, str], Path | None] = self._ask_path
        self.group = QButtonGroup(self)
        self.formats: dict[str, QRadioButton] = {}
        for key, name, holds, _suffix in EXPORT_CHOICES:
            # The name on the choice, what it holds on a line under it that can wrap (a
            # radio button's own text never wraps, and a translation may be longer).
            button = QRadioButton(tr(name))
            button.setAccessibleName(tr(name))
            button.setAccessibleDescription(tr(holds))
            detail = QLabel(tr(holds))
            detail.setObjectName("muted")
            detail.setWordWrap(True)
            detail.setIndent(CHOICE_INDENT)
            self.group.addButton(button)
            choice = QVBoxLayout()
            choice.setSpacing(2)  # the line sits with its choice
            choice.addWidget(button)
            choice.addWidget(detail)
            self.body.addLayout(choice)
            self.formats[key] = button
        self.formats["json"].setChecked(True)
        self.action.clicked.connect(self.export)

    def chosen_format(self) -> str:
        return next(key for key, button in self.formats.items() if button.isChecked())

    def export(self) -> str | None:
        fmt = self.chosen_format()
        suffix = next(s for key, _name, _holds, s in EXPORT_CHOICES if key == fmt)
        out = self.choose_save_path(fmt, f"reconnect-export{suffix}")
        if out is None:
            return None
        if fmt == "pdf":
            return self.run(lambda: self._pdf(out))
        return self.run(lambda: self.data.export(fmt, out, self.report_progress), steps=True)

    def _pdf(self, out: Path) -> str:
        from numbness_desktop.ui.data.pdf_export import write_markdown_pdf

        write_markdown_pdf(self.data.markdown(), out)
        return tr("Exported to {path}. Only you can read it; keep it somewhere safe.").format(
            path=out)

    def _ask_path(self, fmt: str, name: str) -> Path | None:
        start = str(Path.home() / name)
        if fmt == "csv":
            chosen = QFileDialog.getExistingDirectory(
                self, tr("Choose a folder for the CSV files"), str(Path.home()))
            return Path(chosen) / "reconnect-export" if chosen else None
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Export to"), start)
        return Path(chosen) if chosen else None


class ImportDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import"), tr(
            "Bring in a Reconnect JSON export (from this or another computer) or a Daylio CSV "
            "export. Records already here are not added twice. The whole file is checked "
            "first: if anything in it looks wrong, nothing is changed and the first problem "
            "is named."), tr("Choose a file…"), parent)
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
            self, tr("Import from"), str(Path.home()),
            tr("Reconnect or Daylio export (*.json *.csv);;All files (*)"))
        return Path(chosen) if chosen else None


class BackupDialog(DataDialog):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(tr("Back up now"), tr(
            "A checked copy of all your data goes into {folder}. Reconnect also makes one a "
            "day by itself, keeping the last 7 days and 4 weeks of those.").format(
                folder=data.data_dir / "backups"), tr("Back up now"), parent)
        self.data = data
        self.action.clicked.connect(self.back_up)

    def back_up(self) -> str:
        return self.run(self.data.backup_now)


class DeleteEverythingDialog(DataDialog):
    """Typed confirmation; afterwards Reconnect closes, since nothing of yours is left."""

    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(tr("Delete everything"), tr(
            "This removes everything Reconnect keeps for you: your journal, body map, "
            "breathing sessions, practices, safety plan, settings, every backup, unsaved "
            "drafts and the log, from {folder}. It cannot be undone, and there is no copy "
            "anywhere else unless you exported one. Reconnect closes afterwards.").format(
                folder=data.data_dir), tr("Delete everything"), parent)
        self.data = data
        # The words to type stay English until confirmation learns other languages.
        prompt = QLabel(tr("To go ahead, type “{words}” below.").format(words=CONFIRM_WORDS))
        prompt.setWordWrap(True)
        self.body.addWidget(prompt)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(tr("Type delete everything to confirm"))
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
                return ntr("Everything of Reconnect's is deleted. One other file in that "
                           "folder was not Reconnect's and was left alone.",
                           "Everything of Reconnect's is deleted. %n other files in that "
                           "folder were not Reconnect's and were left alone.", len(left))
            return tr("Everything is deleted. Reconnect will now close.")

        line = self.run(work)
        if self.deleted:
            self.action.setEnabled(False)
            self.confirm.setEnabled(False)
        return line
