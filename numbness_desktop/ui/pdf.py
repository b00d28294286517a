"""Private A4 PDFs from simple HTML: the safety plan and the summary for an appointment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from numbness_desktop import paths

BODY_FONT = ("DejaVu Sans", 11)


def html_document(html: str) -> QTextDocument:
    """A text document in real 11 pt type (for PDF, print and preview alike)."""
    document = QTextDocument()
    document.setDefaultFont(QFont(*BODY_FONT))
    document.setHtml(html)
    return document


def write_html_pdf(html: str, path: Path, title: str) -> Path:
    """Write ``html`` as an A4 PDF readable only by the person (0600)."""
    path.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
    paths.make_private_file(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Reconnect")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    html_document(html).print_(writer)
    return path
