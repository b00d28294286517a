"""Learn, the well-being check, the welcome and reminders pass the same wording guard as
every tab (tests/ui/test_wording.py)."""

from __future__ import annotations

from tests.ui.test_wording import offending, widget_texts


def test_the_new_windows_read_kindly(open_window, qtbot):
    window = open_window()
    qtbot.waitUntil(lambda: window.companions.reminder_tray is not None, timeout=3000)
    texts = []
    learn = window.show_learn()
    for row in range(learn.model.rowCount()):
        learn.show_page(learn.model.page_at(row).id)
        texts += widget_texts(learn)
    dialog = window.open_wellbeing()
    texts += widget_texts(dialog)
    for item in range(5):
        dialog.answer(item, 1)
    dialog.save()
    texts += widget_texts(dialog)
    welcome = window.show_welcome()
    for index in range(3):
        welcome.go(index)
        texts += widget_texts(welcome)
    settings = window.show_settings()
    texts += widget_texts(settings.show_page("Reminders"))
    window.companions.invitation_bar.invite("A moment to check in, if you like", "text")
    texts += widget_texts(window.companions.invitation_bar)
    window.offer_wellbeing(window.app_model.wellbeing.today())
    assert len(texts) > 100
    hits = sorted({f"{offending(t)} in {t[:90]!r}" for t in texts if offending(t)})
    assert hits == []
