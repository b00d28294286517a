"""The command line: start the app, or export / import / back up / check / screenshot."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn

from numbness_desktop import APP_SLUG, __version__, crash, paths
from numbness_desktop.domain.errors import ReconnectError

if TYPE_CHECKING:
    import argparse

    from numbness_desktop.domain.clock import Clock
    from numbness_desktop.start_check import EarlyStart

EXIT_OK, EXIT_FAILURE = 0, 1


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the subcommands' parsers.

    A plain launch does not need them, and building them is ~3 ms of argparse set-up (and
    gettext look-ups) before the window can start.
    """
    import argparse

    parser = argparse.ArgumentParser(
        prog=APP_SLUG,
        description="Reconnect: a calm, private, offline companion for emotional numbness. "
                    "Without a subcommand it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_SLUG} {__version__}")
    _add_data_dir(parser, default=None)
    parser.add_argument("--demo", action="store_true",
                        help="start on a new temporary folder filled with sample history")
    parser.add_argument("--minimised", "--minimized", action="store_true",
                        help="start in the tray (or minimised), for the reminders; used by the "
                             "opt-in desktop-session entry")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = subcommands.add_parser("export", help="write all data as json, csv or markdown")
    export.add_argument("--format", choices=("json", "csv", "markdown"), required=True)
    export.add_argument("--out", type=Path, required=True,
                        help="file to write (for csv: a folder, one file per kind of record)")
    import_ = subcommands.add_parser("import", help="read a JSON export (or a Daylio CSV export) "
                                                "back, never twice")
    import_.add_argument("path", type=Path)
    subcommands.add_parser("backup", help="write a consistent copy into DATA_DIR/backups/")
    subcommands.add_parser("check", help="check the database (on a copy: nothing is changed)")
    subcommands.add_parser("backups", help="list the backups with date, size and check result")
    restore = subcommands.add_parser(
        "restore", help="restore the newest good backup (or BACKUP); current files set aside")
    restore.add_argument("backup", type=Path, nargs="?", metavar="BACKUP")
    shots = subcommands.add_parser("screenshots", help="render every tab to OUT_DIR/<slug>.png")
    shots.add_argument("out_dir", type=Path)
    for sub in subcommands.choices.values():
        _add_data_dir(sub, default=argparse.SUPPRESS)
    return parser


def _add_data_dir(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--data-dir", type=Path, default=default, metavar="DIR",
                        help=f"data folder (env {paths.ENV_DATA_DIR}; default: the platform's "
                             "user data folder)")


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)
    arguments = sys.argv[1:] if argv is None else argv
    args = parse_plain_launch(arguments) or build_parser().parse_args(arguments)
    try:
        return _dispatch(args)
    except ReconnectError as error:
        return _fail(error.message)
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))


def is_plain_launch(arguments: list[str]) -> bool:
    """Only ``--data-dir DIR`` and ``--demo``: the app starts and no subcommand is named."""
    tokens = iter(arguments)
    for token in tokens:
        if token == "--data-dir":
            if next(tokens, None) is None:
                return False
        elif not (token.startswith("--data-dir=") or token in ("--demo", "--minimised",
                                                                "--minimized")):
            return False
    return True


def parse_plain_launch(arguments: list[str]) -> SimpleNamespace | None:
    """A plain launch read without argparse (importing it and building the parser cost a
    few ms before the window); the same values ``build_parser().parse_args`` gives, or
    ``None`` for anything else (a subcommand, --help, a typo), which argparse then reads."""
    if not is_plain_launch(arguments):
        return None
    values: dict[str, Any] = {"data_dir": None, "demo": False, "minimised": False}
    tokens = iter(arguments)
    for token in tokens:
        if token == "--data-dir":
            value = next(tokens)
            if value.startswith("-"):
                return None  # argparse says what is wrong with it
            values["data_dir"] = Path(value)
        elif token.startswith("--data-dir="):
            values["data_dir"] = Path(token.partition("=")[2])
        elif token == "--demo":
            values["demo"] = True
        else:
            values["minimised"] = True
    return SimpleNamespace(**values, command=None)


