"""The journal's search box finds Learn pages too (issue 14): listed beside the journal's own
results, marked as Learn pages, and opened by keyboard or click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from numbness_desktop.ui.journal.learn_results import highlight


def tab_to(qtbot, window, target, limit: int = 40) -> None:
    """Press Tab as a person would until ``target`` has the keyboard focus."""
    for _ in range(limit):
        if target.hasFocus():
            return
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        qtbot.wait(5)
    assert target.hasFocus(), f"Tab never reached {target.accessibleName()!r}"


def test_a_learn_page_found_from_the_journal_opens_by_keyboard(open_window, qtbot):
    window = open_window()
    window.app_model.journal.add_entry("2026-11-20", "Out of my window the rain.")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.journal
    panel = view.search_panel
    qtbot.keyClicks(view.search_field, "window of tolerance")
    qtbot.waitUntil(lambda: panel.learn_model.rowCount() > 0, timeout=2000)
    assert panel.learn_box.isVisible()
    first = panel.learn_model.index(0, 0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Learn page: The window of tolerance.")
    assert "<span class='hit'>window</span>" in first.data(Qt.ItemDataRole.UserRole + 2)
    assert panel.model.rowCount() == 1  # the journal's own match is there too, first
    assert panel.learn_results.accessibleName() == "Learn pages found"

    tab_to(qtbot, window, panel.learn_results)
    if not panel.learn_results.currentIndex().isValid():
        QTest.keyClick(panel.learn_results, Qt.Key.Key_Down)
    assert panel.learn_results.currentIndex().row() == 0
    QTest.keyClick(panel.learn_results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_tab() == "Support", timeout=2000)
    section = window.support.show_section("learn")
    assert section.current_id == "window-of-tolerance"
    assert "window of tolerance" in section.page_text().lower()


def test_learn_pages_alone_say_so_and_a_click_opens_one(open_window, qtbot):
    window = open_window()
    window.search_journal()
    view = window.journal
    panel = view.search_panel
    qtbot.keyClicks(view.search_field, "EMDR")
    qtbot.waitUntil(lambda: panel.learn_model.rowCount() > 0, timeout=2000)
    assert panel.model.rowCount() == 0
    assert panel.summary.text().startswith("Nothing in your journal matches.")
    assert "Learn page" in panel.summary.text()
    ids = [panel.learn_model.page_id(row) for row in range(panel.learn_model.rowCount())]
    row = ids.index("emdr")
    rect = panel.learn_results.visualRect(panel.learn_model.index(row, 0))
    qtbot.mouseClick(panel.learn_results.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: window.current_tab() == "Support", timeout=2000)
    assert window.support.show_section("learn").current_id == "emdr"


def test_no_words_no_learn_pages(open_window, qtbot):
    window = open_window()
    window.search_journal()
    panel = window.journal.search_panel
    window.journal.run_search()
    assert panel.learn_model.rowCount() == 0 and not panel.learn_box.isVisible()
    window.journal.search_field.setText("zzzz-nowhere")
    window.journal.run_search()
    assert panel.learn_model.rowCount() == 0 and not panel.learn_box.isVisible()
    assert panel.summary.text().startswith("Nothing found.")


def test_highlight_escapes_and_marks_every_typed_word():
    assert highlight("A <b> window, Of", "of window") == (
        "A &lt;b&gt; <span class='hit'>window</span>, <span class='hit'>Of</span>")
    assert highlight("plain", "") == "plain"
