"""The Safety plan tab: eight sections the person writes while steadier, for harder moments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.safety_plan import SECTIONS
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.autosave import PAUSE_MS
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.country_choice import (
    AskAboutOwn,
    ask_about_own,
    change_country,
    country_box,
    country_note,
    sync_box,
)
from numbness_desktop.ui.i18n import date_time, long_date, tr
from numbness_desktop.ui.layout import centred_column
from numbness_desktop.ui.safety import printing
from numbness_desktop.ui.safety.section_editor import SectionEditor

PAGE_MAX_WIDTH = 860


class SafetyPlanView(QWidget):
    """Every section editable, autosaved, printable."""

    def __init__(self, app_model: AppModel, clock: Clock = system_clock,
                 autosave_ms: int = PAUSE_MS) -> None:
        super().__init__()
        self.app_model = app_model
        self.clock = clock
        self.ask_about_own_numbers: AskAboutOwn = ask_about_own(self)
        self.choose_pdf_path: Callable[[], Path | None] = self._choose_pdf_path
        self._build(autosave_ms)
        app_model.safety.changed.connect(self._refresh_status)
        app_model.safety.changed.connect(self._sync_country)
        app_model.safety.undoAvailableChanged.connect(self._on_undo_available)
        self._refresh_status()
        self._sync_country()

    def _build(self, autosave_ms: int) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        column = centred_column(page, PAGE_MAX_WIDTH, (24, 24, 24, 32), 16)

        title = QLabel(tr("My safety plan"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        intro = QLabel(tr(
            "A plan you write while you feel steadier, for the moments when things get hard. "
            "Go one section at a time and stop whenever you like — everything saves itself. "
            "Reconnect is a self-help companion, not a crisis service: if you are in danger, "
            "use Get help now or call your emergency number."
        ))
        intro.setWordWrap(True)
        # A word longer than the column (a long compound in some languages) must not
        # make the layout give the paragraph fewer lines than it needs.
        intro.setMinimumWidth(1)
        column.addWidget(intro)

        row = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.status_label.setWordWrap(True)  # large text: two lines, never cut
        self.status_label.setMinimumWidth(1)
        self.status_label.setAccessibleDescription(tr("Save status"))
        row.addWidget(self.status_label, 1)
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(tr("Save safety plan as PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setAccessibleName(tr("Print safety plan"))
        self.print_button.clicked.connect(self.print_plan)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        column.addLayout(row)

        self.undo_banner = Banner(tr("Undo"), tr("Undo delete"))
        self.undo_banner.action.clicked.connect(self.undo_delete)
        column.addWidget(self.undo_banner)
        self.info_banner = Banner()
        column.addWidget(self.info_banner)

        self.editors: dict[str, SectionEditor] = {}
        for section in SECTIONS:
            extra = self._country_row() if section.key == "professionals" else None
            editor = SectionEditor(self.app_model, section, extra, autosave_ms)
            editor.saveStateChanged.connect(self._on_save_state)
            editor.deleted.connect(self._on_deleted)
            self.editors[section.key] = editor
            column.addWidget(editor)
        column.addStretch(1)

        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)

    def _country_row(self) -> QWidget:
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(4)
        row = QHBoxLayout()
        label = QLabel(tr("My country:"))
        self.country_box = country_box()
        label.setBuddy(self.country_box)
        self.country_box.activated.connect(self._on_country_picked)
        row.addWidget(label)
        row.addWidget(self.country_box)
        row.addStretch(1)
        outer.addLayout(row)
        self.country_note = QLabel()
        self.country_note.setObjectName("muted")
        self.country_note.setWordWrap(True)
        self.country_note.setMinimumWidth(1)  # as the intro: all its lines, whatever words
        self.country_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.country_note)
        return holder

    # Actions --------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save every section's pending words now; ``False`` if some could not be kept."""
        results = [editor.flush() for editor in self.editors.values()]
        return all(results)

    def first_focus(self) -> QWidget:
        """Where Ctrl+8 puts the keyboard: the first section's words, ready to write (the
        first control in Tab order is Save as PDF, which a screen reader announced instead
        of the plan)."""
        return next(iter(self.editors.values())).text_field

    def undo_delete(self) -> None:
        if self.app_model.safety.undo_delete() is not None:
            self.undo_banner.setVisible(self.app_model.safety.can_undo_delete())
            if self.app_model.safety.can_undo_delete():
                self._show_undo()

    def save_pdf(self) -> Path | None:
        self.flush()
        path = self.choose_pdf_path()
        if path is None:
            return None
        try:
            printing.write_pdf(self.app_model.safety.plan(), path, self._today_text())
        except OSError as error:
            self.app_model.errorOccurred.emit(tr(
                "The PDF couldn't be written there ({reason}). Please pick another folder."
            ).format(reason=error.strerror))
            return None
        self.info_banner.show_message(
            tr("Your safety plan was saved as {path}.").format(path=path))
        return path

    def print_plan(self) -> None:
        self.flush()
        if printing.print_plan(self.app_model.safety.plan(), self._today_text(), self):
            self.info_banner.show_message(tr("Your safety plan was sent to the printer."))

    # Keeping in step -------------------------------------------------------------------------
    def _on_country_picked(self, _index: int) -> None:
        code = self.country_box.currentData()
        if code == self.app_model.safety.plan().country:
            return
        self.flush()
        change_country(self.app_model, code, self.ask_about_own_numbers)
        self._sync_country()

    def _sync_country(self) -> None:
        code = self.app_model.safety.plan().country or "OTHER"
        sync_box(self.country_box, code)
        self.country_note.setText(country_note(code))

    def _on_save_state(self, pending: bool) -> None:
        if pending:
            self.status_label.setText(tr("Saving…"))
        else:
            self._refresh_status()

    def _refresh_status(self) -> None:
        """"All changes saved" only when every section's words are in the store."""
        if any(editor.has_unsaved for editor in self.editors.values()):
            refused = any(editor.save_refused for editor in self.editors.values())
            self.status_label.setText(tr("Not saved yet — see the message above") if refused
                                      else tr("Saving…"))
            return
        edited = self.app_model.safety.plan().updated_at
        if edited:
            self.status_label.setText(tr("All changes saved · last edited {when}").format(
                when=date_time(edited)))
        else:
            self.status_label.setText(tr("Nothing written yet. Start wherever feels easiest."))

    def _on_deleted(self, words: str) -> None:
        self._show_undo(words)

    def _show_undo(self, words: str | None = None) -> None:
        item = self.app_model.safety.last_deleted()
        shown = words if words is not None else (item.display() if item else "")
        self.undo_banner.show_message(
            tr("Removed “{words}”. You can bring it back (Ctrl+Z).").format(words=shown))

    def _on_undo_available(self, available: bool) -> None:
        if not available:
            self.undo_banner.hide()

    def _today_text(self) -> str:
        today = self.clock().date()
        return long_date(QDate(today.year, today.month, today.day))

    # Dialogs (replaceable in tests) ----------------------------------------------------------
    def _choose_pdf_path(self) -> Path | None:
        suggested = str(Path.home() / f"safety-plan-{self.clock().strftime('%Y-%m-%d')}.pdf")
        name, _filter = QFileDialog.getSaveFileName(self, tr("Save my safety plan as PDF"),
                                                    suggested, tr("PDF files (*.pdf)"))
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")


