"""Modules imported inside without_source_scan() are not read by PySide6, and the hook
comes back afterwards."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

from numbness_desktop.source_scan import without_source_scan

feature = sys.modules["shibokensupport.feature"]


def write_module(folder, name: str) -> None:
    (folder / f"{name}.py").write_text("import PySide6\nVALUE = 1\n")


def test_a_module_imported_inside_is_ignored_without_reading_it(tmp_path, monkeypatch):
    write_module(tmp_path, "scan_probe_inside")
    monkeypatch.syspath_prepend(str(tmp_path))
    original = feature._mod_uses_pyside
    with without_source_scan():
        module = __import__("scan_probe_inside")  # through PySide6's hook, as `import` is
    assert module.VALUE == 1
    assert feature.pyside_feature_dict["scan_probe_inside"] == -1
    assert feature._mod_uses_pyside is original


def test_outside_the_block_pyside_reads_the_source_again(tmp_path, monkeypatch):
    write_module(tmp_path, "scan_probe_outside")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("scan_probe_outside")
    assert feature.pyside_feature_dict["scan_probe_outside"] == 0  # it names PySide6


def test_without_the_hook_it_does_nothing(monkeypatch):
    from numbness_desktop import source_scan

    monkeypatch.setattr(source_scan, "_CHECK", "_a_hook_a_later_pyside_might_not_have")
    original = feature._mod_uses_pyside
    with without_source_scan():
        assert feature._mod_uses_pyside is original
