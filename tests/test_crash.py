"""An unexpected error is logged in the data folder; the app carries on."""

from __future__ import annotations

import stat
import sys

from numbness_desktop import crash


def test_unexpected_error_is_logged_privately(tmp_path, qapp, monkeypatch):
    log = tmp_path / "data" / "reconnect.log"
    shown = []
    monkeypatch.setattr(crash, "_show_dialog", lambda where: shown.append(where))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(log)
    try:
        raise ValueError("a bug, not the person's fault")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = log.read_text()
    assert "ValueError: a bug, not the person's fault" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert shown == [log]


NATIVE_CRASH = """
import sys
from pathlib import Path
from numbness_desktop import crash
assert crash.log_native_crashes(Path(sys.argv[1]))
import faulthandler
faulthandler._sigsegv()  # what a crash inside Qt looks like to Python
"""


def test_a_native_crash_leaves_its_stacks_in_the_private_log(tmp_path):
    import subprocess

    log = tmp_path / "data" / "reconnect.log"
    done = subprocess.run([sys.executable, "-c", NATIVE_CRASH, str(log)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0
    text = log.read_text()
    assert "Fatal Python error: Segmentation fault" in text
    assert "Current thread" in text or "Thread 0x" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
