"""A readable PDF of everything: the markdown export, typeset by Qt, private to the person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from numbness_desktop.ui.pdf import write_html_pdf


def write_markdown_pdf(markdown: str, path: Path) -> Path:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return write_html_pdf(document.toHtml(), path, "Reconnect — everything I have written")
