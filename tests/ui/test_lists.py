"""Wrapped list rows: every row is as tall as its wrapped text at the list's width."""

from __future__ import annotations

from PySide6.QtCore import QRect, QStringListModel, Qt
from PySide6.QtWidgets import QListView

from numbness_desktop.ui.lists import END_PADDING, WrappedTextDelegate, wrap_rows

LONG = ("Everywhere: marked 20 times (15 with more sensation, 5 with less)\n"
        "mean intensity 4.5 of 10")


def wrapped_height(view: QListView, text: str) -> int:
    width = view.viewport().width() - 2 * WrappedTextDelegate.H_PADDING
    return view.fontMetrics().boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()


def test_rows_grow_with_their_wrapped_text_and_follow_the_width(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = QStringListModel([LONG, "Head: marked 1 time\nmean intensity 2.0 of 10", LONG])
    view.setModel(model)
    wrap_rows(view)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    first = view.visualRect(model.index(0, 0))
    assert first.width() <= view.viewport().width()  # never wider: nothing cut at the side
    assert first.height() >= wrapped_height(view, LONG)
    view.resize(160, 300)
    qtbot.waitUntil(lambda: view.visualRect(model.index(0, 0)).height() > first.height())
    assert view.visualRect(model.index(0, 0)).height() >= wrapped_height(view, LONG)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_last_row_keeps_room_below_it(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = QStringListModel(["one", "two"])
    view.setModel(model)
    wrap_rows(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    first, last = (view.visualRect(model.index(row, 0)) for row in (0, 1))
    assert last.height() == first.height() + END_PADDING


def test_edge_fade_shows_only_while_more_lies_below_and_lets_clicks_through(qtbot):
    from numbness_desktop.ui.lists import EdgeFade

    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([f"row {n}" for n in range(40)]))
    wrap_rows(view)
    fade = EdgeFade(view, "surface")
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert fade.isVisible()
    assert fade.geometry().bottom() == view.viewport().geometry().bottom()
    assert fade.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    bar.setValue(bar.maximum())
    assert not fade.isVisible()  # the end: the last row whole, nothing faded
    bar.setValue(0)
    assert fade.isVisible()
