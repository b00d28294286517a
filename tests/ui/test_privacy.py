"""Private by construction: no socket is ever connected, files stay the user's own."""

from __future__ import annotations

import contextlib
import stat

from tests.conftest import NETWORK_EVENTS
from tests.ui.conftest import type_entry


def test_start_up_and_a_full_safety_plan_edit_open_no_connection(open_window, qtbot, data_dir):
    from numbness_desktop.domain.safety_plan import SECTIONS

    NETWORK_EVENTS.clear()
    window = open_window()
    window.show_tab("Safety plan")
    for section in SECTIONS:
        type_entry(qtbot, window.safety.editors[section.key], f"{section.title} words", "0700")
    window.show_help()
    window.close()
    assert NETWORK_EVENTS == []
    for path in data_dir.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path


def test_the_audit_hook_really_sees_connections():
    """Guard against a privacy test that cannot fail."""
    import socket

    NETWORK_EVENTS.clear()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        with contextlib.suppress(OSError):
            probe.connect(("127.0.0.1", 9))
    assert [event for event, _ in NETWORK_EVENTS] == ["socket.connect"]
    NETWORK_EVENTS.clear()
