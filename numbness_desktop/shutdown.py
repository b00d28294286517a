"""Save everything and close the store cleanly when the desktop or a person stops the app.

SIGTERM (logout, shutdown, ``kill``), SIGHUP (the terminal went away) and SIGINT (Ctrl+C)
must not lose a word. Python runs a signal handler only when the interpreter gets control,
and while Qt's event loop waits in C++ that can be never; so the handlers are woken through
a pipe: ``signal.set_wakeup_fd`` writes the signal's number into it, a ``QSocketNotifier``
sees the byte inside Qt's loop, and the handler then runs on the main thread like any slot.

The desktop session's end arrives as ``commitDataRequest`` (save, the session may go on) and
``aboutToQuit`` (save and close). A second signal while closing is ignored: every write is
one SQLite transaction, so the file is consistent whenever the process stops.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                if hasattr(signal, name))


class ShutdownGuard(QObject):
    """Calls ``save`` on session-save requests and ``close`` (once) before quitting."""

    def __init__(self, app: QCoreApplication, save: Callable[[], object],
                 close: Callable[[], object]) -> None:
        super().__init__(app)
        self._app = app
        self._save = save
        self._close = close
        self.closing = False
        self.received: list[int] = []
        read_fd, write_fd = os.pipe()
        for fd in (read_fd, write_fd):
            os.set_blocking(fd, False)
        self._read_fd, self._write_fd = read_fd, write_fd
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._on_signal) for number in SIGNALS}
        if hasattr(app, "commitDataRequest"):
            app.commitDataRequest.connect(lambda _manager: self._save())
        app.aboutToQuit.connect(self.close_once)

    def _drain(self, *_args) -> None:
        """Empty the pipe; the Python handlers have run by the time this returns."""
        with contextlib.suppress(BlockingIOError, OSError):
            while os.read(self._read_fd, 512):
                pass

    def _on_signal(self, number: int, _frame) -> None:
        self.received.append(number)
        if self.closing:
            return  # a second signal while closing: the close already under way finishes
        self.close_once()
        self._app.quit()

    def close_once(self) -> None:
        """Save everything and close the store, however many times it is asked."""
        if self.closing:
            return
        self.closing = True
        self._close()

    def uninstall(self) -> None:
        """Give the signals back (tests, or when the event loop has ended)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for fd in (self._read_fd, self._write_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
