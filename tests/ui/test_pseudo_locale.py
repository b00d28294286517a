"""A pseudo-locale (every translated string 40 % longer) cuts nothing that is translated.

The groundwork for translations: the menus, Settings and About pass their words through
Qt's translator (ui/i18n.py); plurals and the locale's numbers have their own helpers.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from numbness_desktop.ui.i18n import PseudoTranslator, ntr, number, tr
from tests.ui.clipping import clipped


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_plurals_and_numbers_without_a_translation():
    assert ntr("%n entry", "%n entries", 1) == "1 entry"
    assert ntr("%n entry", "%n entries", 3) == "3 entries"
    assert tr("Settings") == "Settings"
    assert number(2.0, 1) in ("2.0", "2,0")


def test_longer_words_are_not_cut(pseudo, open_window, qtbot):
    assert tr("Settings").startswith("[Settings~")
    window = open_window()
    file_menu = window.menus["File"]
    assert file_menu.title().startswith("[&File")
    # Reconnect's own entries (others' entries join the translator as their owners add it)
    assert all(window.actions_by_name[name].text().startswith("[")
               for name in ("Settings", "Quit", "Undo", "Find", "About"))
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    found = {}
    for title in dialog.page_titles():
        page = dialog.show_page(title)
        qtbot.wait(10)
        found[title] = clipped(page)
    assert found == {title: [] for title in dialog.page_titles()}
    about = window.show_about()
    qtbot.waitExposed(about)
    assert "[Free software under the MIT licence." in about.text()
    assert clipped(about) == []
