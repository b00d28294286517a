"""Naming the feeling: where (with more / less / just here), word, intensity, sensations."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.body_map import (
    NOWHERE,
    SENSATIONS,
    FeelingDraft,
    FeelingLog,
    Quality,
    RegionMark,
)
from numbness_desktop.model.body_map_model import BodyMapModel
from numbness_desktop.ui.bodymap.emotion_picker import EmotionPicker
from numbness_desktop.ui.bodymap.map_widget import BodyMapWidget
from numbness_desktop.ui.bodymap.map_words import place, quality_label, where
from numbness_desktop.ui.i18n import number, short_time, tr
from numbness_desktop.ui.wrapped_label import WrappedLabel

CHIP_COLUMNS = 4
DEFAULT_INTENSITY = 5
MIN_CHOICE_LENGTH = 10  # characters a closed choice shows at the least


def felt_time(log: FeelingLog) -> str:
    """When a feeling was noted, as the locale writes a time of day (14:05 or 2:05 PM)."""
    moment = QDateTime.fromString(log.felt_at, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return log.felt_at[11:16]
    return short_time(moment)  # the time as noted, where it was noted


def _title(text: str) -> QLabel:
    """The form's heading; it wraps (at 200 % text in the smallest window it was wider than
    the form's column, which then scrolled sideways)."""
    label = WrappedLabel(text)
    label.setObjectName("sectionTitle")
    return label


