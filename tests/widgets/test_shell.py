"""The application shell: it opens, shows the live hall, and closes cleanly."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.events.ingest import ingest_lines
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.overview.page import LiveHallPage

ROOT = Path(__file__).resolve().parents[2]
TZ = dt.timezone(dt.timedelta(hours=8))
DAY = dt.datetime(2026, 9, 15, tzinfo=TZ)


def at(hour: int, minute: int = 0) -> str:
    return DAY.replace(hour=hour, minute=minute).isoformat()


def feed(db: Database, events: list[dict]) -> None:
    ingest_lines(db, [json.dumps(e) for e in events], source="test", file_hash="x",
                 actor="test:pytest", role="director")


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    clock = DAY.replace(hour=10, minute=5).timestamp()
    win = MainWindow(AppContext(db, "test:director", role="office", clock=lambda: clock),
                     remember=False)
    qtbot.addWidget(win)
    win.show()
    return win


def _live(win: MainWindow) -> LiveHallPage:
    page = win.pages[0]
    assert isinstance(page, LiveHallPage)
    return page


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_live_table_follows_the_feed(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page = _live(window)
    page.load_now()
    model = page.model
    codes = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert codes == ["W01", "W02", "W03"]
    assert model.index(0, 4).data() == "Closed"
    feed(db, [
        {"id": "o1", "ts": at(9), "type": "window_opened", "window": "W01", "staff": "S001"},
        {"id": "t1", "ts": at(9, 10), "type": "ticket_issued", "ticket": "A001", "service": "GS"},
        {"id": "t2", "ts": at(9, 20), "type": "ticket_issued", "ticket": "A002", "service": "GS"},
        {"id": "c1", "ts": at(9, 30), "type": "ticket_called", "ticket": "A001", "window": "W01"},
        {"id": "s1", "ts": at(10), "type": "service_started", "ticket": "A001", "window": "W01"},
    ])
    with qtbot.waitSignal(page.snapshot_ready, timeout=3000):
        page.refresh()
    assert model.index(0, 4).data() == "Serving"
    assert model.index(0, 5).data() == "张三"
    assert model.index(0, 6).data() == "A001"
    assert model.index(0, 7).data() == "5:00"
    assert page.kpis["waiting"].text() == "1"
    assert page.kpis["open"].text() == "1 / 3"
    # At 10:05 during opening hours, five minutes without an event: a red warning.
    assert window.feed_label.text() == "Feed silent since 10:00:00"
    assert "#c62828" in window.feed_label.styleSheet()


def test_window_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                              window: MainWindow) -> None:
    page = _live(window)
    page.load_now()
    qtmodeltester.check(page.model)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_banner_when_the_database_goes_away(qtbot: QtBot, window: MainWindow,
                                           db_url: str) -> None:
    page = _live(window)
    page.load_now()
    assert page.banner.isHidden()
    path = Path(db_url.removeprefix("sqlite:///"))
    moved = path.with_suffix(".away")
    window.context.db.dispose()
    path.rename(moved)
    path.mkdir()  # a folder where the file was: opening it fails
    try:
        page.load_now()
        assert not page.banner.isHidden()
        assert page.model.rowCount() == 3  # the last figures stay on screen
    finally:
        path.rmdir()
        moved.rename(path)
    page.load_now()
    assert page.banner.isHidden()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_screenshot_writes_a_png_per_tab_and_exits(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url,
                             "--screenshot", str(out)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    pngs = sorted(out.glob("*.png"))
    from widgets.pages import TABS

    # Every tab (a database without accounts: the command line's director, no prompt),
    # the login and first-start dialogs, the inspection mode and the public display at
    # two screen sizes.
    assert [p.name for p in pngs] == sorted([f"{tab.name}.png" for tab in TABS]
                                            + ["first_start.png", "login.png", "inspect.png",
                                               "display.png", "display-1366.png"]
                                            + [f"settings_{pane}.png" for pane in (
                                                "hall", "windows", "staff", "checklist",
                                                "rules", "accounts", "calendar",
                                                "projects")])
    assert {"live.png", "complaints.png", "audit.png", "inspections.png"} <= {
        p.name for p in pngs}
    assert all(p.stat().st_size > 10_000 for p in pngs)
    from PyQt6.QtGui import QImage

    shot = QImage(str(out / "inspect.png"))
    assert (shot.width(), shot.height()) == (1024, 768)      # the inspection laptop's screen
    assert QImage(str(out / "display.png")).size().width() == 1920
    assert QImage(str(out / "display-1366.png")).size().height() == 768


def test_display_options_need_display(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for option in (["--screen", "1"], ["--page-seconds", "5"]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                                 f"sqlite:///{tmp_path / 'none.db'}", *option],
                                capture_output=True, text=True, env=env, timeout=60)
        assert result.returncode == 2
        assert result.stderr.strip() == "--screen and --page-seconds go with --display."


def test_display_refuses_a_bad_page_period(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             f"sqlite:///{tmp_path / 'none.db'}", "--display",
                             "--page-seconds", "1"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "--page-seconds 1 must be between 3 and 300 seconds."


def test_gui_on_a_database_without_schema_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             f"sqlite:///{tmp_path / 'none.db'}", "--screenshot",
                             str(tmp_path / "shots")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "halldesk init" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_screenshots_never_take_the_os_users_name(db_url: str, tmp_path: Path) -> None:
    """``LOGNAME=wang python main.py --screenshot`` used to render as the account wang."""
    from app.security.accounts import add_user

    db = Database(db_url)
    with db.write() as session:
        add_user(session, "wang", "director", "Hall-desk 2026", "test")
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LOGNAME": "wang", "USER": "wang"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db_url,
                             "--screenshot", str(tmp_path / "shots")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == ("This database has accounts: screenshots need --user "
                                     "NAME (with its password) or --token FILE, or --demo.")
    assert not list((tmp_path / "shots").glob("*.png")) if (tmp_path / "shots").exists() \
        else True


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_demo_opens_without_a_password_as_the_demo_director(db_url: str,
                                                            tmp_path: Path) -> None:
    import shutil

    from sqlalchemy import select
    from sqlalchemy.engine import make_url

    from app.db import Database
    from models import Account, AuditEntry

    data = tmp_path / "data"
    (data / "HallDesk").mkdir(parents=True)
    demo = data / "HallDesk" / "demo.db"
    shutil.copy(make_url(db_url).database or "", demo)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data)}
    for _ in range(2):   # the second start finds the demo director already there
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo",
                                 "--screenshot", str(tmp_path / "shots")],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    db = Database(f"sqlite:///{demo}")
    with db.read() as session:
        accounts = session.execute(select(Account.name, Account.role)).all()
        logins = session.execute(select(AuditEntry.actor, AuditEntry.detail).where(
            AuditEntry.action == "login")).all()
    db.dispose()
    assert accounts == [("demo", "director")]
    assert logins == [("demo", '{"how":"demo","role":"director"}')] * 2
    assert (tmp_path / "shots" / "audit.png").exists()
