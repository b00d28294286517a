"""The command line as DESIGN.md lists it; expected failures are one line, exit 1."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from numbness_desktop import __version__, paths
from numbness_desktop.cli import main


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "numbness_desktop", *args],
                          capture_output=True, text=True, env=full_env, timeout=60)


@pytest.fixture
def demo_dir(tmp_path) -> Path:
    from numbness_desktop.cli import _fill_demo

    folder = tmp_path / "demo"
    _fill_demo(folder)
    return folder


def test_version_and_help():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"numbness-desktop {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    for word in ("export", "import", "backup", "check", "screenshots", "--data-dir", "--demo"):
        assert word in helped.stdout


@pytest.mark.parametrize("arguments", [[], ["--demo"], ["--data-dir", "x"], ["--data-dir=x"],
                                       ["--demo", "--data-dir", "x"]])
def test_a_plain_launch_parses_as_the_whole_command_line_would(arguments):
    from numbness_desktop.cli import build_parser, is_plain_launch

    assert is_plain_launch(arguments)
    assert (vars(build_parser(commands=False).parse_args(arguments))
            == vars(build_parser().parse_args(arguments)))


@pytest.mark.parametrize("arguments", [[], ["--demo"], ["--data-dir", "x"], ["--data-dir=x"],
                                       ["--demo", "--data-dir", "x"], ["--minimised"],
                                       ["--data-dir", "a", "--data-dir=b", "--minimized"]])
def test_a_plain_launch_is_read_without_argparse_as_argparse_reads_it(arguments):
    from numbness_desktop.cli import build_parser, parse_plain_launch

    assert vars(parse_plain_launch(arguments)) == vars(build_parser().parse_args(arguments))


@pytest.mark.parametrize("arguments", [["export"], ["--help"], ["--data-dir", "--demo"],
                                       ["--data-dir", "x", "check"]])
def test_anything_else_is_left_to_argparse(arguments):
    from numbness_desktop.cli import parse_plain_launch

    assert parse_plain_launch(arguments) is None


@pytest.mark.parametrize("arguments", [["export"], ["--help"], ["--version"], ["--data-dir"],
                                       ["expotr"], ["--data-dir", "x", "check"]])
def test_anything_else_gets_the_whole_command_line(arguments):
    from numbness_desktop.cli import is_plain_launch

    assert not is_plain_launch(arguments)


def test_a_mistyped_command_names_the_commands():
    done = run_cli("expotr")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr and "export" in done.stderr


def test_usage_error_exits_2():
    done = run_cli("export", "--format", "xml", "--out", "x")
    assert done.returncode == 2


def test_export_import_round_trip_through_the_command_line(demo_dir, tmp_path):
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "--out", str(out), "--data-dir", str(demo_dir)]) == 0
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(out)]) == 0
    assert main(["import", str(out), "--data-dir", str(fresh)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", "--format", "json", "--out", str(again), "--data-dir", str(fresh)]) == 0
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
    assert (out.stat().st_mode & 0o777) == 0o600


def test_env_variable_names_the_data_folder(demo_dir, tmp_path):
    out = tmp_path / "plan.md"
    done = run_cli("export", "--format", "markdown", "--out", str(out),
                   env={"NUMBNESS_DESKTOP_DATA_DIR": str(demo_dir)})
    assert done.returncode == 0, done.stderr
    assert "My safety plan" in out.read_text()


def test_csv_export_writes_a_folder(demo_dir, tmp_path):
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(demo_dir)]) == 0
    names = {p.name for p in out.iterdir()}
    assert {"safety_plan_items.csv", "settings.csv"} <= names
    assert {"emotion_logs.csv", "emotion_log_regions.csv", "custom_words.csv"} <= names
    assert {"breathing_sessions.csv", "breathing_presets.csv"} <= names


def test_backup_and_check(demo_dir, capsys):
    assert main(["backup", "--data-dir", str(demo_dir)]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == paths.backup_dir(demo_dir)
    assert printed.is_file()
    assert main(["check", "--data-dir", str(demo_dir)]) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["import", "{tmp}/missing.json"],
        ["check"],
        ["backup"],
        ["export", "--format", "json", "--out", "{tmp}/x.json"],
    ],
)
def test_expected_failures_are_one_calm_line(tmp_path, args):
    args = [a.format(tmp=tmp_path) for a in args]
    done = run_cli(*args, "--data-dir", str(tmp_path / "empty"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("numbness-desktop: ")
    assert "Traceback" not in done.stderr


def test_check_reports_a_damaged_database(demo_dir):
    db = paths.db_path(demo_dir)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    raw = bytearray(db.read_bytes())
    raw[:16] = b"broken-broken-xx"
    db.write_bytes(bytes(raw))
    done = run_cli("check", "--data-dir", str(demo_dir))
    assert done.returncode == 1
    assert "damaged" in done.stderr
    assert "Traceback" not in done.stderr


def test_demo_refuses_a_folder_with_files(tmp_path):
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me")
    done = run_cli("--demo", "--data-dir", str(folder))
    assert done.returncode == 1
    assert "new or empty" in done.stderr
    assert (folder / "mine.txt").read_text() == "keep me"


def test_screenshots_render_every_tab(tmp_path, qapp):
    out = tmp_path / "shots"
    assert main(["screenshots", str(out)]) == 0
    names = {p.name for p in out.glob("*.png")}
    slugs = ("today", "breathe", "practices", "body-map", "journal", "trends", "safety-plan")
    assert {f"{slug}.png" for slug in slugs} <= names  # DESIGN.md's names, light
    assert {f"{slug}-dark.png" for slug in slugs} <= names
    assert {f"{slug}-200.png" for slug in slugs} <= names  # text at 200 %
    periods = ("week", "month", "3-months", "year", "all")
    assert {f"trends-{period}{suffix}.png" for period in periods
            for suffix in ("", "-dark")} <= names
    # every practice step, from its opening page to its end
    assert {"practices-grounding-0-start.png", "practices-grounding-5.png",
            "practices-grounding-end.png", "practices-body_scan-9.png",
            "practices-movement-6-dark.png", "today-checked-in.png"} <= names
    from PySide6.QtGui import QImage

    image = QImage(str(out / "safety-plan.png"))
    assert (image.width(), image.height()) == (1280, 800)
    light, dark = QImage(str(out / "today.png")), QImage(str(out / "today-dark.png"))
    assert light.pixelColor(5, 400).lightness() > 200 > 60 > dark.pixelColor(5, 400).lightness()


def test_no_screen_is_one_calm_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "numbness_desktop", "--data-dir",
                           str(tmp_path / "d")], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 1
    assert "no screen" in done.stderr
    assert "Traceback" not in done.stderr


def test_backups_lists_and_restore_puts_the_newest_good_one_back(demo_dir, capsys):
    assert main(["backup", "--data-dir", str(demo_dir)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert main(["backups", "--data-dir", str(demo_dir)]) == 0
    listed = capsys.readouterr().out
    assert made.name in listed and " ok " in listed and "entries" in listed
    before = paths.db_path(demo_dir).read_bytes()
    assert main(["restore", "--data-dir", str(demo_dir)]) == 0
    said = capsys.readouterr().out
    assert f"Restored {made.name}" in said
    aside = Path(said.strip().splitlines()[-1].split(" moved to ")[1].rstrip("."))
    assert (aside / "reconnect.db").read_bytes() == before  # set aside, never overwritten
    assert main(["check", "--data-dir", str(demo_dir)]) == 0


def test_restore_names_a_backup_and_refuses_a_broken_one(demo_dir, tmp_path, capsys):
    broken = tmp_path / "reconnect-20261101-100000-manual.db"
    broken.write_bytes(b"\x00" * 4096)
    before = paths.db_path(demo_dir).read_bytes()
    assert main(["restore", str(broken), "--data-dir", str(demo_dir)]) == 1
    assert "didn't pass its check" in capsys.readouterr().err
    assert paths.db_path(demo_dir).read_bytes() == before


def test_a_data_dir_that_is_a_file_is_one_clear_line(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("hello")
    for command in (["check"], ["export", "--format", "json", "--out", str(tmp_path / "x")]):
        done = run_cli(*command, "--data-dir", str(not_a_folder))
        assert done.returncode == 1
        assert done.stderr.strip() == (f"numbness-desktop: {not_a_folder} is a file, not a "
                                       "folder: give --data-dir a folder.")


def test_export_and_check_work_on_read_only_data(demo_dir, tmp_path, capsys):
    for suffix in ("-wal", "-shm"):
        Path(str(paths.db_path(demo_dir)) + suffix).unlink(missing_ok=True)
    before = {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()}
    demo_dir.chmod(0o500)
    paths.db_path(demo_dir).chmod(0o400)
    try:
        assert main(["check", "--data-dir", str(demo_dir)]) == 0
        out = tmp_path / "export.json"
        assert main(["export", "--format", "json", "--out", str(out),
                     "--data-dir", str(demo_dir)]) == 0
        assert out.stat().st_size > 1000
        assert {p.name: p.read_bytes() for p in demo_dir.iterdir() if p.is_file()} == before
        assert stat.S_IMODE(demo_dir.stat().st_mode) == 0o500  # never chmod-ed back
    finally:
        paths.db_path(demo_dir).chmod(0o600)
        demo_dir.chmod(0o700)


def test_launching_on_a_data_dir_that_is_a_file_is_one_clear_line(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("hello")
    done = run_cli("--data-dir", str(not_a_folder))
    assert done.returncode == 1
    assert done.stderr.strip() == (f"numbness-desktop: {not_a_folder} is a file, not a folder: "
                                   "give --data-dir a folder.")


def test_demo_screenshots_are_taken_at_one_fixed_moment(tmp_path, qapp, monkeypatch):
    """The demo and the window share a clock stopped at SHOT_MOMENT, so two runs draw the
    same minutes and days; one's own data is drawn at the real time."""
    from numbness_desktop import screenshots
    from numbness_desktop.domain.clock import system_clock

    seen: dict[str, object] = {}

    def fake_window(_app, data_dir, _out, suffix, clock):
        seen.setdefault("window", []).append((suffix, clock))
        return []

    monkeypatch.setattr(screenshots, "_render_window", fake_window)
    screenshots.render_all(tmp_path / "a", None,
                           lambda folder, clock: seen.update(demo=clock))
    clocks = {clock for _suffix, clock in seen["window"]}
    assert clocks == {seen["demo"]}
    assert seen["demo"]() == screenshots.SHOT_MOMENT.astimezone()
    seen.clear()
    screenshots.render_all(tmp_path / "b", tmp_path / "own",
                           lambda folder, clock: seen.update(demo=clock))
    assert "demo" not in seen
    assert {clock for _suffix, clock in seen["window"]} == {system_clock}


def test_a_fade_is_finished_before_its_picture_is_taken(qapp):
    from PySide6.QtCore import QPropertyAnimation
    from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QMainWindow

    from numbness_desktop.screenshots import _finish_fades

    window = QMainWindow()
    label = QLabel("cue", window)
    effect = QGraphicsOpacityEffect(label)
    label.setGraphicsEffect(effect)
    fade = QPropertyAnimation(effect, b"opacity", window)
    fade.setDuration(60_000)
    fade.setStartValue(0.45)
    fade.setEndValue(1.0)
    looping = QPropertyAnimation(label, b"minimumWidth", window)
    looping.setDuration(60_000)
    looping.setStartValue(10)
    looping.setEndValue(200)
    looping.setLoopCount(-1)
    fade.start()
    looping.start()
    _finish_fades(window)
    assert effect.opacity() == 1.0
    assert looping.state() == looping.State.Running
    assert label.minimumWidth() < 200
    looping.stop()
    window.deleteLater()
