"""One Reconnect per data folder; a second launch wakes the first and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from numbness_desktop import single_instance


def test_second_guard_is_refused_and_knocking_raises_the_first(tmp_path, qtbot):
    raised = []
    first = single_instance.acquire(tmp_path)
    assert first is not None
    first.listen()
    try:
        first.on_raise(lambda: raised.append(True))
        assert single_instance.try_lock(tmp_path) is None
        assert single_instance.ask_running_instance_to_raise(tmp_path)
        qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    finally:
        first.release()
    again = single_instance.try_lock(tmp_path)
    assert again is not None
    again.unlock()


def test_second_launch_says_so_and_exits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = tmp_path / "data"
    first = subprocess.Popen([sys.executable, "-m", "numbness_desktop", "--data-dir", str(data)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (data / "reconnect.db").exists() and time.monotonic() < deadline:
            assert first.poll() is None
            time.sleep(0.05)
        second = subprocess.run(
            [sys.executable, "-m", "numbness_desktop", "--data-dir", str(data)],
            env=env, capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=10)
