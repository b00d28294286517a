"""Delete everything, and deleting one entry, leave no word behind in any file we keep."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from numbness_desktop import paths
from numbness_desktop.domain.body_map import FeelingDraft, RegionMark
from numbness_desktop.domain.breath import Pattern
from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.journal import Draft
from numbness_desktop.domain.practices import CheckInState, PracticeKind, PracticeSession
from numbness_desktop.model.legacy_settings import legacy_path
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.breathing_repo import BreathingRepository
from numbness_desktop.store.custom_words_repo import CustomWordsRepository
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.maintenance import restore_backup
from numbness_desktop.store.practices_repo import PracticesRepository
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository
from numbness_desktop.store.settings_repo import write_preference

MARKER = "Qx7marker"


def grep(*folders: Path) -> list[str]:
    needle = MARKER.encode()
    found = []
    for folder in folders:
        for path in folder.rglob("*") if folder.is_dir() else ():
            if path.is_file() and needle in path.read_bytes():
                found.append(str(path))
    return found


def fill_every_kind(data_dir: Path, clock) -> None:
    store = open_store(data_dir, clock)
    try:
        journal = JournalRepository(store)
        entry = journal.add("2026-11-26", f"{MARKER} journal words")
        journal.add_chip(entry.id, f"{MARKER}chip", 3)
        journal.save_draft(Draft("d1", None, "2026-11-26", f"{MARKER} draft", iso(clock())))
        BodyMapRepository(store).save(FeelingDraft(f"{MARKER}feeling", 5, (RegionMark("chest"),),
                                                   sensations=(f"{MARKER}tingle",),
                                                   note=f"{MARKER} note"))
        CustomWordsRepository(store).add(f"{MARKER}word")
        BreathingRepository(store).add_preset(f"{MARKER} pattern", Pattern(4, 0, 6))
        SafetyPlanRepository(store).add("reasons", f"{MARKER} reason", f"{MARKER}phone")
        write_preference(store, "view/note", f"{MARKER} preference")
        practices = PracticesRepository(store)
        practices.add_check_in(CheckInState.SETTLED, 5, None, f"{MARKER} check-in")
        practices.save_session(PracticeSession("p1", PracticeKind.GROUNDING, "2026-11-26",
                                               iso(clock()), 60, 60, True,
                                               note=f"{MARKER} practice"))
        practices.set_goal("2026-11-26", f"{MARKER} goal")
        store.backup("auto")
        store.backup("manual")
    finally:
        store.close()
    # What data safety writes: a restore sets the current files aside (set-aside/…), a
    # backup cut short leaves a .partial, an interrupted restore a .restoring copy.
    restored = restore_backup(data_dir, clock(), None)
    assert restored.set_aside is not None and grep(restored.set_aside)
    partial = paths.backup_dir(data_dir) / "reconnect-20261126-120000-auto.db.partial"
    partial.write_bytes(paths.db_path(data_dir).read_bytes())
    (data_dir / "reconnect.db.restoring").write_bytes(paths.db_path(data_dir).read_bytes())
    (data_dir / "reconnect.log").write_text(f"{MARKER} in a crash log\n")
    legacy = legacy_path()
    legacy.parent.mkdir(parents=True)
    legacy.write_text(f"[window]\nlastTab={MARKER}\n")


def test_delete_everything_leaves_no_marker_anywhere(open_window, qtbot, data_dir, clock,
                                                     isolated_user_folders):
    fill_every_kind(data_dir, clock)
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    # db, two backups, set aside, .partial, .restoring, log, config
    assert len(grep(data_dir, isolated_user_folders)) >= 8
    window = open_window()
    deleted = []
    window.app_model.data.everythingDeleted.connect(lambda: deleted.append(True))
    dialog = window.open_data_dialog("Delete everything")
    assert not dialog.action.isEnabled()
    qtbot.keyClicks(dialog.confirm, "delete everything")
    assert dialog.action.isEnabled()
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert deleted == [True]
    assert dialog.result.text() == "Everything is deleted. Reconnect will now close."
    closed = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(closed, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert grep(data_dir, isolated_user_folders, runtime) == []
    assert not data_dir.exists() or list(data_dir.iterdir()) == []
    assert not legacy_path().exists()


def test_deleting_an_entry_in_the_journal_can_remove_it_from_backups(open_window, qtbot,
                                                                     data_dir, clock):
    store = open_store(data_dir, clock)
    JournalRepository(store).add(clock().date().isoformat(), f"{MARKER} to be deleted")
    JournalRepository(store).add(clock().date().isoformat(), "a line that stays")
    store.backup("auto")
    store.close()
    window = open_window()
    window.show_tab("Journal")
    view = window.journal
    view.go_today()
    qtbot.waitUntil(lambda: view.entry_id is not None)
    view.confirm_delete = lambda entry: setattr(view, "also_from_backups", True) or True
    marked = next(e for e in view.journal.day(view.day_key) if MARKER in e.text)
    view.open_entry(marked.id)
    assert MARKER in view.current_entry().text
    assert view.delete_entry() is not None
    window.close()
    assert grep(data_dir) == []
