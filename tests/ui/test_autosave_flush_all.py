"""flush_all saves every Autosave inside a window, found without walking Qt's children."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from numbness_desktop.ui.autosave import Autosave, flush_all


def test_flushes_fields_inside_the_window_dialogs_included_and_no_others(qtbot):
    window, elsewhere = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(elsewhere)
    inner = QWidget(window)
    dialog = QDialog(window)  # a separate top-level window, but a child in the QObject tree
    saved: list[str] = []
    autosaves = {name: Autosave(lambda name=name: saved.append(name), parent=parent)
                 for name, parent in (("field", inner), ("dialog", dialog),
                                      ("window", window), ("elsewhere", elsewhere))}
    for autosave in autosaves.values():
        autosave.poke()
    autosaves["window"].flush()  # already saved: nothing waits any more
    saved.clear()
    flush_all(window)
    assert sorted(saved) == ["dialog", "field"]
    assert autosaves["elsewhere"].pending  # another window's words wait for their own flush
    assert not autosaves["field"].pending


def test_a_deleted_field_is_skipped(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    field = QWidget(window)
    saved: list[int] = []
    autosave = Autosave(lambda: saved.append(1), parent=field)
    autosave.poke()
    field.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(QWidget))
    flush_all(window)  # the Autosave went with its field: nothing to save, no error
    assert saved == []
