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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(layer: str) -> dict[str, set[str]]:
    """Every module of ``layer`` and the modules of the same layer it imports — at the top,
    inside functions or under ``TYPE_CHECKING`` alike (the AST sees them all)."""
    modules = {_module_name(path): path for path in (PACKAGE / layer).rglob("*.py")}
    return {name: {other for other in imported_modules(path)
                   if other in modules and other != name}
            for name, path in modules.items()}


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each circle once, as the path that closes it (a depth-first search)."""
    circles: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        for other in sorted(graph[name]):
            if other in trail:
                circle = [*trail[trail.index(other):], other]
                if frozenset(circle) not in seen:
                    seen.add(frozenset(circle))
                    circles.append(circle)
            elif other not in done:
                visit(other, [*trail, other])
        done.add(name)

    for start in sorted(graph):
        if start not in done:
            visit(start, [start])
    return circles


def test_the_circle_finder_finds_circles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_circles(graph) == [["a", "b", "c", "a"]]
    assert import_circles({"a": {"b"}, "b": set()}) == []


# Circles known and waiting to be untied: store/transfer.py keeps export_data/write_export as
# lazy wrappers around store/transfer_export.py (which reads transfer's record kinds) for
# their many callers. Moving the callers to transfer_export lets this entry go.
KNOWN_CIRCLES: set[frozenset[str]] = set()


@pytest.mark.parametrize("layer", ["domain", "store", "model"])
def test_no_import_circle_within_a_layer(layer):
    """Not even through ``TYPE_CHECKING``: a hub hands its models what they need instead."""
    circles = [c for c in import_circles(import_graph(layer)) if frozenset(c) not in KNOWN_CIRCLES]
    assert circles == []


def test_known_circles_still_exist():
    found = {frozenset(c) for layer in ("domain", "store", "model")
             for c in import_circles(import_graph(layer))}
    assert sorted(map(sorted, KNOWN_CIRCLES - found)) == [], "untied: remove from KNOWN_CIRCLES"


# One job per module (issue 18): none over 400 lines. Modules still waiting for their split
# are listed here; the list only shrinks, and a module that got shorter leaves it.
MAX_LINES = 400
LONG_MODULES_WAITING: set[str] = set()  # every split has landed


def _line_counts() -> dict[str, int]:
    return {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8")
                                                        .splitlines())
            for path in PACKAGE.rglob("*.py")}


def test_no_module_is_over_400_lines():
    long = sorted(name for name, lines in _line_counts().items()
                  if lines > MAX_LINES and name not in LONG_MODULES_WAITING)
    assert long == []


def test_modules_that_were_split_leave_the_waiting_list():
    counts = _line_counts()
    done = sorted(name for name in LONG_MODULES_WAITING if counts.get(name, 0) <= MAX_LINES)
    assert done == [], "split already: remove these from LONG_MODULES_WAITING"
