"""The damaged-data dialog has a calm, deliberate width: 680 px at the usual text size (it
once came out 434 px without a backup and 642 with one: the layout's minimum overrode the
680), wider with large text for a comfortable line, never wider than the screen (1049 px at
200 %, beyond a 1024 px screen). Every word and button shows whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from numbness_desktop import paths
from numbness_desktop.store.backup import newest_good
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.maintenance import backup_now
from numbness_desktop.ui import theme
from numbness_desktop.ui.data import damage_dialog
from numbness_desktop.ui.data.damage_dialog import DamageDialog

FOUND = "The data file is damaged: part of it can't be read."
MOVED = "/home/someone/.local/share/numbness-desktop/set-aside/2026-12-02-0712-damaged"


@pytest.fixture
def newest(data_dir, clock):
    store = open_store(data_dir, clock)
    JournalRepository(store).add("2026-11-26", "safe in the backup")
    backup_now(data_dir, datetime(2026, 11, 30, 21, 5, tzinfo=UTC))
    store.close()
    return newest_good(paths.backup_dir(data_dir))


@pytest.fixture
def dialog_at(qtbot, qapp):
    def make(scale: float, backup) -> DamageDialog:
        theme.apply_theme(qapp, scale)
        dialog = DamageDialog(FOUND, MOVED, backup, lambda: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    theme.apply_theme(qapp, 1.0)


def buttons(dialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.isVisible()]


def assert_whole(dialog) -> None:
    for label in dialog.findChildren(QLabel):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert dialog.rect().contains(label.geometry())
    for button in buttons(dialog):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight()))


@pytest.mark.parametrize("with_backup", [True, False])
def test_the_intended_width_at_the_usual_size(with_backup, dialog_at, newest):
    dialog = dialog_at(1.0, newest if with_backup else None)
    assert dialog.width() == damage_dialog.WIDTH == 680
    assert_whole(dialog)
    names = [b.accessibleName() for b in buttons(dialog)]
    assert names[0] == "Get help now"
    assert ("Restore the newest good backup" in names) is with_backup
    # One row: every button on the line of Get help now.
    assert {b.geometry().top() for b in buttons(dialog)} == {dialog.help_button.y()}


@pytest.mark.parametrize("with_backup", [True, False])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_large_text_gets_a_comfortable_line_within_the_screen(scale, with_backup,
                                                              dialog_at, newest):
    dialog = dialog_at(scale, newest if with_backup else None)
    screen = dialog.screen().availableSize().width()
    assert damage_dialog.WIDTH <= dialog.width() <= screen - damage_dialog.SCREEN_ROOM
    body = next(label for label in dialog.findChildren(QLabel) if FOUND in label.text())
    assert body.width() >= 40 * body.fontMetrics().averageCharWidth()  # not a thin column
    assert_whole(dialog)
    assert dialog.help_button.accessibleName() == "Get help now"


def test_every_way_on_is_reached_by_tab_in_reading_order(dialog_at, newest, qtbot):
    dialog = dialog_at(2.0, newest)
    dialog.help_button.setFocus()
    reached = [dialog.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert reached == [dialog.help_button, dialog.quit_button, dialog.fresh_button,
                       dialog.restore_button]
    assert dialog.restore_button.isDefault()

