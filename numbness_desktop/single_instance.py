"""One Reconnect per data folder: a lock file, and a local socket to wake the first one.

The lock (QLockFile) guarantees that the database is never opened for writing by two
processes; the local server lets a second launch bring the open window to the front. The
server (and QtNetwork, about 6 ms to import) is only built when the door opens, after the
first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "reconnect.lock"
RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000
KNOCK_PATIENCE_S = 3.0


def server_name(data_dir: Path) -> str:
    """A socket name unique to the folder (Qt's own SHA-256: hashlib costs 3 ms at start)."""
    digest = QCryptographicHash.hash(str(data_dir.resolve()).encode(),
                                     QCryptographicHash.Algorithm.Sha256)
    return f"reconnect-{bytes(digest.toHex().data()).decode()[:16]}"


class InstanceGuard(QObject):
    """Holds the lock while the app runs; calls ``on_raise`` when another launch knocks."""

    def __init__(self, lock: QLockFile | None, data_dir: Path) -> None:
        super().__init__()
        self._lock = lock
        self._data_dir = data_dir
        self._server: QLocalServer | None = None
        self._on_raise: Callable[[], None] | None = None

    def listen(self) -> None:
        """Open the door for later launches (after the first paint: it is not urgent)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        QLocalServer.removeServer(name)
        self._server.listen(name)

    def on_raise(self, callback: Callable[[], None]) -> None:
        self._on_raise = callback

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        if self._lock is not None:
            self._lock.unlock()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()) and self._on_raise:
            self._on_raise()
        socket.disconnectFromServer()


def try_lock(data_dir: Path) -> QLockFile | None:
    """The data folder's lock, or ``None`` when another live process holds it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def is_held_elsewhere(data_dir: Path) -> bool:
    """Whether a live process holds the lock (not merely: the lock file can't be written)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def no_guard(data_dir: Path) -> InstanceGuard:
    """A guard without a lock, for data where no lock file can be written (read-only or
    full disk): such data cannot be written by two instances at once anyway."""
    return InstanceGuard(None, data_dir)


def acquire(data_dir: Path) -> InstanceGuard | None:
    """Become the one instance for ``data_dir``, or return ``None`` if one is running."""
    lock = try_lock(data_dir)
    return InstanceGuard(lock, data_dir) if lock is not None else None


def ask_running_instance_to_raise(data_dir: Path) -> bool:
    """Knock on the running instance's door; ``True`` if it answered."""
    import time

    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + KNOCK_PATIENCE_S
    while True:  # the first instance opens its door just after its first paint
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            break
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    socket.write(RAISE_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True
