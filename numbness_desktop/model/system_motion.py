"""The desktop's "reduce motion" setting, for the views that animate.

Qt reports it from 6.12 on (``QStyleHints.accessibility().motionPreference()``), but Reconnect
keeps PySide6 at 6.9 (see pyproject.toml), so on Linux it is read from the XDG desktop portal
instead: the standard key ``reduced-motion`` of the ``org.freedesktop.appearance`` namespace in
``org.freedesktop.portal.Settings`` (0: no preference, 1: reduced motion), over QtDBus. The
call never blocks: :meth:`SystemMotion.refresh` sends it (the app does so just after the first
paint) and the answer arrives as ``changed``; the portal's ``SettingChanged`` signal brings
later changes. No session bus, no portal, an older portal without the key, or another
platform: no preference. D-Bus is local inter-process messaging, not a network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE = "org.freedesktop.portal.Settings"
NAMESPACE = "org.freedesktop.appearance"
KEY = "reduced-motion"
REDUCED = 1
CALL_TIMEOUT_MS = 3000  # a portal that is starting up answers in well under a second


class SystemMotion(QObject):
    """Whether the desktop asks for reduced motion; ``changed`` when that becomes known."""

    changed = Signal(bool)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None,
                 ) -> None:
        super().__init__(parent)
        self._bus = bus  # the session bus unless a test brings its own
        self._reduced = False
        self._asked = False
        self._watcher: QDBusPendingCallWatcher | None = None

    @property
    def reduced(self) -> bool:
        return self._reduced

    def refresh(self) -> None:
        """Ask the system once (Qt's own answer when it has one, otherwise the portal)."""
        if self._asked:
            return
        self._asked = True
        if self._read_from_qt():
            return
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        self._bus = bus
        bus.connect(PORTAL_SERVICE, PORTAL_PATH, PORTAL_INTERFACE, "SettingChanged", self,  # type: ignore[call-overload]  # PySide6 takes the SLOT() text; its stubs say bytes
                    "1_on_setting_changed(QDBusMessage)")
        call = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_INTERFACE,
                                             "ReadOne")
        call.setArguments([NAMESPACE, KEY])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(call, CALL_TIMEOUT_MS), self)
        self._watcher.finished.connect(self._on_reply)

    def _read_from_qt(self) -> bool:
        """Qt 6.12+: its own reading of the platform's setting, and its change signal."""
        from PySide6.QtGui import QGuiApplication

        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        hints_a11y = accessibility() if accessibility is not None else None
        preference = getattr(hints_a11y, "motionPreference", None)
        if preference is None or hints_a11y is None:
            return False
        from PySide6.QtCore import Qt

        def update(*_args) -> None:
            self._set(preference() == Qt.MotionPreference.ReducedMotion)  # type: ignore[attr-defined]  # Qt 6.12+, newer than these stubs

        hints_a11y.motionPreferenceChanged.connect(update)
        update()
        return True

    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        self._watcher = None
        if reply.type() != reply.MessageType.ReplyMessage or not reply.arguments():
            return  # no portal, or one without the key: no preference
        self._set(_as_int(reply.arguments()[0]) == REDUCED)

    @Slot("QDBusMessage")  # type: ignore[arg-type]  # a type's name: QtDBus is imported late
    def _on_setting_changed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) == 3 and tuple(arguments[:2]) == (NAMESPACE, KEY):
            self._set(_as_int(arguments[2]) == REDUCED)

    def _set(self, reduced: bool) -> None:
        if reduced != self._reduced:
            self._reduced = reduced
            self.changed.emit(reduced)


def _as_int(value: object) -> int | None:
    """The portal's ``v`` (a variant holding ``u``), however deeply PySide6 hands it over."""
    for _ in range(3):  # ReadOne gives v; the old Read gave v inside v
        inner = getattr(value, "variant", None)
        if inner is None:
            break
        value = inner()
    return value if isinstance(value, int) else None
