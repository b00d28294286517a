"""Damage found at start: files set aside untouched, then restore / start fresh / quit."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from numbness_desktop import paths
from numbness_desktop.data_recovery import recover_at_start
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.maintenance import backup_now
from numbness_desktop.ui.data.damage_dialog import FRESH, QUIT, RESTORE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(data_dir, clock):
    """A folder with one good backup and then a database that is garbage."""
    store = open_store(data_dir, clock)
    JournalRepository(store).add("2026-11-26", "safe in the backup")
    backup_now(data_dir, clock())
    store.close()
    paths.db_path(data_dir).write_bytes(b"this is not what a database looks like" * 200)
    clock.advance(hours=1)
    return digest(paths.db_path(data_dir))


def test_restore_the_newest_good_backup(damaged, data_dir, clock):
    asked = []

    def ask(found, moved, newest):
        asked.append((found, moved, newest))
        return RESTORE

    outcome = recover_at_start(data_dir, ask, clock)
    found, moved, newest = asked[0]
    assert "not a database" in found
    assert newest is not None and newest.counts["entries"] == 1
    assert digest(Path(moved) / "reconnect.db") == damaged  # moved, never changed
    assert not outcome.quit and "is back" in outcome.notice
    store = open_store(data_dir, clock)
    assert [e.text for e in JournalRepository(store).day("2026-11-26")] == ["safe in the backup"]
    store.close()


def test_start_fresh_keeps_the_damaged_file_aside(damaged, data_dir, clock):
    outcome = recover_at_start(data_dir, lambda *_a: FRESH, clock)
    assert not outcome.quit and "afresh" in outcome.notice
    assert not paths.db_path(data_dir).exists()
    aside = next((data_dir / "set-aside").iterdir())
    assert digest(aside / "reconnect.db") == damaged


def test_quit_leaves_the_damaged_file_aside_and_opens_nothing(damaged, data_dir, clock):
    assert recover_at_start(data_dir, lambda *_a: QUIT, clock).quit
    assert not paths.db_path(data_dir).exists()


def test_a_zero_byte_file_with_backups_is_damage_without_backups_a_fresh_start(
        data_dir, clock):
    paths.ensure_private_dir(data_dir)
    paths.db_path(data_dir).write_bytes(b"")
    assert recover_at_start(data_dir, lambda *_a: pytest.fail("asked"), clock).notice == ""
    store = open_store(data_dir, clock)
    backup_now(data_dir, clock())
    store.close()
    paths.db_path(data_dir).write_bytes(b"")
    asked = []
    recover_at_start(data_dir, lambda *a: asked.append(a) or FRESH, clock)
    assert asked and "empty" in asked[0][0]


def test_a_stray_wal_is_set_aside_alone(data_dir, clock, tmp_path):
    store = open_store(data_dir, clock)
    repo = JournalRepository(store)
    repo.add("2026-11-26", "in the backup")
    made = backup_now(data_dir, clock())
    repo.add("2026-11-27", "in the log")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("-wal", "-shm"):
        shutil.copyfile(str(paths.db_path(data_dir)) + suffix, crashed / f"reconnect.db{suffix}")
    store.close()
    shutil.copyfile(made, crashed / "reconnect.db")  # a hand-made restore, old log beside it
    wal = (crashed / "reconnect.db-wal").read_bytes()
    outcome = recover_at_start(crashed, lambda *_a: pytest.fail("asked"), clock)
    assert "didn't belong" in outcome.notice
    assert not (crashed / "reconnect.db-wal").exists()
    aside = next((crashed / "set-aside").iterdir())
    assert (aside / "reconnect.db-wal").read_bytes() == wal
    store = open_store(crashed, clock)
    assert store.integrity_problems() == []
    assert [e.text for e in JournalRepository(store).day("2026-11-26")] == ["in the backup"]
    store.close()


def test_the_damage_dialog_offers_three_ways_and_help(qtbot, damaged, data_dir, clock):
    from numbness_desktop.store.backup import newest_good
    from numbness_desktop.ui.data.damage_dialog import DamageDialog

    helped = []
    dialog = DamageDialog("The data file is damaged.", "/somewhere", newest_good(
        paths.backup_dir(data_dir)), lambda: helped.append(1))
    qtbot.addWidget(dialog)
    names = {b.accessibleName() for b in (dialog.help_button, dialog.quit_button,
                                          dialog.fresh_button, dialog.restore_button)}
    assert names == {"Get help now", "Quit for now", "Start fresh",
                     "Restore the newest good backup"}
    dialog.help_button.click()
    assert helped == [1]
    dialog.restore_button.click()
    assert dialog.choice == RESTORE


def test_get_help_now_in_the_damage_dialog_names_the_checked_lines():
    """The damaged-file dialog's Get help now reads the crisis-line file (it once asked for
    fields the file no longer has, and would have failed at the worst moment)."""
    from numbness_desktop.data_recovery import help_now_text

    us = help_now_text("US")
    assert "call 911 now" in us and "988" in us
    nowhere = help_now_text("AQ")
    assert "your local emergency number" in nowhere
    assert "no checked crisis line" in nowhere
