"""Emotion chips: the feelings named in an entry, each with an optional intensity 0–10."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import vocabulary
from numbness_desktop.domain.journal import INTENSITY_MAX, Chip
from numbness_desktop.ui.i18n import ntr, tr
from numbness_desktop.ui.journal.fields import HintedField, WrapWhenTight
from numbness_desktop.ui.journal.flow import FlowLayout

NO_INTENSITY = -1


class ChipWidget(QFrame):
    """'numb  [5]  ×' — the word, its intensity (or none), and a remove button."""

    intensityChanged = Signal(str, object)  # chip id, int | None
    removeRequested = Signal(str)

    def __init__(self, chip: Chip, family: str) -> None:
        super().__init__()
        self.setObjectName("chip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 4, 2)
        layout.setSpacing(4)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.intensity = QSpinBox()
        self.intensity.setObjectName("chipIntensity")
        self.intensity.setRange(NO_INTENSITY, INTENSITY_MAX)
        self.intensity.setSpecialValueText("–")
        self.intensity.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.intensity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intensity.setSuffix("/10")
        self.intensity.setFixedWidth(
            self.intensity.fontMetrics().horizontalAdvance("10/10") + 18)
        self.intensity.setAccessibleName(tr("Intensity"))
        layout.addWidget(self.intensity)
        self.remove = QPushButton("×")
        self.remove.setObjectName("chipRemove")
        layout.addWidget(self.remove)
        self.show_chip(chip, family)
        self.intensity.valueChanged.connect(self._on_intensity)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self.chip.id))

    def show_chip(self, chip: Chip, family: str) -> None:
        """Show ``chip`` (this widget is reused for another day's or entry's feelings: a
        day opens faster than when every chip was built again). Nothing is emitted."""
        self.chip = chip
        word = chip.word
        self.label.setText(word)
        self.label.setToolTip(tr(family))
        blocked = self.intensity.blockSignals(True)
        self.intensity.setValue(NO_INTENSITY if chip.intensity is None else chip.intensity)
        self.intensity.blockSignals(blocked)
        self.intensity.setAccessibleDescription(
            tr("How strong “{word}” felt, 0 to 10; the lowest step means not rated")
            .format(word=word))
        self.intensity.setToolTip(tr("How strong “{word}” felt, 0–10 (optional): type a "
                                     "number, or use the arrow keys or the mouse wheel")
                                  .format(word=word))
        self.remove.setAccessibleName(tr("Remove {word}").format(word=word))
        self.remove.setToolTip(tr("Remove “{word}”").format(word=word))

    def _on_intensity(self, value: int) -> None:
        self.intensityChanged.emit(self.chip.id, None if value == NO_INTENSITY else value)


class ChipBar(QWidget):
    """The chips of the open entry, and a type-ahead field to name another feeling."""

    addRequested = Signal(str)
    intensityChanged = Signal(str, object)
    removeRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._vocabulary = vocabulary.load()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.field = HintedField((tr("Name a feeling — numb, calm, tender, your own word…"),
                                  tr("Name a feeling…")), least=160)
        self.field.setAccessibleName(tr("Emotion"))
        self.field.setAccessibleDescription(
            tr("Type a feeling and press Enter. Words from the list or your own words both "
               "work."))
        self._words = QStringListModel(self)
        self.completer = QCompleter(self._words, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setMaxVisibleItems(8)
        self.field.setCompleter(self.completer)
        self.field.returnPressed.connect(self._add_typed)
        # Picking a suggestion adds it at once (after the completer has filled the field).
        self.completer.activated.connect(lambda _text: QTimer.singleShot(0, self._add_typed))
        self.add_button = QPushButton(tr("Add feeling"))
        self.add_button.setAccessibleName(tr("Add feeling"))
        self.add_button.clicked.connect(self._add_typed)
        self.count_label = WrapWhenTight()  # two lines rather than squeeze the hint
        self.count_label.setObjectName("muted")
        self.count_label.setAccessibleDescription(tr("Feelings named"))
        top.addWidget(self.field, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.count_label)
        outer.addLayout(top)
        self._outer, self._top = outer, top
        self.flow_host = QWidget()
        self.flow = FlowLayout(self.flow_host)
        outer.addWidget(self.flow_host)
        self.chips: list[ChipWidget] = []
        self._when = "today"
        self.set_own_words([])

    def set_own_words(self, words: list[str]) -> None:
        """Offer the vocabulary plus words this person has used before."""
        known = self._vocabulary.with_own(words)
        self._words.setStringList([w.word for w in known.words])

    def set_chips(self, chips: tuple[Chip, ...], named_today: int | None = None,
                  when: str = "today") -> None:
        self._when = when
        if tuple(c.chip for c in self.chips) == tuple(chips):
            self._set_count(named_today)
            return
        focused = next((c for c in self.chips
                        if c.intensity.hasFocus() or c.remove.hasFocus()), None)
        focused_word = focused.chip.word if focused is not None else None
        if focused is not None and focused.chip.word not in {chip.word for chip in chips}:
            # Its feeling is gone (removed, or another entry shown): focus goes on to the
            # feeling field rather than staying on a control that now names another word.
            self.field.setFocus()
        kept, spare = self.chips[:len(chips)], self.chips[len(chips):]
        for widget in spare:
            self.flow.removeWidget(widget)
            widget.hide()  # gone at once, even before the deferred delete runs
            widget.deleteLater()
        self.chips = kept
        for index, chip in enumerate(chips):
            word = self._vocabulary.lookup(chip.word)
            family = self._vocabulary.family_label(word.family) if word else \
                self._vocabulary.family_label(vocabulary.OWN_FAMILY)
            if index < len(kept):
                widget = kept[index]
                widget.show_chip(chip, family)
            else:
                widget = ChipWidget(chip, family)
                widget.intensityChanged.connect(self.intensityChanged)
                widget.removeRequested.connect(self.removeRequested)
                self.flow.addWidget(widget)
                self.chips.append(widget)
            if chip.word == focused_word:
                widget.intensity.setFocus()
        self._keep_tab_order()
        self.flow_host.setVisible(bool(chips))
        self.flow_host.updateGeometry()
        self._set_count(named_today)

    def _keep_tab_order(self) -> None:
        """Tab: field, Add, then each chip's intensity and remove button, then onwards.
        Set only where a link is wrong: a reused chip keeps its place in the chain."""
        previous: QWidget = self.add_button
        for widget in self.chips:
            for control in (widget.intensity, widget.remove):
                if previous.nextInFocusChain() is not control:
                    QWidget.setTabOrder(previous, control)
                previous = control

    def chip_words(self) -> list[str]:
        return [c.chip.word for c in self.chips]

    def _set_count(self, named_today: int | None) -> None:
        if named_today is None:
            self.count_label.clear()
            self._place_count()
            return
        self.count_label.setText(feelings_named_text(named_today, self._when)
                                 if named_today else "")
        self._place_count()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # After this resize is laid out: moving the label inside it would leave the card
        # laid out for the old height (the editor over the prompts under it).
        QTimer.singleShot(0, self, self._place_count)

    def _place_count(self) -> None:
        """The count beside the field while it takes two lines there at most, else on its
        own line under it (at 200 % in the smallest window it once stood four lines tall,
        "3 / feelings / named / today", pushing the editor out of sight)."""
        text = self.count_label.text()
        beside = (self.width() - self.field.minimumWidth() - self.add_button.sizeHint().width()
                  - 2 * self._top.spacing())
        metrics = self.count_label.fontMetrics()
        # two lines hold the words with a few characters to spare where a line breaks
        two_lines = metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 4
        under = bool(text) and 2 * beside < two_lines
        if under and self._top.indexOf(self.count_label) >= 0:
            self._outer.insertWidget(1, self.count_label)
        elif not under and self._outer.indexOf(self.count_label) >= 0:
            self._top.addWidget(self.count_label)
        else:
            return
        self.updateGeometry()

    def _add_typed(self) -> None:
        word = vocabulary.normalise(self.field.text())
        if not word:
            return
        self.field.clear()
        self.completer.popup().hide()
        self.addRequested.emit(word)


def feelings_named_text(named: int, when: str = "today") -> str:
    """'3 feelings named today' (or 'that day'): only what the person did, never a target."""
    if when == "today":
        return ntr("%n feeling named today", "%n feelings named today", named)
    return ntr("%n feeling named that day", "%n feelings named that day", named)
