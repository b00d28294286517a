"""Choosing the country for crisis numbers — the same steps in the plan and in Get help now.

The numbers Reconnect filled in follow the country at once. Numbers the person typed are never
changed by it; when there are some, the person is asked whether to keep them (keeping them is
the default answer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from numbness_desktop.domain.crisis_lines import countries, find_a_line, lines_for
from numbness_desktop.domain.safety_plan import PlanItem
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import tr

# (country name, the person's own entries) -> True to remove them
AskAboutOwn = Callable[[str, list[PlanItem]], bool]


def country_box(accessible_name: str = "") -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible_name or tr("Country for crisis numbers"))
    for country in countries():
        box.addItem(country.name, country.code)
    return box


def sync_box(box: QComboBox, code: str) -> None:
    index = box.findData(code or "OTHER")
    if index >= 0 and index != box.currentIndex():
        box.setCurrentIndex(index)


def change_country(app_model: AppModel, code: str, ask: AskAboutOwn) -> bool:
    """Switch the plan to ``code``; ``False`` when nothing changed or it could not be saved."""
    if code == app_model.safety.plan().country:
        return False
    own = app_model.safety.own_help_entries()
    remove_own = bool(own) and ask(lines_for(code).name, own)
    return app_model.safety.set_country(code, remove_own=remove_own)


def ask_about_own(parent: QWidget) -> AskAboutOwn:
    """A dialog whose buttons say what happens; keeping is the default."""

    def ask(country_name: str, own: list[PlanItem]) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(tr("Your own numbers"))
        box.setIcon(QMessageBox.Icon.Question)
        listed = "\n".join(f"• {item.display()}" for item in own)
        box.setText(tr("The numbers Reconnect filled in now follow {country}. You also wrote "
                       "these yourself:\n{numbers}\n\nKeep them in your plan?").format(
                           country=country_name, numbers=listed))
        keep = box.addButton(tr("Keep my numbers"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(tr("Remove them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    return ask


def country_note(code: str) -> str:
    """One line saying which country the numbers are for, or honestly that we have none."""
    country = lines_for(code)
    if country.verified:
        return tr("The crisis numbers here are for {country}, checked on {date}. Numbers you "
                  "add yourself stay as you wrote them.").format(country=country.name,
                                                                 date=country.checked)
    return tr("We don't have a checked crisis line for your country. {address} lists free "
              "helplines in many countries; when you find yours, add it here.").format(
                  address=find_a_line().address)
