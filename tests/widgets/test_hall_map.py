"""The whole hall on one screen: the compact view shows every window, fully visible,
at 1366×768 and 1920×1080, for the 45-window demo hall and a 120-window hall; the
charts show the day with the first snapshot; the figures carry their one name."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QRect, QThreadPool
from PyQt6.QtWidgets import QApplication

from app.db import Database, migrate
from app.events.ingest import ingest_lines
from app.events.profiles import DEMO_VACANT
from app.figures.names import NAMES
from app.hall import load_hall, parse_hall, read_hall_file
from tests.widgets.conftest import TZ, Clock
from widgets.context import AppContext
from widgets.figure_names import collected, figure_name, today_name
from widgets.main_window import MainWindow
from widgets.overview.page import LiveHallPage

MONDAY = dt.date(2026, 9, 14)
SIZES = ((1366, 768), (1920, 1080))


def _at(hour: int, minute: int = 0, day: dt.date = MONDAY) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).isoformat()


def _hall_120() -> str:
    """120 windows of 12 departments on 4 floors (30 a floor), one staff each."""
    out = ['[hall]', 'name = "大厅"', 'timezone = "Asia/Shanghai"', '']
    for d in range(12):
        out += ['[[departments]]', f'code = "D{d:02d}"', f'name = "第{d + 1}综合受理部"', '']
    for n in range(120):
        floor, k = divmod(n, 30)
        out += ['[[windows]]', f'code = "W{n + 1:03d}"', f'department = "D{n % 12:02d}"',
                f'floor = {floor + 1}', f'position = [{k // 10}, {k % 10}]',
                f'label = "综合受理{n + 1:03d}"', '',
                '[[staff]]', f'code = "S{n + 1:03d}"', f'name = "职员{n + 1:03d}"',
                f'department = "D{n % 12:02d}"', '']
    return "\n".join(out)


def _morning(windows: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """A morning at 10:30 over (window, staff, department): most serving, some idle or
    paused, one in six closed; a red card and a yellow one."""
    events: list[dict[str, Any]] = []

    def ev(ts: str, etype: str, **fields: Any) -> None:
        events.append({"id": f"e{len(events):05d}", "ts": ts, "type": etype, **fields})

    for i, (code, staff, dept) in enumerate(windows):
        if i % 6 == 5:
            continue                                          # closed
        ev(_at(8, 45), "window_opened", window=code, staff=staff)
        if i % 7 != 3:
            ev(_at(8, 50), "evaluator", window=code, on=True)
        if i % 6 == 4:
            ev(_at(10, 5), "window_paused", window=code, reason="临时离岗")
        elif i % 6 != 3:                                      # serving
            ticket = f"T{i:03d}"
            ev(_at(10, 0), "ticket_issued", ticket=ticket, service=dept)
            ev(_at(10, 1), "ticket_called", ticket=ticket, window=code)
            ev(_at(10, 2 + i % 20), "service_started", ticket=ticket, window=code)
    first, second = windows[0][0], windows[1][0]
    ev(_at(10, 0, dt.date(2026, 9, 1)), "case_accepted", case="K1", item="设立登记",
       window=first, legal_days=2, promised_days=1)
    ev(_at(10, 0), "case_accepted", case="K2", item="变更登记", window=second,
       legal_days=2, promised_days=0)
    ev(_at(9, 0), "ticket_issued", ticket="Z001", service=windows[0][2])
    return events


def _database(url: str, hall: str | None) -> Database:
    db = Database(url)
    migrate(db)
    spec, digest = read_hall_file(None) if hall is None else (parse_hall(hall, "h.toml"), "x")
    with db.write() as session:
        load_hall(session, spec, digest, "test:pytest", role="director")
    staff: dict[str, list[str]] = {}
    for s in spec.staff:
        staff.setdefault(s.department, []).append(s.code)
    windows = []
    for w in spec.windows:
        if w.code in DEMO_VACANT and hall is None:
            continue
        people = staff[w.department]
        windows.append((w.code, people[len(windows) % len(people)], w.department))
    lines = [json.dumps(e, ensure_ascii=False) for e in _morning(windows)]
    ingest_lines(db, lines, source="test", file_hash="x", actor="test:pytest", role="director")
    return db


@pytest.fixture(params=[45, 120], ids=["demo45", "hall120"])
def hall_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[int, Database]]:
    db = _database(f"sqlite:///{tmp_path / 'hall.db'}",
                   None if request.param == 45 else _hall_120())
    yield request.param, db
    db.dispose()


def _window(qtbot: QtBot, db: Database, size: tuple[int, int]) -> tuple[MainWindow,
                                                                       LiveHallPage]:
    clock = Clock(10, 30)
    window = MainWindow(AppContext(db, "test:director", "director", clock=clock), remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.page("live")
    assert isinstance(page, LiveHallPage)
    page.timer.stop()
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(10_000)
    page.load_now()
    for _ in range(3):
        QApplication.processEvents()
    return window, page


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1920x1080"])
def test_every_window_is_fully_visible_at_once(qtbot: QtBot, hall_db: tuple[int, Database],
                                               size: tuple[int, int], tmp_path: Path) -> None:
    count, db = hall_db
    window, page = _window(qtbot, db, size)
    assert (window.width(), window.height()) == size
    assert page.views.currentWidget() is page.hall_page         # the whole hall first
    rects = page.hall_map.tile_rects()
    assert len(rects) == count
    viewport = page.hall_scroll.viewport()
    assert viewport is not None
    seen = viewport.rect()
    for code, rect in rects.items():
        box = QRect(page.hall_map.mapTo(viewport, rect.toRect().topLeft()), rect.toRect().size())
        assert seen.contains(box), (code, box, seen)
    bar = page.hall_scroll.verticalScrollBar()
    assert bar is not None and bar.maximum() == 0                # nothing to scroll to
    # tiles do not overlap, and are legible across the room
    boxes = sorted((r.left(), r.top(), r.right(), r.bottom()) for r in rects.values())
    for (l1, t1, r1, b1), (l2, t2, r2, b2) in itertools.pairwise(boxes):
        assert r1 <= l2 or l1 >= r2 or b1 <= t2 or t1 >= b2
    assert min(r.width() for r in rects.values()) >= 54
    assert min(r.height() for r in rects.values()) >= 38
    # a tile says its code, state and service time, and marks a red card
    first = next(iter(rects))
    assert "Red cards: 1" in page.hall_map.describe(first)
    grab = window.grab()
    assert not grab.isNull() and (grab.width(), grab.height()) == size
    out = Path(os.environ.get("HALLDESK_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    assert grab.save(str(out / f"hall-{count}-{size[0]}x{size[1]}.png"))
    window.close()


def test_larger_screens_get_larger_tiles(qtbot: QtBot, tmp_path: Path) -> None:
    db = _database(f"sqlite:///{tmp_path / 'hall.db'}", None)
    sizes = []
    for size in SIZES:
        window, page = _window(qtbot, db, size)
        sizes.append((page.hall_map.tile_size.width(), page.hall_map.tile_size.height()))
        window.close()
    (w1, h1), (w2, h2) = sizes
    assert w2 > w1 and h2 > h1
    db.dispose()


def test_the_charts_show_the_day_with_the_first_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    """The first refresh (asynchronous, as the timer's) brings the charts' series in the
    same read as the tiles: no flat line, no empty axis while the tiles show figures."""
    db = _database(f"sqlite:///{tmp_path / 'hall.db'}", None)
    clock = Clock(10, 30)
    window = MainWindow(AppContext(db, "test:director", "director", clock=clock), remember=False)
    qtbot.addWidget(window)
    window.show()
    page = window.page("live")
    assert isinstance(page, LiveHallPage)
    page.timer.stop()
    qtbot.waitUntil(lambda: page.last_snapshot is not None, timeout=10_000)
    charts = page.charts
    assert charts.today is not None                  # built with that first snapshot
    times, waiting = (list(a) for a in charts.today.getData())
    assert times and max(waiting) > 0
    snap = page.last_snapshot
    assert snap is not None and snap.waiting_now == waiting[-1]
    # charts that lag the tiles (a feed catching up) are reloaded at the next tick
    page._series_served = snap.served_today + 50
    assert page._series_due()
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(10_000)
    window.close()
    db.dispose()


def test_figure_names_come_from_one_table(qtbot: QtBot, tmp_path: Path) -> None:
    """The tile, the display and the briefing call a figure by the table's name."""
    import zoneinfo

    from PyQt6.QtCore import Qt

    from app.briefing.complaints import ComplaintSection
    from app.briefing.keyfigures import key_figures
    from app.figures import Period, compute
    from widgets.display.board import BoardView

    assert set(collected()) == {n.en for n in NAMES.values()}     # pylupdate sees them all
    db = _database(f"sqlite:///{tmp_path / 'hall.db'}", None)
    window, page = _window(qtbot, db, SIZES[0])
    assert page.kpi_captions["served"] == today_name("served")
    assert page.kpi_captions["waiting"] == figure_name("waiting_now")
    assert page.model.headerData(8, Qt.Orientation.Horizontal) == today_name("served")
    tile = page.floors[1].tiles["W03"]
    assert f"{today_name('served')}: 0" in tile.describe()
    window.close()
    # the lobby display's footer
    board = BoardView()
    qtbot.addWidget(board)
    board.board = type("B", (), {"figures": type("F", (), {
        "served": 712, "avg_wait_s": None, "satisfaction_rate": None})()})()  # type: ignore[assignment]
    assert board.footer_text().startswith(f"{today_name('served')}: 712")
    # the briefing's key figures
    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    with db.read() as session:
        figures = compute(session, Period(dt.date(2026, 7, 1), dt.date(2026, 10, 1), tz),
                          dt.datetime(2026, 10, 1, tzinfo=tz).timestamp())
    labels = [k.label for k in key_figures(figures, figures, figures,
                                           (ComplaintSection(),) * 3, department=False)]
    for key in ("served", "cases_completed", "cases_accepted", "avg_wait_s",
                "satisfaction_rate", "completion_rate", "red_cards"):
        assert NAMES[key].zh in labels, key
    db.dispose()


def test_a_whole_hall_tile_changes_once_a_minute(qtbot: QtBot) -> None:
    """Service times in whole minutes: a second later nothing is repainted."""
    from app.figures.alerts import WindowMarks
    from app.figures.live import SERVING, WindowNow
    from widgets.overview.compact import HallMap

    hall = HallMap()
    qtbot.addWidget(hall)
    hall.resize(600, 300)
    hall.show()
    w = WindowNow("W01", "企业登记", "GS", "工商分局", 1, None, state=SERVING, ticket="A001",
                  service_started_at=1000.0, evaluator_on=True)
    hall.set_windows([w], 1000.0 + 125, {})
    assert hall.tiles["W01"].lines[3] == "2′"
    updates: list[Any] = []
    hall.update = lambda *args: updates.append(args)  # type: ignore[method-assign]
    hall.set_windows([w], 1000.0 + 126, {"W01": WindowMarks()})
    assert updates == []
    hall.set_windows([w], 1000.0 + 180, {})
    assert len(updates) == 1 and hall.tiles["W01"].lines[3] == "3′"


def test_a_whole_hall_tile_is_painted_once_per_change(qtbot: QtBot) -> None:
    """In its scroll area, a tile is kept as painted: a repaint of the map draws the same
    pixmap; a change paints it anew, and the pixels are those painted directly."""
    from PyQt6.QtGui import QImage
    from PyQt6.QtWidgets import QScrollArea

    from app.figures.alerts import WindowMarks
    from app.figures.live import SERVING, WindowNow
    from widgets.overview.compact import HallMap

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    hall = HallMap()
    scroll.setWidget(hall)
    qtbot.addWidget(scroll)
    scroll.resize(600, 300)
    scroll.show()
    w = WindowNow("W01", "企业登记", "GS", "工商分局", 1, None, state=SERVING, ticket="A001",
                  service_started_at=1000.0, evaluator_on=True)
    red = {"W01": WindowMarks(red=1, open=1)}
    hall.set_windows([w], 1125.0, red)
    scroll.grab()              # the floor's label is placed at its second paint
    cached = scroll.grab().toImage()
    image = hall.tiles["W01"].image
    assert image is not None
    hall.repaint()
    assert hall.tiles["W01"].image is image
    hall.set_windows([w], 1185.0, red)           # a minute later
    assert hall.tiles["W01"].image is None
    hall.set_windows([w], 1125.0, red)
    hall.setAutoFillBackground(False)            # painted directly
    direct = scroll.grab().toImage()
    hall.setAutoFillBackground(True)
    fmt = QImage.Format.Format_RGB32
    assert cached.convertToFormat(fmt) == direct.convertToFormat(fmt)
