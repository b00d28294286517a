"""The delete confirmation's honest line about backups, and its "remove from backups too".

Backups are copies made before the delete: they keep the record until they rotate out
(automatic ones after up to five weeks: 7 daily and 4 weekly are kept) unless the person
asks for it to be removed from them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from numbness_desktop.domain.errors import ReconnectError
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.i18n import ntr, tr

BACKUP_NOTE = ("Your backup made before today still holds it until it rotates out "
               "(automatic ones after up to five weeks).",
               "Your %n backups made before today still hold it until they rotate out "
               "(automatic ones after up to five weeks).")
REMOVE_TOO = "Also remove it from the backups"


def ask_delete(parent: QWidget, title: str, text: str, backups: int, act: str,
               keep: str) -> tuple[bool, bool]:
    """(go ahead, also from backups): buttons that name what happens, keeping the default,
    and the backups said plainly."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    act_button = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    check = None
    if backups:
        box.setInformativeText(ntr(*BACKUP_NOTE, backups))
        check = QCheckBox(tr(REMOVE_TOO))
        check.setAccessibleName(tr(REMOVE_TOO))
        box.setCheckBox(check)
    box.exec()
    answer = box.clickedButton() is act_button
    return answer, bool(answer and check is not None and check.isChecked())


def remove_from_backups(app_model: AppModel, table: str, record_id: str) -> None:
    """Rewrite the backups without the record; a failure is said in the message banner."""
    try:
        app_model.data.remove_from_backups(table, [record_id])
    except (ReconnectError, OSError) as error:
        message = error.message if isinstance(error, ReconnectError) else str(error)
        app_model.errorOccurred.emit(
            tr("It couldn't be removed from the backups. {reason}").format(reason=message))
