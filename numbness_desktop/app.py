"""Wiring: open the store, build the model and the window, run the event loop."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from numbness_desktop import APP_NAME, APP_SLUG, crash, paths, single_instance
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.domain.errors import ReconnectError, StorageError
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.refcount_guard import protect_singletons
from numbness_desktop.store.db import open_store
from numbness_desktop.ui.main_window import MainWindow
from numbness_desktop.ui.theme import apply_theme, icon_path

AUTOMATIC_BACKUP_DELAY_MS = 4000
LISTEN_DELAY_MS = 300  # after the first paint: a second launch can wait that long
EXIT_AFTER_PAINT_ENV = "NUMBNESS_DESKTOP_EXIT_AFTER_PAINT"


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the desktop environment."""
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_SLUG)
    app.setApplicationDisplayName(APP_NAME)
    if isinstance(app, QApplication):
        app.setDesktopFileName(APP_SLUG)
        app.setWindowIcon(QIcon(icon_path("numbness-desktop.svg")))


def create_window(data_dir: Path, clock: Clock = system_clock) -> QMainWindow:
    """The full main window on the running QApplication, its store opened in ``data_dir``.

    Closing the window closes the store. The single-instance lock is not taken here.
    """
    protect_singletons()  # PySide6 6.12 on Python 3.11: see refcount_guard.py
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app)
    store = open_store(Path(data_dir), clock)
    model = AppModel(store)
    model.ensure_country(QLocale.territoryToCode(QLocale.system().territory()))
    return MainWindow(model, clock)


def run(data_dir: Path) -> int:
    """Start the app on ``data_dir``; returns the process exit code."""
    crash.set_log_file(paths.log_path(data_dir))
    if _no_screen():
        return _refuse("There is no screen to show Reconnect on (no DISPLAY or WAYLAND_DISPLAY). "
                       "Start it from your desktop session.")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    apply_theme(app)
    try:
        paths.ensure_private_dir(data_dir)
    except OSError as error:
        return _refuse(f"Reconnect can't use {data_dir}: {error.strerror}.")
    guard = single_instance.acquire(data_dir)
    if guard is None:
        if single_instance.ask_running_instance_to_raise(data_dir):
            print("Reconnect is already open for this data folder; it has been brought to the "
                  "front.", file=sys.stderr)
            return 0
        return _refuse("Reconnect is already open for this data folder. Please use that window.")
    try:
        window = create_window(data_dir)
    except ReconnectError as error:
        guard.release()
        return _refuse(error.message)
    guard.on_raise(window.bring_to_front)
    window.show()
    QTimer.singleShot(LISTEN_DELAY_MS, guard.listen)
    QTimer.singleShot(AUTOMATIC_BACKUP_DELAY_MS, lambda: _automatic_backup(window, data_dir))
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        _quit_after_first_paint(window)
    code = app.exec()
    guard.release()
    return code


def _no_screen() -> bool:
    """On Linux without a display Qt would abort with a core dump; say it kindly instead."""
    if not sys.platform.startswith("linux") or QApplication.instance() is not None:
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY",
                                                       "QT_QPA_PLATFORM"))


def _automatic_backup(window: MainWindow, data_dir: Path) -> None:
    from numbness_desktop.store.maintenance import automatic_backup

    try:
        automatic_backup(data_dir, system_clock())
    except StorageError as error:
        window.show_error(f"Today's automatic backup couldn't be made. {error.message}")


def _refuse(message: str) -> int:
    print(f"{APP_SLUG}: {message}", file=sys.stderr)
    if QApplication.instance() is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.information(None, APP_NAME, message)
    return 1


class _FirstPaint(QObject):
    """Benchmark hook: quit as soon as the Today view has painted real data."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, watched.window().close)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def _quit_after_first_paint(window: MainWindow) -> None:
    watcher = _FirstPaint(window)
    # The tab shown first (Today, unless the last session ended elsewhere) painting real data.
    current = window.tabs.currentWidget()
    (window.today.plan_card.text if current is window.today else current).installEventFilter(
        watcher)
