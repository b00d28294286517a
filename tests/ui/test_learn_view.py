"""Learn: pages open by id, the search box filters them, help is one button away, and the
text follows the 200 % text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListView, QWidget

from numbness_desktop.domain import learn
from numbness_desktop.ui import theme
from numbness_desktop.ui.learn.view import LearnView


def test_pages_open_by_id_and_end_with_sources_and_help(qtbot):
    view = LearnView()
    qtbot.addWidget(view)
    assert view.current_id == "numbness"
    assert view.show_page("seek-help")
    text = view.page_text()
    assert "When to seek professional guidance" in text and "primary care provider" in text
    assert "Sources" in text and "National Institute of Mental Health" in text
    assert not view.show_page("no-such-page")
    assert view.current_id == "seek-help"
    with qtbot.waitSignal(view.helpRequested):
        view.help_button.click()
    assert text.rstrip().endswith(learn.DANGER_TEXT)  # every page ends with it
    assert f"{learn.DANGER_HEADING}\n" in text
    assert learn.DANGER_HEADING in view.danger_text.text()  # and the button stays in view


def test_the_search_box_filters_pages_and_enter_opens_the_first(qtbot):
    view = LearnView()
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.search_box, "sliding scale")
    assert view.shown_ids() == ["benefits"]
    QTest.keyClick(view.search_box, Qt.Key.Key_Return)
    assert view.current_id == "benefits"
    view.search_box.clear()
    assert view.shown_ids() == list(learn.PAGE_IDS)
    view.search("zebra")
    assert view.shown_ids() == [] and view.no_match.isVisibleTo(view)
    view.show_page("emdr")  # a link to a page hidden by the search shows every page again
    assert view.search_box.text() == "" and view.current_id == "emdr"


def test_choosing_a_page_in_the_list_by_keyboard(qtbot):
    view = LearnView()
    qtbot.addWidget(view)
    view.show()
    view.list.setFocus()
    QTest.keyClick(view.list, Qt.Key.Key_Down)
    assert view.current_id == learn.PAGE_IDS[1]
    QTest.keyClick(view.list, Qt.Key.Key_End)
    assert view.current_id == learn.PAGE_IDS[-1]


def test_every_control_is_named_and_reachable_by_tab(qtbot):
    view = LearnView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    controls = [w for w in view.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit | QListView) and w.isVisibleTo(view)]
    assert all(w.accessibleName() for w in controls)
    view.search_box.setFocus()
    seen = set()
    for _ in range(8):
        seen.add(view.focusWidget())
        QTest.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert {view.search_box, view.list, view.help_button} <= seen


def test_text_follows_200_percent(qtbot, qapp):
    theme.apply_theme(qapp, 1.0)
    view = LearnView()
    qtbot.addWidget(view)
    qapp.processEvents()
    normal = view.text.font().pointSizeF()
    try:
        theme.apply_theme(qapp, 2.0)
        qapp.processEvents()
        assert view.text.font().pointSizeF() >= normal * 1.9
        view.resize(900, 600)
        view.show()
        qtbot.waitExposed(view)
        assert view.text.document().size().width() <= view.text.viewport().width() + 1
    finally:
        theme.apply_theme(qapp, 1.0)


def test_help_learn_opens_the_support_section_and_get_help_from_it(open_window, qtbot):
    window = open_window()
    section = window.show_learn("emdr")
    assert window.current_tab() == "Support" and section.current_id == "emdr"
    assert section is window.support.show_section("learn")
    section.help_button.click()  # routed as the place "help"
    assert window._help_panel is not None and window._help_panel.isVisible()
    assert window.show_learn("cbt") is section


def test_learn_opens_in_its_own_window_beside_a_dialog(open_window, qtbot):
    window = open_window()
    dialog = window.open_wellbeing()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.learn_button.click()  # not the active window: Learn comes up beside the dialog
    learn_window = window.companions.learn_window
    assert learn_window.isVisible() and learn_window.view.current_id == "seek-help"


def test_help_menu_opens_learn_welcome_and_the_well_being_check(open_window):
    window = open_window()
    window.actions_by_name["Learn"].trigger()
    assert window.current_tab() == "Support"
    assert window.support.show_section("learn").isVisible()
    window.actions_by_name["Welcome"].trigger()
    window.actions_by_name["Well-being check"].trigger()
    from numbness_desktop.ui.welcome.dialog import WelcomeDialog
    from numbness_desktop.ui.wellbeing.dialog import Who5Dialog

    shown = {type(w) for w in window.findChildren(QWidget) if w.isVisible()}
    assert {WelcomeDialog, Who5Dialog} <= shown


def test_search_results_show_where_the_words_are_and_the_page_opens_there(qtbot):
    view = LearnView()
    qtbot.addWidget(view)
    view.show()
    view.search("referral")
    shown = view.model.index(0, 0).data()
    assert shown.splitlines()[0] in {p.title for p in learn.pages()}
    assert "referral" in shown.lower()
    view._open_first()
    assert view.text.textCursor().selectedText().lower() == "referral"
