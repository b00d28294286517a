"""The invitation inside the window: a soft strip, never a pop-up that takes the keyboard.

"Check in now", "Again in 30 minutes", "Not today" and "Dismiss"; nothing counts what was
let pass.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from numbness_desktop.ui.i18n import tr


class InvitationBar(QFrame):
    acceptRequested = Signal()
    snoozeRequested = Signal()
    notTodayRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(tr("Invitation"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        words = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("subTitle")
        self.title.setWordWrap(True)
        words.addWidget(self.title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        words.addWidget(self.text)
        layout.addLayout(words, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, signal in (("accept", "Go to Today", self.acceptRequested),
                                  ("snooze", "Again in 30 minutes", self.snoozeRequested),
                                  ("not_today", "Not today", self.notTodayRequested),
                                  ("dismiss", "Dismiss", None)):
            button = QPushButton(tr(text))
            button.setAccessibleName(tr(text))
            if signal is not None:
                button.clicked.connect(signal)
            button.clicked.connect(self.hide)
            layout.addWidget(button)
            self.buttons[key] = button
        self.hide()

    def invite(self, title: str, text: str, accept_text: str = "") -> None:
        """``title`` and ``text``: the invitation's English words (translated here);
        ``accept_text``: the accept button's words, already translated."""
        accept_text = accept_text or tr("Go to Today")
        self.buttons["accept"].setText(accept_text)
        self.buttons["accept"].setAccessibleName(accept_text)
        title, text = tr(title), tr(text)
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(tr("{title}. {text}").format(title=title, text=text))
        self.show()
