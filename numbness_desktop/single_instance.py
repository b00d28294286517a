"""One Reconnect per data folder: a lock file, and a local socket to wake the first one.

The lock (QLockFile) guarantees that the database is never opened for writing by two
processes; the local server lets a second launch bring the open window to the front. The
server (and QtNetwork, about 6 ms to import) is only built when the door opens, after the
first paint.

The socket lives in the private runtime folder (``$XDG_RUNTIME_DIR/numbness-desktop``, 0700,
inside a folder only the user can enter), never in the shared /tmp: other users can neither
see that Reconnect is open nor knock. Its name is a hash of the data folder, so it says
nothing about the folder either. It is removed on exit; one left by a killed process is
replaced on the next start (the lock proves nobody else is listening). Without a usable
runtime folder the data folder (0700 too) holds it.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = "reconnect.lock"
RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000
KNOCK_PATIENCE_S = 3.0


RUNTIME_SUBDIR = "numbness-desktop"
SOCKET_PATH_MAX = 100  # sun_path holds 108 bytes on Linux


def runtime_dir(data_dir: Path) -> Path:
    """The private folder for the socket: $XDG_RUNTIME_DIR/numbness-desktop, else DATA_DIR.

    The runtime folder is used only when it is ours and closed to others (0700), as the XDG
    specification promises; the subfolder is made 0700 as well.
    """
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base:
        try:
            info = os.stat(base)
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077 == 0:
                folder = Path(base) / RUNTIME_SUBDIR
                folder.mkdir(mode=0o700, exist_ok=True)
                if stat.S_IMODE(folder.stat().st_mode) != 0o700:
                    folder.chmod(0o700)
                return folder
        except OSError:
            pass
    return data_dir


def server_name(data_dir: Path) -> str:
    """The socket's full path: a hash of the folder (Qt's SHA-256: hashlib costs 3 ms).
    Named here, not at import: the door opens after the first paint, and naming a Qt class
    builds its Python type (~2.4 M instructions for this one)."""
    from PySide6.QtCore import QCryptographicHash

    digest = QCryptographicHash.hash(str(data_dir.resolve()).encode(),
                                     QCryptographicHash.Algorithm.Sha256)
    name = bytes(digest.toHex().data()).decode()[:16]
    path = runtime_dir(data_dir) / name
    if len(str(path).encode()) > SOCKET_PATH_MAX:
        path = data_dir / "reconnect.sock"  # a deep data folder: keep it in that folder
    return str(path)


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
        """Close the door (the socket file goes with it) and give up the lock."""
        if self._server is not None:
            self._server.close()
            self._server = None
            remove_socket(self._data_dir)
        if self._lock is not None:
            self._lock.unlock()

    def _accept(self) -> None:
        if self._server is None:  # released while a connection was queued
            return
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()) and self._on_raise:
            self._on_raise()
        socket.disconnectFromServer()


def remove_socket(data_dir: Path) -> None:
    """Remove the socket file if one is left (after a kill, or on Delete everything)."""
    with contextlib.suppress(OSError):
        os.unlink(server_name(data_dir))


def try_lock(data_dir: Path, wait_ms: int = 200) -> QLockFile | None:
    """The data folder's lock, or ``None`` when another live process holds it (after
    waiting up to ``wait_ms`` for one that is just closing)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(wait_ms) else None


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


def acquire(data_dir: Path, wait_ms: int = 200) -> InstanceGuard | None:
    """Become the one instance for ``data_dir``, or return ``None`` if one is running."""
    lock = try_lock(data_dir, wait_ms)
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
