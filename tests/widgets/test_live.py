"""The live hall tab: tiles, queues, alerts and the window detail follow the feed."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QPersistentModelIndex, QThreadPool
from PyQt6.QtWidgets import QApplication, QScrollArea

from app.db import Database, migrate
from app.figures.alerts import EVALUATOR_OFF, LONG_WAIT, LOW_RATE, RED, VACANT, YELLOW
from app.figures.live import QueueNow
from app.hall import load_hall, parse_hall
from tests.widgets.conftest import Clock, at, ev, feed
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.overview.detail import WindowDetailDialog
from widgets.overview.page import LiveHallPage
from widgets.overview.tables import QueueTableModel

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def test_a_tile_follows_the_feed_within_one_refresh(qtbot: QtBot, page: LiveHallPage,
                                                    db: Database, clock: Clock) -> None:
    page.load_now()
    tile = page.floors[1].tiles["W01"]
    assert tile.info is not None and tile.info.state == "closed"
    n = [0]
    feed(db, [ev(n, at(8, 50), "window_opened", window="W01", staff="S001"),
              ev(n, at(8, 51), "evaluator", window="W01", on=True),
              ev(n, at(9, 5), "ticket_issued", ticket="A001", service="GS"),
              ev(n, at(9, 6), "ticket_called", ticket="A001", window="W01"),
              ev(n, at(9, 7), "service_started", ticket="A001", window="W01")])
    clock.set(9, 10)
    with qtbot.waitSignal(page.snapshot_ready, timeout=3000):
        page.refresh()
    assert tile.info.state == "serving"
    text = tile.describe()
    assert "A001 3:00" in text and "张三" in text and "Citizens served today: 0" in text
    assert "Evaluation device off" not in text
    feed(db, [ev(n, at(9, 12), "service_finished", ticket="A001", window="W01")])
    clock.set(9, 13)
    with qtbot.waitSignal(page.snapshot_ready, timeout=3000):
        page.refresh()
    assert tile.info.state == "idle" and tile.info.served_today == 1
    gs = next(q for q in page.queue_model._rows if q.department == "GS")
    assert (gs.waiting, gs.served_today) == (0, 1)


def _kinds(page: LiveHallPage) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in page.alerts:
        out.setdefault(a.kind, []).append(a.subject)
    return out


def test_every_alert_appears_and_can_be_acknowledged(qtbot: QtBot, page: LiveHallPage,
                                                     db: Database, clock: Clock) -> None:
    n = [0]
    friday = dt.date(2026, 9, 11)
    events = [
        # W03 was open on the last working day and stays closed today: vacant.
        ev(n, at(9, 0, friday), "window_opened", window="W03", staff="S003"),
        ev(n, at(17, 0, friday), "window_closed", window="W03"),
        # Cases: one past due (red), one due today (yellow).
        ev(n, at(10, 0, friday), "case_accepted", case="K1", item="设立登记", window="W01",
           legal_days=2, promised_days=1),
        ev(n, at(10, 0, friday), "case_accepted", case="K2", item="变更登记", window="W01",
           legal_days=2, promised_days=0),
        # W01 open with the device off; W02 paused for 20 minutes.
        ev(n, at(8, 45), "window_opened", window="W01", staff="S001"),
        ev(n, at(8, 45), "window_opened", window="W02", staff="S002"),
        ev(n, at(9, 40), "window_paused", window="W02", reason="临时离岗"),
        # A001 waits since 9:05.
        ev(n, at(9, 5), "ticket_issued", ticket="A001", service="GS"),
    ]
    # W01 serves 10 citizens today, only 2 of them rated: low evaluation rate.
    for i in range(10):
        number = f"B{i:03d}"
        events += [ev(n, at(8, 46 + i), "ticket_issued", ticket=number, service="GS"),
                   ev(n, at(8, 47 + i), "ticket_called", ticket=number, window="W01"),
                   ev(n, at(9, 0 + 2 * i), "service_started", ticket=number, window="W01"),
                   ev(n, at(9, 1 + 2 * i), "service_finished", ticket=number, window="W01")]
    events += [ev(n, at(9, 2), "evaluation", window="W01", rating=5),
               ev(n, at(9, 4), "evaluation", window="W01", rating=4)]
    feed(db, events)
    clock.set(10, 0)
    page.load_now()
    kinds = _kinds(page)
    assert kinds[LONG_WAIT] == ["A001"]
    assert sorted(kinds[VACANT]) == ["W02", "W03"]
    assert kinds[EVALUATOR_OFF] == ["W01", "W02"]  # paused is still open
    assert kinds[LOW_RATE] == ["W01"]
    assert kinds[RED] == ["K2"]          # due Friday, not completed
    assert kinds[YELLOW] == ["K1"]       # due Monday (the next working day after Friday)
    # W01's marks: its red and yellow card, and its two other open alerts (device
    # off, low rate) in the badge.
    marks = page.floors[1].tiles["W01"].marks
    assert (marks.red, marks.yellow, marks.others) == (1, 1, 2)
    assert page.floors[1].tiles["W01"].alerts == 2
    assert page.hall_map.tiles["W01"].marks.red == 1
    assert "Red cards: 1" in page.hall_map.describe("W01")
    # By severity: red card, long wait, device off, vacant, low rate, yellow card.
    assert [g.kind for g in page.groups] == [RED, LONG_WAIT, EVALUATOR_OFF, VACANT, LOW_RATE,
                                             YELLOW]
    # Acknowledge the long wait: it leaves the list; shown again on asking, greyed,
    # with who and when.
    row = next(i for i in range(page.alert_model.rowCount())
               if page.alert_model.row(i).group.kind == LONG_WAIT)
    page.alert_view.selectRow(row)
    with qtbot.waitSignal(page.snapshot_ready, timeout=3000):
        page.acknowledge_selected()
    acked = next(a for a in page.alerts if a.kind == LONG_WAIT)
    assert acked.acked_by == "test:director" and acked.acked_at == clock.now
    assert LONG_WAIT not in [g.kind for g in page.groups]
    assert "1 acknowledged" in page.alert_count.text()
    page.show_acked.setChecked(True)
    row = next(i for i in range(page.alert_model.rowCount())
               if page.alert_model.row(i).group.kind == LONG_WAIT)
    assert page.alert_model.index(row, 4).data() == "test:director 10:00"
    assert page.alert_model.index(row, 2).data() == "55 min"     # waiting since 9:05


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, page: LiveHallPage,
                                      db: Database, clock: Clock) -> None:
    n = [0]
    feed(db, [ev(n, at(8, 45), "window_opened", window="W01", staff="S001"),
              ev(n, at(9, 5), "ticket_issued", ticket="A001", service="GS")])
    clock.set(10, 0)
    page.load_now()
    for model in (page.model, page.queue_model, page.alert_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_window_detail_shows_the_day(qtbot: QtBot, page: LiveHallPage, db: Database,
                                     clock: Clock) -> None:
    n = [0]
    feed(db, [ev(n, at(9, 0), "window_opened", window="W02", staff="S002"),
              ev(n, at(9, 10), "ticket_issued", ticket="A001", service="GS"),
              ev(n, at(9, 11), "ticket_called", ticket="A001", window="W02"),
              ev(n, at(9, 12), "service_started", ticket="A001", window="W02"),
              ev(n, at(9, 30), "service_finished", ticket="A001", window="W02"),
              ev(n, at(9, 31), "evaluation", window="W02", rating=2, ticket="A001",
                 comment="等候时间太长"),
              ev(n, at(12, 0), "window_paused", window="W02", reason="午休"),
              ev(n, at(13, 30), "window_resumed", window="W02")])
    clock.set(14, 0)
    page.load_now()
    page.open_detail("W02")
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=3000)
    dialog = page.dialog
    assert isinstance(dialog, WindowDetailDialog)
    timeline = dialog.timeline
    assert timeline.bars("open") == [(9.0, 14.0)]          # still open at 14:00
    assert timeline.bars("paused") == [(12.0, 13.5)]
    assert timeline.bars("serving") == [(9.2, 9.5)]
    assert dialog.evaluations.rowCount() == 1
    assert dialog.evaluations.item(0, 3).text() == "等候时间太长"
    dialog.close()




def test_the_charts_show_the_day(qtbot: QtBot, page: LiveHallPage, db: Database,
                                 clock: Clock) -> None:
    """Waiting through the day and served per hour, as app.figures.series counts them."""
    n = [0]
    feed(db, [ev(n, at(8, 50), "window_opened", window="W01", staff="S001"),
              ev(n, at(9, 5), "ticket_issued", ticket="A001", service="GS"),
              ev(n, at(9, 6), "ticket_issued", ticket="A002", service="GS"),
              ev(n, at(9, 20), "ticket_called", ticket="A001", window="W01"),
              ev(n, at(9, 21), "service_started", ticket="A001", window="W01"),
              ev(n, at(10, 2), "service_finished", ticket="A001", window="W01")])
    clock.set(10, 30)
    page.load_now()
    charts = page.charts
    assert charts.today is not None
    times, waiting = (list(a) for a in charts.today.getData())
    at_915 = times.index(min(times, key=lambda t: abs(t - 9.25)))
    assert waiting[at_915] == 2                       # both tickets waiting at 9:15
    assert waiting[-1] == 1                           # A002 still waiting at 10:30
    heights = dict(zip([x - 0.5 for x in charts.bars.opts["x"]], charts.bars.opts["height"],
                       strict=True))
    assert heights[10] == 1 and heights[9] == 0       # A001 finished in the 10 o'clock hour
    assert charts.waiting_plot.isVisible()


def test_tables_are_fitted_after_the_first_refresh_not_inside_it(
        qtbot: QtBot, db: Database, clock: Clock) -> None:
    """The first refresh shows its rows at once and sizes the tables' columns on the
    following turns of the event loop, one table per turn, not inside the refresh."""
    window = MainWindow(AppContext(db, "test:director", role="office", clock=clock), remember=False)
    qtbot.addWidget(window)
    live = window.page("live")
    assert isinstance(live, LiveHallPage)
    live.timer.stop()
    views = (live.queue_view, live.table)
    with qtbot.waitSignal(live.snapshot_ready, timeout=5000):
        live.refresh()
    assert live.model.rowCount() > 0 and live.queue_model.rowCount() > 0
    assert not any(v.property("fitted") for v in views)
    qtbot.waitUntil(lambda: all(v.property("fitted") for v in views), timeout=3000)
    header = live.table.horizontalHeader()
    assert header is not None
    department = str(live.model.data(live.model.index(0, 2)))
    assert header.sectionSize(2) >= live.table.fontMetrics().horizontalAdvance(department)
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(10_000)   # the first series, loading


def _big_floor_hall() -> str:
    """One department, 50 windows on one floor (5 rows of 10), as a large hall has."""
    out = ['[hall]', 'name = "大厅"', 'timezone = "Asia/Shanghai"', '',
           '[[departments]]', 'code = "D1"', 'name = "综合受理"', '']
    for n in range(50):
        out += ['[[windows]]', f'code = "W{n + 1:03d}"', 'department = "D1"', 'floor = 1',
                f'position = [{n // 10}, {n % 10}]', f'label = "综合窗口{n + 1:03d}"', '']
    return "\n".join(out)


def test_a_large_floor_scrolls_inside_a_1366_by_768_window(
        qtbot: QtBot, empty_url: str, clock: Clock) -> None:
    database = Database(empty_url)
    migrate(database)
    with database.write() as session:
        load_hall(session, parse_hall(_big_floor_hall(), "big.toml"), "x", "test:pytest",
                  role="director")
    window = MainWindow(AppContext(database, "test:director", role="office", clock=clock),
                        remember=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    live = window.page("live")
    assert isinstance(live, LiveHallPage)
    live.timer.stop()
    live.load_now()
    QApplication.processEvents()
    assert len(live.floors[1].tiles) == 50
    assert (window.width(), window.height()) == (1366, 768)
    # the whole-hall view shows all 50 at once ...
    assert len(live.hall_map.tiles) == 50
    viewport = live.hall_scroll.viewport()
    assert viewport is not None
    assert all(viewport.rect().contains(live.hall_map.mapTo(viewport, r.toRect().topLeft()))
               and viewport.rect().contains(live.hall_map.mapTo(viewport,
                                                                r.toRect().bottomRight()))
               for r in live.hall_map.tile_rects().values())
    # ... and the floor's own plan, for detail, scrolls
    scroll = live.findChild(QScrollArea, "floor_1")
    assert scroll is not None
    live.views.setCurrentWidget(scroll)
    QApplication.processEvents()
    bar = scroll.horizontalScrollBar()
    assert bar is not None and bar.maximum() > 0      # the tiles keep their size
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(10_000)
    database.dispose()


def test_queue_rows_that_change_repaint_alone(qtmodeltester: ModelTester,
                                              backend: str) -> None:
    """A department moving up a place updates the rows that changed, not the whole list;
    with a row selected, the list is reset (the selection does not move to another
    department)."""
    model = QueueTableModel()
    queues = [QueueNow("A", "Alpha", 3, 100.0, 5), QueueNow("B", "Beta", 2, 110.0, 4),
              QueueNow("C", "Gamma", 1, 120.0, 3)]
    model.set_queues(queues, 130.0)
    qtmodeltester.check(model)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=None: changed.append((a.row(), b.row())))
    moved = [QueueNow("A", "Alpha", 3, 100.0, 5), QueueNow("B", "Beta", 0, None, 6),
             QueueNow("C", "Gamma", 2, 120.0, 3)]
    model.set_queues(moved, 131.0)              # Gamma now before Beta: rows 1 and 2
    assert resets == [] and changed == [(1, 1), (2, 2)]
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Alpha", "Gamma", "Beta"]
    assert model.data(model.index(2, 1)) == "0" and model.data(model.index(2, 3)) == "6"
    changed.clear()
    model.set_queues(moved, 132.0)              # nothing new: nothing repaints
    assert changed == [] and resets == []
    held = QPersistentModelIndex(model.index(1, 0))   # as a selection holds it
    model.set_queues(queues, 133.0)
    assert resets == [1] and not held.isValid()
