"""The opt-in desktop-session entry: where it goes, what it starts, and nothing by default."""

from __future__ import annotations

import shlex
import stat

from numbness_desktop import autostart
from numbness_desktop.cli import build_parser, is_plain_launch


def test_nothing_is_written_until_chosen(isolated_user_folders):
    assert not autostart.is_enabled()
    assert not (isolated_user_folders / ".config" / "autostart").exists()


def test_written_private_under_xdg_config_home_and_removed(isolated_user_folders, tmp_path):
    path = autostart.enable(tmp_path / "my data")
    assert path == isolated_user_folders / ".config" / "autostart" / "numbness-desktop.desktop"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    exec_line = next(line for line in path.read_text().splitlines()
                     if line.startswith("Exec="))
    command = shlex.split(exec_line[5:])
    assert command[1:3] == ["-m", "numbness_desktop"]
    assert command[3:] == ["--minimised", "--data-dir", str(tmp_path / "my data")]
    assert not list(path.parent.glob("*.tmp"))
    assert autostart.disable() and not path.exists()
    assert autostart.disable() is False


def test_minimised_is_a_plain_launch_flag():
    assert is_plain_launch(["--minimised", "--data-dir", "x"])
    assert build_parser(commands=False).parse_args(["--minimised"]).minimised
    assert not build_parser(commands=False).parse_args([]).minimised


def test_a_bundle_starts_itself(monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command(tmp_path)[:2] == [sys.executable, "--minimised"]
