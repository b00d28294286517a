"""Signals reach Python while Qt's loop waits: the store is closed once, even if asked twice."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QCoreApplication, QTimer

from numbness_desktop.shutdown import ShutdownGuard


def test_sigterm_inside_the_event_loop_saves_and_closes_once_even_if_sent_twice(qapp):
    closed, saved = [], []
    guard = ShutdownGuard(qapp, save=lambda: saved.append(1), close=lambda: closed.append(1))
    try:
        def twice():
            os.kill(os.getpid(), signal.SIGTERM)
            os.kill(os.getpid(), signal.SIGHUP)  # a second signal while closing

        QTimer.singleShot(0, twice)
        QTimer.singleShot(3000, QCoreApplication.quit)  # a safety net: never hang the suite
        qapp.exec()
        assert closed == [1]
        assert guard.received == [signal.SIGTERM, signal.SIGHUP]
        qapp.aboutToQuit.emit()  # the session ending afterwards closes nothing twice
        assert closed == [1]
    finally:
        guard.uninstall()
    assert signal.getsignal(signal.SIGTERM) != guard._on_signal  # given back