def _dispatch(args: argparse.Namespace | SimpleNamespace) -> int:
    command = args.command
    if command is None:
        return _start_app(args)
    data_dir = paths.resolve_data_dir(args.data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        return _fail(f"{data_dir} is a file, not a folder: give --data-dir a folder.")
    crash.set_log_file(paths.log_path(data_dir))
    if command == "export":
        return _export(data_dir, args.format, args.out)
    if command == "import":
        return _import(data_dir, args.path)
    if command == "backup":
        return _backup(data_dir)
    if command == "check":
        return _check(data_dir)
    if command == "backups":
        return _list_backups(data_dir)
    if command == "restore":
        return _restore(data_dir, args.backup)
    if command == "screenshots":
        return _screenshots(args.data_dir, args.out_dir)
    return _fail(f"unknown command {command}")


def _start_app(args: argparse.Namespace | SimpleNamespace) -> NoReturn:
    """The app's own process: it ends as soon as the app has closed (see app.end_process).

    The data check is begun before the window's modules are imported, so the two overlap
    (start_check.py)."""
    crash.install(None)  # as early as possible; the log file is named once the folder is known
    early = None
    if not args.demo:
        from numbness_desktop import start_check

        early = start_check.begin(paths.resolve_data_dir(args.data_dir))
    from numbness_desktop import app

    app.end_process(_run_app(args, early))


def _run_app(args: argparse.Namespace | SimpleNamespace, early: EarlyStart | None = None
             ) -> int:
    from numbness_desktop import app

    crash.install(None)  # as early as possible; the log file is named once the folder is known
    if not args.demo:
        return app.run(paths.resolve_data_dir(args.data_dir), minimised=args.minimised,
                       early=early)
    if args.data_dir is not None:
        data_dir = Path(args.data_dir).expanduser().absolute()
        if data_dir.exists() and any(data_dir.iterdir()):
            return _fail(f"--demo fills only a new or empty folder, and {data_dir} has files in "
                         "it.")
        _fill_demo(data_dir)
        return app.run(data_dir, legacy_settings=False)
    import shutil
    import tempfile

    temporary = Path(tempfile.mkdtemp(prefix="reconnect-demo-"))
    try:
        _fill_demo(temporary)
        print(f"Demo data in {temporary} (removed when Reconnect closes).", file=sys.stderr)
        return app.run(temporary, legacy_settings=False)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _fill_demo(data_dir: Path, clock: Clock | None = None) -> None:
    """Demo data "as of" ``clock``'s now (the real time unless given)."""
    from numbness_desktop.domain.clock import system_clock
    from numbness_desktop.store.db import open_store
    from numbness_desktop.store.demo import fill_demo

    clock = clock or system_clock
    store = open_store(data_dir, clock)
    try:
        fill_demo(store, clock())
    finally:
        store.close()


def _export(data_dir: Path, fmt: str, out: Path) -> int:
    from numbness_desktop.store.db import open_store
    from numbness_desktop.store.transfer_export import write_export

    _require_existing(data_dir)
    store = open_store(data_dir, passphrase=passphrase_for(data_dir))
    try:
        written = write_export(store, fmt, out)
    finally:
        store.close()
    print(written)
    return EXIT_OK


def _import(data_dir: Path, source: Path) -> int:
    from numbness_desktop import single_instance
    from numbness_desktop.store.db import open_store
    from numbness_desktop.store.transfer import import_data, read_import

    paths.ensure_private_dir(data_dir)
    lock = single_instance.try_lock(data_dir)
    if lock is None:
        return _fail("Reconnect is open on this data folder; please close it, then import.")
    try:
        store = open_store(data_dir, passphrase=passphrase_for(data_dir))
        try:
            counts = import_data(store, read_import(source, store))
        finally:
            store.close()
    finally:
        lock.unlock()
    print(f"Imported {counts['added']} new and {counts['updated']} updated records"
          f" ({counts['skipped']} skipped).")
    return EXIT_OK


def _backup(data_dir: Path) -> int:
    from numbness_desktop.domain.clock import system_clock
    from numbness_desktop.store.maintenance import backup_now

    # Checked, written aside, renamed; encrypted data's backup is encrypted under its key.
    print(backup_now(data_dir, system_clock(), key=passphrase_for(data_dir)))
    return EXIT_OK


def _check(data_dir: Path) -> int:
    """Never changes anything: the check runs on private copies of the files."""
    from numbness_desktop.store.maintenance import integrity_problems

    problems = integrity_problems(data_dir, key=passphrase_for(data_dir))
    if problems:
        return _fail(f"{problems[0]} Nothing has been changed.")
    print(f"{paths.db_path(data_dir)} is sound. Nothing has been changed.")
    return EXIT_OK


def _list_backups(data_dir: Path) -> int:
    from numbness_desktop.store.backup import list_backups

    infos = list_backups(paths.backup_dir(data_dir), passphrase_for(data_dir, backups=True))
    if not infos:
        print(f"No backups in {paths.backup_dir(data_dir)} yet.")
    for info in infos:
        when = info.taken_at.strftime("%Y-%m-%d %H:%M") if info.taken_at else "?"
        verdict = f"ok  {info.counts_text()}" if info.ok else f"can't be used ({info.problem})"
        print(f"{when}  {info.label:<13} {info.size / 1024:8.0f} KiB  {verdict}  {info.path}")
    return EXIT_OK


def _restore(data_dir: Path, chosen: Path | None) -> int:
    from numbness_desktop import single_instance
    from numbness_desktop.domain.clock import system_clock
    from numbness_desktop.store.maintenance import restore_backup

    key = passphrase_for(data_dir, backups=True)
    lock = single_instance.try_lock(data_dir) if data_dir.is_dir() else None
    if data_dir.is_dir() and lock is None:
        return _fail("Reconnect is open on this data folder; please close it, then restore "
                     "(or use File → Restore from backup… in the app).")
    try:
        restored = restore_backup(data_dir, system_clock(), chosen, key=key)
    finally:
        if lock is not None:
            lock.unlock()
    print(f"Restored {restored.backup.path.name} ({restored.backup.counts_text()}).")
    if restored.set_aside is not None:
        print(f"The files it replaced were moved to {restored.set_aside}.")
    return EXIT_OK


def _screenshots(explicit_data_dir: Path | None, out_dir: Path) -> int:
    from numbness_desktop.screenshots import render_all

    for written in render_all(out_dir, explicit_data_dir, _fill_demo):
        print(written)
    return EXIT_OK


def passphrase_for(data_dir: Path, backups: bool = False) -> str | None:
    """None for plain data; else the passphrase from the environment or a terminal prompt.

    ``backups``: listing and restoring read the backups, so it is their encryption that
    counts (the database itself may be missing, damaged, or noise that looks encrypted).
    """
    from numbness_desktop.store.backup import backup_files
    from numbness_desktop.store.crypto import ENV_PASSPHRASE, is_encrypted

    locked = any(is_encrypted(path) for path in backup_files(paths.backup_dir(data_dir))) \
        if backups else is_encrypted(paths.db_path(data_dir))
    if not locked:
        return None
    given = os.environ.get(ENV_PASSPHRASE)
    if given:
        return given
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Reconnect's passphrase: ")
    raise ReconnectError("The data is locked with a passphrase: run this on a terminal to type "
                         f"it, or set {ENV_PASSPHRASE} for a script.")


def _require_existing(data_dir: Path) -> None:
    if not paths.db_path(data_dir).is_file():
        raise ReconnectError(f"There is no Reconnect data in {data_dir} yet.")


def _fail(message: str) -> int:
    print(f"{APP_SLUG}: {message}", file=sys.stderr)
    return EXIT_FAILURE
