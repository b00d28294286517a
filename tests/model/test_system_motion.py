"""The desktop's reduced-motion setting, read from a fake XDG desktop portal on a private bus.

A real ``dbus-daemon`` runs for these tests only (Debian package dbus-daemon); the fake portal
is a Qt object exported on it under the portal's name, answering ``ReadOne`` the way
xdg-desktop-portal does and sending ``SettingChanged``.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

from numbness_desktop.model import system_motion
from numbness_desktop.model.system_motion import SystemMotion

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None,
                                reason="needs dbus-daemon (Debian: apt-get install dbus-daemon)")


@ClassInfo({"D-Bus Interface": system_motion.PORTAL_INTERFACE})
class FakePortal(QObject):
    """Answers like xdg-desktop-portal's Settings interface, from a dict of settings."""

    def __init__(self, settings: dict[tuple[str, str], int]) -> None:
        super().__init__()
        self.settings = settings
        self.asked: list[tuple[str, str]] = []

    @Slot(str, str, QDBusMessage, result=QDBusVariant)
    def ReadOne(self, namespace: str, key: str, message: QDBusMessage) -> QDBusVariant:
        self.asked.append((namespace, key))
        if (namespace, key) not in self.settings:
            message.setDelayedReply(True)
            self.bus.send(message.createErrorReply(
                "org.freedesktop.portal.Error.NotFound", "Requested setting not found"))
            return QDBusVariant(0)
        return QDBusVariant(self.settings[(namespace, key)])

    def change(self, namespace: str, key: str, value: int) -> None:
        self.settings[(namespace, key)] = value
        signal = QDBusMessage.createSignal(system_motion.PORTAL_PATH,
                                           system_motion.PORTAL_INTERFACE, "SettingChanged")
        signal.setArguments([namespace, key, QDBusVariant(value)])
        self.bus.send(signal)


@pytest.fixture
def bus_address(tmp_path):
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(5)
        daemon.stdout.close()


@pytest.fixture
def portal(bus_address, qapp):
    bus = QDBusConnection.connectToBus(bus_address, f"fake-portal-{os.getpid()}-{id(qapp)}")
    fake = FakePortal({(system_motion.NAMESPACE, system_motion.KEY): 1})
    fake.bus = bus
    assert bus.registerObject(system_motion.PORTAL_PATH, fake,
                              QDBusConnection.RegisterOption.ExportAllSlots)
    assert bus.registerService(system_motion.PORTAL_SERVICE)
    yield fake
    bus.unregisterService(system_motion.PORTAL_SERVICE)
    bus.unregisterObject(system_motion.PORTAL_PATH)
    QDBusConnection.disconnectFromBus(bus.name())


@pytest.fixture
def reader_bus(bus_address, qapp):
    bus = QDBusConnection.connectToBus(bus_address, "reader")
    yield bus
    QDBusConnection.disconnectFromBus("reader")


def test_the_portal_s_reduced_motion_is_followed(portal, reader_bus, qtbot):
    motion = SystemMotion(reader_bus)
    assert not motion.reduced  # nothing asked yet: no preference
    with qtbot.waitSignal(motion.changed, timeout=3000) as changed:
        motion.refresh()
    assert changed.args == [True]
    assert motion.reduced
    assert portal.asked == [(system_motion.NAMESPACE, system_motion.KEY)]


def test_a_later_change_on_the_desktop_arrives(portal, reader_bus, qtbot):
    motion = SystemMotion(reader_bus)
    with qtbot.waitSignal(motion.changed, timeout=3000):
        motion.refresh()
    with qtbot.waitSignal(motion.changed, timeout=3000) as changed:
        portal.change(system_motion.NAMESPACE, system_motion.KEY, 0)
    assert changed.args == [False]
    with qtbot.assertNotEmitted(motion.changed, wait=200):
        portal.change(system_motion.NAMESPACE, "color-scheme", 1)  # another setting
    assert not motion.reduced


def test_a_portal_without_the_key_means_no_preference(portal, reader_bus, qtbot):
    portal.settings.clear()
    motion = SystemMotion(reader_bus)
    motion.refresh()
    qtbot.waitUntil(lambda: motion._watcher is None, timeout=3000)
    assert not motion.reduced


def test_no_portal_on_the_bus_means_no_preference(reader_bus, qtbot):
    motion = SystemMotion(reader_bus)
    motion.refresh()
    qtbot.waitUntil(lambda: motion._watcher is None, timeout=3000)
    assert not motion.reduced


def test_no_session_bus_at_all_means_no_preference_quietly(qapp):
    motion = SystemMotion(QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "none"))
    motion.refresh()
    assert not motion.reduced and motion._watcher is None
    QDBusConnection.disconnectFromBus("none")
