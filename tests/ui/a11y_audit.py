"""An accessibility audit of a window, as a screen-reader or keyboard-only person meets it.

``tab_walk`` presses Tab from a starting widget until focus comes back around, and records,
for every Tab stop: its accessible name (from Qt's own QAccessible interface, what AT-SPI
hands to Orca), whether it lies on screen, and whether the focus can be seen (the widget
drawn with focus differs from the same widget drawn without it). ``hidden_label_text``
finds labels whose accessible name replaces the words they show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QLabel, QWidget

# Labels whose name the product contract fixes (DESIGN.md); their text must then be in
# their accessible description, so it is still heard.
CONTRACT_LABEL_NAMES = {"Breathing phase", "Grounding step"}
MAX_STOPS = 400


@dataclass
class Finding:
    where: str
    problems: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.problems)


def describe(widget: QWidget) -> str:
    name = accessible_name(widget)
    return (f"{type(widget).__name__}"
            f"{'#' + widget.objectName() if widget.objectName() else ''}"
            f" {name!r} in {type(widget.parentWidget()).__name__}")


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def on_screen(widget: QWidget) -> bool:
    """Some of it is visible inside its window (not scrolled away, not off the edge)."""
    window = widget.window()
    region = widget.visibleRegion()
    if region.isEmpty():
        return False
    box = region.boundingRect()
    top_left = widget.mapTo(window, box.topLeft())
    return QRect(top_left, box.size()).intersects(window.rect())


def tab_walk(start: QWidget, settle) -> tuple[list[QWidget], list[str]]:
    """Every Tab stop from ``start`` round to it again; problems found on the way."""
    window = start.window()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    stops: list[QWidget] = []
    problems: list[str] = []
    focused_images: dict[int, QImage] = {}
    previous: QWidget | None = None
    for _ in range(MAX_STOPS):
        widget = QApplication.focusWidget()
        if widget is None:
            problems.append(f"focus lost after {describe(previous) if previous else 'start'}")
            break
        if widget.window() is not window:
            problems.append(f"focus left the window to {describe(widget)}")
            break
        if previous is not None and id(previous) in focused_images \
                and _image(previous) == focused_images.pop(id(previous)):
            problems.append(f"focus not visible on {describe(previous)}")
        if stops and widget is stops[0]:
            break
        stops.append(widget)
        if not accessible_name(widget):
            problems.append(f"no accessible name: {describe(widget)}")
        typing_field = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if typing_field is not None and not accessible_name(typing_field):
            # Orca meets an editable combo's typing field as a text field of its own.
            problems.append(f"no accessible name on the typing field of {describe(widget)}")
        if isinstance(widget, QAbstractScrollArea) and not _is_input(widget):
            problems.append(f"a scroll area is a Tab stop: {describe(widget)}")
        if not on_screen(widget):
            problems.append(f"focus off screen: {describe(widget)}")
        focused_images[id(widget)] = _image(widget)
        previous = widget
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        settle()
    return stops, problems


def _is_input(widget: QWidget) -> bool:
    """Scroll areas that are real controls: text editors, lists, tables."""
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    return isinstance(widget, QAbstractItemView | QPlainTextEdit | QTextEdit) or \
        hasattr(widget, "reading")


def hidden_label_text(root: QWidget) -> list[str]:
    """Visible labels whose accessible name hides their text (and the text is nowhere in
    name or description)."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip():
            continue
        name = label.accessibleName()
        if not name:
            continue
        text = _plain(label.text())
        heard = f"{name} {label.accessibleDescription()}"
        if text not in heard:
            if name in CONTRACT_LABEL_NAMES and text == label.accessibleDescription():
                continue
            problems.append(f"label {name!r} hides its text {text!r}")
    return problems


def _plain(text: str) -> str:
    from PySide6.QtGui import QTextDocumentFragment

    if "<" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText().strip()
    return text.strip()
