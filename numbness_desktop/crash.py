"""An unexpected error never makes the window vanish: log it, say so calmly, carry on.

Python errors go through ``sys.excepthook`` (a calm dialog and the traceback in the log).
A native crash (a segfault or abort inside Qt, which no hook can catch) is written to the
same log by ``faulthandler`` once the app runs: :func:`log_native_crashes`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TextIO

from numbness_desktop import paths

_log_file: Path | None = None
_native_log: TextIO | None = None  # open for the whole process: faulthandler writes to its fd


def install(log_file: Path | None) -> None:
    """Replace ``sys.excepthook`` as early as possible; the log file may be set later."""
    global _log_file
    _log_file = log_file
    sys.excepthook = _hook


def set_log_file(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file


def log_native_crashes(log_file: Path) -> bool:
    """Let ``faulthandler`` write a fatal native error's Python stacks to ``log_file``.

    The file is private (0600) and stays open (faulthandler needs a file descriptor when the
    process is already failing). Only the app's own launch calls this, never a library user
    or the tests, whose faulthandler belongs to pytest. ``False`` if the log can't be opened.
    """
    global _native_log
    import faulthandler

    try:
        paths.ensure_private_dir(log_file.parent)
        log_file.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
        paths.make_private_file(log_file)
        handle = log_file.open("a", encoding="utf-8")
    except OSError:
        return False
    if _native_log is not None:
        _native_log.close()
    _native_log = handle
    faulthandler.enable(file=handle, all_threads=True)
    return True


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    import traceback

    text = "".join(traceback.format_exception(kind, error, tb))
    written = write_log(text)
    sys.stderr.write(text)
    _show_dialog(written)


def write_log(text: str) -> Path | None:
    """Append a traceback to the log in the data folder (0600); returns where it went."""
    if _log_file is None:
        return None
    import datetime

    try:
        paths.ensure_private_dir(_log_file.parent)
        _log_file.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
        paths.make_private_file(_log_file)
        stamp = datetime.datetime.now(datetime.UTC).astimezone().isoformat(timespec="seconds")
        with _log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return _log_file


def _show_dialog(log_file: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None or app.property("reconnectNoCrashDialog"):
        return
    where = (f"\n\nThe details were written to {log_file}." if log_file
             else "\n\nThe details could not be written to a log file.")
    box = QMessageBox(QMessageBox.Icon.Information, "Something went wrong",
                      "Something unexpected happened inside Reconnect; it is still running. "
                      "The step it was doing may not have finished. Anything saved before "
                      "it is still in the data file. To check, look for your latest words "
                      "where you wrote them, or run “numbness-desktop check”." + where)
    box.setAccessibleName("Something went wrong")
    box.exec()
