"""Every test runs offscreen, with its own data folder, settings and runtime folder."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="reconnect-runtime-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime
# No desktop session bus: the real portal's reduced-motion setting must not reach the tests
# (tests/model/test_system_motion.py brings its own bus and fake portal).
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/reconnect-tests-bus"

import contextlib

import pytest

# Network use anywhere in the test run is recorded here; the privacy tests assert on it.
NETWORK_EVENTS: list[tuple[str, tuple]] = []


def _audit(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                 "urllib.Request", "http.client.connect"):
        NETWORK_EVENTS.append((event, args))


sys.addaudithook(_audit)


class FakeClock:
    """A clock the test moves by hand; starts on a fixed Thursday evening."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 26, 19, 30, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the real user's data or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("NUMBNESS_DESKTOP_DATA_DIR", raising=False)
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    yield home


@pytest.fixture
def store(data_dir: Path, clock: FakeClock):
    from numbness_desktop.store.db import open_store

    opened = open_store(data_dir, clock)
    yield opened
    with contextlib.suppress(Exception):
        opened.close()


@pytest.fixture
def app_model(store, qapp):
    from numbness_desktop.model.app_model import AppModel

    return AppModel(store)


@pytest.fixture(autouse=True)
def fake_sound_output(monkeypatch):
    """No test ever opens the real sound device: cues go to a recorder."""
    from numbness_desktop.ui.breathe import tones
    from tests.fake_audio import FakeOutput

    output = FakeOutput()
    monkeypatch.setattr(tones, "open_output", lambda: output)
    return output


# Ending the test process -----------------------------------------------------------------
# Twice in December 2026 a green run exited with SIGSEGV (rc 139) *after* pytest's summary:
# in Python's interpreter teardown, where PySide6 destroys the session's remaining Qt objects
# in no fixed order. (Closing and deleting the
# widgets first made it worse: it crashed every time.) The app's own exit is tested apart
# (tests/test_shutdown.py runs the real app), so the test process ends with pytest's exit
# status once pytest is done, skipping a teardown that is not what these tests check.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _EXIT_STATUS and not hasattr(config, "workerinput"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
