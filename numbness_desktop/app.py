"""Wiring: open the store, build the model and the window, run the event loop."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from numbness_desktop import APP_NAME, APP_SLUG, crash, paths, single_instance
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.errors import ReconnectError, StorageError
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.store.db import open_store
from numbness_desktop.ui import first_paint, theme
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from numbness_desktop.start_check import EarlyStart

AUTOMATIC_BACKUP_DELAY_MS = 4000
BACKUP_RETRY_MS = 60 * 60 * 1000
LISTEN_DELAY_MS = 300  # after the first paint: a second launch can wait that long
EXIT_AFTER_PAINT_ENV = "NUMBNESS_DESKTOP_EXIT_AFTER_PAINT"


def configure_application(app: QCoreApplication, *, icon: bool = True) -> None:
    """Names used by QSettings and the desktop environment.

    ``icon=False`` leaves the window icon to :func:`set_window_icon`, which ``run`` calls
    just after the first paint (loading the SVG costs a few ms nobody needs to wait for).
    """
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_SLUG)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(APP_NAME)
    if isinstance(app, QApplication):
        app.setDesktopFileName(APP_SLUG)
        if icon:
            set_window_icon(app)


def set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon  # after the first paint (its Python enums take ~1 ms)

    app.setWindowIcon(QIcon(theme.icon_path("numbness-desktop.svg")))


def create_window(data_dir: Path, clock: Clock = system_clock, *,
                  legacy_settings: bool = False, passphrase: str | None = None) -> MainWindow:
    """The full main window on the running QApplication, its store opened in ``data_dir``.

    Closing the window closes the store. The single-instance lock is not taken here, and
    nothing is written outside ``data_dir``; ``legacy_settings=True`` (the person's own
    launch, never ``--demo``) moves an old ~/.config settings file in once and removes it.
    Data locked with a passphrase opens only with ``passphrase`` (held in memory only).
    """
    app = QApplication.instance()
    if isinstance(app, QApplication) and not theme.is_applied(app):
        theme.apply_theme(app)
    store = open_store(Path(data_dir), clock, passphrase)
    model = AppModel(store)
    territory = QLocale.territoryToCode(QLocale.system().territory())
    # A new plan gets its country's numbers before Today first shows; an existing plan's
    # filled-in numbers are checked against today's lines just after the first paint (a
    # change reaches every view through safetyPlanChanged).
    check_numbers = not store.read_only and bool(model.safety_plan_country())
    if not store.read_only and not check_numbers:
        model.safety.ensure_country(territory)
    if legacy_settings and not store.read_only:
        from numbness_desktop.model.legacy_settings import migrate_legacy_settings

        migrate_legacy_settings(model.preferences)
    window = MainWindow(model, clock)
    window.reopen = lambda: _reopen(window, Path(data_dir), clock)
    if check_numbers:
        after_first_paint(window, lambda: _check_filled_numbers(window, territory))
    return window


def _check_filled_numbers(window: MainWindow, territory: str) -> None:
    if not window._closed:  # the store is still open
        window.app_model.safety.ensure_country(territory)


def _reopen(old: MainWindow, data_dir: Path, clock: Clock) -> MainWindow:
    """A new window on the same folder in place of ``old`` (whose store is closed); an
    encrypted store reopens under the key it was unlocked with (a restored backup has it)."""
    new = create_window(data_dir, clock, passphrase=old.app_model.store.passphrase)
    new.restoreGeometry(old.saveGeometry())
    new.show()
    for callback in _REPLACED:
        callback(new)
    old.close()
    old.deleteLater()
    return new


# Whoever holds on to "the" window (the shutdown handlers, the single-instance door)
# follows it when a restore replaces it.
_REPLACED: list[Callable[[MainWindow], object]] = []


def run(data_dir: Path, on_ready: Callable[[MainWindow], object] | None = None,
        minimised: bool = False, *, legacy_settings: bool = True,
        early: EarlyStart | None = None) -> int:
    """Start the app on ``data_dir``; returns the process exit code.

    ``early``: the folder's lock and its data check, taken and begun before this module was
    imported (start_check.py); used in place of taking them here.

    ``on_ready`` (tests and benchmarks that drive the real app) is called with the window
    once it is shown and the shutdown handlers are in place. ``legacy_settings=False``
    (``--demo``) leaves the person's old ~/.config file alone.
    ``minimised`` (the opt-in desktop-session entry): only the tray icon when the reminders
    have one, else a minimised window.
    """
    crash.set_log_file(paths.log_path(data_dir))
    if _no_screen():
        if early is not None:
            early.guard.release()
        return _refuse(tr("There is no screen to show Reconnect on (no DISPLAY or "
                          "WAYLAND_DISPLAY). Start it from your desktop session."))
    app = cast(QApplication, QApplication.instance() or theme.new_application(sys.argv[0]))
    configure_application(app, icon=False)
    theme.apply_theme(app)
    if data_dir.exists() and not data_dir.is_dir():
        return _refuse(tr("{folder} is a file, not a folder: give --data-dir a folder.")
                       .format(folder=data_dir))
    read_only = paths.is_read_only(data_dir)
    if not read_only:
        try:
            paths.ensure_private_dir(data_dir)
        except OSError as error:
            if early is not None:
                early.guard.release()
            return _refuse(tr("Reconnect can't use {folder}: {reason}.").format(
                folder=data_dir, reason=error.strerror))
        crash.log_native_crashes(paths.log_path(data_dir))
    guard = early.guard if early is not None else single_instance.acquire(data_dir)
    if guard is None:
        if single_instance.is_held_elsewhere(data_dir):
            if single_instance.ask_running_instance_to_raise(data_dir):
                print(tr("Reconnect is already open for this data folder; it has been brought "
                         "to the front."), file=sys.stderr)
                return 0
            return _refuse(tr("Reconnect is already open for this data folder. Please use "
                              "that window."))
        # No lock could be written (a read-only or full disk): nobody else holds it, so open.
        guard = single_instance.no_guard(data_dir)
    passphrase = None
    if _locked(data_dir):  # unlock first: the checks below need the key to read the file
        from numbness_desktop.ui.privacy.unlock import ask_passphrase

        passphrase = ask_passphrase(data_dir)  # the calm unlock screen, Get help now on it
        if passphrase is None:
            guard.release()
            return 0
    from numbness_desktop.data_recovery import recover_at_start
    from numbness_desktop.shutdown import ShutdownGuard

    notice = ""
    if not read_only:
        try:
            outcome = recover_at_start(data_dir, key=passphrase,
                                       started=early.check if early is not None else None)
        except ReconnectError as error:
            guard.release()
            return _refuse(error.message)
        if outcome.quit:
            guard.release()
            return 0
        notice = outcome.notice
    forget_sources_read_at_import()
    try:
        window = create_window(data_dir, legacy_settings=legacy_settings, passphrase=passphrase)
    except ReconnectError as error:
        guard.release()
        return _refuse(error.message)
    current = [window]
    guard.on_raise(lambda: current[0].bring_to_front())
    _REPLACED.append(lambda new: current.__setitem__(0, new))
    shutdown = ShutdownGuard(app, save=lambda: current[0].flush_views(),
                             close=lambda: current[0].shut_down())
    if notice:
        window.show_info(notice)
    if minimised:
        window.companions.start_reminders()
        tray = window.companions.reminder_tray
        if tray is None or not tray.tray_shown:
            window.showMinimized()
    else:
        window.show()
    # The first-run welcome: a person's own launch only (a harness passes on_ready).
    if on_ready is None and not os.environ.get(EXIT_AFTER_PAINT_ENV) and welcome_due(window):
        after_first_paint(window, window.show_welcome)
    if on_ready is not None:
        on_ready(window)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):  # the benchmark: stop once the person sees it
        after_first_paint(window, QApplication.quit, at_once=True)
    after_first_paint(window, lambda: set_window_icon(app))
    QTimer.singleShot(LISTEN_DELAY_MS, guard.listen)
    if not read_only:
        QTimer.singleShot(AUTOMATIC_BACKUP_DELAY_MS,
                          lambda: _automatic_backup(current, data_dir))
    code = app.exec()
    shutdown.close_once()
    shutdown.uninstall()
    guard.release()
    if getattr(current[0], "everything_deleted", False):  # the lock and socket went last
        from numbness_desktop.store.wipe import delete_everything

        crash.set_log_file(None)
        delete_everything(data_dir)
    return code


def forget_sources_read_at_import() -> None:
    """Let go of the source files PySide6's import hook read: it reads every module an
    ``import`` statement names after Qt is loaded (``inspect.getsource``, looking for the
    word "PySide6"), and ``linecache`` keeps their lines, ~0.8 MiB of the start's peak
    memory (README, "Why these dependencies"). Only real files are dropped: a traceback
    reads them again when it needs a line."""
    import linecache
    import os.path

    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and os.path.isabs(name):  # (size, mtime, lines, path): a file
            linecache.cache.pop(name, None)


def end_process(code: int) -> NoReturn:
    """End the app's process once ``run`` has returned (every word saved, the store closed,
    the lock given back).

    Qt is taken down properly when this process holds what a person copied (the
    QApplication's end hands it to the desktop's clipboard manager); otherwise, like
    Python's own teardown of every module and object, it is skipped: taking down the window
    and its few hundred widgets one by one is about 25 ms of CPU (Python's part) and 3 ms
    (Qt's) that a person waited for at every quit, and the place where PySide6 has crashed on
    its way out. Output is flushed first.
    """
    import shiboken6

    qt_app = QApplication.instance()
    if isinstance(qt_app, QGuiApplication) and shiboken6.isValid(qt_app) and \
            holds_clipboard(qt_app):
        shiboken6.delete(qt_app)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(code)


def holds_clipboard(qt_app: QGuiApplication) -> bool:
    """Whether this process owns the desktop's clipboard (or, on X11, its selection): what a
    person copied lives in this process until Qt's own end hands it over."""
    clipboard = qt_app.clipboard()
    return clipboard.ownsClipboard() or clipboard.ownsSelection()


def welcome_due(window: MainWindow) -> bool:
    """The first-run welcome appears by itself only on a real launch that created a new
    database and has no ``welcome/done`` (so never in tests, screenshots or benchmarks, and
    never over a person's existing data)."""
    from numbness_desktop.ui.welcome.dialog import DONE

    store = window.app_model.store
    return getattr(store, "is_new", False) and not window.app_model.preferences.contains(DONE)


def _no_screen() -> bool:
    """On Linux without a display Qt would abort with a core dump; say it kindly instead."""
    if not sys.platform.startswith("linux") or QApplication.instance() is not None:
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY",
                                                       "QT_QPA_PLATFORM"))


