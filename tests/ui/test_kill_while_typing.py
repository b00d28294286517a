"""Kill the real app while someone types steadily: at most the last second of words is lost.

Each test runs ``tests/typing_harness.py`` (``app.run``: the real window, lock and signal
handlers, offscreen) in a subprocess that types one key every 50 ms and never pauses, then
stops it 0.2 s after the last key: SIGKILL may lose at most the keys typed in the last
second before the kill; SIGTERM, SIGHUP and SIGINT (logout, a closed terminal, Ctrl+C) lose
nothing, and the store is closed cleanly (no -wal file is left behind).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from numbness_desktop.ui.autosave import GUARANTEE_MS

HARNESS = Path(__file__).resolve().parents[1] / "typing_harness.py"
KEYS = 40
INTERVAL_MS = 50
KILL_AFTER_S = 0.2


def saved_text(data_dir: Path, editor: str) -> str:
    conn = sqlite3.connect(data_dir / "reconnect.db")
    try:
        if editor == "journal":
            rows = conn.execute("SELECT text FROM journal_entries UNION ALL "
                                "SELECT text FROM journal_drafts").fetchall()
        elif editor == "safety":
            rows = conn.execute("SELECT text FROM safety_plan_items "
                                "WHERE section = 'warning_signs'").fetchall()
        else:
            rows = conn.execute("SELECT value FROM settings WHERE key = 'body_map.draft'")
            rows = [(json.loads(value)["note"],) for (value,) in rows.fetchall()]
    finally:
        conn.close()
    return max((row[0] for row in rows), key=len, default="")


def type_then_stop(data_dir: Path, editor: str, how: int) -> tuple[list[float], float]:
    """Type KEYS keys; 0.2 s after the last one send ``how``. Returns key times, stop time."""
    process = subprocess.Popen(
        [sys.executable, str(HARNESS), str(data_dir), editor, str(KEYS), str(INTERVAL_MS)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times: list[float] = []
    try:
        for line in process.stdout:
            if line.startswith("key "):
                times.append(float(line.split()[2]))
            elif line.startswith("done"):
                break
        assert len(times) == KEYS, "the harness stopped before typing everything"
        time.sleep(max(0.0, times[-1] + KILL_AFTER_S - time.monotonic()))
        stopped_at = time.monotonic()
        process.send_signal(how)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    return times, stopped_at


@pytest.mark.parametrize("editor", ["journal", "safety", "bodymap"])
def test_sigkill_while_typing_loses_at_most_the_last_second(tmp_path, editor):
    data_dir = tmp_path / "data"
    times, killed_at = type_then_stop(data_dir, editor, signal.SIGKILL)
    must_be_kept = sum(1 for moment in times if moment <= killed_at - GUARANTEE_MS / 1000)
    text = saved_text(data_dir, editor)
    assert len(text) >= must_be_kept, (
        f"{editor}: {len(text)} of {KEYS} keys on disk; the {must_be_kept} typed more than a "
        "second before the kill must all be there")
    assert must_be_kept >= KEYS // 2  # the typing really was long enough to test anything


@pytest.mark.parametrize(("editor", "how"), [
    ("journal", signal.SIGTERM), ("safety", signal.SIGTERM), ("bodymap", signal.SIGTERM),
    ("journal", signal.SIGHUP), ("safety", signal.SIGINT),
])
def test_a_polite_signal_while_typing_loses_nothing(tmp_path, editor, how):
    data_dir = tmp_path / "data"
    type_then_stop(data_dir, editor, how)
    assert len(saved_text(data_dir, editor)) == KEYS
    assert not (data_dir / "reconnect.db-wal").exists(), "the store was closed cleanly"
