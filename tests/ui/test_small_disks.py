"""Start-up on a full disk and on a read-only medium (a real tmpfs; needs root, as in CI).

A full disk opens, says so, keeps the typed words on screen and saves them once space
returns. A read-only medium opens read-only with a clear banner. Neither is ever reported as
"Reconnect is already open" (the lock file simply couldn't be written).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from numbness_desktop.app import create_window
from numbness_desktop.store.db import open_store


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                           str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small disk needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def launch(data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NUMBNESS_DESKTOP_EXIT_AFTER_PAINT": "1"}
    return subprocess.run([sys.executable, "-m", "numbness_desktop", "--data-dir",
                           str(data_dir)], env=env, capture_output=True, text=True, timeout=60)


def test_a_full_disk_opens_says_so_and_keeps_the_words_until_space_returns(
        small_disk, qtbot, clock):
    data_dir = small_disk / "data"
    open_store(data_dir, clock).close()
    filler = fill(small_disk)
    done = launch(data_dir)
    assert done.returncode == 0, done.stderr
    assert "already open" not in done.stderr

    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("Safety plan")
    editor = window.safety.editors["warning_signs"]
    qtbot.mouseClick(editor.text_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.text_field, "words on a full disk " * 30)
    assert not window.flush_views()
    assert "disk is full" in window.error_banner.label.text()
    assert editor.text_field.text().startswith("words on a full disk")
    assert window.safety.status_label.text() == "Not saved yet — see the message above"
    filler.unlink()  # space returns
    assert window.flush_views()
    assert window.safety.status_label.text().startswith("All changes saved")
    assert window.app_model.safety.plan().section_items("warning_signs")[0].text.startswith(
        "words on a full disk")
    window.close()


def test_a_read_only_medium_opens_read_only_and_exports(small_disk, qtbot, clock, tmp_path):
    data_dir = small_disk / "data"
    store = open_store(data_dir, clock)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    done = launch(data_dir)
    assert done.returncode == 0, done.stderr
    assert "already open" not in done.stderr
    window = create_window(data_dir, clock)
    qtbot.addWidget(window)
    assert window.app_model.read_only
    assert "read-only" in window.error_banner.label.text()
    window.close()
    out = tmp_path / "export.json"
    from numbness_desktop.cli import main

    assert main(["export", "--format", "json", "--out", str(out), "--data-dir",
                 str(data_dir)]) == 0
    assert main(["check", "--data-dir", str(data_dir)]) == 0
