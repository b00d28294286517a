"""File → Restore from backup… inside the app, and read-only data opened honestly."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt

from numbness_desktop import paths
from numbness_desktop.ui.data.restore_dialog import RestoreDialog


def test_restore_from_the_file_menu_reopens_on_the_backup(open_window, qtbot, data_dir):
    window = open_window()
    journal = window.app_model.journal
    journal.add_entry("2026-11-26", "in the backup")
    assert window.back_up_now()
    journal.add_entry("2026-11-26", "written after the backup")
    action = window.actions_by_name["Restore from backup"]
    assert action in window.menus["File"].actions()
    seen = {}

    def answer(dialog):
        seen["rows"] = dialog.model.rowCount()
        seen["preview"] = dialog.preview.text()
        return True  # the newest good backup is chosen already; "Restore this backup"

    window.exec_dialog = answer
    replaced = []
    original_reopen = window.reopen
    window.reopen = lambda: replaced.append(original_reopen()) or replaced[-1]
    action.trigger()
    assert seen["rows"] == 1 and "1 entry," in seen["preview"]
    new = replaced[0]
    qtbot.addWidget(new)
    try:
        assert [e.text for e in new.app_model.journal.day("2026-11-26")] == ["in the backup"]
        assert "is back" in new.error_banner.label.text()
        aside = next((data_dir / "set-aside").iterdir())
        assert (aside / "reconnect.db").exists()
    finally:
        new.close()


def test_restore_dialog_lists_dates_counts_and_refuses_broken_ones(qtbot, store, data_dir,
                                                                   clock):
    from numbness_desktop.store.backup import list_backups

    store.backup()
    broken = paths.backup_dir(data_dir) / "reconnect-20261101-090000-manual.db"
    broken.write_bytes(b"\x00" * 8192)
    dialog = RestoreDialog(list_backups(paths.backup_dir(data_dir)))
    qtbot.addWidget(dialog)
    texts = [dialog.model.item(row).text() for row in range(dialog.model.rowCount())]
    assert "26 November 2026" in texts[0] and "0 entries" in texts[0]
    assert "can't be used" in texts[1]
    assert dialog.chosen() is not None
    assert not dialog.model.item(1).isEnabled()  # a broken file can't even be picked
    dialog.list.setCurrentIndex(dialog.model.index(1, 0))
    assert dialog.current().ok  # the selection stays on a usable one


def test_a_read_only_folder_opens_read_only_and_is_never_chmod_ed(open_window, data_dir,
                                                                   clock):
    from numbness_desktop.store.db import open_store

    open_store(data_dir, clock).close()
    for suffix in ("-wal", "-shm"):
        (data_dir / f"reconnect.db{suffix}").unlink(missing_ok=True)
    data_dir.chmod(0o500)
    try:
        window = open_window()
        assert "read-only" in window.error_banner.label.text()
        assert window.app_model.read_only
        assert window.app_model.safety.add_item("reasons", "can't be kept") is None
        assert "read-only" in window.error_banner.label.text()
        window.close()
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o500
        assert sorted(p.name for p in data_dir.iterdir()) == ["reconnect.db"]
    finally:
        data_dir.chmod(0o700)


def test_settings_data_page_backs_up_and_asks_the_window_to_restore(open_window, qtbot):
    window = open_window()
    page = window.show_settings().show_page("Data")
    assert page.summary.text() == "No backups yet."
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.summary.text().startswith("1 checked backup; the newest:")
    asked = []
    window.exec_dialog = lambda dialog: asked.append(dialog.model.rowCount()) or False
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [1]
    assert not window._settings_dialog.isVisible()
