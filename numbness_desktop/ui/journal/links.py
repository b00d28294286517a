"""A link-styled button whose text is cut with "…" to fit its width; the whole text stays in
its tooltip and accessible description."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton


class ElidedLinkButton(QPushButton):
    def __init__(self, text: str, tooltip: str = "") -> None:
        super().__init__(text)
        self.full_text = text
        self.setObjectName("linkButton")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"{text}\n{tooltip}" if tooltip else text)
        self.setAccessibleDescription(text)

    def _chrome(self) -> int:
        """Width the style adds around the text (padding, border)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # type: ignore[attr-defined]  # a field PySide6's stubs leave out
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option,
                                             QSize(0, 0), self).width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + self._chrome(),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._chrome() + self.fontMetrics().horizontalAdvance("…") * 4,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self._chrome()
        shown = elide_words(self.full_text, self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(room, 0)))
        if shown != self.text():
            self.setText(shown)


def elide_words(full: str, elided: str) -> str:
    """Qt's elision, cut back to the end of the last whole word (when that keeps at least
    half of it), so no word is left as a stub like "— Sh…"."""
    if elided == full or not elided.endswith("…"):
        return elided
    kept = elided[:-1]
    if full[len(kept):len(kept) + 1] in (" ", ""):
        return kept.rstrip() + "…"
    space = kept.rfind(" ")
    if space >= len(kept) // 2:
        return kept[:space].rstrip(" —–-,") + "…"
    return elided
