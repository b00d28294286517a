"""The safety plan on paper: a PDF file or the printer, from the same HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from numbness_desktop import paths
from numbness_desktop.domain.plan_text import plan_html
from numbness_desktop.domain.safety_plan import SafetyPlan


def plan_document(plan: SafetyPlan, printed_on: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.setHtml(plan_html(plan, printed_on))
    return document


def write_pdf(plan: SafetyPlan, path: Path, printed_on: str) -> Path:
    """Write the plan as an A4 PDF readable only by the person (0600)."""
    path.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
    paths.make_private_file(path)
    writer = QPdfWriter(str(path))
    writer.setTitle("My safety plan")
    writer.setCreator("Reconnect")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    plan_document(plan, printed_on).print_(writer)
    return path


def print_plan(plan: SafetyPlan, printed_on: str, parent: QWidget) -> bool:
    """Show the system print dialog and print; ``False`` if the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print my safety plan")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    plan_document(plan, printed_on).print_(printer)
    return True
