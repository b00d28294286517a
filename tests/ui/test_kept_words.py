"""One calm banner at start offers every editor's words a kill left behind."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from numbness_desktop.domain.journal import Draft
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository


def test_journal_and_body_map_words_come_back_from_one_banner(data_dir, clock, open_window,
                                                               qtbot):
    store = open_store(data_dir, clock)
    day = clock().date().isoformat()
    JournalRepository(store).save_draft(Draft("d1", None, day, "half a thought", ""))
    with store.write() as db:  # what the body map's autosave keeps while a note is typed
        db["settings"].upsert({"key": "body_map.draft", "value": json.dumps(
            {"emotion": "", "intensity": 5, "marks": [], "sensations": [], "other": "",
             "note": "the note I was writing", "editing": ""}), "updated_at": ""}, pk="key")
    store.close()

    window = open_window()
    banner = window.kept_banner
    assert banner.isVisibleTo(window)
    assert "journal" in banner.label.text() and "body map" in banner.label.text()
    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    assert not banner.isVisibleTo(window)
    assert window.current_tab() == "Journal"
    assert window.journal.editor.toPlainText() == "half a thought"
    assert window.body_map.form.note.text() == "the note I was writing"
    assert window.app_model.journal.drafts() == []


def test_not_now_leaves_the_journal_to_offer_its_drafts_quietly(data_dir, clock, open_window,
                                                                 qtbot):
    store = open_store(data_dir, clock)
    JournalRepository(store).save_draft(Draft("d1", None, clock().date().isoformat(),
                                              "half a thought", ""))
    store.close()
    window = open_window()
    window.show_tab("Journal")
    assert not window.journal.recovery_banner.isVisibleTo(window)  # one banner at a time
    qtbot.mouseClick(window.kept_banner.close_button, Qt.MouseButton.LeftButton)
    assert window.journal.recovery_banner.isVisibleTo(window)


def test_no_banner_without_kept_words(open_window):
    window = open_window()
    assert not window.kept_banner.isVisibleTo(window)
