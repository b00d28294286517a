"""The body map is drawn once at its size when the tab is first shown, never at a passing one.

It used to be laid out with the side column's limits for the view's size before (640 px
wide, when it was built): the map was painted at 576×451 in a 1100×760 window, and on the
next event-loop turn shrank to 568×425 — one frame of a larger silhouette, then a jump.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QLabel

from numbness_desktop.ui import theme


class PaintSizes(QObject):
    """Remembers the size of every paint of the watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[tuple[int, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.sizes.append(watched.size().toTuple())
        return False


@pytest.mark.parametrize(("scale", "size"), [(1.0, (1100, 760)), (1.0, (1600, 1000)),
                                             (2.0, (1280, 800))])
def test_the_map_keeps_its_first_painted_size(scale, size, open_window, qtbot, qapp):
    theme.apply_theme(qapp, scale)
    try:
        window = open_window()
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().toTuple() == size)
        painted = PaintSizes()
        window.show_tab("Body map")  # built now, the first time
        view = window.body_map
        view.map.installEventFilter(painted)
        first = view.map.size().toTuple()
        qtbot.waitUntil(lambda: len(painted.sizes) >= 1)
        for _ in range(5):
            qtbot.wait(10)
        assert view.map.size().toTuple() == first
        assert set(painted.sizes) == {first}
    finally:
        theme.apply_theme(qapp, 1.0)


def test_the_title_never_breaks_beside_the_mode_buttons(open_window, qtbot):
    """In a 1100 px window "Where do you feel it?" broke after "feel"; it now stands above
    the buttons when it would not fit on one line beside them."""
    window = open_window()
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.width() == 1100)
    window.show_tab("Body map")
    view = window.body_map
    title = view.findChild(QLabel, "pageTitle")
    qtbot.waitUntil(lambda: title.width() > 1)
    qtbot.wait(50)  # every layout pass done
    one_line = title.fontMetrics().horizontalAdvance(title.text())
    assert title.contentsRect().width() >= one_line
    assert title.height() < 2 * title.fontMetrics().height()
    window.resize(1600, 1000)  # room beside the buttons again
    qtbot.waitUntil(lambda: view.header.direction() == QBoxLayout.Direction.LeftToRight)
    assert title.height() < 2 * title.fontMetrics().height()
