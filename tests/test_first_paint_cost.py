"""Nothing on the way to the first paint builds PySide6's ``Qt`` enum namespace.

Building it costs ~12 ms of a ~0.14 s start (measured by benchmarks/run.py); an innocent
``Qt.AlignmentFlag`` in a Today card once brought it back, and so did a list model the
two-week plan card reads. Checked in a fresh interpreter, on a new folder and on the demo
folder (a running plan, a values goal, weeks of history: what the benchmark starts on).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CHECK = """
import pathlib, sys, tempfile
import PySide6.QtCore as core
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
from numbness_desktop.ui.first_paint import after_first_paint
folder = pathlib.Path(tempfile.mkdtemp())
if sys.argv[1] == "demo":
    from numbness_desktop.cli import _fill_demo
    _fill_demo(folder)
    import PySide6.QtCore as core
    assert "Qt" not in core.__dict__, "filling the demo built it"
window = wiring.create_window(folder)
seen = []
after_first_paint(window.today.first_paint_marker(), lambda: seen.append("Qt" in core.__dict__),
                  at_once=True)
window.show()
while not seen:
    app.processEvents()
print("built" if seen[0] else "not built")
window.close()
"""


@pytest.mark.parametrize("folder", ["new", "demo"])
def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path, folder):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHECK, folder], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "not built"
