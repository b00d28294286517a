"""A check box whose words wrap, for Settings pages read at large text on a small screen.

A plain QCheckBox keeps its words on one line: "When I close the window, keep Reconnect in
the tray" needs ~800 px at 200 % text, wider than the whole dialog on an 800 px screen, so the
page scrolled sideways. This one lays its words out like a word-wrapped QLabel (height for
width), draws them beside the box, and takes clicks on the words as on the box.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WRAP = int(FLAGS) | int(Qt.TextFlag.TextWordWrap)


class WrapCheckBox(QCheckBox):
    """Looks and reads (accessible name, keyboard, mnemonic-free text) like a QCheckBox;
    only its words wrap when the column is narrower than they are."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _words_rect(self, width: int) -> QRect:
        """Where the words go: right of the box (and the style's spacing), inside the edge."""
        option = self._option()
        option.rect = QRect(0, 0, width, self.height())  # type: ignore[attr-defined]
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents,
                                               option, self)
        right_edge = width - max(0, self._box_left(option))  # the frame's width, mirrored
        return QRect(contents.left(), 0, max(1, right_edge - contents.left()), self.height())

    def _box_left(self, option: QStyleOptionButton) -> int:
        indicator = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator,
                                                option, self)
        return indicator.left()

    def _one_line_extra(self) -> int:
        """Height a one-line check box adds around its line of text (padding, border)."""
        return max(0, super().sizeHint().height() - self.fontMetrics().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        room = self._words_rect(width).width()
        words = self.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), WRAP, self.text())
        return max(super().sizeHint().height(), words.height() + self._one_line_extra())

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word (plus the box); never wider."""
        longest = max((self.fontMetrics().horizontalAdvance(word)
                       for word in self.text().split()), default=0)
        indent = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(max(0, indent) + longest, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        """One line when there is room (as a QCheckBox)."""
        return super().sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        """The words are part of the control, on every line."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""  # type: ignore[attr-defined]  # the box, its frame and focus ring
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        self.style().drawItemText(painter, self._words_rect(self.width()), WRAP,
                                  self.palette(), self.isEnabled(), self.text(),
                                  QPalette.ColorRole.WindowText)
