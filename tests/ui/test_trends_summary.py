from PySide6.QtCore import Qt

from numbness_desktop.domain.trends import Period
from tests.pdf_text import pdf_text, squashed
from tests.trends_data import fill_hand_built


def open_summary(open_window, qtbot, store):
    fill_hand_built(store)
    window = open_window()
    window.show_tab("Trends")
    qtbot.mouseClick(window.trends.summary_button, Qt.MouseButton.LeftButton)
    dialog = window.trends.summary_dialog
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog


def test_defaults_are_two_weeks_with_no_entries_and_no_plan(open_window, qtbot, store):
    _, dialog = open_summary(open_window, qtbot, store)
    assert dialog.data.period is Period.TWO_WEEKS
    assert dialog.data.range.first.isoformat() == "2026-11-13"
    assert [h.day for h in dialog.highlights] == ["2026-11-26", "2026-11-25"]
    assert dialog.choice().journal_ids == ()
    assert not dialog.plan_box.isChecked()
    # nothing is shared until the person ticks it (no nudge to share more)
    assert not any(box.isChecked() for box in dialog.boxes.values())
    assert "Where in the body" not in dialog.preview.toPlainText()
    assert "A slow day." not in dialog.html()
    dialog.close()


def test_pdf_holds_what_was_ticked_and_not_the_rest(open_window, qtbot, store, tmp_path):
    window, dialog = open_summary(open_window, qtbot, store)
    window.app_model.safety.add_item("warning_signs", "Skipping meals")
    dialog.boxes["practices"].setChecked(True)
    dialog.entry_model.item(1).setCheckState(Qt.CheckState.Checked)  # "A slow day."
    dialog.plan_box.setChecked(True)
    html = dialog.html()
    assert "A slow day." in html and "Walked." not in html
    assert "Skipping meals" in html
    assert "Where in the body" not in html and "Chest" not in html
    assert "Breathing practice" in dialog.preview.toPlainText()
    path = dialog.save_pdf(tmp_path / "summary.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = squashed(pdf_text(data))  # the PDF's own text, not the HTML it came from
    assert squashed("A slow day.") in text and squashed("Walked.") not in text
    assert squashed("Skipping meals") in text
    assert squashed("Where in the body") not in text and "Chest" not in text
    assert squashed("Breathing practice") in text
    assert (path.stat().st_mode & 0o777) == 0o600
    dialog.period_box.setCurrentIndex(1)  # a month
    assert dialog.data.period is Period.MONTH
    dialog.close()


def test_every_choice_fits_in_the_dialog_without_scrolling(open_window, qtbot):
    """Its choices once sat below the fold: the safety plan's box needed scrolling."""
    from numbness_desktop.cli import _fill_demo

    window = open_window()
    window.close()
    _fill_demo(window.app_model.store.data_dir)
    window = open_window()
    window.show_tab("Trends")
    dialog = window.trends.open_summary()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    for widget in (*dialog.boxes.values(), dialog.plan_box, dialog.entry_list):
        top = widget.mapTo(dialog, widget.rect().topLeft()).y()
        bottom = widget.mapTo(dialog, widget.rect().bottomLeft()).y()
        assert not widget.visibleRegion().isEmpty(), widget.accessibleName()
        assert top >= 0 and bottom <= dialog.height(), widget.accessibleName()
        assert widget is dialog.entry_list or \
            widget.visibleRegion().boundingRect().height() == widget.height(), \
            widget.accessibleName()
    # The list shows its entries (it once stayed blank: its model's signals were blocked).
    from PySide6.QtCore import QPoint

    assert dialog.entry_model.rowCount() > 0
    assert dialog.entry_list.indexAt(QPoint(10, 10)).isValid()
    dialog.close()
