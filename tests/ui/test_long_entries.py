"""Long entries stay quick: a 1 MB entry opens in ≤ 200 ms and a keystroke takes ≤ 16 ms,
because the word count recounts only the edited paragraph (never the whole text per key)."""

from __future__ import annotations

import random
import statistics
import time

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from numbness_desktop.domain.journal import word_count
from numbness_desktop.ui.autosave import Autosave
from numbness_desktop.ui.journal.view import JournalView

PARAGRAPH = ("I noticed the grey feeling again this morning, and the light on the wall. " * 8
             + "\n\n")


@pytest.fixture(autouse=True)
def no_saving_after_the_test(qtbot):
    """The store closes when a test ends; nothing may still be waiting to write to it."""
    yield
    for widget in QApplication.topLevelWidgets():
        for waiting in widget.findChildren(Autosave):
            waiting.cancel()


def megabyte_text() -> str:
    return (PARAGRAPH * (1_000_000 // len(PARAGRAPH) + 1))[:1_000_000]


def test_the_word_count_follows_every_kind_of_edit(app_model, clock, qtbot):
    view = JournalView(app_model, clock)
    qtbot.addWidget(view)
    editor = view.editor
    rng = random.Random(4)
    editor.setPlainText("one two\n\nthree  four five\nsix")
    for _ in range(300):
        cursor = editor.textCursor()
        length = len(editor.toPlainText())
        cursor.setPosition(rng.randint(0, length))
        if rng.random() < 0.3:
            cursor.setPosition(rng.randint(0, length), cursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(["a", " ", "\n", "word ", "", "x y\nz", "\n\n"]))
        assert view.words.total == word_count(editor.toPlainText())
    editor.undo()
    editor.undo()
    assert view.words.total == word_count(editor.toPlainText())


def test_a_megabyte_entry_opens_quickly_and_typing_in_it_stays_quick(app_model, clock,
                                                                      qtbot):
    day = clock().date().isoformat()
    big = app_model.journal.add_entry(day, megabyte_text())
    small = app_model.journal.add_entry(day, "a short one")
    view = JournalView(app_model, clock)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    app = QApplication.instance()
    opened = []
    for _ in range(3):
        view.open_entry(small.id)
        app.processEvents()
        started = time.perf_counter()
        view.open_entry(big.id)
        app.processEvents()
        opened.append(time.perf_counter() - started)
    assert min(opened) <= 0.200, f"opening 1 MB took {min(opened) * 1000:.0f} ms"
    assert view.word_count_label.text() == f"{word_count(megabyte_text())} words"
    view.editor.setFocus()
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    keys = []
    for letter in "typing goes on":
        started = time.perf_counter()
        QTest.keyClick(view.editor, letter)
        keys.append(time.perf_counter() - started)
    assert statistics.median(keys) <= 0.016, f"keys took {[round(k * 1000) for k in keys]} ms"
    assert view.editor.toPlainText().endswith("typing goes on")
