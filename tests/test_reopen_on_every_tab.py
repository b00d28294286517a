"""The app starts again on whichever tab a person closed it on.

Each start is a real process (a native crash must fail one test, not end the suite): the
last tab is remembered in the data folder, and the window paints and exits cleanly. Support
used to crash Qt here: its sections were laid out while the window was still first being
shown.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from numbness_desktop.domain.clock import system_clock
from numbness_desktop.model.preferences import Preferences
from numbness_desktop.store.db import open_store
from numbness_desktop.ui.main_window import TAB_ORDER


@pytest.mark.parametrize("tab", TAB_ORDER)
def test_the_app_starts_on_the_tab_it_was_closed_on(tab, tmp_path):
    data_dir = tmp_path / "data"
    store = open_store(data_dir, system_clock)
    Preferences(store).set_value("window/lastTab", tab)
    store.close()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "NUMBNESS_DESKTOP_EXIT_AFTER_PAINT": "1"}
    done = subprocess.run([sys.executable, "-m", "numbness_desktop", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
