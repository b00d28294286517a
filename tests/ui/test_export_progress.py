"""File → Export…: a bar that fills up while a long export is written, none for a quick one.

The threshold (PROGRESS_AFTER_MS) is set to 0 or to an hour instead of timing anything.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.ui.data import dialogs


def _watch(dialog):
    seen = []
    report = dialog.report_progress

    def spy(done, total):
        report(done, total)
        seen.append((dialog.progress.isVisible(), dialog.progress.value(),
                     dialog.progress.maximum()))

    dialog.report_progress = spy
    return seen


def _export(qtbot, dialog, fmt, path):
    qtbot.mouseClick(dialog.formats[fmt], Qt.MouseButton.LeftButton)
    dialog.choose_save_path = lambda _fmt, _name: path
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)


def test_a_long_export_shows_a_bar_filling_up(open_window, qtbot, store, clock, tmp_path,
                                              monkeypatch):
    monkeypatch.setattr(dialogs, "PROGRESS_AFTER_MS", 0)  # "long" from the first step
    JournalRepository(store).add(clock().date().isoformat(), "a walk by the river")
    window = open_window()
    dialog = window.open_data_dialog("Export")
    qtbot.waitExposed(dialog)
    for fmt, name in (("json", "x.json"), ("markdown", "x.md")):
        seen = _watch(dialog)
        _export(qtbot, dialog, fmt, tmp_path / name)
        assert seen and all(visible for visible, _value, _maximum in seen)
        values = [value for _visible, value, _maximum in seen]
        assert values == sorted(values) and values[-1] == seen[-1][2]  # full at the end
        assert not dialog.progress.isVisible()  # gone with the result line
        assert dialog.result.text().startswith("Exported to")
        dialog.report_progress = type(dialog).report_progress.__get__(dialog)
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["journal_entries"]


def test_a_quick_export_shows_no_bar(open_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "PROGRESS_AFTER_MS", 3_600_000)
    window = open_window()
    dialog = window.open_data_dialog("Export")
    qtbot.waitExposed(dialog)
    seen = _watch(dialog)
    _export(qtbot, dialog, "json", tmp_path / "x.json")
    assert seen and not any(visible for visible, _value, _maximum in seen)
    assert dialog.result.text().startswith("Exported to")
