"""One practice from start to finish: before-ratings, the guided part, a calm end, after.

Every practice (grounding, body scan, movement, …) is a ``PracticeContent``; the frame
around it gives them the same shape: an opening page with one line on why it can help and
the optional before-ratings (and a link to the Learn page that says more), the practice
itself with Stop (Esc) always in reach, and a quiet finish with the optional after-ratings.
The session is saved when the practice ends (finished or stopped) and saved again as each
after-rating is clicked. Each step change is spoken to a screen reader unless the person
turned "Spoken phases" off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain import learn
from numbness_desktop.domain.clock import Clock
from numbness_desktop.domain.practices import PracticeKind, PracticeSession
from numbness_desktop.model.practices_model import PracticesModel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled
from numbness_desktop.ui.layout import centred_column
from numbness_desktop.ui.practices.announce import announce
from numbness_desktop.ui.practices.ratings import BeforeAfter
from numbness_desktop.ui.practices.reflow import ReflowRow

COLUMN_WIDTH = 760
FINISHED = "Thank you for taking this time for yourself."
STOPPED = "Stopping is always fine. Whatever you did counts."


def _always() -> bool:
    return True


class PracticeContent(QWidget):
    """The guided part of one practice. Subclasses set the class attributes and fill
    ``begin``/``stop``; they emit ``done`` when the practice reaches its natural end."""

    done = Signal()
    noteChanged = Signal()
    kind: PracticeKind
    title = ""  # in English; shown through tr()
    why = ""
    learn_page = ""  # the Learn page (domain/learn.py) that says more about why it can help
    start_name = "Start"

    def __init__(self) -> None:
        super().__init__()
        self.speaks: Callable[[], bool] = _always  # the frame gives the person's choice

    def say(self, widget: QWidget, message: str) -> None:
        """A step began: tell a screen reader, unless the person turned spoken steps off."""
        if self.speaks():
            announce(widget, message)

    def planned_seconds(self) -> int | None:
        return None

    def intro_widget(self) -> QWidget | None:
        """Choices shown before starting (a length, a routine), or None."""
        return None

    def finish_widget(self) -> QWidget | None:
        """Shown on the finish page under the after-ratings (an invitation), or None."""
        return None

    def begin(self) -> None:
        """The person pressed Start: show the first step (and start any timer)."""

    def stop(self) -> None:
        """The practice ends (stopped or finished): stop timers, keep what is needed."""

    def note(self) -> str:
        """Words to keep with the session (only what the person chose to keep)."""
        return ""

    def first_focus(self) -> QWidget | None:
        return None


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    widget.setObjectName("page")
    area.setWidget(widget)
    return area


class PracticeFrame(QWidget):
    """Runs one ``PracticeContent``; ``closed`` when the person is done with it."""

    closed = Signal()
    saved = Signal(object)  # the PracticeSession as last saved

    learnRequested = Signal(str)  # a Learn page id

    def __init__(self, content: PracticeContent, practices: PracticesModel, clock: Clock,
                 speaks: Callable[[], bool] = _always) -> None:
        super().__init__()
        self.content = content
        content.speaks = speaks
        self.practices = practices
        self.clock = clock
        self.session: PracticeSession | None = None
        self._started: datetime | None = None
        self.title = tr(content.title)
        self.setAccessibleName(self.title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._columns: list[QWidget] = []  # grown with the text size (changeEvent)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(scrolled(self._intro_page()))
        self.pages.addWidget(scrolled(self._run_page()))
        self.pages.addWidget(scrolled(self._finish_page()))
        content.done.connect(lambda: self.end(completed=True))
        content.noteChanged.connect(self._save)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop.activated.connect(self._escape)

    # Pages -----------------------------------------------------------------------------------
    def _column(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()  # wider with larger text, so its words wrap rather than being cut
        column = centred_column(page, scaled(COLUMN_WIDTH), (24, 18, 24, 16), 12)
        self._columns.append(column.parentWidget())
        return page, column

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            for column in getattr(self, "_columns", ()):
                column.setMaximumWidth(scaled(COLUMN_WIDTH))

    def _heading(self, column: QVBoxLayout, back: bool) -> QLabel:
        row = QHBoxLayout()
        title = QLabel(self.title)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        row.addWidget(title, 1)
        if back:
            button = QPushButton(tr("Back to practices"))
            button.setAccessibleName(button.text())
            button.clicked.connect(self.close_practice)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        return title

    def _intro_page(self) -> QWidget:
        page, column = self._column()
        self._heading(column, back=True)
        why = QLabel(tr(self.content.why))
        why.setWordWrap(True)
        why.setObjectName("muted")
        column.addWidget(why)
        self.learn_button = self._learn_link()
        if self.learn_button is not None:
            column.addWidget(self.learn_button, 0, Qt.AlignmentFlag.AlignLeft)
        extra = self.content.intro_widget()
        if extra is not None:
            column.addWidget(extra)
        self.before = BeforeAfter()
        column.addWidget(self.before)
        self.start_button = QPushButton(tr(self.content.start_name))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.begin)
        row = ReflowRow(16)  # the note beside the button while both fit, else under it
        row.add(self.start_button)
        note = QLabel(tr("Stop any time: Esc, or the Stop button."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        row.add(note, 1)
        column.addWidget(row)
        column.addStretch(1)
        return page

    def _run_page(self) -> QWidget:
        page, column = self._column()
        row = QHBoxLayout()
        title = QLabel(self.title)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        row.addWidget(title, 1)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setAccessibleName(tr("Stop: {practice}").format(practice=self.title))
        self.stop_button.setToolTip(tr("Stop now (Esc). Stopping is always fine."))
        self.stop_button.clicked.connect(lambda: self.end(completed=False))
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        column.addWidget(self.content, 1)
        return page

    def _finish_page(self) -> QWidget:
        page, column = self._column()
        self._heading(column, back=False)
        self.finish_label = QLabel(tr(FINISHED))
        self.finish_label.setObjectName("sectionTitle")
        self.finish_label.setWordWrap(True)
        self.finish_label.setAccessibleDescription(tr("How the practice ended"))
        column.addWidget(self.finish_label)
        self.after = BeforeAfter()
        self.after.set_mode(after=True)
        self.after.changed.connect(self._save)
        column.addWidget(self.after)
        extra = self.content.finish_widget()
        if extra is not None:
            column.addWidget(extra)
        self.done_button = QPushButton(tr("Done"))
        self.done_button.setAccessibleName(tr("Done, back to practices"))
        self.done_button.clicked.connect(self.close_practice)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _learn_link(self) -> QPushButton | None:
        """"Read more in Learn", a link-like button (a Tab stop, Enter or Space opens it); its
        name and tooltip say which page (a page title is too long for a button at 200 %)."""
        page = learn.page(self.content.learn_page) if self.content.learn_page else None
        if page is None:
            return None
        title = tr(page.title)
        button = QPushButton(tr("Read more in Learn"))
        button.setObjectName("linkButton")
        button.setAccessibleName(tr("Read more in Learn: {page}").format(page=title))
        button.setToolTip(title)
        button.clicked.connect(lambda: self.learnRequested.emit(page.id))
        return button

    # Flow ------------------------------------------------------------------------------------
    @property
    def stage(self) -> str:
        return ("intro", "running", "finished")[self.pages.currentIndex()]

    def begin(self) -> None:
        connected, distress = self.before.values()
        self.session = replace(
            self.practices.new_session(self.content.kind, self.content.planned_seconds()),
            connected_before=connected, distress_before=distress)
        self._started = self.clock()
        self.pages.setCurrentIndex(1)
        self.content.begin()
        target = self.content.first_focus() or self.stop_button
        target.setFocus()

    def end(self, completed: bool) -> None:
        """The practice is over (``completed``: it reached its end); saved at once."""
        if self.stage != "running" or self.session is None:
            return
        self.content.stop()
        started = self._started or self.clock()
        seconds = max(0, round((self.clock() - started).total_seconds()))
        self.session = replace(self.session, actual_seconds=seconds, completed=completed)
        self.finish_label.setText(tr(FINISHED if completed else STOPPED))
        self.pages.setCurrentIndex(2)
        self._save()
        self.content.say(self.finish_label, self.finish_label.text())
        self.after.connected.buttons[0].setFocus()

    def _save(self) -> None:
        if self.session is None or self.stage != "finished":
            return
        connected, distress = self.after.values()
        self.session = replace(self.session, connected_after=connected, distress_after=distress,
                               note=self.content.note())
        saved = self.practices.save_session(self.session)
        if saved is not None:
            self.session = saved
            self.saved.emit(saved)

    def _escape(self) -> None:
        if self.stage == "running":
            self.end(completed=False)
        else:
            self.close_practice()

    def close_practice(self) -> None:
        if self.stage == "running":
            self.end(completed=False)
        self.closed.emit()
