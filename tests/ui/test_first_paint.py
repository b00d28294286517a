"""after_first_paint: every callback once, just after the widget first paints, through one
event filter per widget (Qt calls a Python filter for every event until then)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from numbness_desktop.ui.first_paint import _AfterFirstPaint, after_first_paint


def test_callbacks_share_one_filter_and_run_once_after_the_first_paint(qtbot):
    label = QLabel("Hello")
    qtbot.addWidget(label)
    ran: list[str] = []
    after_first_paint(label, lambda: ran.append("first"))
    after_first_paint(label, lambda: ran.append("at once"), at_once=True)
    after_first_paint(label, lambda: ran.append("last"))
    assert len(label.findChildren(_AfterFirstPaint)) == 1
    assert ran == []
    label.show()
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran[0] == "at once"  # as the paint is delivered; the others on the next turn,
    assert ran[1:] == ["last", "first"]  # the last asked first (as with a filter each)
    qtbot.waitUntil(lambda: not label.findChildren(_AfterFirstPaint))  # (deleted later)
    after_first_paint(label, lambda: ran.append("after a later paint"))  # (a new filter)
    label.update()
    qtbot.waitUntil(lambda: ran[-1] == "after a later paint")
    assert len(ran) == 4
