"""Check boxes and radio buttons grow with the text beside them.

Their boxes were drawn 14 px (18 with the border) whatever the text size: at 200 % a box
was about half as tall as its words, small to see and to aim at, 6 px from them. The box and
the gap grow with the text; at 100 % both stay as they were (14 px, 6 px), so the usual look
does not change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton, QWidget

from numbness_desktop.ui import theme
from numbness_desktop.ui.settings.wrapping import WrapCheckBox

INDICATOR = {QCheckBox: QStyle.SubElement.SE_CheckBoxIndicator,
             WrapCheckBox: QStyle.SubElement.SE_CheckBoxIndicator,
             QRadioButton: QStyle.SubElement.SE_RadioButtonIndicator}
CONTENTS = {QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
            WrapCheckBox: QStyle.SubElement.SE_CheckBoxContents,
            QRadioButton: QStyle.SubElement.SE_RadioButtonContents}


@pytest.fixture
def at_scale(qapp):
    def apply(scale: float) -> None:
        theme.apply_theme(qapp, scale)

    yield apply
    theme.apply_theme(qapp, 1.0)


def shown(qtbot, kind: type, text: str = "Gentle reminders") -> QWidget:
    button = kind(text)
    button.setAccessibleName(text)
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    button.show()
    qtbot.waitExposed(button)
    return button


def box_of(button) -> tuple:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    kind = type(button)
    style = button.style()
    return (style.subElementRect(INDICATOR[kind], option, button),
            style.subElementRect(CONTENTS[kind], option, button))


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton, WrapCheckBox])
def test_the_box_is_as_before_at_the_usual_size(kind, at_scale, qtbot):
    at_scale(1.0)
    box, words = box_of(shown(qtbot, kind))
    assert (box.width(), box.height()) == (18, 18)  # 14 px inside a 2 px border
    assert words.left() - box.right() - 1 == 6  # the style's own gap, as before


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton, WrapCheckBox])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_the_box_grows_with_the_text(kind, scale, at_scale, qtbot):
    at_scale(1.0)
    usual, _ = box_of(shown(qtbot, kind))
    at_scale(scale)
    button = shown(qtbot, kind)
    box, words = box_of(button)
    assert box.width() == box.height()  # still square (round for a radio button)
    assert box.height() >= usual.height() * scale * 0.85
    assert box.height() >= 0.8 * button.fontMetrics().height()  # about as tall as the words
    assert button.rect().contains(box)  # drawn whole
    assert words.left() >= box.right()  # the words beside it, never over it
    # ... and as far from it as the box has grown (6 px at the usual size).
    assert words.left() - box.right() >= 6 * scale * 0.85
    assert button.width() >= button.sizeHint().width()


def test_a_larger_box_still_takes_clicks_and_keys(at_scale, qtbot):
    at_scale(2.0)
    box = shown(qtbot, QCheckBox)
    indicator, _ = box_of(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=indicator.bottomRight() - QPoint(2, 2))  # its far corner
    assert box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()


def test_the_stylesheet_sizes_the_box_from_the_text():
    assert theme.indicator_px(theme.MIN_BODY_PT) == 14
    assert theme.indicator_px(theme.MIN_BODY_PT * 0.9) == 14  # never smaller
    assert theme.indicator_px(theme.MIN_BODY_PT * 2) == 28
    sheet = theme.stylesheet(theme.LIGHT, theme.MIN_BODY_PT * 2)
    assert "width: 28px; height: 28px;" in sheet
    assert "QRadioButton::indicator { border-radius: 16px; }" in sheet  # a circle: (28+4)/2
