"""The tray icon and the timer that asks the reminders model what is due.

The timer only asks (``RemindersModel.tick`` reads the store's clock), so tests drive time
with a fake clock and call ``check_now()``. The tray icon is shown while reminders are on or
"close to tray" is chosen, and only where the desktop has a tray.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from numbness_desktop import APP_NAME
from numbness_desktop.model.reminders_model import CLOSE_TO_TRAY, ENABLED, RemindersModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import tr

CHECK_EVERY_MS = 20_000
MESSAGE_MS = 15_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QObject):
    invited = Signal(str, str, str)  # reminder id, title, text
    openRequested = Signal()
    quitRequested = Signal()

    def __init__(self, reminders: RemindersModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.last_id = ""
        self.messages: list[tuple[str, str]] = []  # what was shown (for tests and a11y)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        self.icon: QSystemTrayIcon | None = None
        reminders.invitation.connect(self._invite)
        reminders.preferences.changed.connect(self._preference_changed)
        self._follow_choices()

    def _preference_changed(self, key: str) -> None:
        if key in (ENABLED, CLOSE_TO_TRAY):
            self._follow_choices()

    def _follow_choices(self) -> None:
        on = self.reminders.enabled
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on:
            self.timer.stop()
        wanted = (on or self.reminders.preferences.value(CLOSE_TO_TRAY, False)) \
            and tray_available()
        if wanted and self.icon is None:
            self.icon = self._build_icon()
        if self.icon is not None:
            self.icon.setVisible(wanted)

    def _build_icon(self) -> QSystemTrayIcon:
        icon = QSystemTrayIcon(QIcon(theme.icon_path("numbness-desktop.svg")), self)
        icon.setToolTip(APP_NAME)
        menu = QMenu()
        for text, slot in (("Open Reconnect", self.openRequested.emit),
                           ("Again in 30 minutes", self.snooze),
                           ("Not today", self.reminders.not_today),
                           ("Quit Reconnect", self.quitRequested.emit)):
            action = QAction(tr(text), menu)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
        self._menu = menu  # kept alive with the icon
        icon.setContextMenu(menu)
        icon.activated.connect(lambda _reason: self.openRequested.emit())
        icon.messageClicked.connect(self.openRequested)
        return icon

    @property
    def tray_shown(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def check_now(self) -> None:
        self.reminders.tick()

    def _invite(self, reminder_id: str, title: str, text: str) -> None:
        self.last_id = reminder_id
        self.messages.append((title, text))
        if self.icon is not None and self.tray_shown:
            self.icon.showMessage(tr(title), tr(text), QSystemTrayIcon.MessageIcon.NoIcon,
                                  MESSAGE_MS)
        self.invited.emit(reminder_id, title, text)

    def snooze(self) -> None:
        if self.last_id:
            self.reminders.snooze(self.last_id)

    def stop(self) -> None:
        self.timer.stop()
        if self.icon is not None:
            self.icon.hide()
