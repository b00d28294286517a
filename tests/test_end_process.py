"""The app's process ends without taking Qt down widget by widget, unless it holds what a
person copied: then Qt's own end runs, which hands the clipboard to the desktop's clipboard
manager. Run in a child process (the end is ``os._exit``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

END = """
import sys
from PySide6.QtWidgets import QApplication
from numbness_desktop import app as wiring
qt_app = QApplication([])
if sys.argv[1] == "held":  # (offscreen Qt never owns a clipboard: as on a desktop that does)
    wiring.holds_clipboard = lambda _app: True
qt_app.destroyed.connect(lambda: print("Qt taken down", flush=True))
print("holds the clipboard:", wiring.holds_clipboard(qt_app), flush=True)
wiring.end_process(3)
"""


@pytest.mark.parametrize("clipboard", ["held", "not held"])
def test_qt_is_taken_down_only_to_hand_over_the_clipboard(clipboard):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", END, clipboard], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    assert ("Qt taken down" in done.stdout) == (clipboard == "held")
    assert "holds the clipboard: " + str(clipboard == "held") in done.stdout