def _locked(data_dir: Path) -> bool:
    from numbness_desktop.model.privacy_model import is_locked

    return is_locked(data_dir)


def _automatic_backup(current: list[MainWindow], data_dir: Path) -> None:
    """Today's checked backup (under the store's key when it has one); a failed one is
    tried again an hour later (same day or not: a new day simply makes that day's)."""
    from numbness_desktop.store.maintenance import automatic_backup

    if getattr(current[0], "everything_deleted", False):
        return
    store = current[0].app_model.store
    if store.read_only or store.start_notice:
        return  # nothing can be written now (read-only, full disk)
    try:
        automatic_backup(data_dir, system_clock(), store.conn, key=store.passphrase)
    except StorageError as error:
        current[0].show_error(tr(
            "Today's automatic backup couldn't be made. {reason} Nothing you wrote was "
            "changed; Reconnect will try again in an hour, and you can make one any time with "
            "File → Back up now.").format(reason=error.reason))
        QTimer.singleShot(BACKUP_RETRY_MS, lambda: _automatic_backup(current, data_dir))


def _refuse(message: str) -> int:
    print(f"{APP_SLUG}: {message}", file=sys.stderr)
    if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, message)
    return 1


def after_first_paint(window: MainWindow, callback: Callable[[], object], *,
                      at_once: bool = False) -> None:
    """Run ``callback`` once the tab shown first has painted real data.

    Work nobody has to wait for (the window icon) goes here, so the first paint comes first.
    The tab is Today (its plan card, read from the store) unless the last session ended on
    another one.
    """
    current = window.tabs.currentWidget()
    first_paint.after_first_paint(
        window.today.first_paint_marker() if current is window.today else current, callback,
        at_once=at_once)
