"""The Body map tab: mark where a feeling sits, name it, and see your own map grow."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.body_map import NOWHERE, WHOLE_BODY, FeelingLog
from numbness_desktop.model.body_map_lists import FeelingListModel, IdRole
from numbness_desktop.model.body_map_model import BodyMapModel
from numbness_desktop.ui import theme
from numbness_desktop.ui.autosave import Autosave
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.bodymap.feeling_form import FeelingForm, felt_time
from numbness_desktop.ui.bodymap.map_widget import BodyMapWidget
from numbness_desktop.ui.bodymap.overlay_panel import OverlayPanel
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.large_text import scaled, side_width
from numbness_desktop.ui.lists import END_PADDING, EdgeFade, wrap_rows

FORM_END_MARGIN = 6  # between the form and the scroll bar
SIDE_WIDTH = 470
SIDE_MIN_WIDTH = 420
LARGE_TEXT_PERCENT = 150  # from here the title stands above the mode buttons
MAP_MIN_HEIGHT, MAP_MIN_HEIGHT_LARGE = 240, 130
SHORT_VIEW = 560  # a view lower than this is a short one (the smallest window's is ~470)
MARK_HINT = ("Keys: arrows or Tab move · Space marks · + more, − less, 0 just here · "
             "Ctrl+Tab leaves the map")
MAP_HINT = "Keys: arrows or Tab move between places; each reads out its numbers"
# The two hints are translated where they are shown: tr(MARK_HINT).


def local_style() -> str:
    """Checked toggles look chosen (tint, firm border, a tick), chips stay compact (their
    least height grows with the text, so large text is never squeezed)."""
    c = theme.current_colours()
    return f"""
    QPushButton:checked {{ background: {c.accent_soft}; border: 2px solid {c.accent}; }}
    QPushButton#chip {{ padding: 4px 8px; min-height: {scaled(18)}px; }}
    """


class BodyMapView(QWidget):
    def __init__(self, body_map: BodyMapModel) -> None:
        super().__init__()
        self.body_map = body_map
        outer = self.outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(24)
        outer.addLayout(self._build_map_column(), 1)
        self.side = QStackedWidget()
        self.side.setMinimumWidth(SIDE_MIN_WIDTH)
        self.side.setMaximumWidth(SIDE_WIDTH)
        self.side.addWidget(self._build_form_page())
        self.overlay_panel = OverlayPanel(body_map)
        self.side.addWidget(self.overlay_panel)
        outer.addWidget(self.side)

        self.map.marksChanged.connect(self._sync_place_buttons)
        self.form.whereRebuilt.connect(self._chain_focus)
        self.overlay_panel.changed.connect(self.refresh_overlay)
        body_map.feelingsChanged.connect(self._feelings_changed)
        body_map.undoAvailableChanged.connect(self._undo_available)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        self._sync_place_buttons()
        self._selection_changed()
        self._chain_focus()
        kept = body_map.draft()
        if kept:
            self.form.restore_draft(kept, body_map.feeling)
        self.form.saved.connect(lambda _log: body_map.keep_draft(""))
        # The unsaved form (note included) is kept in the store as the person types, so a
        # crash or a kill never takes it: the shared autosave, at most ~1 s behind.
        self.autosave = Autosave(self.flush, parent=self)
        self.form.changed.connect(self.autosave.poke)
        self.setStyleSheet(local_style())
        # A bound method, not a lambda: Qt drops the connection when this view is deleted.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._restyle)

    def _restyle(self, _scheme: object = None) -> None:
        """Light or dark or the text size changed: the chosen toggles take the new theme
        colours, the chips their least height."""
        style = local_style()
        if style != self.styleSheet():
            self.setStyleSheet(style)

    # Building ------------------------------------------------------------------------------
    def _build_map_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        # Title and mode buttons side by side; with large text, one above the other.
        header = self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        title = self.title = QLabel(tr("Where do you feel it?"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        title.setMinimumWidth(1)  # a long word never widens the column
        header.addWidget(title, 1)
        buttons = QHBoxLayout()
        header.addLayout(buttons)
        self.mark_mode = QPushButton(tr("Mark a feeling"))
        self.map_mode = QPushButton(tr("Your map"))
        self.modes = QButtonGroup(self)
        for index, button in enumerate((self.mark_mode, self.map_mode)):
            button.setCheckable(True)
            button.setAccessibleName(button.text())
            self.modes.addButton(button, index)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.mark_mode.setChecked(True)
        self.modes.idClicked.connect(self.set_mode)
        column.addLayout(header)

        self.map = BodyMapWidget()
        column.addWidget(self.map, 1)

        places = QHBoxLayout()
        self.everywhere = QPushButton(tr("Everywhere"))
        self.everywhere.setAccessibleName(tr("Everywhere"))
        self.nowhere = QPushButton(tr("I can't tell where"))
        self.nowhere.setAccessibleName(tr("I can't tell where"))
        for button, region in ((self.everywhere, WHOLE_BODY), (self.nowhere, NOWHERE)):
            button.setCheckable(True)
            button.clicked.connect(lambda _on, region=region: self.map.toggle(region))
            button.toggled.connect(lambda on, button=button: button.setText(
                tr("✓ {choice}").format(choice=button.accessibleName()) if on
                else button.accessibleName()))
            places.addWidget(button)
        places.addStretch(1)
        column.addLayout(places)
        self.keys_hint = QLabel(tr(MARK_HINT))
        self.keys_hint.setObjectName("muted")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setMinimumWidth(1)  # a long word never widens the column
        column.addWidget(self.keys_hint)
        return column

    def _build_form_page(self) -> QWidget:
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        page = QWidget()
        page.setObjectName("page")
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        # The last card ends with room.
        column.setContentsMargins(0, 0, FORM_END_MARGIN, END_PADDING)
        column.setSpacing(12)
        self.form = FeelingForm(self.body_map, self.map)
        column.addWidget(self.form)
        holder_layout.addWidget(scroll, 1)
        self.form_fade = EdgeFade(scroll)
        self.form_room = scroll.viewport()
        self.form_room.installEventFilter(self)  # its width decides the chips per row
        holder_layout.addWidget(self.form.footer)

        today = QFrame()
        today.setObjectName("card")
        today_layout = QVBoxLayout(today)
        today_layout.setContentsMargins(20, 16, 20, 16)
        today_layout.setSpacing(8)
        title = QLabel(tr("Today's feelings"))
        title.setObjectName("sectionTitle")
        today_layout.addWidget(title)
        self.feelings = FeelingListModel(self.body_map)
        self.list = QListView()
        self.list.setModel(self.feelings)
        self.list.setAccessibleName(tr("Today's feelings"))
        self.list.setMinimumHeight(96)
        self.list.setMaximumHeight(150)
        wrap_rows(self.list)
        self.empty_today = QLabel(tr("Nothing noted yet today — and that's fine."))
        self.empty_today.setObjectName("muted")
        self.empty_today.setWordWrap(True)  # a longer language: two lines, never wider
        self.empty_today.setMinimumWidth(1)
        today_layout.addWidget(self.empty_today)
        today_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.setAccessibleName(tr("Edit feeling"))
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setAccessibleName(tr("Delete feeling"))
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        today_layout.addLayout(buttons)
        self.undo_banner = Banner(tr("Undo"), tr("Undo delete"))
        self.undo_banner.action.clicked.connect(self.undo_delete)
        today_layout.addWidget(self.undo_banner)
        column.addWidget(today)
        column.addStretch(1)

        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.feelings.modelReset.connect(self._selection_changed)
        return holder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_room and event.type() == QEvent.Type.Resize:
            self.form.fit_chips(self.form_room.width() - FORM_END_MARGIN)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Qt has already laid the view out for this size, with the side column's old limits
        # (the ones for the previous size): redo it now with the new ones, before anything is
        # painted. Left to the next event-loop turn, the map was drawn once at a size it kept
        # for one frame (576×451, then 568×425 in a 1100×760 window).
        self._fit_side(event.size().width())
        self.outer.activate()
        self._fit_header()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_side(self.width())
            self._restyle()
            self.outer.activate()
            self._fit_header()

    def _fit_side(self, view_width: int) -> None:
        """The form column grows with large text (it wraps rather than being cut), but
        leaves the map's column room for its title on one line where it can: a title on
        two lines took the figures' room (129 px tall at 200 % on 1280×800, 190 with the
        title on one line)."""
        large = scaled(100) >= LARGE_TEXT_PERCENT
        side = side_width(SIDE_MIN_WIDTH, SIDE_WIDTH, view_width, share=0.42)
        if large:
            margins = self.outer.contentsMargins()
            title = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 2
            leaves_title = (view_width - margins.left() - margins.right()
                            - self.outer.spacing() - title)
            if leaves_title >= SIDE_MIN_WIDTH:  # else the form keeps its width
                side = min(side, leaves_title)
        self.side.setMaximumWidth(side)
        self.header.setDirection(QBoxLayout.Direction.TopToBottom if large
                                 else QBoxLayout.Direction.LeftToRight)
        self._title_above = large
        # The figures may be smaller with large text on a small window: the words around
        # them then keep their room instead of being drawn over.
        self.map.setMinimumHeight(MAP_MIN_HEIGHT_LARGE if large else MAP_MIN_HEIGHT)
        self.map.setToolTip(self.keys_hint.text())
        # On a short window with large text the keys line gives the figures its room (the
        # map's tool tip says the same).
        self.keys_hint.setVisible(not (large and self.height() < SHORT_VIEW))

    def _fit_header(self) -> None:
        """The title stands above the mode buttons when it would not fit on one line beside
        them (a narrow window: "Where do you feel / it?" once broke after its fourth word)."""
        if self._title_above:  # large text: above already
            return
        one_line = self.title.fontMetrics().horizontalAdvance(self.title.text())
        if self.title.contentsRect().width() < one_line:
            self.header.setDirection(QBoxLayout.Direction.TopToBottom)
            self.outer.activate()

    # Actions -------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Keep the unsaved form in the store; ``False`` if it couldn't be kept."""
        self.autosave.cancel()
        return self.body_map.keep_draft(self.form.draft_text())

    def set_mode(self, mode: int) -> None:
        """0: mark a feeling; 1: Your map."""
        self.modes.button(mode).setChecked(True)
        self.side.setCurrentIndex(mode)
        overlay = mode == 1
        for button in (self.everywhere, self.nowhere):
            button.setEnabled(not overlay)
        self.keys_hint.setText(tr(MAP_HINT if overlay else MARK_HINT))
        self.map.setToolTip(self.keys_hint.text())
        if overlay:
            self.overlay_panel.fill_feelings()
            self.refresh_overlay()
        else:
            self.map.set_overlay(None)

    def refresh_overlay(self) -> None:
        panel = self.overlay_panel
        overlay = self.body_map.overlay(panel.current_filter())
        self.map.set_overlay(overlay, panel.current_measure(), panel.current_quality())
        panel.show_overlay(overlay)

    def selected_log(self) -> FeelingLog | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.body_map.feeling(index.data(IdRole))

    def edit_selected(self) -> None:
        log = self.selected_log()
        if log is not None:
            self.set_mode(0)
            self.form.load(log)
            self.form.picker.field.setFocus()

    def delete_selected(self) -> None:
        log = self.selected_log()
        if log is None:
            return
        if self.form.editing is not None and self.form.editing.id == log.id:
            self.form.reset()
        if self.body_map.delete_feeling(log.id) is not None:
            self.undo_banner.show_message(
                tr("Deleted “{word}” from {time}. Undo brings it back.").format(
                    word=log.emotion, time=felt_time(log)))
            self.undo_banner.action.setFocus()

    def undo_delete(self) -> None:
        restored = self.body_map.undo_delete()
        if restored is not None:
            self.undo_banner.hide()
            row = self.feelings.row_of(restored.id)
            if row >= 0:
                self.list.setCurrentIndex(self.feelings.index(row, 0))
                self.list.setFocus()

    # Reactions -----------------------------------------------------------------------------
    def _feelings_changed(self) -> None:
        if self.side.currentIndex() == 1:
            self.refresh_overlay()

    def _undo_available(self, available: bool) -> None:
        if not available:
            self.undo_banner.hide()

    def _selection_changed(self, *_args) -> None:
        chosen = self.list.currentIndex().isValid() and bool(self.list.selectedIndexes())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        empty = self.feelings.rowCount() == 0
        self.empty_today.setVisible(empty)
        self.list.setVisible(not empty)

    def _chain_focus(self) -> None:
        """Tab follows the page: modes, map, the two other answers, then the form."""
        chain = [self.mark_mode, self.map_mode, self.map, self.everywhere, self.nowhere,
                 *self.form.focus_chain(), self.list, self.edit_button, self.delete_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _sync_place_buttons(self) -> None:
        self.everywhere.setChecked(self.map.is_marked(WHOLE_BODY))
        self.nowhere.setChecked(self.map.is_marked(NOWHERE))
