"""WrappedLabel: Qt's own height for a width, measured once, forgotten when it could change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from numbness_desktop.ui.wrapped_label import WrappedLabel

WORDS = ("Five feelings in the journal, even small ones, and where you felt them in your "
         "body. A word each is enough.")


@pytest.fixture(autouse=True)
def _no_application_style_sheet(qapp):
    """Measured against plain labels under Qt's own style: a window opened by an earlier
    test leaves the application's style sheet set, which restyles fonts and padding."""
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(sheet)


def plain(text: str, font) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(font)
    return label


def test_it_answers_what_a_plain_wrapped_label_answers(qtbot):
    label = WrappedLabel(WORDS)
    qtbot.addWidget(label)
    reference = plain(WORDS, label.font())
    qtbot.addWidget(reference)
    assert label.wordWrap()
    for width in (80, 151, 300, 615, 615, 80, 1200):
        assert label.heightForWidth(width) == reference.heightForWidth(width)
    assert label.sizeHint() == reference.sizeHint()
    assert label.minimumSizeHint() == reference.minimumSizeHint()


def test_a_new_text_is_measured_anew(qtbot):
    label = WrappedLabel("Short.")
    qtbot.addWidget(label)
    one_line = label.heightForWidth(200)
    label.setText(WORDS)
    assert label.heightForWidth(200) > one_line
    assert label.heightForWidth(200) == plain(WORDS, label.font()).heightForWidth(200)
    label.clear()
    assert label.heightForWidth(200) == plain("", label.font()).heightForWidth(200)


def test_a_bigger_font_or_a_style_is_measured_anew(qtbot):
    label = WrappedLabel(WORDS)
    qtbot.addWidget(label)
    before = label.heightForWidth(300)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200 % text
    label.setFont(font)
    assert label.heightForWidth(300) > before
    assert label.heightForWidth(300) == plain(WORDS, font).heightForWidth(300)
    unstyled = label.heightForWidth(300)
    label.setStyleSheet("padding: 20px;")
    styled = plain(WORDS, font)  # Qt's own answer for the same label styled the same way
    qtbot.addWidget(styled)
    styled.setStyleSheet("padding: 20px;")
    styled.ensurePolished()
    label.ensurePolished()
    assert styled.heightForWidth(300) > unstyled  # the padding does change the answer
    assert label.heightForWidth(300) == styled.heightForWidth(300)
