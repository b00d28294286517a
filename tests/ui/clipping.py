"""Finds words cut off on screen: a one-line label or a button narrower than its text, or a
control reaching past the right edge of its window (or of the scroll area it sits in)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QLabel,
    QScrollArea,
    QWidget,
)


def _inside_scroll(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    window = root.window()
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and "<" not in widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect().width()
            needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
            if needed > room + 1:
                found.append(f"label cut: {widget.text()[:40]!r} ({needed} > {room})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
            if needed > widget.width() + 1:
                found.append(f"button cut: {widget.text()!r} ({needed} > {widget.width()})")
        if not _inside_scroll(widget, window):
            right = widget.mapTo(window, widget.rect().topRight()).x()
            if right > window.width() + 1 and not isinstance(widget, QAbstractScrollArea):
                found.append(f"past the window's edge: {type(widget).__name__} "
                             f"{widget.accessibleName() or getattr(widget, 'text', str)()!r}")
    for layout in root.findChildren(QBoxLayout):  # squeezed below their minimum, they overlap
        shown = [item.widget() for item in (layout.itemAt(i) for i in range(layout.count()))
                 if item.widget() is not None and item.widget().isVisible()]
        for index, first in enumerate(shown):
            for second in shown[index + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    found.append(f"overlapping: {describe(first)} and {describe(second)}")
    for area in [root, *root.findChildren(QScrollArea)]:
        if not isinstance(area, QScrollArea) or not area.isVisible() or area.widget() is None:
            continue
        sideways = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if not sideways and area.widget().width() > area.viewport().width() + 1:
            found.append(f"a scroll area cuts its page at the right: {describe(area)}")
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
