"""No Qt call may take a reference away from None, True or False.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to None on every Qt method that
returns nothing, and one to True on every ``Signal.emit()``: the counts reach zero after a few
thousand calls and the process aborts ("Fatal Python error: none_dealloc") — the breath pacer
makes such calls 60 times a second. pyproject.toml keeps PySide6 to a range without that bug;
these tests fail on any release that brings it back, before a person meets it. On Python 3.12+
those objects are immortal (their counts never change), so there is nothing to measure.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

CALLS = 1_000
# A real leak loses one reference per call (1,000: more could abort the run); the interpreter
# itself may move a few.
TOLERANCE = 50

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None and True are immortal on Python 3.12+: a lost reference cannot be seen",
)


class Emitter(QObject):
    ping = Signal(int)


def references_lost(singleton: object, call) -> int:
    gc.collect()
    gc.disable()  # a collection in the loop would release references the loop did not take
    try:
        before = sys.getrefcount(singleton)
        for _ in range(CALLS):
            call()
        return before - sys.getrefcount(singleton)
    finally:
        gc.enable()


def test_a_void_qt_call_keeps_none_s_references(qapp):
    timer = QTimer()
    assert abs(references_lost(None, timer.stop)) < TOLERANCE


def test_a_void_widget_call_keeps_none_s_references(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    assert abs(references_lost(None, widget.update)) < TOLERANCE


def test_emitting_a_signal_keeps_true_s_references(qapp):
    emitter = Emitter()
    received = []
    emitter.ping.connect(received.append)
    assert abs(references_lost(True, lambda: emitter.ping.emit(1))) < TOLERANCE
    assert len(received) == CALLS
