"""The PyInstaller bundle builds, runs and draws what the venv draws (`make test-bundle`).

Also `make install` for a user without root, and `make uninstall` after it, on temporary
folders. CI runs these (`.ci/run`); they take minutes, so `make test` leaves them out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import numbness_desktop

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
# The tests' HOME is a temporary folder (conftest): keep pip's warm cache for `make install`.
PIP_CACHE = os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))


def run(args, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **kwargs.pop("env", {})}
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env,
                          timeout=kwargs.pop("timeout", 600), **kwargs)


def same_image(first: Path, second: Path) -> bool:
    from PySide6.QtGui import QImage

    return QImage(str(first)) == QImage(str(second))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="the bundle extra: pip install -e '.[bundle]'")
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    built = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                 "--log-level", "WARN", "--distpath", work / "dist", "--workpath",
                 work / "build", ROOT / "packaging" / "reconnect.spec"], cwd=ROOT, timeout=1800)
    assert built.returncode == 0, built.stderr[-3000:]
    folder = work / "dist" / "numbness-desktop"
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle: built in {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB")
    return folder / "numbness-desktop"


def test_the_bundle_says_its_version(bundle):
    done = run([bundle, "--version"])
    assert done.returncode == 0, done.stderr
    assert numbness_desktop.__version__ in done.stdout


def test_the_bundle_checks_a_data_folder(bundle, tmp_path):
    from numbness_desktop.store.db import open_store

    data = tmp_path / "data"
    open_store(data).close()  # a database made by the venv's Reconnect
    done = run([bundle, "check", "--data-dir", data])
    assert done.returncode == 0, done.stderr
    assert "is sound" in done.stdout
    made = run([bundle, "backup", "--data-dir", data])
    assert made.returncode == 0, made.stderr
    assert Path(made.stdout.strip()).is_file()


def test_the_bundle_draws_what_the_venv_draws(bundle, tmp_path):
    shots = {}
    for name, command in (("bundle", [bundle]),
                          ("venv", [sys.executable, "-m", "numbness_desktop"])):
        out = tmp_path / name
        done = run([*command, "screenshots", out])
        assert done.returncode == 0, done.stderr[-2000:]
        shots[name] = out
    assert same_image(shots["bundle"] / "today.png", shots["venv"] / "today.png")
    assert same_image(shots["bundle"] / "breathe.png", shots["venv"] / "breathe.png")


def test_the_bundle_starts_and_paints(bundle, tmp_path):
    started = time.monotonic()
    done = run([bundle, "--data-dir", tmp_path / "data"],
               env={"NUMBNESS_DESKTOP_EXIT_AFTER_PAINT": "1"})
    assert done.returncode == 0, done.stderr
    print(f"\nbundle: start to first paint and exit {time.monotonic() - started:.2f} s")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_install_for_one_user_and_uninstall_again(tmp_path):
    data_home = tmp_path / "share"
    bin_dir = tmp_path / "bin"
    env = {"XDG_DATA_HOME": str(data_home), "BIN_DIR": str(bin_dir), "PIP_CACHE_DIR": PIP_CACHE}
    person = data_home / "numbness-desktop"  # the person's own data: never touched
    person.mkdir(parents=True)
    (person / "journal-notes.txt").write_text("mine")
    done = run(["make", "--no-print-directory", "install"], cwd=ROOT, env=env, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]

    entry = data_home / "applications" / "numbness-desktop.desktop"
    exec_line = next(line for line in entry.read_text().splitlines()
                     if line.startswith("Exec="))
    launcher = Path(exec_line.removeprefix("Exec="))
    assert launcher.is_absolute() and launcher.is_file()
    assert (bin_dir / "numbness-desktop").resolve() == launcher.resolve()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" /
                "numbness-desktop.png").is_file()
    assert (data_home / "icons/hicolor/scalable/apps/numbness-desktop.svg").is_file()
    metainfo = data_home / "metainfo" / "io.github.reconnect.numbness_desktop.metainfo.xml"
    assert metainfo.is_file()
    if shutil.which("desktop-file-validate"):
        checked = run(["desktop-file-validate", entry])
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    if shutil.which("appstreamcli"):
        checked = run(["appstreamcli", "validate", "--pedantic", "--no-net", metainfo])
        assert checked.returncode == 0, checked.stdout
    trial = tmp_path / "share" / "numbness-desktop"  # the default data folder, in XDG_DATA_HOME
    started = run([launcher, "--data-dir", trial],
                  env={"NUMBNESS_DESKTOP_EXIT_AFTER_PAINT": "1"})  # what the menu entry runs
    assert started.returncode == 0, started.stderr

    done = run(["make", "--no-print-directory", "uninstall"], cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    left = sorted(str(p.relative_to(tmp_path)) for folder in (data_home, bin_dir)
                  for p in folder.rglob("*") if p.is_file())
    assert [p for p in left if "mimeinfo.cache" not in p and "icon-theme.cache" not in p
            and not p.startswith("share/numbness-desktop/")] == []
    assert (person / "reconnect.db").is_file()  # the person's data stays
    assert (person / "journal-notes.txt").read_text() == "mine"
