"""The passphrase (issue 13) joined with data safety (issue 10): an encrypted database is
locked, never damage; its backups are encrypted and checked; check, backups, restore and
backup work on it from the command line; the in-app restore reopens under the same key."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from numbness_desktop import paths
from numbness_desktop.data_recovery import recover_at_start
from numbness_desktop.store import backup, crypto, maintenance
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository

pytest.importorskip("sqlcipher3")

KEY = "quiet harbour"
MARKER = "kingfisherword"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(data_dir, clock):
    """A data folder locked with ``KEY``, holding one journal entry with ``MARKER``."""
    store = open_store(data_dir, clock)
    JournalRepository(store).add("2026-11-26", f"{MARKER} by the river")
    crypto.change_passphrase(store, KEY)
    for made in paths.backup_dir(data_dir).glob("*.db"):  # the one made first, re-keyed
        made.unlink()
    store.close()
    assert crypto.is_encrypted(paths.db_path(data_dir))
    return data_dir


def test_an_encrypted_database_at_start_is_locked_never_moved_aside(encrypted, clock):
    before = digest(paths.db_path(encrypted))
    health = maintenance.inspect(encrypted, copy=False)
    assert health.kind == maintenance.LOCKED and not health.damaged

    def ask(*_args):
        raise AssertionError("a locked file must not be offered as damage")

    outcome = recover_at_start(encrypted, ask, clock)
    assert not outcome.quit and outcome.notice == ""
    with_key = recover_at_start(encrypted, ask, clock, key=KEY)
    assert not with_key.quit and with_key.notice == ""
    assert not (encrypted / maintenance.SET_ASIDE_DIR).exists()
    assert digest(paths.db_path(encrypted)) == before
    assert maintenance.inspect(encrypted, key=KEY).kind == maintenance.OK


def test_the_app_offers_the_unlock_screen_first_and_moves_nothing(encrypted, qapp,
                                                                  monkeypatch):
    from numbness_desktop import app
    from numbness_desktop.ui.privacy import unlock

    before = digest(paths.db_path(encrypted))
    asked = []
    monkeypatch.setattr(unlock, "ask_passphrase", lambda folder: asked.append(folder))
    assert app.run(encrypted, legacy_settings=False) == 0  # "not now" on the unlock screen
    assert asked == [encrypted]
    assert not (encrypted / maintenance.SET_ASIDE_DIR).exists()
    assert digest(paths.db_path(encrypted)) == before


def test_damage_inside_an_encrypted_database_is_found_with_the_key_and_restored(
        encrypted, clock):
    store = open_store(encrypted, clock, KEY)
    made = store.backup("manual")
    store.close()
    db = paths.db_path(encrypted)
    raw = bytearray(db.read_bytes())
    raw[4096 * 2: 4096 * 3] = b"\x00" * 4096  # a page whose HMAC can no longer match
    db.write_bytes(bytes(raw))
    assert maintenance.inspect(encrypted, copy=False).kind == maintenance.LOCKED
    assert maintenance.inspect(encrypted, key=KEY).damaged
    seen = []

    def ask(found, moved, newest):
        seen.append(newest)
        return "restore"

    outcome = recover_at_start(encrypted, ask, clock, key=KEY)
    assert seen[0] is not None and seen[0].path == made and seen[0].counts["entries"] == 1
    assert "is back" in outcome.notice
    assert crypto.is_encrypted(db)
    store = open_store(encrypted, clock, KEY)
    assert [e.text for e in JournalRepository(store).day("2026-11-26")] == [
        f"{MARKER} by the river"]
    store.close()


def test_a_backup_of_an_encrypted_store_is_encrypted_and_checked(encrypted, clock):
    store = open_store(encrypted, clock, KEY)
    folder = paths.backup_dir(encrypted)
    made = maintenance.automatic_backup(encrypted, clock(), store.conn, key=store.passphrase)
    manual = store.backup("manual")
    store.close()
    for path in (made, manual):
        assert crypto.is_encrypted(path)
        assert MARKER.encode() not in path.read_bytes()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        ok, problem, counts = backup.check_file(path, KEY)
        assert ok and problem == "" and counts["entries"] == 1
        ok, problem, _ = backup.check_file(path)  # without the key: locked, not "sound"
        assert not ok and "passphrase" in problem
    assert not list(folder.glob("*.partial"))
    assert [info.ok for info in backup.list_backups(folder, KEY)] == [True, True]
    assert not backup.needs_automatic_backup(folder, clock())
    assert maintenance.backup_now(encrypted, clock(), key=KEY).exists()
    with pytest.raises(crypto.PassphraseNeeded):
        maintenance.backup_now(encrypted, clock())


def test_check_backups_backup_and_restore_on_the_command_line(encrypted, clock,
                                                               monkeypatch, capsys):
    from numbness_desktop.cli import main

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, KEY)
    folder = str(encrypted)
    assert main(["check", "--data-dir", folder]) == 0
    assert "is sound" in capsys.readouterr().out
    assert main(["backup", "--data-dir", folder]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert crypto.is_encrypted(made) and backup.check_file(made, KEY)[0]
    store = open_store(encrypted, clock, KEY)
    JournalRepository(store).add("2026-11-27", "after the backup")
    store.close()
    assert main(["backups", "--data-dir", folder]) == 0
    listed = capsys.readouterr().out
    assert "ok  1 entry" in listed and "can't be used" not in listed
    assert main(["restore", "--data-dir", folder]) == 0
    assert "Restored" in capsys.readouterr().out
    db = paths.db_path(encrypted)
    assert crypto.is_encrypted(db)
    store = open_store(encrypted, clock, KEY)
    assert JournalRepository(store).day("2026-11-27") == []
    store.close()
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "not the key")
    assert main(["check", "--data-dir", folder]) == 1
    assert "didn't open" in capsys.readouterr().err
    monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    assert main(["backups", "--data-dir", folder]) == 1
    assert crypto.ENV_PASSPHRASE in capsys.readouterr().err


def test_restoring_a_plain_backup_into_locked_data_keeps_it_locked(encrypted, clock, tmp_path):
    plain_dir = tmp_path / "plain"
    store = open_store(plain_dir, clock)
    JournalRepository(store).add("2026-11-20", f"{MARKER} plain")
    plain = store.backup("manual")
    store.close()
    restored = maintenance.restore_backup(encrypted, clock(), plain, key=KEY)
    db = paths.db_path(encrypted)
    assert restored.set_aside is not None and crypto.is_encrypted(db)
    assert MARKER.encode() not in db.read_bytes()
    with pytest.raises(crypto.PassphraseNeeded):
        open_store(encrypted, clock)
    store = open_store(encrypted, clock, KEY)
    assert [e.text for e in JournalRepository(store).day("2026-11-20")] == [f"{MARKER} plain"]
    store.close()


def test_restore_in_the_app_reopens_under_the_same_key(encrypted, qtbot, clock):
    from numbness_desktop.app import create_window

    window = create_window(encrypted, clock, passphrase=KEY)
    qtbot.addWidget(window)
    window.app_model.journal.add_entry("2026-11-28", "before the backup")
    assert window.back_up_now()
    window.app_model.journal.add_entry("2026-11-28", "after the backup")
    backups = window.app_model.data_safety.backups()
    assert backups and backups[0].ok and crypto.is_encrypted(backups[0].path)
    replaced = []
    original = window.reopen
    window.reopen = lambda: replaced.append(original()) or replaced[-1]
    assert window.restore_backup(None)
    new = replaced[0]
    qtbot.addWidget(new)
    try:
        assert new.app_model.store.passphrase == KEY
        assert [e.text for e in new.app_model.journal.day("2026-11-28")] == [
            "before the backup"]
        assert crypto.is_encrypted(paths.db_path(encrypted))
    finally:
        new.close()
