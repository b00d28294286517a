"""File → Export…, Import…, Back up now, and Settings → Data, driven as a person would."""

from __future__ import annotations

import json
import stat

from PySide6.QtCore import Qt

from numbness_desktop.store.journal_repo import JournalRepository
from tests.pdf_text import pdf_text


def test_the_file_menu_has_the_data_entries_before_settings_and_quit(open_window):
    window = open_window()
    texts = [a.text().split("\t")[0].replace("&", "") for a in window.menus["File"].actions()
             if not a.isSeparator()]
    for name in ("Export…", "Import…", "Back up now", "Delete everything…"):
        assert name in texts
    assert texts[-2:] == ["Settings…", "Quit"]


def test_every_export_format_writes_a_private_file(open_window, qtbot, store, tmp_path, clock):
    JournalRepository(store).add(clock().date().isoformat(), "a walk by the river")
    window = open_window()
    dialog = window.open_data_dialog("Export")
    for fmt, name in (("json", "x.json"), ("csv", "csv"), ("markdown", "x.md"),
                      ("pdf", "x.pdf")):
        qtbot.mouseClick(dialog.formats[fmt], Qt.MouseButton.LeftButton)
        dialog.choose_save_path = lambda _fmt, _name, name=name: tmp_path / name
        qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
        assert dialog.result.text().startswith("Exported to"), dialog.result.text()
        out = tmp_path / name
        files = list(out.iterdir()) if out.is_dir() else [out]
        assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert "a\twalk\tby\tthe\triver" in pdf_text((tmp_path / "x.pdf").read_bytes())
    assert not dialog.progress.isVisible()


def test_import_says_how_it_went_and_a_bad_file_changes_nothing(open_window, qtbot, store,
                                                                tmp_path, clock):
    window = open_window()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "reconnect-export", "schema_version": 1,
                               "journal_entries": [{"id": "e", "day": "9999-99-99", "text": "x",
                                                    "created_at": "2026-01-01T00:00:00+00:00",
                                                    "updated_at": "2026-01-01T00:00:00+00:00"}]}))
    dialog = window.open_data_dialog("Import")
    dialog.choose_open_path = lambda: bad
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Nothing was imported — journal_entries, record 1")
    assert "\n" not in dialog.result.text()
    assert JournalRepository(store).count() == 0
    good = tmp_path / "daylio.csv"
    good.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    '2026-11-20,20 November,Friday,9:00 pm,meh,"","","a quiet day"\n')
    dialog.choose_open_path = lambda: good
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text() == "Imported 2 new and 0 updated records from daylio.csv."
    assert [e.text for e in JournalRepository(store).all_entries()] == ["a quiet day"]


def test_back_up_now_and_the_settings_data_page(open_window, qtbot, data_dir):
    window = open_window()
    settings = window.show_settings()
    assert "Data" in settings.page_titles()
    page = settings.show_page("Data")
    assert page.summary.text().startswith("No backups yet")
    dialog = page.open("Back up now")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("Backed up to reconnect-")
    dialog.accept()
    assert page.summary.text().startswith("1 checked backup; the newest:")
    assert len(list((data_dir / "backups").glob("*.db"))) == 1
    for name in ("Back up now", "Restore from backup", "Export", "Import", "Delete everything"):
        assert page.buttons[name].accessibleName() == name
    settings.close()


def test_the_data_page_removes_deleted_records_from_backups(open_window, qtbot, data_dir):
    window = open_window()
    model = window.app_model
    item = model.safety.add_item("reasons", "pangolinword reason")
    model.data.backup_now()
    model.safety.delete_item(item.id)
    assert any(b"pangolinword" in p.read_bytes() for p in (data_dir / "backups").iterdir())
    page = window.show_settings().show_page("Data")
    qtbot.mouseClick(page.scrub, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Removed what you had deleted from 1 backup."
    assert not any(b"pangolinword" in p.read_bytes() for p in data_dir.rglob("*")
                   if p.is_file())
