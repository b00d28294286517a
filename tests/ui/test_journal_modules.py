"""The Journal's package keeps one job per module (issue 18): none over 400 lines."""

from __future__ import annotations

from importlib import resources

MOST_LINES = 400


def test_no_journal_module_is_over_400_lines():
    package = resources.files("numbness_desktop.ui.journal")
    sizes = {entry.name: len(entry.read_text("utf-8").splitlines())
             for entry in package.iterdir() if entry.name.endswith(".py")}
    assert "view.py" in sizes and "day_page.py" in sizes
    assert {name: lines for name, lines in sizes.items() if lines > MOST_LINES} == {}
