"""200 SIGKILLs of a process writing through the real store: nothing committed is lost.

The writer (benchmarks/kill_writer.py, which the benchmark runs with 1,000+ kills) reports
each id only after its transaction committed; after every kill the file must still pass
``integrity_check`` and hold every reported id.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = Path(__file__).resolve().parents[2] / "benchmarks" / "kill_writer.py"


@pytest.mark.slow
def test_200_sigkills_lose_no_committed_write_and_never_corrupt(tmp_path):
    done = subprocess.run([sys.executable, str(WRITER), "200", str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout)
    assert done.returncode == 0, result
    assert result["integrity"] == ["ok"]
    assert result["missing"] == 0
    assert result["kills"] == 200 and result["reported"] > 100  # kills landed mid-writing
