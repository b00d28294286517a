"""The window's own words go through the translator: with the pseudo-locale (every string 40 %
longer, in brackets) Get help now, the data dialogs and the tabs show nothing untranslated
and cut nothing; dates follow the locale (ui/formatting.py)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from numbness_desktop.ui import formatting
from tests.ui.clipping import clipped


def _untranslated(root, allowed=()) -> list[str]:
    """Visible words not in brackets (numbers, paths and the person's own words allowed)."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        text = widget.text().replace("&", "")
        if (widget.isVisible() and text and not text.startswith("[")
                and any(c.isalpha() for c in text) and not text.startswith(allowed)):
            found.append(text[:50])
    return found


def test_the_tabs_and_banners_are_translated(pseudo, open_window):
    window = open_window()
    assert all(window.tabs.tabText(i).startswith("[") for i in range(window.tabs.count()))
    assert window.tab_labels()[0] == "Today"  # the contract's names stay as they are
    assert window.current_tab() == "Today"
    assert window.help_button.text().startswith("[Get help now")
    assert window.kept_banner.close_button.text().startswith("[Not now")


def test_get_help_now_is_translated_and_nothing_is_cut(pseudo, open_window, qtbot):
    window = open_window()
    panel = window.show_help()
    qtbot.waitExposed(panel)
    assert _untranslated(panel) == []
    assert panel.windowTitle().startswith("[Get help now")
    assert clipped(panel) == []


@pytest.mark.parametrize("name", ["Export", "Import", "Back up now", "Delete everything"])
def test_the_data_dialogs_are_translated_and_nothing_is_cut(pseudo, open_window, qtbot, name):
    window = open_window()
    dialog = window.open_data_dialog(name)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("[")
    assert _untranslated(dialog) == []
    assert clipped(dialog) == []


def test_dates_and_times_follow_the_locale(qapp):
    moment = datetime(2026, 11, 26, 14, 5)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.C))
        assert formatting.long_date(moment) == "Thursday 26 November 2026"
        assert formatting.friendly_time(moment.astimezone().isoformat()) == \
            "Thu 26 Nov 2026 at 14:05"
        QLocale.setDefault(QLocale("en_US"))
        assert formatting.long_date(moment) == "Thursday, November 26, 2026"
        assert formatting.time_of_day(moment).replace("\u202f", " ") == "2:05 PM"
        assert formatting.weekday(moment, short=True) == "Thu"
        QLocale.setDefault(QLocale("de_DE"))
        assert formatting.long_date(moment) == "Donnerstag, 26. November 2026"
        assert formatting.medium_date(moment) == "Do., 26. Nov. 2026"
        assert formatting.short_date(moment) == "26.11.26"
        assert formatting.month_name(moment) == "November"
        assert formatting.time_of_day(moment) == "14:05"
    finally:
        QLocale.setDefault(QLocale.system())
