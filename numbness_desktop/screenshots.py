"""Render every tab at 1280×800, offscreen, to PNG files named by the contract's slugs."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 800)
SLUGS = {
    "Today": "today", "Breathe": "breathe", "Body map": "body-map", "Journal": "journal",
    "Trends": "trends", "Safety plan": "safety-plan",
}


def render_all(out_dir: Path, data_dir: Path | None,
               fill_demo: Callable[[Path], None]) -> list[Path]:
    """Demo data in a temporary folder unless ``data_dir`` is given; settings isolated too."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from numbness_desktop.app import configure_application, create_window

    scratch = Path(tempfile.mkdtemp(prefix="reconnect-shots-"))
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setProperty("reconnectNoCrashDialog", True)
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch / "settings"))
        if data_dir is None:
            data_dir = scratch / "data"
            fill_demo(data_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        window = create_window(data_dir)
        window.resize(*SIZE)
        window.show()
        written = []
        for label in window.tab_labels():
            window.show_tab(label)
            for _ in range(3):
                app.processEvents()
            target = out_dir / f"{SLUGS[label]}.png"
            window.grab().save(str(target))
            written.append(target)
        if "Journal" in window.tab_labels():
            written.append(_journal_search_shot(window, app, out_dir))
        panel = window.show_help()
        app.processEvents()
        target = out_dir / "get-help.png"
        panel.grab().save(str(target))
        written.append(target)
        panel.close()
        window.close()
        return written
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _journal_search_shot(window, app, out_dir: Path) -> Path:
    """The journal's search, as a person would see it after typing a word."""
    window.show_tab("Journal")
    window.journal.search_field.setText("chest")
    window.journal.run_search()
    for _ in range(3):
        app.processEvents()
    target = out_dir / "journal-search.png"
    window.grab().save(str(target))
    window.journal.search_field.clear()
    window.journal.show_day_page()
    return target
