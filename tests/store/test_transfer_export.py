"""The JSON export's layout (two-space indent, one record a line) and its progress steps."""

from __future__ import annotations

import json

import pytest

from numbness_desktop.store.demo import fill_demo
from numbness_desktop.store.transfer_export import export_data, write_export


@pytest.fixture
def demo_store(store, clock):
    fill_demo(store, clock())
    return store


def test_the_json_export_is_the_data_indented_one_record_a_line(demo_store, tmp_path):
    out = write_export(demo_store, "json", tmp_path / "export.json")
    text = out.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data == {**export_data(demo_store), "exported_at": data["exported_at"]}
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}" and text.endswith("}\n")
    assert lines[1].startswith('  "format": ')
    entries = data["journal_entries"]
    assert entries, "the demo has journal entries"
    first = lines.index('  "journal_entries": [') + 1
    assert [json.loads(line.strip().rstrip(",")) for line in
            lines[first:first + len(entries)]] == entries
    assert "\\u" not in text  # words are written as themselves (UTF-8)


@pytest.mark.parametrize("fmt", ["json", "markdown", "csv"])
def test_progress_counts_up_to_every_step_done(demo_store, tmp_path, fmt):
    calls: list[tuple[int, int]] = []
    write_export(demo_store, fmt, tmp_path / f"out-{fmt}",
                 lambda done, total: calls.append((done, total)))
    assert calls, "an export reports its progress"
    done = [d for d, _total in calls]
    assert done == sorted(done) and all(d <= total for d, total in calls)
    if fmt != "csv":  # csv: each kind read is a step; the files are written at the end
        assert calls[-1][0] == calls[-1][1]


def test_the_markdown_export_reads_only_what_it_shows(demo_store, tmp_path, monkeypatch):
    from numbness_desktop.store import transfer_export

    asked: list = []
    real = transfer_export.export_data
    monkeypatch.setattr(transfer_export, "export_data",
                        lambda store, keys=None, progress=None: asked.append(keys)
                        or real(store, keys, progress))
    text = write_export(demo_store, "markdown", tmp_path / "x.md").read_text(encoding="utf-8")
    assert asked == [transfer_export.MARKDOWN_KINDS]
    assert text.startswith("# Reconnect export")
