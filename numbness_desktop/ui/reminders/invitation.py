"""The invitation inside the window: a soft strip, never a pop-up that takes the keyboard.

"Check in now", "Again in 30 minutes", "Not today" and "Dismiss"; nothing counts what was
let pass.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class InvitationBar(QFrame):
    acceptRequested = Signal()
    snoozeRequested = Signal()
    notTodayRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName("Invitation")
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
            button = QPushButton(text)
            button.setAccessibleName(text)
            if signal is not None:
                button.clicked.connect(signal)
            button.clicked.connect(self.hide)
            layout.addWidget(button)
            self.buttons[key] = button
        self.hide()

    def invite(self, title: str, text: str, accept_text: str = "Go to Today") -> None:
        self.buttons["accept"].setText(accept_text)
        self.buttons["accept"].setAccessibleName(accept_text)
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}")
        self.show()
