"""The PySide6 6.12 / Python 3.11 reference-count guard keeps a long pacing session alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from numbness_desktop.refcount_guard import protect_singletons
protect_singletons()
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Emitter(QObject):
    ping = Signal()
emitter, timer = Emitter(), QTimer()
for _ in range(50_000):  # more than ten minutes of pacing
    emitter.ping.emit()
    timer.stop()
print("alive")
"""


def test_many_qt_calls_do_not_abort_the_process():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
