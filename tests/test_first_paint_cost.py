"""Nothing on the way to the first paint builds PySide6's ``Qt`` enum namespace.

Building it costs ~12 ms of a ~0.14 s start (measured by benchmarks/run.py); an innocent
``Qt.AlignmentFlag`` in a Today card once brought it back. Checked in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = """
import pathlib, sys, tempfile
import PySide6.QtCore as core
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
from numbness_desktop.ui.first_paint import after_first_paint
window = wiring.create_window(pathlib.Path(tempfile.mkdtemp()))
seen = []
after_first_paint(window.today.first_paint_marker(), lambda: seen.append("Qt" in core.__dict__),
                  at_once=True)
window.show()
while not seen:
    app.processEvents()
print("built" if seen[0] else "not built")
window.close()
"""


def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "not built"
