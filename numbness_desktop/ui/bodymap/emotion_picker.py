"""The ``Emotion`` picker: type to search, pick from families, or add an own word."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from numbness_desktop.model.body_map_lists import EmotionChoicesModel, KindRole, WordRole
from numbness_desktop.model.body_map_model import BodyMapModel
from numbness_desktop.ui.i18n import tr


class _SearchField(QLineEdit):
    """Down moves into the word list, like a combo box."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class _ChoiceList(QListView):
    """Enter picks a word; Escape goes back to typing."""

    chosen = Signal(QModelIndex)
    backToField = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.backToField.emit()
            return
        super().keyPressEvent(event)


class EmotionPicker(QWidget):
    """A search field named ``Emotion`` over a grouped list of words."""

    wordChosen = Signal(str)

    def __init__(self, body_map: BodyMapModel) -> None:
        super().__init__()
        self.body_map = body_map
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.field = _SearchField()
        self.field.setAccessibleName(tr("Emotion"))
        self.field.setAccessibleDescription(tr(
            "Type a feeling word; Down moves into the matching words. Any word of your own "
            "is welcome too."))
        self.field.setPlaceholderText(tr("Type a feeling — numb, calm, tense…"))
        self.field.setClearButtonEnabled(True)
        self.choices = EmotionChoicesModel(body_map)
        self.list = _ChoiceList()
        self.list.setModel(self.choices)
        self.list.setAccessibleName(tr("Emotion words"))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(132)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        self.field.textEdited.connect(self.choices.set_text)
        self.field.downPressed.connect(self._enter_list)
        self.field.returnPressed.connect(self._enter_list)
        self.list.clicked.connect(self._choose)
        self.list.chosen.connect(self._choose)
        self.list.backToField.connect(self.field.setFocus)

    def word(self) -> str:
        return self.field.text().strip()

    def set_word(self, word: str) -> None:
        self.field.setText(word)
        self.choices.set_text("")

    def _enter_list(self) -> None:
        row = self.choices.first_word_row()
        if row >= 0:
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            self.list.setCurrentIndex(self.choices.index(row, 0))

    def _choose(self, index: QModelIndex) -> None:
        kind, word = index.data(KindRole), index.data(WordRole)
        if kind == "add" and self.body_map.add_own_word(word) is None:
            return  # the error banner explains; the typed word stays
        if kind in ("word", "add"):
            self.field.setText(word)
            self.wordChosen.emit(word)
