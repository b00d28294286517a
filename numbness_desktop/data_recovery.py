"""Before the window opens: is the data file sound? If not, set it aside and ask calmly.

Damage (fails quick_check, not a database, 0 bytes while backups exist) → the files are
moved into ``DATA_DIR/set-aside/<time>-damaged/`` (renamed, never changed or deleted) and a
dialog offers: restore the newest good backup (its date and what it holds), start fresh, or
quit. A write-ahead log that does not belong to the database is set aside on its own (the
database is sound) and the window says so in its banner.

A database locked with a passphrase is never taken for damage: the app unlocks it first
(``key``) and the checks read it with that key; without the key it is simply locked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from numbness_desktop import crash, paths
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.store import backup, maintenance


class Outcome(NamedTuple):  # not a dataclass: cheaper to create on every start's path
    quit: bool = False
    notice: str = ""  # shown in the window's banner


# ask(found sentence, set-aside folder, newest good BackupInfo or None) -> choice
Ask = Callable[[str, str, "backup.BackupInfo | None"], str]


def recover_at_start(data_dir: Path, ask: Ask | None = None,
                     clock: Clock = system_clock, key: str | None = None,
                     started: maintenance.CheckInPlace | None = None) -> Outcome:
    """``started``: the check already begun beside the imports (see start_check.py)."""
    health = maintenance.inspect(data_dir, copy=False, key=key, started=started)
    folder = paths.backup_dir(data_dir)
    if health.kind == maintenance.FOREIGN_WAL:
        moved = maintenance.set_aside(data_dir, clock(), "stray-log", wal_only=True)
        return Outcome(notice=f"A leftover -wal file that didn't belong to your data was found "
                              f"and moved to {moved}; your data itself is sound and complete.")
    if not health.damaged:
        return Outcome()
    if health.kind == maintenance.EMPTY and not backup.backup_files(folder):
        return Outcome()  # nothing was ever written: simply a fresh start
    moved = maintenance.set_aside(data_dir, clock(), "damaged")
    crash.write_log(f"Damage found at start, files moved to {moved}: {health.sentence()}")
    newest = backup.newest_good(folder, key)
    choice = (ask or _ask_with_dialog)(health.calm_sentence(), str(moved), newest)
    from numbness_desktop.ui.data.damage_dialog import QUIT, RESTORE

    if choice == QUIT:
        return Outcome(quit=True)
    if choice == RESTORE and newest is not None:
        restored = maintenance.restore_backup(data_dir, clock(), newest.path, key=key)
        when = newest.taken_at
        taken = f"from {when.day} {when:%B %Y, %H:%M} " if when else ""
        return Outcome(notice=f"Your backup {taken}is back "
                              f"({restored.backup.counts_text()}). The damaged file is kept in "
                              f"{moved}.")
    return Outcome(notice=f"Reconnect started afresh. The damaged file is kept in {moved}.")


def _ask_with_dialog(found: str, moved: str, newest) -> str:
    from numbness_desktop.ui.data.damage_dialog import DamageDialog

    dialog = DamageDialog(found, moved, newest, _help_now)
    dialog.exec()
    return dialog.choice


def _help_now() -> None:
    """Get help now without the (damaged) safety plan: the checked lines for this country."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    territory = QLocale.territoryToCode(QLocale.system().territory())
    QMessageBox.information(None, "Get help now", help_now_text(territory))


def help_now_text(territory: str) -> str:
    """What the damage dialog's Get help now says: the emergency number and crisis lines we
    have checked for the system's country, or honestly none (never a guessed number)."""
    from numbness_desktop.domain.crisis_lines import (
        country_for_territory,
        find_a_line,
        lines_for,
    )

    country = lines_for(country_for_territory(territory))
    emergency = country.emergency.text() if country.emergency else "your local emergency number"
    parts = [f"If you might be in danger, call {emergency} now."]
    parts += [f"{line.name}: {line.ways_text()}" for line in country.lines]
    if not country.lines:
        directory = find_a_line()
        parts.append(f"We have no checked crisis line for your country. {directory.name} "
                     f"lists lines worldwide: {directory.address}")
    parts.append("Reconnect is a self-help companion, not a crisis service.")
    return "\n\n".join(parts)
