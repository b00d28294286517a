"""Resources ship inside the package and are found through importlib.resources."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_resource_file_is_declared_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"]["numbness_desktop.resources"] == "resources"
    patterns = config["package-data"]["numbness_desktop.resources"]
    undeclared = [
        str(path.relative_to(ROOT / "resources"))
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts
        and not any(fnmatch.fnmatch(str(path.relative_to(ROOT / "resources")), p)
                    for p in patterns)
    ]
    assert undeclared == []


def test_every_package_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    # Every folder holding Python, with or without an __init__.py: a folder missed here
    # ships without its screens in a wheel (the Support tab once did).
    on_disk = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "numbness_desktop").rglob("*.py")
    }
    assert on_disk | {"numbness_desktop.resources"} == set(config["packages"])


def test_resources_load_through_importlib():
    files = resources.files("numbness_desktop.resources")
    assert files.joinpath("crisis_lines.json").is_file()
    assert files.joinpath("icons", "chevron-down.svg").is_file()


def test_icon_paths_are_the_files_importlib_resources_finds():
    from numbness_desktop.ui.theme import icon_path

    expected = resources.files("numbness_desktop.resources").joinpath("icons", "chevron-down.svg")
    assert Path(icon_path("chevron-down.svg")) == Path(str(expected))
    assert Path(icon_path("chevron-down.svg")).is_file()


def test_the_bundle_carries_every_kind_of_resource_the_wheel_does():
    """packaging/reconnect.spec lists the resource files by hand (PyInstaller cannot follow
    pyproject's mapping): Learn's pages were once missing from the bundle, and the journal's
    search, which reads them, failed there."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    spec = (ROOT / "packaging" / "reconnect.spec").read_text()
    for pattern in config["package-data"]["numbness_desktop.resources"]:
        parts = ", ".join(f'"{part}"' for part in pattern.split("/"))
        assert f"RESOURCES / {parts.replace(', ', ' / ')})" in spec, pattern
