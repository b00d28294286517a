"""Long entries stay quick because the word count reads only what changed: a keystroke
recounts the paragraph it lands in, never the whole text, and opening an entry counts it
once. (How quick, in ms, is measured by ``benchmarks/run.py --only journal``.)"""

from __future__ import annotations

import random

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


def test_a_keystroke_in_a_megabyte_entry_recounts_only_its_own_paragraph(app_model, clock,
                                                                          qtbot):
    day = clock().date().isoformat()
    text = megabyte_text()
    big = app_model.journal.add_entry(day, text)
    small = app_model.journal.add_entry(day, "a short one")
    view = JournalView(app_model, clock)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(2):  # opened again after another entry, it is read afresh
        view.open_entry(small.id)
        assert view.word_count_label.text() == "3 words"
        read = view.words.scanned
        view.open_entry(big.id)
        assert view.words.scanned - read <= len(text)  # counted once, not once per step
        assert view.word_count_label.text() == f"{word_count(text)} words"
    editor = view.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for letter in "typing goes on":
        read = view.words.scanned
        QTest.keyClick(editor, letter)
        paragraph = editor.textCursor().block().text()
        assert view.words.scanned - read <= len(paragraph) < 1000, letter
    assert editor.toPlainText() == text + "typing goes on"
    assert view.words.total == word_count(text + "typing goes on")
    assert view.word_count_label.text() == f"{view.words.total} words"
