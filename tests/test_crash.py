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
