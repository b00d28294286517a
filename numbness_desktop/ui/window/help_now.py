"""Get help now: its toolbar button on every tab, Ctrl+Shift+H (and F1) from every window,
the panel with focus on the crisis line, and focus back where it was when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolBar, QWidget

from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.menus import new_action

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from numbness_desktop.ui.help_panel import HelpPanel
    from numbness_desktop.ui.main_window import MainWindow


SHORTCUTS = ("Ctrl+Shift+H", "F1")
_STAND_IN = "_help_second_key"  # F1's action until the first paint (see make_action)


def make_action(window: MainWindow) -> QAction:
    """The action, answering both its keys from the start. Until the first paint each key is
    set as the text of a ``shortcut`` property (Qt reads the key from it in C++): naming
    QKeySequence would build its Python type (~6 M instructions), and setShortcut()'s
    overloads the whole Qt namespace (~12 ms). F1 rides on a stand-in action until then;
    ``reach_everywhere`` gives the action both keys and removes the stand-in."""
    action = new_action(tr("Get help now"), window)  # (no QIcon built for it)
    action.setProperty("shortcut", SHORTCUTS[0])
    action.setToolTip(tr("Get help now (Ctrl+Shift+H): your crisis line and people"))
    action.triggered.connect(window.show_help)
    window.addAction(action)
    second = new_action(tr("Get help now"), window)
    second.setProperty("shortcut", SHORTCUTS[1])
    second.triggered.connect(window.show_help)
    window.addAction(second)
    vars(window)[_STAND_IN] = second
    return action


def add_toolbar(window: MainWindow, action: QAction) -> QWidget:
    """The bar at the top: the app's name, and Get help now at the right; its button."""
    toolbar = QToolBar(tr("Help"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    name = QLabel("Reconnect")
    name.setObjectName("appName")
    toolbar.addWidget(name)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    button.setObjectName("helpButton")
    button.setAccessibleName(tr("Get help now"))
    window.addToolBar(toolbar)  # at the top
    return button


def reach_everywhere(window: MainWindow) -> None:
    """After the first paint (these need the ``Qt`` namespace): the shortcut answers from
    every window of the app, dialogs included, and the button is in every tab's Tab order."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    second = vars(window).pop(_STAND_IN, None)
    if second is not None:  # (its key moves to the action itself: one binding per key)
        window.removeAction(second)
        second.deleteLater()
    window.help_action.setShortcuts([QKeySequence(key) for key in SHORTCUTS])
    window.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.help_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def show(window: MainWindow) -> HelpPanel:
    """The panel (built once), in front, focus on its first line of help."""
    if window._help_panel is None:
        from numbness_desktop.ui.help_panel import HelpPanel

        window._help_panel = HelpPanel(window.app_model, window)
        window._help_panel.finished.connect(lambda _code: return_focus(window))
    panel = window._help_panel
    before = QApplication.focusWidget()
    if before is not None and not panel.isAncestorOf(before):
        window._focus_before = before
    panel.show()
    panel.raise_()
    panel.activateWindow()
    panel.focus_first_item()
    return panel


def return_focus(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    widget, window._focus_before = window._focus_before, None
    if widget is None:
        return
    try:
        if widget.isVisible():
            widget.window().activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
    except RuntimeError:
        pass  # that widget is gone (a closed dialog)


def close(window: MainWindow) -> None:
    if window._help_panel is not None:
        window._help_panel.close()
