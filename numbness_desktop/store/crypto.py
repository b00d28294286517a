"""The optional passphrase: SQLCipher behind the same store, imported only when needed.

SQLCipher (the ``sqlcipher3`` wheel: SQLCipher 4 on SQLite 3.53, FTS5 and JSON included) is
an optional extra (``pip install 'numbness-desktop[passphrase]'``). A plain database file
starts with "SQLite format 3"; an encrypted one is noise from its first byte, which is how
:func:`is_encrypted` tells them apart without any key. The passphrase is held only in
memory while Reconnect runs: it is never written anywhere, and nothing can recover it.

Turning the passphrase on, changing it and removing it all work the same way: a checked
backup first, then a new copy written with ``sqlcipher_export`` under the new key (or none),
checked row by row against the original, and only then swapped in for the old file. The
backups are rewritten under the same key, so none stays readable without it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from numbness_desktop.domain.errors import ReconnectError, StorageError


class KeyedStore(Protocol):
    """What :func:`change_passphrase` needs of ``store.db.Store`` (which imports this module
    to open an encrypted file, so it is described here rather than imported)."""

    data_dir: Path
    path: Path
    conn: sqlite3.Connection
    passphrase: str | None

    def backup(self, label: str = ...) -> Path: ...

    def reconnect(self, passphrase: str | None) -> None: ...

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ...
              ) -> list[sqlite3.Row]: ...


PLAIN_HEADER = b"SQLite format 3\x00"
ENV_PASSPHRASE = "NUMBNESS_DESKTOP_PASSPHRASE"
MIN_LENGTH = 6


class PassphraseNeeded(ReconnectError):
    """The data is locked: open it with the passphrase."""


class WrongPassphrase(ReconnectError):
    """That passphrase did not open the data (said kindly, with no lock-out)."""


class CipherUnavailable(ReconnectError):
    """sqlcipher3 is not installed (or cannot load) here."""


def availability() -> str | None:
    """``None`` when the passphrase can be used here; else why not, in plain words."""
    try:
        _driver()
    except CipherUnavailable as error:
        return error.message
    return None


def _driver() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:  # not installed, or its library cannot load
        raise CipherUnavailable(
            "A passphrase needs SQLCipher (the sqlcipher3 package), which isn't installed "
            "with this copy of Reconnect. Installing Reconnect with its 'passphrase' extra "
            f"adds it ({error.name or 'sqlcipher3'} could not be loaded).") from error
    return dbapi2


def is_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite yet is whole SQLCipher pages (≥ 512 bytes
    each) without a plain header's fixed bytes; anything else that is not SQLite is a
    damaged file, said as such elsewhere."""
    try:
        with path.open("rb") as handle:
            head = handle.read(24)
            size = os.fstat(handle.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError):
        return False
    if not head or head.startswith(PLAIN_HEADER) or size % 512:
        return False
    if head[:16] == bytes(16):  # SQLCipher's first 16 bytes are a random salt, never zeros
        return False
    # Bytes 21–23 of a plain SQLite header are always 64, 32, 32 (payload fractions): a
    # plain file whose first bytes were damaged keeps them; SQLCipher's are ciphertext.
    return head[21:24] != b"\x40\x20\x20"


def quote(passphrase: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA and ATTACH take no parameters)."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot hold a NUL character")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, timeout: float = 3.0, *, options: str = ""
            ) -> sqlite3.Connection:
    """Open an encrypted database with ``passphrase``; wrong → :class:`WrongPassphrase`.

    ``options``: URI options such as ``mode=ro&immutable=1`` (a read-only connection that
    can never change the file: backups, checks, read-only media).
    """
    driver = _driver()
    conn: sqlite3.Connection
    if options:
        conn = driver.connect(f"{Path(path).resolve().as_uri()}?{options}", uri=True,
                              timeout=timeout)
    else:
        conn = driver.connect(str(path), timeout=timeout)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to say, calmly
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        conn.close()
        if "not a database" in str(error).lower():
            raise WrongPassphrase("That passphrase didn't open your data. Take your time "
                                  "and try again; there is no limit.") from error
        raise
    conn.row_factory = driver.Row
    return conn


