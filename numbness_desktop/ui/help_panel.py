"""'Get help now': the emergency number, what matters to the person, their crisis lines and
people — calmly, and always saying which country the numbers are for."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.crisis_lines import find_a_line
from numbness_desktop.domain.help_info import line_for
from numbness_desktop.domain.safety_plan import HelpInfo, PlanItem
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.country_choice import ask_about_own, change_country, country_box, sync_box
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.lists import END_PADDING, EdgeFade


class Row(NamedTuple):
    """One line of a card: its text, an optional quieter line under it, bold or not."""

    text: str
    detail: str = ""
    strong: bool = False


class HelpPanel(QDialog):
    """Non-modal, so it can stay open beside the plan while the person makes a call."""

    scroll: QScrollArea  # type: ignore[assignment]  # the cards' area, over QWidget.scroll()

    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.ask_about_own_numbers = ask_about_own(self)
        self.setWindowTitle(tr("Get help now"))
        self.setAccessibleName(tr("Get help now panel"))
        # Larger with larger text (within the screen), so its words wrap instead of scroll.
        room = self.screen().availableSize()
        self.setMinimumSize(min(scaled(560), room.width() - 40),
                            min(scaled(640), room.height() - 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        heading = QLabel(tr("You don't have to get through this alone."))
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        lead = QLabel(tr("If you might be in danger now, call your emergency number. "
                         "Otherwise, reach out in whatever way feels possible: a call, a text "
                         "or a chat."))
        lead.setWordWrap(True)
        layout.addWidget(lead)

        row = QHBoxLayout()
        label = QLabel(tr("Numbers for:"))
        self.country_box = country_box(tr("Country these numbers are for"))
        label.setBuddy(self.country_box)
        self.country_box.activated.connect(self._on_country_picked)
        row.addWidget(label)
        row.addWidget(self.country_box)
        row.addStretch(1)
        layout.addLayout(row)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lines are the Tab stops
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.fade = EdgeFade(self.scroll)

        note = QLabel(tr("Reconnect is a self-help companion, not a crisis service or a "
                         "therapist."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(tr("Close help panel"))
        layout.addWidget(buttons)

        app_model.safety.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the cards from the current plan (the old page goes with setWidget)."""
        self.body = QWidget()
        self.body.setObjectName("page")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, END_PADDING)  # the last card whole
        self.body_layout.setSpacing(12)
        info = self.app_model.safety.help_info()
        sync_box(self.country_box, info.country.code if info.country else "OTHER")
        self._emergency_card(info)
        if info.reasons:
            self._card(tr("What matters most to me"), [_plain(i) for i in info.reasons])
        self._crisis_card(info)
        self._card(tr("People I can ask for help"), [_plain(i) for i in info.people]
                   or [Row(tr("No one added yet."))])
        if info.professionals:
            self._card(tr("My professionals"), [_plain(i) for i in info.professionals])
        if info.shutdown_rule:
            self._card(tr("My shutdown rule"), [_plain(i) for i in info.shutdown_rule])
        if info.settle:
            self._card(tr("Things that help me settle"), [_plain(i) for i in info.settle])
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)

    def first_item(self) -> QWidget:
        """The first thing worth hearing: the first line of help (else the close button)."""
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

    # Cards -----------------------------------------------------------------------------------
    def _emergency_card(self, info: HelpInfo) -> None:
        country = info.country
        if info.emergency:
            rows = []
            for item in info.emergency:
                emergency = country.emergency if country and not item.is_own else None
                note = emergency.note if emergency and emergency.number == item.phone else ""
                rows.append(Row(tr("{name}:  {phone}").format(
                    name=item.text or tr("Emergency"), phone=item.phone) if item.phone
                                else item.display(), note))
            self._card(tr("Emergency number"), rows)
            return
        if country and country.verified:
            text = tr("We haven't checked an emergency number for {country}. If you are in "
                      "danger, call your local emergency number.").format(country=country.name)
        else:
            text = tr("We haven't checked an emergency number for your country. If you are in "
                      "danger, call your local emergency number.")
        self._card(tr("Emergency number"), [Row(text)])

    def _crisis_card(self, info: HelpInfo) -> None:
        country = info.country
        rows: list[Row] = []
        for item in info.crisis_lines:
            line = line_for(item)
            if line is None:
                rows.append(_plain(item))
                continue
            rows.append(Row(line.name, strong=True))
            rows.append(Row(line.ways_text(), line.terms_text()))
        if not rows:
            address = find_a_line().address
            if country and country.verified:
                text = tr("We don't have a checked crisis line for {country}. {address} lists "
                          "free, confidential helplines in many countries.")
            else:
                text = tr("We don't have a checked crisis line for your country. {address} "
                          "lists free, confidential helplines in many countries.")
            rows.append(Row(text.format(country=country.name if country else "",
                                        address=address)))
        footer = ""
        if country and country.verified and any(not i.is_own for i in info.crisis_lines):
            # The date the lines were checked stays as the source file writes it (ISO 8601).
            footer = tr("Lines for {country}, checked on {date}.").format(
                country=country.name, date=country.checked)
        title = tr("Crisis lines") if len(info.crisis_lines) > 1 else tr("Crisis line")
        self._card(title, rows, footer)

    def _card(self, title: str, rows: list[Row], footer: str = "") -> None:
        card = QFrame()
        card.setObjectName("helpCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for text, detail, strong in rows:
            label = _selectable(text)
            # Each line a Tab stop with a visible focus, heard with its card's title.
            label.setObjectName("focusLine")
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setAccessibleDescription(title)
            label.setProperty("helpItem", True)
            if strong:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            layout.addWidget(label)
            if detail:
                muted = _selectable(detail)
                muted.setObjectName("muted")
                layout.addWidget(muted)
        if footer:
            muted = _selectable(footer)
            muted.setObjectName("muted")
            layout.addWidget(muted)
        self.body_layout.addWidget(card)

    def _on_country_picked(self, _index: int) -> None:
        change_country(self.app_model, self.country_box.currentData(),
                       self.ask_about_own_numbers)
        self.refresh()


def _plain(item: PlanItem) -> Row:
    if item.phone and item.text:
        return Row(tr("{name}:  {phone}").format(name=item.text, phone=item.phone))
    return Row(item.display())


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAccessibleName(text)
    return label
