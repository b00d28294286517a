"""List models for the body map: today's feelings, and the emotion picker's choices."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from numbness_desktop.domain.body_map import FeelingLog
from numbness_desktop.domain.vocabulary import normalise
from numbness_desktop.model.body_map_model import BodyMapModel

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
WordRole = Qt.ItemDataRole.UserRole + 3


def feeling_summary(log: FeelingLog) -> str:
    """'20:05  calm, 4/10 — Chest, Belly (less)' as shown and read aloud."""
    return f"{log.felt_at[11:16]}  {log.emotion}, {log.intensity}/10 — {log.where()}"


class FeelingListModel(QAbstractListModel):
    """Today's feelings, earliest first; reloads whenever feelings change."""

    def __init__(self, body_map: BodyMapModel) -> None:
        super().__init__(body_map)
        self.body_map = body_map
        self._logs: list[FeelingLog] = []
        self.reload()
        body_map.feelingsChanged.connect(self.reload)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._logs)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._logs):
            return None
        log = self._logs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return feeling_summary(log)
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = [", ".join(log.sensations), log.note]
            return "\n".join([feeling_summary(log), *[e for e in extra if e]])
        if role == IdRole:
            return log.id
        return None

    def logs(self) -> list[FeelingLog]:
        return list(self._logs)

    def row_of(self, log_id: str) -> int:
        return next((row for row, log in enumerate(self._logs) if log.id == log_id), -1)

    def reload(self) -> None:
        logs = self.body_map.todays_feelings()
        if logs == self._logs:
            return
        self.beginResetModel()
        self._logs = logs
        self.endResetModel()


@dataclass(frozen=True)
class Choice:
    kind: str  # "header", "word" or "add"
    text: str
    word: str = ""


class EmotionChoicesModel(QAbstractListModel):
    """Words matching the typed text: the person's recent and frequent words first, then
    every family in turn under its heading, and an offer to add the text as an own word."""

    def __init__(self, body_map: BodyMapModel) -> None:
        super().__init__(body_map)
        self.body_map = body_map
        self._text = ""
        self._choices: list[Choice] = []
        self.refresh()
        body_map.wordsChanged.connect(self.refresh)

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.refresh()

    def refresh(self) -> None:
        vocabulary = self.body_map.vocabulary()
        matches = vocabulary.search(self._text)
        matched = {w.word for w in matches}
        choices: list[Choice] = []
        suggested = [w for w in self.body_map.suggested_words() if w in matched]
        if suggested:
            choices.append(Choice("header", "Your recent and frequent words"))
            choices += [Choice("word", w, w) for w in suggested]
        families = [f.key for f in vocabulary.families] + ["own"]
        for family in families:
            words = [w.word for w in matches if w.family == family]
            if words:
                choices.append(Choice("header", vocabulary.family_label(family)))
                choices += [Choice("word", w, w) for w in words]
        typed = normalise(self._text)
        if typed and vocabulary.lookup(typed) is None:
            choices.append(Choice("add", f"Add “{typed}” as my own word", typed))
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Group: {choice.text}" if choice.kind == "header" else choice.text
        if role == Qt.ItemDataRole.FontRole and choice.kind == "header":
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
            return font
        if role == Qt.ItemDataRole.FontRole and choice.kind == "add":
            font = QFont()
            font.setItalic(True)
            return font
        if role == KindRole:
            return choice.kind
        if role == WordRole:
            return choice.word
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and self._choices[index.row()].kind == "header":
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def first_word_row(self) -> int:
        return next((i for i, c in enumerate(self._choices) if c.kind != "header"), -1)
