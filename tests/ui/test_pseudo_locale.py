"""A pseudo-locale (every translated string 40 % longer, in [brackets]) cuts nothing that is
translated, and every word a person reads went through the translator.

The groundwork for translations (issue 15, point 7): the menus, Settings and About, every tab,
and the welcome, WHO-5 and reminders dialogs pass their words through Qt's translator
(ui/i18n.py); plurals and the locale's numbers, dates and times have their own helpers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.main_window import TAB_ORDER
from tests.ui.clipping import clipped

# Tabs still being converted by their owners: a tab name here skips that tab ("tab bar"
# would skip the tab titles). Empty since every tab reached main translated.
NOT_YET: set[str] = set()
# Widgets inside Today and Support that belong to other views, by class name, skipped while
# their owners convert them (empty, like NOT_YET).
NOT_YET_WIDGETS: set[str] = set()
# Every person's own words seeded below start with this, so they are plainly data.
DATA = "Data:"


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


# Every tab and dialog ---------------------------------------------------------------------
def _skipped(widget: QWidget, root: QWidget) -> bool:
    """Inside a widget of another view's class still being converted (NOT_YET_WIDGETS)."""
    while widget is not None and widget is not root:
        if type(widget).__name__ in NOT_YET_WIDGETS:
            return True
        widget = widget.parentWidget()
    return False


def _is_data(text: str, locale_words: set[str]) -> bool:
    """Words that are not ours to translate: numbers, times and punctuation only; a date or
    a day's name as the locale writes it; or the person's own words (seeded with DATA)."""
    if not re.search(r"[^\W\d_]", text):
        return True
    return text in locale_words or text.startswith(DATA)


def untranslated(root: QWidget, locale_words: set[str] = frozenset()) -> list[str]:
    """The visible texts under ``root`` that did not pass through the translator."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _skipped(widget, root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        text = re.sub(r"<[^>]+>", "", text).strip()  # rich text: its words
        if text and not text.startswith("[") and not _is_data(text, locale_words):
            found.append(f"{type(widget).__name__}: {text[:60]!r}")
    return found


def _locale_words(clock) -> set[str]:
    """The dates and day names shown as the locale writes them, around the test's day."""
    today = clock().date()
    locale = QLocale()
    words = set()
    for offset in range(-1, 15):
        day = QDate(today.year, today.month, today.day).addDays(offset)
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.toString(day, form))
    return words


def _seed(window) -> None:
    """A person's own words, plainly data, shown on Today and Support."""
    app_model = window.app_model
    app_model.safety.add_item("help_people", f"{DATA} Sam", "0123 456")
    app_model.support.values.add(area="Relationships", goal=f"{DATA} walk with Sam",
                                 next_step=f"{DATA} ask on Sunday", review_day="",
                                 status="active")


def test_every_tab_is_translated_and_nothing_is_cut(pseudo, open_window, qtbot, clock):
    window = open_window()
    _seed(window)
    window.today.two_weeks.start_button.click()  # the plan's steps shown too
    locale_words = _locale_words(clock)
    cut, words = {}, {}
    for label in TAB_ORDER:
        if label in NOT_YET or not window.show_tab(label):
            continue
        qtbot.wait(20)
        page = window.tabs.currentWidget()
        cut[label] = clipped(page)
        words[label] = untranslated(page, locale_words)
    assert "Today" in cut and "Support" in cut
    assert cut == {label: [] for label in cut}
    assert words == {label: [] for label in words}
    if "tab bar" not in NOT_YET:
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert all(title.startswith("[") for title in titles), titles


def test_every_support_section_is_translated(pseudo, open_window, qtbot, clock):
    window = open_window()
    _seed(window)
    window.show_tab("Support")
    support = window.support
    found = {}
    for row in range(support.nav.count()):
        section = support.show_row(row)
        qtbot.wait(20)
        title = support.nav.item(row).text()
        assert title.startswith("["), title
        found[title] = clipped(section) + untranslated(section, _locale_words(clock))
    assert found == {title: [] for title in found}
    learn = support.show_section("learn")
    page = learn.page_text()  # the page's title, paragraphs and headings, each translated
    assert page.startswith("[") and "\n[If you are in danger now" in page
    shown = learn.list.model().index(0, 0).data()
    assert shown.startswith("["), shown  # the page list's titles too


def test_the_dialogs_are_translated_and_nothing_is_cut(pseudo, open_window, qtbot, clock):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.reminder_tray is not None, timeout=3000)
    words = _locale_words(clock)
    found = {}

    companions = window.companions
    assert window.offer_wellbeing(clock().date()) == "plan_start"
    found["WHO-5 offer"] = untranslated(companions.wellbeing_offer.banner, words)

    welcome = window.show_welcome()
    qtbot.waitExposed(welcome)
    for step in range(welcome.stack.count()):
        welcome.go(step)
        qtbot.wait(10)
        found[f"welcome {step + 1}"] = clipped(welcome) + untranslated(welcome, words)
    welcome.skip()

    check = window.open_wellbeing()
    qtbot.waitExposed(check)
    qtbot.wait(20)  # the answers settle into as many columns as fit
    found["WHO-5 questions"] = clipped(check) + untranslated(check, words)
    for item in range(5):
        check.answer(item, 1)
    check.save()
    qtbot.wait(10)
    found["WHO-5 result"] = clipped(check) + untranslated(check, words)
    check.close()
    window.show_tab("Trends")  # its WHO-5 card is ours, while the rest of Trends is NOT_YET
    qtbot.waitUntil(lambda: window.trends.wellbeing_card.reading.text() != "", timeout=3000)
    card = window.trends.wellbeing_card
    found["WHO-5 in Trends"] = clipped(card) + untranslated(card, words)

    settings = window.show_settings()
    qtbot.waitExposed(settings)
    reminders = settings.show_page("Reminders")
    reminders.enabled.click()  # on, with one reminder to show its row
    qtbot.wait(10)
    found["reminders"] = clipped(reminders) + untranslated(reminders, words)
    settings.close()

    companions.reminder_tray.invited.emit("", "A moment to check in, if you like",
                                          "How are you, right now?")
    found["invitation"] = untranslated(companions.invitation_bar, words)
    assert found == {name: [] for name in found}
