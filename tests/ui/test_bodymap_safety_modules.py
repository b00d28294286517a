"""Body map and Safety plan keep one job per module (issue 18): none over 400 lines."""

from __future__ import annotations

from importlib import resources

import pytest

MOST_LINES = 400
ALLOWED_LONGER: dict[str, int] = {}  # starts empty: a long module is split, not allowed


@pytest.mark.parametrize("package", ["numbness_desktop.ui.bodymap",
                                     "numbness_desktop.ui.safety"])
def test_no_module_is_over_400_lines(package):
    files = resources.files(package)
    sizes = {entry.name: len(entry.read_text("utf-8").splitlines())
             for entry in files.iterdir() if entry.name.endswith(".py")}
    assert "view.py" in sizes
    assert {name: lines for name, lines in sizes.items()
            if lines > ALLOWED_LONGER.get(name, MOST_LINES)} == {}


def test_the_map_widget_is_split_by_job():
    files = resources.files("numbness_desktop.ui.bodymap")
    for job in ("map_geometry.py", "map_painter.py", "map_labels.py", "map_keys.py",
                "map_words.py"):
        assert files.joinpath(job).is_file(), job
