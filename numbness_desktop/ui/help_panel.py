"""'Get help now': the person's crisis line, emergency number and support people, calmly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.safety_plan import PlanItem
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.lists import END_PADDING, EdgeFade


class HelpPanel(QDialog):
    """Non-modal, so it can stay open beside the plan while the person makes a call."""

    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.setWindowTitle("Get help now")
        self.setAccessibleName("Get help now panel")
        # Larger with larger text (within the screen), so its words wrap instead of scroll.
        room = self.screen().availableSize()
        self.setMinimumSize(min(scaled(560), room.width() - 40),
                            min(scaled(640), room.height() - 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        heading = QLabel("You don't have to get through this alone.")
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        lead = QLabel("If you might be in danger, call your emergency number now. Otherwise, "
                      "reach out to one of these — a short message is enough.")
        lead.setWordWrap(True)
        layout.addWidget(lead)

        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.fade = EdgeFade(self.scroll)

        note = QLabel("Reconnect is a self-help companion, not a crisis service or a therapist.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close help panel")
        layout.addWidget(buttons)

        app_model.safetyPlanChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the cards from the current plan (the old page goes with setWidget)."""
        self.body = QWidget()
        self.body.setObjectName("page")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, END_PADDING)  # the last card whole
        self.body_layout.setSpacing(12)
        info = self.app_model.help_info()
        self._card("Crisis line", info.crisis_lines,
                   "No crisis line saved. Add one in your safety plan, section 5.")
        self._card("Emergency number", info.emergency, "Add your emergency number in section 5.")
        self._card("People I can ask for help", info.people,
                   "No one added yet. Section 4 of your safety plan is the place for them.")
        if info.professionals:
            self._card("My professionals", info.professionals, "")
        if info.shutdown_rule:
            self._card("My shutdown rule", info.shutdown_rule, "")
        if info.settle:
            self._card("Things that help me settle", info.settle, "")
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)

    def first_item(self) -> QWidget:
        """The first thing worth hearing: the crisis line (else the close button)."""
        for label in self.body.findChildren(QLabel):
            if label.property("helpItem"):
                return label
        return self.close_button

    def focus_first_item(self) -> None:
        item = self.first_item()
        item.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(item)

    def text(self) -> str:
        """Everything the panel shows, as plain text (for screen readers and tests)."""
        return "\n".join(label.text() for label in self.body.findChildren(QLabel))

    def _card(self, title: str, items: list[PlanItem], empty_text: str) -> None:
        card = QFrame()
        card.setObjectName("helpCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not items:
            empty = QLabel(empty_text)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        for item in items:
            line = QLabel(_line(item))
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            line.setObjectName("focusLine")
            line.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # each line a Tab stop, heard
            line.setAccessibleDescription(title)  # its own words are its name
            line.setProperty("helpItem", True)
            layout.addWidget(line)
        self.body_layout.addWidget(card)


def _line(item: PlanItem) -> str:
    if item.phone and item.text:
        return f"{item.text}:  {item.phone}"
    return item.display()
