"""Settings at 200 % text on an 800×600 screen: every page whole, none scrolling sideways.

The dialog once kept its sections in a column as wide as "Country & crisis line" at 200 %
(352 px of a 760 px dialog), and five of the eight pages scrolled sideways (Reminders needed
821 px in 340). Now the sections go above the page when the page would be too narrow, and
long check boxes wrap their words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QScrollArea, QVBoxLayout, QWidget

from numbness_desktop.ui import theme
from numbness_desktop.ui.settings.dialog import SettingsDialog
from numbness_desktop.ui.settings.wrapping import WrapCheckBox
from tests.ui.clipping import clipped

SMALL_SCREEN_DIALOG = (760, 540)  # what the dialog takes on an 800×600 screen (−40, −60)


@pytest.fixture
def dialog_at(app_model, qtbot, qapp):
    made = []

    def make(scale: float, size: tuple[int, int] = SMALL_SCREEN_DIALOG) -> SettingsDialog:
        theme.apply_theme(qapp, scale)
        dialog = SettingsDialog(app_model)
        qtbot.addWidget(dialog)
        dialog.resize(*size)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.size().toTuple() == size)
        qtbot.waitUntil(lambda: dialog.stack.geometry().bottom() > dialog.height() // 2)
        made.append(dialog)
        return dialog

    yield make
    theme.apply_theme(qapp, 1.0)


def outside_the_page(scroll: QScrollArea) -> list[str]:
    """Controls (or any shown widget) reaching past the right edge of what can be seen."""
    room = scroll.viewport().width()
    found = []
    for widget in scroll.widget().findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        right = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
        if right > room + 1:
            found.append(f"{type(widget).__name__} {widget.accessibleName()!r} "
                         f"ends at {right} of {room}")
    return found


@pytest.mark.parametrize("scale", [2.0, 1.5])
def test_no_page_scrolls_sideways_on_a_small_screen(scale, dialog_at, qtbot):
    dialog = dialog_at(scale)
    assert dialog.sections.above  # the names in rows above the page
    assert dialog.sections.geometry().bottom() < dialog.stack.geometry().top()
    found = {}
    for title in dialog.page_titles():
        dialog.show_page(title)
        scroll = dialog.stack.currentWidget()
        qtbot.waitUntil(lambda scroll=scroll: scroll.widget().width() > 1)
        qtbot.wait(10)
        problems = outside_the_page(scroll) + clipped(scroll.widget())
        if scroll.horizontalScrollBar().isVisible():
            problems.append("a sideways scroll bar")
        found[title] = problems
    assert found == {title: [] for title in dialog.page_titles()}
    # Every section name shows whole inside the list, on its rows.
    names = dialog.sections
    for row in range(names.count()):
        rect = names.visualItemRect(names.item(row))
        assert names.viewport().rect().contains(rect), names.item(row).text()


def test_sections_above_are_reached_with_the_arrow_keys(dialog_at, qtbot):
    dialog = dialog_at(2.0)
    dialog.sections.setFocus()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Right)
    assert dialog.sections.currentRow() == 1
    assert dialog.stack.currentIndex() == 1
    qtbot.keyClick(dialog.sections, Qt.Key.Key_End)
    assert dialog.page_titles()[dialog.stack.currentIndex()] == "Data"


def test_normal_text_keeps_the_column_beside_the_page(dialog_at):
    dialog = dialog_at(1.0)
    assert not dialog.sections.above
    assert dialog.sections.geometry().right() < dialog.stack.geometry().left()
    assert dialog.sections.width() == 220  # as before


def test_large_text_on_a_large_screen_keeps_the_column(dialog_at, qtbot):
    """Room enough (the dialog on a 1280×800 screen at 200 %): the column stays beside."""
    dialog = dialog_at(2.0, (1240, 740))
    assert not dialog.sections.above
    qtbot.waitUntil(lambda: dialog.stack.geometry().top() < dialog.sections.height())
    assert dialog.sections.geometry().right() < dialog.stack.geometry().left()
    assert dialog.stack.currentWidget().horizontalScrollBar().isVisible() is False


def test_resizing_moves_the_sections_back_beside(dialog_at, qtbot):
    dialog = dialog_at(2.0)
    assert dialog.sections.above
    dialog.resize(1240, 740)
    qtbot.waitUntil(lambda: dialog.sections.geometry().right() < dialog.stack.geometry().left())
    assert not dialog.sections.above
    assert dialog.sections.maximumHeight() > 1000  # no longer held to the rows' height


def test_a_long_check_box_wraps_on_the_page(dialog_at, qtbot):
    dialog = dialog_at(2.0)
    page = dialog.show_page("Reminders")
    box = page.close_to_tray
    assert isinstance(box, WrapCheckBox)
    qtbot.waitUntil(lambda: box.isVisible() and box.width() > 1)
    assert box.height() >= 2 * box.fontMetrics().height()  # a second line, not cut
    assert box.accessibleName() == "Close to tray"


def test_a_wrapped_check_box_takes_clicks_and_keys_on_every_line(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    box = WrapCheckBox("When I close the window, keep Reconnect in the tray")
    box.setAccessibleName("Close to tray")
    layout.addWidget(box)
    layout.addStretch(1)
    holder.resize(box.minimumSizeHint().width() + 40, 300)
    holder.show()
    qtbot.waitUntil(lambda: box.height() >= 3 * box.fontMetrics().height())
    assert isinstance(box, QAbstractButton)
    last_line = QPoint(box.width() // 2, box.height() - box.fontMetrics().height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=last_line)
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    holder.resize(900, 300)  # room for one line: as tall as a plain check box
    qtbot.waitUntil(lambda: box.width() > 800)
    assert box.height() == QCheckBox(box.text()).sizeHint().height()


@pytest.mark.parametrize("scale", [2.0, 1.0])
def test_a_reminder_row_added_later_fits_too(scale, dialog_at, qtbot):
    """A page that grows after the dialog is placed (turning reminders on adds a row: kind,
    time, On, Remove) still fits: the sections move above it if it needs the room."""
    dialog = dialog_at(scale)
    page = dialog.show_page("Reminders")
    page.enabled.click()
    qtbot.waitUntil(lambda: len(page.rows()) == 1 and page.rows()[0].isVisible())
    scroll = dialog.stack.currentWidget()
    row = page.rows()[0]
    qtbot.waitUntil(lambda: row.remove.width() >= row.remove.minimumSizeHint().width())
    assert not scroll.horizontalScrollBar().isVisible()
    assert outside_the_page(scroll) == [] and clipped(page) == []
