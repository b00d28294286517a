"""A page in a frameless scroll area, as the Practices tab shows each of its pages.

Its own small module so the tab's home page does not import a practice's frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QWidget


class PageArea(QScrollArea):
    """Measures its page when first shown, not before.

    QScrollArea measures its whole page (size hints, height for width) on every style
    change. Putting the tab's view into its tab is one, before the view has its size: the
    page was measured there at a size it never has, then again when shown (~8 ms on the
    Practices home page). Until the first show that measuring is left to the show itself
    (its first resize measures the page at its real size).
    """

    def __init__(self) -> None:
        super().__init__()
        self._shown = False

    def event(self, event: QEvent) -> bool:
        if not self._shown:
            kind = event.type()
            if kind == QEvent.Type.StyleChange:
                return QAbstractScrollArea.event(self, event)  # all but the measuring
            if kind == QEvent.Type.Show:
                self._shown = True
        return super().event(event)


def scrolled(widget: QWidget) -> QScrollArea:
    area = PageArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    widget.setObjectName("page")
    area.setWidget(widget)
    return area