class FeelingForm(QFrame):
    """Fills a :class:`FeelingDraft` from the map and the fields; saves through the model."""

    saved = Signal(object)
    whereRebuilt = Signal()
    changed = Signal()  # anything the person chose or typed: the view's autosave listens

    def __init__(self, body_map: BodyMapModel, map_widget: BodyMapWidget) -> None:
        super().__init__()
        self.setObjectName("card")
        self.body_map = body_map
        self.map = map_widget
        self.editing: FeelingLog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)

        self.heading = _title(tr("Name what you notice"))
        layout.addWidget(self.heading)
        where_title = QLabel(tr("Where"))
        where_title.setObjectName("muted")
        layout.addWidget(where_title)
        self.where_box = QWidget()
        self.where_layout = QGridLayout(self.where_box)
        self.where_layout.setContentsMargins(0, 0, 0, 0)
        self.where_layout.setHorizontalSpacing(10)
        self.where_layout.setVerticalSpacing(4)
        layout.addWidget(self.where_box)
        self.quality_boxes: dict[str, QComboBox] = {}
        self._where_regions: list[str] = []  # the places the "Where" rows show

        emotion_title = QLabel(tr("Feeling word"))
        emotion_title.setObjectName("muted")
        layout.addWidget(emotion_title)
        self.picker = EmotionPicker(body_map)
        layout.addWidget(self.picker)

        intensity_row = QHBoxLayout()
        intensity_label = QLabel(tr("Intensity"))
        intensity_label.setObjectName("muted")
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setRange(0, 10)
        self.intensity.setPageStep(1)
        self.intensity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.intensity.setTickInterval(1)
        self.intensity.setAccessibleName(tr("Intensity"))
        self.intensity_value = QLabel()
        self.intensity_value.setMinimumWidth(70)
        intensity_label.setBuddy(self.intensity)
        intensity_row.addWidget(intensity_label)
        intensity_row.addWidget(self.intensity, 1)
        intensity_row.addWidget(self.intensity_value)
        layout.addLayout(intensity_row)
        self.intensity.valueChanged.connect(self._show_intensity)

        sensations_title = QLabel(tr("Sensations (any that fit)"))
        sensations_title.setObjectName("muted")
        layout.addWidget(sensations_title)
        chips = self.chip_grid = QGridLayout()
        chips.setSpacing(6)
        self._chip_columns = CHIP_COLUMNS
        self.chips: dict[str, QPushButton] = {}
        for index, word in enumerate(SENSATIONS):
            shown = tr(word)  # the stored word stays the English key
            chip = QPushButton(shown)
            chip.setCheckable(True)
            chip.setObjectName("chip")
            chip.setAccessibleName(tr("Sensation: {word}").format(word=shown))
            chip.toggled.connect(lambda on, chip=chip, shown=shown: chip.setText(
                tr("✓ {choice}").format(choice=shown) if on else shown))
            chips.addWidget(chip, index // CHIP_COLUMNS, index % CHIP_COLUMNS)
            self.chips[word] = chip
        layout.addLayout(chips)
        self.other_sensation = QLineEdit()
        self.other_sensation.setAccessibleName(tr("Other sensations"))
        self.other_sensation.setPlaceholderText(tr("Other sensations, separated by commas"))
        layout.addWidget(self.other_sensation)
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("A note, if you like (what was happening?)"))
        layout.addWidget(self.note)

        self.footer = QWidget()  # placed by the view below the scrolling part, always in sight
        buttons = QHBoxLayout(self.footer)
        buttons.setContentsMargins(0, 4, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(1)  # a long word never widens the column
        self.cancel_button = QPushButton(tr("Cancel editing"))
        self.cancel_button.setAccessibleName(tr("Cancel editing"))
        self.cancel_button.hide()
        self.save_button = QPushButton(tr("Save feeling"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(tr("Save feeling"))
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reset)
        for field in (self.picker.field, self.other_sensation, self.note):
            field.textChanged.connect(self.changed)
        for chip in self.chips.values():
            chip.toggled.connect(self.changed)
        self.intensity.valueChanged.connect(self.changed)
        self.map.marksChanged.connect(self.changed)
        self.map.marksChanged.connect(self._rebuild_where)
        self.intensity.setValue(DEFAULT_INTENSITY)
        self._show_intensity(DEFAULT_INTENSITY)
        self._rebuild_where()

    # The draft -----------------------------------------------------------------------------
    def draft(self) -> FeelingDraft:
        sensations = [w for w, chip in self.chips.items() if chip.isChecked()]
        sensations += [s for s in self.other_sensation.text().split(",") if s.strip()]
        return FeelingDraft(self.picker.word(), self.intensity.value(), self.map.marks(),
                            tuple(sensations), self.note.text())

    def save(self) -> FeelingLog | None:
        draft = self.draft()
        problems = draft.problems()
        if problems:
            self.status.setText(" ".join(tr(problem) for problem in problems))
            self.picker.field.setFocus()
            return None
        if self.editing is None:
            log = self.body_map.save_feeling(draft)
        else:
            log = self.body_map.update_feeling(self.editing.id, draft)
        if log is None:
            return None  # the banner says why; everything stays on screen
        was_editing = self.editing is not None
        self.reset()
        places = tr("no particular place") if not log.marks else where(log.marks).lower()
        template = tr("Changes saved: {word}, {intensity}/10, {places}. Thank you for "
                      "noticing.") if was_editing else \
            tr("Saved: {word}, {intensity}/10, {places}. Thank you for noticing.")
        self.status.setText(template.format(word=log.emotion, intensity=number(log.intensity),
                                            places=places))
        self.saved.emit(log)
        return log

    def has_words(self) -> bool:
        """Whether anything the person chose or typed would be lost by clearing."""
        return bool(self.picker.word() or self.note.text().strip()
                    or self.other_sensation.text().strip() or self.map.marks()
                    or any(chip.isChecked() for chip in self.chips.values())
                    or self.editing is not None)

    def draft_text(self) -> str:
        """The form as JSON, to keep across a close ('' when empty)."""
        if not self.has_words():
            return ""
        return json.dumps({
            "emotion": self.picker.word(), "intensity": self.intensity.value(),
            "marks": [[m.region, m.quality.value] for m in self.map.marks()],
            "sensations": [w for w, chip in self.chips.items() if chip.isChecked()],
            "other": self.other_sensation.text(), "note": self.note.text(),
            "editing": self.editing.id if self.editing else "",
        }, ensure_ascii=False)

    def restore_draft(self, text: str, find: Callable[[str], FeelingLog | None]) -> bool:
        """Put a kept draft back; ``False`` if there was nothing usable."""
        try:
            raw = json.loads(text)
            marks = tuple(RegionMark(str(r), Quality(q)) for r, q in raw.get("marks", []))
        except (ValueError, TypeError, AttributeError):
            return False
        editing = find(raw.get("editing", "")) if raw.get("editing") else None
        if editing is not None:
            self.load(editing)
        self.map.set_marks(marks)
        self.picker.set_word(str(raw.get("emotion", "")))
        self.intensity.setValue(int(raw.get("intensity", DEFAULT_INTENSITY)))
        for word, chip in self.chips.items():
            chip.setChecked(word in raw.get("sensations", []))
        self.other_sensation.setText(str(raw.get("other", "")))
        self.note.setText(str(raw.get("note", "")))
        self.status.setText(tr("Your unsaved feeling is back, just as you left it."))
        return True

    def load(self, log: FeelingLog) -> None:
        """Edit a saved feeling: its places on the map, its words in the fields."""
        self.editing = log
        self.map.set_marks(log.marks)
        self.picker.set_word(log.emotion)
        self.intensity.setValue(log.intensity)
        others = []
        for chip in self.chips.values():
            chip.setChecked(False)
        for word in log.sensations:
            if word in self.chips:
                self.chips[word].setChecked(True)
            else:
                others.append(word)
        self.other_sensation.setText(", ".join(others))
        self.note.setText(log.note)
        self.heading.setText(tr("Editing {word} from {time}").format(word=log.emotion,
                                                                    time=felt_time(log)))
        self.save_button.setText(tr("Save changes"))
        self.cancel_button.show()
        self.status.setText("")

    def reset(self) -> None:
        """A fresh, empty form (after saving, or to leave an edit)."""
        self.editing = None
        self.map.clear()
        self.picker.set_word("")
        self.intensity.setValue(DEFAULT_INTENSITY)
        for chip in self.chips.values():
            chip.setChecked(False)
        self.other_sensation.clear()
        self.note.clear()
        self.heading.setText(tr("Name what you notice"))
        self.save_button.setText(tr("Save feeling"))
        self.cancel_button.hide()
        self.status.setText("")

    # Internals -----------------------------------------------------------------------------
    def _show_intensity(self, value: int) -> None:
        self.intensity_value.setText(tr("{value} / 10").format(value=number(value)))
        self.intensity.setAccessibleDescription(
            tr("{value} out of 10").format(value=number(value)))

    def _rebuild_where(self) -> None:
        marks = self.map.marks()
        regions = [m.region for m in marks]
        if marks and regions == self._where_regions and self.where_layout.count():
            for mark in marks:  # same places, a quality changed: keep focus where it is
                box = self.quality_boxes.get(mark.region)
                if box is None:  # "I can't tell where" has no quality to choose
                    continue
                box.blockSignals(True)
                box.setCurrentIndex(list(Quality).index(mark.quality))
                box.blockSignals(False)
            return
        while self.where_layout.count():
            item = self.where_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.quality_boxes = {}
        self._where_regions = regions
        if not marks:
            hint = QLabel(tr("Nothing marked yet — “I can't tell where” counts too."))
            hint.setWordWrap(True)
            hint.setMinimumWidth(1)  # a long word never widens the column
            hint.setObjectName("muted")
            self.where_layout.addWidget(hint, 0, 0, 1, 2)
            return
        for row, mark in enumerate(marks):
            name = QLabel(place(mark.region))
            self.where_layout.addWidget(name, row, 0)
            if mark.region == NOWHERE:
                continue
            box = QComboBox()
            # Narrow when it must be (a longer language): the open list shows every word.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(MIN_CHOICE_LENGTH)
            box.setAccessibleName(tr("How it feels in {place}").format(
                place=place(mark.region).lower()))
            for quality in Quality:
                box.addItem(quality_label(quality), quality.value)
            box.setCurrentIndex(list(Quality).index(mark.quality))
            box.currentIndexChanged.connect(
                lambda _i, box=box, region=mark.region: self.map.set_quality(
                    region, Quality(box.currentData())))
            self.where_layout.addWidget(box, row, 1)
            self.quality_boxes[mark.region] = box
            if self.where_box.isVisible():
                box.show()  # at once, so Tab can reach it before the next event loop turn
        self.where_layout.setColumnStretch(1, 1)
        self.whereRebuilt.emit()

    def fit_chips(self, room: int) -> None:
        """Four sensation chips a row, fewer when their words are longer than ``room``
        pixels allow (a longer language, large text): they wrap instead of widening the
        column past its edge."""
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        spacing = self.chip_grid.horizontalSpacing()
        widest = max(chip.minimumSizeHint().width() for chip in self.chips.values())
        columns = max(1, min(CHIP_COLUMNS, (room - margins + spacing) // (widest + spacing)))
        if columns == self._chip_columns:
            return
        self._chip_columns = columns
        for chip in self.chips.values():
            self.chip_grid.removeWidget(chip)
        for index, chip in enumerate(self.chips.values()):
            self.chip_grid.addWidget(chip, index // columns, index % columns)

    def focus_chain(self) -> list[QWidget]:
        """The form's controls in reading order, for Tab."""
        return [*self.quality_boxes.values(), self.picker.field, self.picker.list,
                self.intensity, *self.chips.values(), self.other_sensation, self.note,
                self.cancel_button, self.save_button]

    def marks(self) -> tuple[RegionMark, ...]:
        return self.map.marks()
