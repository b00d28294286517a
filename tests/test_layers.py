"""Arrows only point down: ui → model → store → domain. Checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "numbness_desktop"
FORBIDDEN = {
    "domain": ("PySide6", "sqlite3", "sqlite_utils", "numbness_desktop.store",
               "numbness_desktop.model", "numbness_desktop.ui"),
    "store": ("PySide6", "numbness_desktop.model", "numbness_desktop.ui"),
    "model": ("numbness_desktop.ui", "PySide6.QtWidgets", "sqlite3", "sqlite_utils"),
    "ui": ("numbness_desktop.store", "sqlite3", "sqlite_utils"),
}
NETWORK_MODULES = ("socket", "urllib", "http", "requests", "ssl", "ftplib", "smtplib",
                   "PySide6.QtWebEngineCore", "telemetry")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer):
    offences = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_no_network_code_anywhere():
    offences = []
    for path in PACKAGE.rglob("*.py"):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []
