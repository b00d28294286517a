from numbness_desktop.domain.trends import Period
from tests.trends_data import fill_hand_built


def test_period_switch_emits_and_rereads(app_model, qtbot, store):
    fill_hand_built(store)
    trends = app_model.trends
    assert trends is app_model.trends  # built once
    assert trends.period is Period.MONTH
    with qtbot.waitSignals([trends.periodChanged, trends.dataChanged]):
        trends.set_period(Period.WEEK)
    assert trends.data().range.days == 7
    assert trends.readings()["granularity"] == (
        "You named 5 different feelings this week, up from 1 a month ago.")
    with qtbot.assertNotEmitted(trends.dataChanged):
        trends.set_period(Period.WEEK)


def test_refresh_sees_new_rows(app_model, qtbot, store):
    trends = app_model.trends
    assert trends.data().granularity == []
    fill_hand_built(store)
    assert trends.data().granularity == []  # cached until told
    with qtbot.waitSignal(trends.dataChanged):
        trends.refresh()
    assert trends.data().granularity


def test_a_storage_failure_is_said_calmly_and_draws_empty(app_model, qtbot, store):
    trends = app_model.trends
    store.conn.execute("ALTER TABLE journal_chips RENAME TO lost_chips")  # reads now fail
    with qtbot.waitSignal(app_model.errorOccurred):
        data = trends.data()
    assert data.granularity == [] and data.period is Period.MONTH
