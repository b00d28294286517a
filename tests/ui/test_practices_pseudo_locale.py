"""Practices in a pseudo-locale (every translated string bracketed and 40 % longer): every word
shown went through the translator, and nothing is cut — on the tab and inside a practice."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from numbness_desktop.domain.practices import CheckInState
from numbness_desktop.ui.practices.view import PRACTICE_TARGETS
from tests.ui.clipping import clipped


def untranslated(root: QWidget) -> list[str]:
    """Shown words outside [brackets] (numbers and punctuation may stand alone)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if "<" in text:
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        outside = re.sub(r"\[[^\[\]]*\]", "", re.sub(r"\[[^\[\]]*\]", "", text))
        if re.search(r"[^\W\d_]", outside.replace("&", "")):
            found.append(f"{type(widget).__name__} {widget.text()!r}")
    return found


def settle(qtbot, root: QWidget) -> None:
    """Wait until ``root``'s layouts have settled: every widget in it keeps its place, size
    and visibility over three turns of the event loop. (Layouts work through posted
    requests, and a row that reflows at its new width asks again, so a page takes a few
    turns; a fixed 30 ms wait gave it fewer on a busy machine, and the test failed once.)"""
    seen: list[list[tuple[bool, object]]] = []

    def unchanged() -> bool:
        seen.append([(widget.isVisible(), widget.geometry())
                     for widget in root.findChildren(QWidget)])
        return len(seen) >= 4 and seen[-1] == seen[-2] == seen[-3] == seen[-4]

    qtbot.waitUntil(unchanged)


def test_practices_words_are_all_translated_and_whole(pseudo, open_window, qtbot):
    window = open_window()
    window.show_tab("Practices")
    view = window.practices
    view.check_in.preset(CheckInState.SHUT_DOWN)
    view.check_in.connected.buttons[3].click()
    view.check_in.save()  # the reply and the suggestions too
    page = window.tabs.currentWidget()
    settle(qtbot, page)
    assert view.check_in.save_button.text().startswith("[Save check-in")
    assert (untranslated(page), clipped(page)) == ([], [])
    for target in PRACTICE_TARGETS:
        frame = view.open_target(target)
        settle(qtbot, page)
        assert frame.start_button.text().startswith("[Start")
        assert (target, untranslated(frame), clipped(page)) == (target, [], [])
        frame.begin()
        settle(qtbot, page)
        assert (target, untranslated(frame), clipped(page)) == (target, [], [])
        frame.end(completed=True)
        settle(qtbot, page)
        assert (target, untranslated(frame), clipped(page)) == (target, [], [])
        view.show_home()
