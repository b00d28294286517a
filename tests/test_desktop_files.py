"""The desktop entry, the AppStream metainfo and the icons that `make install` puts in place."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import numbness_desktop
from numbness_desktop.ui.main_window import TAB_ORDER

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / "io.github.reconnect.numbness_desktop.metainfo.xml"
DESKTOP = PACKAGING / "numbness-desktop.desktop"


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_newest_release_is_this_version_and_releases_are_newest_first():
    releases = metainfo().findall("releases/release")
    assert releases[0].get("version") == numbness_desktop.__version__
    dates = [release.get("date") for release in releases]
    assert dates == sorted(dates, reverse=True)
    assert all(release.find("description") is not None for release in releases)


def test_every_view_is_described():
    text = " ".join(metainfo().find("description").itertext())
    for label in (*TAB_ORDER, "Get help now"):
        assert f"{label}:" in text, label


def test_every_screenshot_is_one_the_screenshots_command_makes():
    images = [image.text for image in metainfo().findall("screenshots/screenshot/image")]
    assert len(images) >= 5
    assert metainfo().find("screenshots/screenshot[@type='default']") is not None
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_content_rating_and_launchable_match_the_desktop_entry():
    root = metainfo()
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "numbness-desktop"


def test_the_desktop_entry_names_the_launcher_and_icon():
    lines = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert lines["Exec"] == "numbness-desktop"
    assert lines["Icon"] == "numbness-desktop"
    assert lines["StartupWMClass"] == "numbness-desktop"  # QGuiApplication.desktopFileName


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="needs desktop-file-validate (Debian: desktop-file-utils)")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="needs appstreamcli (Debian: appstream)")
def test_metainfo_validates_pedantically():
    done = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net",
                           str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    issues = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "P:")]
    assert issues == []


def test_icons_are_rendered_from_the_svg_at_every_hicolor_size(tmp_path, qapp):
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    written = render_icons.render(ROOT / "resources" / "icons" / "numbness-desktop.svg",
                                  tmp_path)
    assert [int(path.parts[-3].split("x")[0]) for path in written] == list(render_icons.SIZES)
    assert min(render_icons.SIZES) == 16 and max(render_icons.SIZES) == 512
    for path in written:
        image = QImage(str(path))
        size = int(path.parts[-3].split("x")[0])
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() == 0  # the circle, on transparency
