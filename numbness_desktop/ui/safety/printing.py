"""The safety plan on paper: a PDF file or the printer, from the same HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from numbness_desktop.domain.plan_text import plan_html
from numbness_desktop.domain.safety_plan import SafetyPlan
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.pdf import html_document, write_html_pdf


def plan_document(plan: SafetyPlan, printed_on: str) -> QTextDocument:
    return html_document(plan_html(plan, printed_on))


def write_pdf(plan: SafetyPlan, path: Path, printed_on: str) -> Path:
    """Write the plan as an A4 PDF readable only by the person (0600)."""
    return write_html_pdf(plan_html(plan, printed_on), path, tr("My safety plan"))


def print_plan(plan: SafetyPlan, printed_on: str, parent: QWidget) -> bool:
    """Show the system print dialog and print; ``False`` if the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print my safety plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    plan_document(plan, printed_on).print_(printer)
    return True
