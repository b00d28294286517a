"""A page in a frameless scroll area, as the Practices tab shows each of its pages.

Its own small module so the tab's home page does not import a practice's frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    widget.setObjectName("page")
    area.setWidget(widget)
    return area
