"""Welcome: what Reconnect is and is not; the country for crisis lines; where data lives.

Three short screens, each skippable, each with Get help now. Finishing or skipping sets
``welcome/done``, and the welcome is not shown again by itself (Help → Welcome opens it).
When it appears on its own is decided in app.py (a new database, the preference unset, and
a real launch — never in tests, screenshots or benchmarks).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr

DONE = "welcome/done"
COUNTRY_CONFIRMED = "welcome/countryConfirmed"
STEPS = ("What Reconnect is", "Your country", "Your data")
PLACES = ("First of three short screens", "Second of three", "Third and last")


class WelcomeDialog(QDialog):
    helpRequested = Signal()
    remindersRequested = Signal()  # "Set up reminders…" (offered, not pushed)
    passphraseRequested = Signal()  # "Set a passphrase…" (when Settings has the page)

    def __init__(self, app_model: AppModel, parent: QWidget | None = None,
                 passphrase_available: bool = False) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.setWindowTitle(tr("Welcome to Reconnect"))
        self.setAccessibleName(tr("Welcome"))
        self.resize(680, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(12)
        self.step_label = QLabel()
        self.step_label.setObjectName("muted")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._page(
            tr("Welcome to Reconnect"),
            [tr("Reconnect is a calm, private companion for times when you feel numb, flat or "
                "cut off — small steps to notice your body, name a feeling, breathe, and keep "
                "a safety plan."),
             tr("It is a self-help companion. It is not a therapist, not a diagnosis and not a "
                "crisis service. If you might be in danger, Get help now (Ctrl+Shift+H) is on "
                "every screen."),
             tr("Everything here is optional, and you can stop any time.")]))
        self.stack.addWidget(self._country_page())
        self.stack.addWidget(self._data_page(passphrase_available))
        buttons = QHBoxLayout()
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(self.helpRequested)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        self.skip_button = QPushButton(tr("Skip"))
        self.skip_button.setAccessibleName(tr("Skip the welcome"))
        self.skip_button.clicked.connect(self.skip)
        buttons.addWidget(self.skip_button)
        self.back_button = QPushButton(tr("Back"))
        self.back_button.setAccessibleName(tr("Back"))
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        buttons.addWidget(self.back_button)
        self.next_button = QPushButton(tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.go(0)

    # Pages -----------------------------------------------------------------------------------
    def _page(self, title: str, paragraphs: list[str],
              extra: Sequence[QWidget] = ()) -> QWidget:
        """A screen that scrolls (never clips) when the text is large."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        column.addWidget(heading)
        for text in paragraphs:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        for widget in extra:
            if isinstance(widget, QLabel):
                column.addWidget(widget)
            else:
                column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return scroll

    def _country_page(self) -> QWidget:
        from numbness_desktop.domain.crisis_lines import countries

        self.country = QComboBox()
        self.country.setAccessibleName(tr("Country for crisis lines"))
        for entry in countries():
            self.country.addItem(tr(entry.name), entry.code)
        current = self.app_model.safety.plan().country or "OTHER"
        self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.currentIndexChanged.connect(lambda _i: self._show_country_lines())
        self.country_lines = QLabel()
        self.country_lines.setWordWrap(True)
        self.country_lines.setObjectName("muted")
        page = self._page(tr("Where are you?"), [
            tr("Reconnect shows a crisis line and an emergency number for your country in Get "
               "help now and in your safety plan. We picked this country from your computer's "
               "settings — please check it."),
        ], [self.country, self.country_lines])
        self._show_country_lines()
        return page

    def _show_country_lines(self) -> None:
        from numbness_desktop.domain import crisis_lines

        self.country_lines.setText(tr("{lines}\nYou can change these any time in the safety "
                                      "plan.").format(
            lines=country_summary(crisis_lines, self.country.currentData())))

    def _data_page(self, passphrase_available: bool) -> QWidget:
        folder = str(self.app_model.store.data_dir)
        extra: list[QWidget] = []
        if passphrase_available:
            passphrase = QPushButton(tr("Set a passphrase…"))
            passphrase.setAccessibleName(tr("Set a passphrase"))
            passphrase.clicked.connect(self.passphraseRequested)
            extra.append(passphrase)
        reminders = QPushButton(tr("Set up gentle reminders…"))
        reminders.setAccessibleName(tr("Set up gentle reminders"))
        reminders.clicked.connect(self.remindersRequested)
        extra.append(reminders)
        return self._page(tr("Your words stay with you"), [
            tr("Everything you write is kept in one folder on this computer:\n{folder}").format(
                folder=folder),
            tr("Nothing leaves the computer — no account, no cloud, no tracking. Export and "
               "backups happen only when you ask."),
            tr("If you like, you can protect your data with a passphrase, or choose gentle "
               "reminders at a time that suits you. Both are optional; you can also find them "
               "later in Settings."),
        ], extra)

    # Flow ------------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        self.step_label.setText(tr("{place}: {step}").format(place=tr(PLACES[index]),
                                                             step=tr(STEPS[index])))
        self.back_button.setEnabled(index > 0)
        last = index == self.stack.count() - 1
        self.next_button.setText(tr("Finish") if last else tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.skip_button.setVisible(not last)
        if index == 1:
            self.country.setFocus()
        else:
            self.next_button.setFocus()

    def next(self) -> None:
        if self.stack.currentIndex() == 1:
            self.confirm_country()
        if self.stack.currentIndex() == self.stack.count() - 1:
            self.finish()
        else:
            self.go(self.stack.currentIndex() + 1)

    def confirm_country(self) -> None:
        code = self.country.currentData()
        if code != self.app_model.safety.plan().country:
            self.app_model.safety.set_country(code)  # the person's own numbers stay
        self.app_model.preferences.set_value(COUNTRY_CONFIRMED, code)

    def finish(self) -> None:
        self.app_model.preferences.set_value(DONE, True)
        self.accept()

    def skip(self) -> None:
        self.app_model.preferences.set_value(DONE, True)
        self.reject()

    def reject(self) -> None:  # Esc or the window's close button: the same as Skip
        self.app_model.preferences.set_value(DONE, True)
        super().reject()


def country_summary(crisis_lines, code: str) -> str:
    """What Get help now will show for ``code``, in one or two sentences — or, for a country
    without a verified line, that honestly and where to look. Reads either shape of
    ``domain.crisis_lines`` (one line per country, or several with ways to reach them)."""
    entry = crisis_lines.lines_for(code)
    lines = getattr(entry, "lines", None)
    if lines is None:  # one line per country: crisis_name, crisis_phone, emergency_phone
        found = [tr("Crisis line: {name}, {phone}.").format(name=tr(entry.crisis_name),
                                                            phone=entry.crisis_phone)] \
            if entry.crisis_phone else []
        emergency = entry.emergency_phone if found else ""
        directory = "findahelpline.com"
    else:
        found = [tr("Crisis line: {name} — {ways}.").format(name=tr(line.name),
                                                            ways=line.ways_text())
                 for line in lines[:2]]
        emergency = entry.emergency.text() if entry.emergency is not None else ""
        finder = getattr(crisis_lines, "find_a_line", None)
        directory = finder().name if callable(finder) else "findahelpline.com"
    if not found:
        text = tr("We don't have a verified crisis line for this country yet. You can add "
                  "your own in the safety plan; {directory} lists local lines.").format(
            directory=directory)
    else:
        text = "\n".join(found)
    if emergency:
        text += "\n" + tr("Emergency number: {number}.").format(number=emergency)
    return text
