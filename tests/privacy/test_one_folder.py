"""One folder for everything: preferences, window state and nothing of the person's elsewhere."""

from __future__ import annotations

import base64
import os
import stat
import subprocess
import sys
from pathlib import Path

from numbness_desktop import single_instance
from numbness_desktop.model.legacy_settings import legacy_path, migrate_legacy_settings
from numbness_desktop.model.preferences import Preferences

WRITE_NOTHING_ELSEWHERE = """
import pathlib, sys
from PySide6.QtWidgets import QApplication
from numbness_desktop.app import create_window
app = QApplication([])
window = create_window(pathlib.Path(sys.argv[1]))
window.show()
for label in ("Breathe", "Journal", "Trends", "Safety plan", "Today"):
    window.show_tab(label)
    app.processEvents()
window.change_text_size(1)
window.show_help()
app.processEvents()
window.close()
app.processEvents()
print("closed")
"""


def test_create_window_writes_nothing_outside_its_data_folder(tmp_path):
    root = tmp_path / "probe"
    home, tmp, runtime = root / "home", root / "tmp", root / "runtime"
    for folder in (home, tmp, runtime):
        folder.mkdir(mode=0o700, parents=True)
    data = root / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([sys.executable, "-c", WRITE_NOTHING_ELSEWHERE, str(data)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed"
    outside = [p for p in root.rglob("*") if data not in p.parents and not p.is_dir()]
    assert outside == []
    assert (data / "reconnect.db").is_file()


def _write_legacy_file() -> Path:
    from PySide6.QtCore import QByteArray, QSettings

    path = legacy_path()
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb geometry"))
    old.setValue("window/lastTab", "Journal")
    old.setValue("view/textScale", 1.5)
    old.setValue("breathe/length", 300)
    old.setValue("breathe/leadIn", False)
    old.setValue("breathe/preset", "box")
    old.setValue("someone/else", "not ours")
    old.sync()
    del old
    assert path.is_file()
    return path


def test_old_config_file_is_moved_into_the_data_folder_once_and_removed(store, qapp,
                                                                      isolated_user_folders):
    path = _write_legacy_file()
    prefs = Preferences(store)
    prefs.set_value("breathe/preset", "4-7-8")  # a choice made since wins
    assert migrate_legacy_settings(prefs) == 5
    assert not path.exists() and not path.parent.exists()
    assert prefs.value("window/lastTab", "") == "Journal"
    assert prefs.value("view/textScale", 1.0) == 1.5
    assert prefs.value("breathe/length", 0) == 300
    assert prefs.value("breathe/leadIn", True) is False
    assert prefs.value("breathe/preset", "") == "4-7-8"
    assert base64.b64decode(prefs.value("window/geometry", "")) == b"\x01\xd9\xd0\xcb geometry"
    assert not prefs.contains("someone/else")
    assert migrate_legacy_settings(prefs) == 0  # once


def test_a_person_launch_migrates_and_an_embedding_or_demo_does_not(open_window, qtbot,
                                                                   data_dir, clock,
                                                                   isolated_user_folders):
    from numbness_desktop.app import create_window

    path = _write_legacy_file()
    window = open_window()  # create_window(data_dir): embedding leaves ~/.config alone
    assert path.is_file()
    assert not window.app_model.preferences.contains("window/lastTab")
    window.close()
    window = create_window(data_dir, clock, legacy_settings=True)
    qtbot.addWidget(window)
    assert not path.exists()
    assert window.app_model.preferences.value("breathe/length", 0) == 300
    assert window.current_tab() == "Today"  # the state saved since the old file wins
    window.close()


def test_socket_lives_in_a_private_runtime_folder_and_names_nothing(tmp_path, qtbot):
    data = tmp_path / "my-secret-data"
    data.mkdir()
    socket = Path(single_instance.server_name(data))
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert socket.parent == runtime / "numbness-desktop"
    assert stat.S_IMODE(socket.parent.stat().st_mode) == 0o700
    assert "reconnect" not in socket.name and "secret" not in socket.name
    socket.write_text("left by a killed process")  # stale: replaced on the next start
    guard = single_instance.acquire(data)
    guard.listen()
    try:
        assert stat.S_ISSOCK(socket.stat().st_mode)
        assert single_instance.ask_running_instance_to_raise(data)
    finally:
        guard.release()
    assert not socket.exists()


def test_an_unsafe_runtime_folder_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    data = tmp_path / "data"
    data.mkdir()
    assert Path(single_instance.server_name(data)).parent == data
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert Path(single_instance.server_name(data)).parent == data
