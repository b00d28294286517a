"""The menu bar, by desktop convention: File, Edit, View, Go, Help.

Other features add their entries to ``MainWindow.menus[name]``; a plain ``addAction`` lands
before the entries that close a menu by convention (Settings… and Quit in File, About in
Help), so nobody has to know where those are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from numbness_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QActionEvent, QKeySequence

    from numbness_desktop.ui.main_window import MainWindow

MENU_NAMES = ("File", "Edit", "View", "Go", "Help")


def _titles() -> dict[str, str]:
    """Each menu's title with its mnemonic, spelled out for the translator."""
    return {"File": tr("&File"), "Edit": tr("&Edit"), "View": tr("&View"), "Go": tr("&Go"),
            "Help": tr("&Help")}


class Menu(QMenu):
    """A menu whose closing entries stay last whatever is added later."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._tail: list[QAction] = []

    def add_tail(self, *actions: QAction) -> None:
        """Entries that end the menu (a separator goes before them)."""
        if not self._tail:
            separator = QAction(self)
            separator.setSeparator(True)
            self._tail.append(separator)
            super().addAction(separator)
        for action in actions:
            self._tail.append(action)
            super().addAction(action)

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        added = event.action()
        if (event.type() == QEvent.Type.ActionAdded and self._tail
                and added not in self._tail and event.before() is None):
            self.removeAction(added)  # moved before the closing entries
            self.insertAction(self._tail[0], added)


def new_action(text: str, parent: QWidget) -> QAction:
    """``QAction(text, parent)``, made so that PySide6 builds no ``QIcon`` for it: resolving
    that constructor's overloads (one takes an icon first) builds QIcon's Python type and
    its enums (~2 ms), and the menus' first entries are made before the first paint."""
    action = QAction(parent)
    action.setText(text)
    return action


def _action(parent: QWidget, text: str,
            keys: Sequence[str | QKeySequence | QKeySequence.StandardKey] = (),
            slot: Callable[..., object] | None = None, shown_keys: str = "") -> QAction:
    """``shown_keys`` shows a shortcut that the focused text field or a view handles itself.

    It is the action's own shortcut, so the menu shows it and a screen reader hears it as
    the item's key ("Undo", Ctrl+Z), not as part of its name ("Undo\tCtrl+Z"); but only
    live while the menu itself has the keyboard (``WidgetShortcut``), so it never competes
    with the views' own Ctrl+Z, which Qt would find ambiguous and run neither.
    """
    text = tr(text)
    action = new_action(text, parent)
    if shown_keys:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        action.setShortcuts([QKeySequence(shown_keys)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    if keys:
        from PySide6.QtGui import QKeySequence  # after the first paint (its enums: ~1 ms)

        # setShortcuts([...]), not setShortcut(): the latter's overload resolution builds
        # PySide6's whole Qt namespace (~12 ms) before the first paint.
        action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key)
                             for key in keys])
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menu_bar(window: MainWindow) -> dict[str, QMenu]:
    """The bar and its five menus, empty: their titles are there for the first paint (no
    jump when the entries arrive), and other features may add entries at once."""
    bar = QMenuBar(window)
    bar.setAccessibleName(tr("Menu bar"))
    window.setMenuBar(bar)
    menus: dict[str, QMenu] = {}
    titles = _titles()
    for name in MENU_NAMES:
        menu = Menu(titles[name], bar)
        menu.setAccessibleName(tr(name))
        bar.addMenu(menu)
        menus[name] = menu
    return menus


def fill_menus(window: MainWindow, menus: dict[str, QMenu], tab_order: Sequence[str]) -> None:
    """Reconnect's own entries and their shortcuts, just after the first paint (a few ms
    that nobody has to wait for); entries added earlier by others keep their place."""
    from PySide6.QtGui import QActionGroup, QKeySequence

    named = window.actions_by_name

    def keep(name: str, action: QAction) -> QAction:
        named[name] = action
        return action

    file_menu: Menu = menus["File"]  # type: ignore[assignment]
    settings = keep("Settings", _action(window, "&Settings…", ("Ctrl+,",), window.show_settings))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    # Quit closes for real, even with "close to tray" chosen (the window's close button
    # and Ctrl+W may keep the reminders running in the tray; Quit never does).
    quit_action = keep("Quit", _action(window, "&Quit", ("Ctrl+Q",), window.quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.add_tail(settings, quit_action)

    separator = QAction(window)
    separator.setSeparator(True)
    _lead(menus["Edit"], (
        keep("Undo", _action(window, "&Undo", slot=lambda: edit_command("undo"),
                             shown_keys="Ctrl+Z")),
        keep("Redo", _action(window, "&Redo", slot=lambda: edit_command("redo"),
                             shown_keys="Ctrl+Shift+Z")),
        separator,
        keep("Find", _action(window, "&Find in journal…", (QKeySequence.StandardKey.Find,),
                             window.search_journal))))

    view = menus["View"]
    for name, keys, step in (("Larger text", ("Ctrl+=", "Ctrl++"), 1),
                             ("Smaller text", ("Ctrl+-",), -1),
                             ("Normal text size", ("Ctrl+0",), 0)):
        view.addAction(keep(name, _action(window, name, keys,
                                          lambda step=step: window.change_text_size(step))))
    view.addSeparator()
    appearance = view.addMenu(tr("&Appearance"))
    appearance.setAccessibleName(tr("Appearance"))
    window.appearance_group = QActionGroup(window)
    from numbness_desktop.ui.view_prefs import APPEARANCES

    for value, label in APPEARANCES:
        action = keep(f"Appearance: {label}", _action(
            window, label, slot=lambda value=value: window.view_prefs.set_appearance(value)))
        action.setCheckable(True)
        action.setData(value)
        window.appearance_group.addAction(action)
        appearance.addAction(action)

    go = menus["Go"]
    present = window.tab_labels()
    for number, label in enumerate(tab_order, start=1):
        if label not in present:  # a contract tab not built yet keeps its Ctrl+N number
            continue
        go.addAction(keep(f"Go: {label}", _action(
            window, label, (f"Ctrl+{number}",), lambda label=label: window.go_to_tab(label))))

    help_menu: Menu = menus["Help"]  # type: ignore[assignment]
    _lead(help_menu, (window.help_action,))
    about = keep("About", _action(window, "&About Reconnect", slot=window.show_about))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.add_tail(about)


def _lead(menu: QMenu, actions: Sequence[QAction]) -> None:
    """``actions`` first in ``menu``, before any entry another feature added already."""
    first = menu.actions()[0] if menu.actions() else None
    for action in actions:
        if first is None:
            menu.addAction(action)
        else:
            menu.insertAction(first, action)


def edit_command(command: str) -> bool:
    """Edit → Undo/Redo: the focused text field's own, else the view's (a deleted entry)."""
    widget = QApplication.focusWidget()
    while widget is not None:
        method = getattr(widget, command, None)
        is_text = hasattr(widget, "isUndoRedoEnabled") or hasattr(widget, "isUndoAvailable")
        if callable(method) and is_text:
            method()
            return True
        if command == "undo":
            for name in ("undo", "undo_delete"):
                view_undo = getattr(widget, name, None)
                if callable(view_undo) and not is_text:
                    view_undo()
                    return True
        widget = widget.parentWidget()
    return False
