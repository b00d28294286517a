"""A Daylio CSV export comes in as journal entries with the mood as a feeling chip."""

from __future__ import annotations

import pytest

from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.transfer import import_data, read_import

# The shape of Daylio's export (daylio-csv-parser's sample.csv), with a note and a title.
DAYLIO = (
    "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
    '2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | bad sleep",'
    '"A long day","Felt far away.<br>Then a walk &amp; tea."\n'
    '2021-09-27,27 September,Monday,08:15,Average,"","",""\n'
)


def test_daylio_rows_become_entries_with_mood_chips_and_never_twice(store, tmp_path):
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    counts = import_data(store, read_import(path, store))
    assert counts == {"added": 4, "updated": 0, "skipped": 0}
    repo = JournalRepository(store)
    entries = repo.all_entries()
    by_day = {entry.day: entry for entry in entries}
    sad = by_day["2021-09-28"]
    assert sad.text == ("A long day\n\nFelt far away.\nThen a walk & tea.\n\n"
                        "Activities: clean, music, bad sleep")
    assert [chip.word for chip in sad.chips] == ["sad"]
    assert sad.created_at.startswith("2021-09-28T22:00:00")
    assert [chip.word for chip in by_day["2021-09-27"].chips] == ["average"]
    again = import_data(store, read_import(path, store))
    assert again["added"] == 0


def test_a_broken_daylio_date_refuses_the_file(store, tmp_path):
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO.replace("2021-09-27", "2021-13-45"), encoding="utf-8")
    with pytest.raises(ImportFormatError, match="Daylio line 3: 'full_date'"):
        read_import(path, store)


def test_the_command_line_imports_daylio(tmp_path, capsys):
    from numbness_desktop.cli import main

    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    assert main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 0
    assert "Imported 4 new" in capsys.readouterr().out