def connector(passphrase: str | None) -> Callable[[Path], sqlite3.Connection]:
    """How to open a backup of this store: with the key, or plain."""
    if passphrase is None:
        return lambda path: sqlite3.connect(path)
    return lambda path: connect(path, passphrase)


def export_copy(source: Path, source_key: str | None, target: Path,
                target_key: str | None) -> None:
    """Write ``source`` to a new file ``target`` under ``target_key`` (None: plain)."""
    driver = _driver()
    target.unlink(missing_ok=True)
    conn = connect(source, source_key) if source_key is not None \
        else driver.connect(str(source))
    try:
        conn.execute(f"ATTACH DATABASE {quote(str(target))} AS target "
                     f"KEY {quote(target_key or '')}")
        conn.execute("SELECT sqlcipher_export('target')").fetchall()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    os.chmod(target, 0o600)


def same_content(first: Path, first_key: str | None, second: Path,
                 second_key: str | None) -> bool:
    """Both files sound, with the same tables holding the same rows."""
    def snapshot(path: Path, key: str | None) -> list[Any] | None:
        conn = connect(path, key) if key is not None else _driver().connect(str(path))
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return None
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
            return [(name, sorted(map(tuple, conn.execute(f'SELECT * FROM "{name}"')), key=repr))
                    for name in names]
        finally:
            conn.close()

    a = snapshot(first, first_key)
    return a is not None and a == snapshot(second, second_key)


def rekey_file(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Replace ``path`` by a checked copy under ``new_key``; the old file is removed."""
    fresh = path.with_name(path.name + ".rekeying")
    try:
        export_copy(path, old_key, fresh, new_key)
        if not same_content(path, old_key, fresh, new_key):
            raise StorageError("The re-keyed copy didn't match your data, so nothing was "
                               "changed. Your data is exactly as it was.")
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(fresh, path)
    finally:
        fresh.unlink(missing_ok=True)


def change_passphrase(store: KeyedStore, new: str | None) -> Path:
    """Turn the passphrase on (``store.passphrase`` None), change it, or remove it (``new``
    None). A checked backup comes first; the live file and every backup are re-keyed through
    checked copies; the store reopens under the new key. Returns the backup made first.
    """
    from numbness_desktop import paths

    if new is not None and len(new) < MIN_LENGTH:
        raise ValueError(f"a passphrase has at least {MIN_LENGTH} characters")
    _driver()  # refuse early, before anything is touched, when SQLCipher is missing
    old = store.passphrase
    first = store.backup("before-passphrase")
    if not same_content(store.path, old, first, old):
        raise StorageError("The backup made first didn't check out, so nothing was changed.")
    if new is not None:
        write_country_file(store.data_dir, _country(store))
    store.conn.close()
    try:
        rekey_file(store.path, old, new)
    except BaseException:
        store.reconnect(old)  # nothing changed: carry on as before
        raise
    store.reconnect(new)
    if new is None:
        (store.data_dir / COUNTRY_FILE).unlink(missing_ok=True)
    for path in sorted(paths.backup_dir(store.data_dir).glob("*.db")):
        try:
            rekey_file(path, old, new)
        except (WrongPassphrase, StorageError):
            continue  # a copy under another key stays as it was; it is listed in the report
    return first


# The country, readable without the key: Get help now on the unlock screen shows its line.
COUNTRY_FILE = "crisis-country.json"


def write_country_file(data_dir: Path, country: str) -> None:
    """A tiny, non-secret file (the chosen country's code only), 0600."""
    import json

    path = data_dir / COUNTRY_FILE
    path.touch(mode=0o600, exist_ok=True)
    os.chmod(path, 0o600)
    path.write_text(json.dumps({"country": country}) + "\n", encoding="utf-8")


def read_country_file(data_dir: Path) -> str:
    import json

    try:
        value = json.loads((data_dir / COUNTRY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    country = value.get("country") if isinstance(value, dict) else ""
    return country if isinstance(country, str) and len(country) <= 10 else ""


def _country(store: KeyedStore) -> str:
    rows = store.query("SELECT value FROM settings WHERE key = 'safety_plan.country'")
    return rows[0][0] if rows else ""
