"""Settings → Privacy turns the passphrase on; the unlock screen is calm and helps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from numbness_desktop.store.journal_repo import JournalRepository

pytest.importorskip("sqlcipher3")


def turn_on(window, qtbot, passphrase="quiet harbour"):
    settings = window.show_settings()
    page = settings.show_page("Privacy")
    assert page.status.text().startswith("No passphrase")
    dialog = page.open("on")
    qtbot.keyClicks(dialog.new, passphrase)
    qtbot.keyClicks(dialog.again, passphrase + "x")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "The two new passphrases are different; please type them again."
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, passphrase)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Please tick that you understand there is no recovery."
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("The passphrase is on."), dialog.result.text()
    assert page.status.text().startswith("A passphrase is on")
    dialog.accept()
    settings.close()


def test_turn_on_in_settings_then_unlock_kindly(open_window, qtbot, data_dir, clock):
    from numbness_desktop.app import create_window
    from numbness_desktop.ui.privacy.unlock import UnlockDialog

    window = open_window()
    window.app_model.safety.set_country("GB")
    JournalRepository(window.app_model.store).add("2026-11-26", "heron by the canal")
    turn_on(window, qtbot)
    window.close()
    assert b"heron" not in (data_dir / "reconnect.db").read_bytes()

    unlock = UnlockDialog(data_dir)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.field, "not it")
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert unlock.message.text().startswith("That passphrase didn't open your data.")
    assert unlock.passphrase is None and unlock.isVisible()
    help_box = unlock.show_help()
    assert "Samaritans" in help_box.text() and "999" in help_box.text()
    help_box.close()
    unlock.field.clear()
    qtbot.keyClicks(unlock.field, "quiet harbour")
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert unlock.passphrase == "quiet harbour" and not unlock.isVisible()

    again = create_window(data_dir, clock, passphrase=unlock.passphrase)
    qtbot.addWidget(again)
    entries = JournalRepository(again.app_model.store).all_entries()
    assert [e.text for e in entries] == ["heron by the canal"]
    page = again.show_settings().show_page("Privacy")
    dialog = page.open("remove")
    qtbot.keyClicks(dialog.current, "quiet harbour")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("The passphrase is removed")
    dialog.accept()
    again.close()
    assert b"heron" in (data_dir / "reconnect.db").read_bytes()


def test_the_command_line_asks_for_the_passphrase(store, data_dir, tmp_path, monkeypatch,
                                                  capsys):
    from numbness_desktop.cli import main
    from numbness_desktop.store.crypto import change_passphrase

    JournalRepository(store).add("2026-11-26", "kestrel")
    change_passphrase(store, "script secret")
    store.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    out = tmp_path / "x.json"
    assert main(["export", "--format", "json", "--out", str(out), "--data-dir",
                 str(data_dir)]) == 1
    assert "NUMBNESS_DESKTOP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("NUMBNESS_DESKTOP_PASSPHRASE", "wrong")
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "didn't open" in capsys.readouterr().err
    monkeypatch.setenv("NUMBNESS_DESKTOP_PASSPHRASE", "script secret")
    assert main(["export", "--format", "json", "--out", str(out), "--data-dir",
                 str(data_dir)]) == 0
    assert "kestrel" in out.read_text()
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    made = capsys.readouterr().out.strip().splitlines()[-1]
    assert Path(made).read_bytes()[:16] != b"SQLite format 3\x00"
