"""Support at 200 % text in the smallest window (1024×640): the section list runs across the
top and the introduction opens the page, so the page has the whole width and most of the
height; every section stays reachable by keyboard under its accessible name.

There the title and a three-line introduction once took a third of the height and the list
328 px of the width: the page was 236 px tall and cut at its right edge ("safety plan'")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from numbness_desktop.ui.main_window import MIN_SIZE
from numbness_desktop.ui.support.sections import SECTIONS
from tests.ui.test_support_view import tab_to


def open_support(window_at, qtbot, qapp, scale, size=MIN_SIZE):
    window = window_at(scale, size)
    window.show_tab("Support")
    view = window.support
    qtbot.waitUntil(lambda: view.stack.isVisible())
    qapp.processEvents()
    return window, view


def test_the_list_goes_above_and_the_page_has_the_width(window_at, qtbot, qapp):
    _, view = open_support(window_at, qtbot, qapp, 2.0)
    assert view.compact
    nav, holder = view.nav, view.stack.currentWidget()
    # the list above the page, all its titles whole on rows that show
    assert nav.geometry().bottom() < view.stack.geometry().top()
    for row in range(nav.count()):
        rect = nav.visualRect(nav.model().index(row, 0))
        assert nav.viewport().rect().contains(rect), nav.item(row).text()
        assert rect.width() >= nav.fontMetrics().horizontalAdvance(nav.item(row).text())
    assert nav.height() <= 2 * nav.sizeHintForRow(0) + 12  # one row (two at most)
    # the page: (nearly) the view's width, and more than half the view's height
    assert view.stack.width() >= view.width() - 60
    assert view.stack.height() > view.height() / 2
    # the introduction opens the page and scrolls with it; nothing of the page is cut
    sheet = holder.widget()
    assert view.lead.parentWidget() is sheet and view.lead.isVisible()
    assert view.lead.y() == 0
    people = view.built["people"]
    assert people.y() > view.lead.geometry().bottom()
    assert sheet.width() <= holder.viewport().width()
    assert not holder.horizontalScrollBar().isVisible()


def test_every_section_by_keyboard_and_the_introduction_follows(window_at, qtbot, qapp):
    window, view = open_support(window_at, qtbot, qapp, 2.0)
    tab_to(window, view.nav)
    assert view.nav.accessibleName() == "Support sections"
    for row, section in enumerate(SECTIONS):
        assert view.nav.currentRow() == row
        holder = view.stack.currentWidget()
        assert holder.accessibleName() == section.title
        assert view.lead.parentWidget() is holder.widget()
        QTest.keyClick(view.nav, Qt.Key.Key_Right)  # a row runs left to right
        qapp.processEvents()


def test_back_beside_the_page_when_the_window_grows(window_at, qtbot, qapp):
    window, view = open_support(window_at, qtbot, qapp, 2.0)
    view.show_section("values")
    assert view.compact
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not view.compact)
    assert view.lead.parentWidget() is view  # under the title again
    qtbot.waitUntil(lambda: view.nav.geometry().right() < view.stack.geometry().left())
    assert not view.nav.verticalScrollBar().isVisible()


def test_the_usual_sizes_keep_the_list_beside_the_page(window_at, qtbot, qapp):
    for scale, size in ((1.0, MIN_SIZE), (1.0, (1280, 800)), (1.5, MIN_SIZE), (2.0, (1280, 800))):
        window, view = open_support(window_at, qtbot, qapp, scale, size)
        assert not view.compact, (scale, size)
        assert view.lead.parentWidget() is view
        assert view.nav.geometry().right() < view.stack.geometry().left()
        window.close()


def test_learn_gets_the_width_the_side_list_once_took(window_at, qtbot, qapp):
    """Learn's page list was held at its 220 px minimum there (titles on four lines)."""
    from numbness_desktop.ui.learn import view as learn_view

    _, view = open_support(window_at, qtbot, qapp, 2.0)
    learn = view.show_section("learn")
    learn.show_page("numbness")
    qtbot.waitUntil(lambda: learn.text.isVisible())
    qapp.processEvents()
    qtbot.waitUntil(lambda: learn.splitter.sizes()[0] > learn_view.SIDE_MIN_WIDTH + 40)
    assert learn.reader.width() >= learn.reader.minimumWidth()
    pages = learn.list
    first = pages.visualRect(pages.model().index(0, 0))
    assert first.height() <= 3 * pages.fontMetrics().lineSpacing() + 24  # three lines at most


def test_a_wrapped_person_keeps_their_lines_under_the_name(window_at, qtbot, qapp):
    """People show the safety plan's numbered entries: wrapped lines start under the words
    there too, not under the number."""
    from tests.ui.test_safety_plan_large_text import assert_hanging_indent

    window, view = open_support(window_at, qtbot, qapp, 2.0)
    people = view.built["people"]
    window.app_model.safety.add_item(
        "help_people", "Sam (my sister), who lives ten minutes away and is usually up late",
        "07700 900123")
    qtbot.waitUntil(people.people_list.isVisible)
    qapp.processEvents()
    view.stack.currentWidget().ensureWidgetVisible(people.people_list)
    qapp.processEvents()
    assert_hanging_indent(people.people_list, 0)
