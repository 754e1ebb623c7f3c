"""The public display window: the carousel turns on its own, new completions appear
within one poll, nothing personal is painted, and it never shows a dialog, even
when the database goes away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QDialog, QMessageBox

from app.config import DisplaySettings
from app.db import Database
from tests.app.display_helpers import (
    APPLICANTS,
    FRIDAY,
    MONDAY,
    SECRETS,
    case_events,
    feed,
    personal_cases,
    ts,
)
from widgets.context import AppContext
from widgets.display.window import DisplayWindow


class Clock:
    def __init__(self, hour: int) -> None:
        self.now = ts(MONDAY, hour)

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(18)


@pytest.fixture
def display(qtbot: QtBot, db: Database, clock: Clock) -> Iterator[DisplayWindow]:
    window = DisplayWindow(AppContext(db, "display", role="display", clock=clock),
                           DisplaySettings(page_seconds=1, poll_seconds=1))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any message box the display might open fails the test."""
    shown: list[str] = []
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a, _n=name, **k: shown.append(_n)))
    yield shown
    assert shown == []
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]


def _painted_text(window: DisplayWindow) -> str:
    view = window.view
    rows = [cell for row in view.visible_rows() for cell in row]
    return " ".join([*rows, view.footer_text(), view.page_text(), view.mark_text(),
                     view._subtitle()])


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_carousel_turns_pages_on_its_own(qtbot: QtBot, display: DisplayWindow,
                                         db: Database) -> None:
    events = []
    for i in range(25):
        events += case_events(f"P{i:02d}", MONDAY, 9 + i % 8, "张三")
    feed(db, events)
    display.load_now()
    view = display.view
    per_page = view.rows_per_page()
    assert 5 <= per_page < 25
    assert view.pages() == -(-25 // per_page) >= 2
    first = view.visible_rows()
    assert len(first) == per_page
    display.page_timer.start()
    with qtbot.waitSignal(display.page_changed, timeout=3000) as turned:
        pass
    assert turned.args == [1]
    assert view.visible_rows() != first
    assert view.page_text() == f"Page 2 of {view.pages()}"
    for _ in range(view.pages() - 1):  # round to the first page again
        display.turn_page()
    assert view.page == 0 and view.visible_rows() == first


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_page_period_follows_the_setting(db: Database, qtbot: QtBot) -> None:
    window = DisplayWindow(AppContext(db, "display", role="display"),
                           DisplaySettings(page_seconds=7))
    qtbot.addWidget(window)
    assert window.page_timer.interval() == 7000
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert window.view.cursor().shape() == Qt.CursorShape.BlankCursor


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_new_completion_appears_within_one_poll(qtbot: QtBot, display: DisplayWindow,
                                                  db: Database, clock: Clock) -> None:
    feed(db, case_events("OLD", FRIDAY, 10, "王五"))
    display.load_now()
    assert [r[0] for r in display.view.visible_rows()] == ["OLD"]
    assert display.view.visible_rows()[0][5] == "09-11 10:30"  # Friday, from Monday
    feed(db, case_events("NEW", MONDAY, 11, "李小四"))
    with qtbot.waitSignal(display.board_ready, timeout=3000):
        display.refresh()
    rows = display.view.visible_rows()
    assert [r[0] for r in rows] == ["NEW", "OLD"]
    assert rows[0][1:] == ["企业变更登记", "工商分局", "李*四", "Granted", "11:30"]
    # Nothing new: the next poll reads the feed's stamp only and repaints nothing.
    with qtbot.assertNotEmitted(display.board_ready, wait=300):
        display.refresh()
        qtbot.waitUntil(lambda: not display._busy, timeout=3000)
    # The poll timer brings the next completion by itself.
    feed(db, case_events("NEXT", MONDAY, 12, "赵", result="rejected"))
    display.poll_timer.start()
    with qtbot.waitSignal(display.board_ready, timeout=4000):
        pass
    assert display.view.visible_rows()[0][:5] == ["NEXT", "企业变更登记", "工商分局", "*",
                                                  "Not granted"]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_nothing_personal_is_painted(qtbot: QtBot, display: DisplayWindow,
                                     db: Database) -> None:
    feed(db, personal_cases(MONDAY))
    display.load_now()
    view = display.view
    text = ""
    for _ in range(view.pages()):
        text += _painted_text(display)
        display.turn_page()
    for _name, masked in APPLICANTS:
        assert masked in text
    for secret in SECRETS:
        assert secret not in text, secret
    for width, height in ((1920, 1080), (1366, 768)):
        display.resize(width, height)
        image = display.grab()
        assert (image.width(), image.height()) == (width, height)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_database_gone_keeps_the_page_and_shows_only_a_mark(
        qtbot: QtBot, display: DisplayWindow, db: Database, db_url: str,
        caplog: pytest.LogCaptureFixture) -> None:
    feed(db, personal_cases(MONDAY))
    display.load_now()
    view = display.view
    before = view.visible_rows()
    assert view.status_ok and view.mark_text() == ""
    path = Path(db_url.removeprefix("sqlite:///"))
    moved = path.with_suffix(".away")
    db.dispose()
    path.rename(moved)
    path.mkdir()  # a folder where the file was: opening it fails
    try:
        with qtbot.waitSignal(display.load_failed, timeout=3000):
            display.refresh()
        display.load_now()  # and again: logged once, not every poll
        assert not view.status_ok
        assert view.mark_text() == "● 18:00"
        assert view.visible_rows() == before  # the last page stays
        display.turn_page()  # the carousel goes on with what it has
        assert [r.getMessage() for r in caplog.records].count(
            caplog.records[0].getMessage()) == 1
        assert "cannot read the database" in caplog.records[0].getMessage()
    finally:
        path.rmdir()
        moved.rename(path)
    with qtbot.waitSignal(display.board_ready, timeout=3000):
        display.refresh()
    assert view.status_ok and view.mark_text() == ""
    assert "reads the database again" in caplog.records[-1].getMessage()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_empty_day_says_so(display: DisplayWindow) -> None:
    display.load_now()
    assert display.view.visible_rows() == []
    assert display.view.board is not None and display.view.board.previous is None
    assert display.view.page_text() == "Page 1 of 1"
    assert display.view.footer_text() == ("Citizens served today: 0    Average wait: — min    "
                                          "Satisfaction: —")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_postgresql_ingest_wakes_the_display(qtbot: QtBot, display: DisplayWindow,
                                             db_url: str) -> None:
    listener = display.wakeups.listener
    assert listener is not None
    display.wakeups.start()
    assert listener.connected.wait(10)
    display.load_now()
    other = Database(db_url)
    try:
        with qtbot.waitSignal(display.board_ready, timeout=5000):
            feed(other, case_events("PG1", MONDAY, 9, "张三"))
    finally:
        other.dispose()
    assert display.view.visible_rows()[0][0] == "PG1"
    assert display.view.visible_rows()[0][3] == "张*"



@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_main_display_starts_full_screen_and_logs(db_url: str, tmp_path: Path) -> None:
    """``main.py --display`` as a lobby PC runs it: it starts, says so in the log, and
    keeps running (until the test ends it)."""
    import os
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, str(root / "main.py"), "--db", db_url,
                             "--display", "--screen", "5", "--page-seconds", "3"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        deadline = time.monotonic() + 60
        log = next((tmp_path / "state").rglob("display.log"), None)
        while time.monotonic() < deadline and proc.poll() is None:
            log = next((tmp_path / "state").rglob("display.log"), None)
            if log is not None and "Public display on" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert proc.poll() is None, proc.communicate()[1]
        assert log is not None
        text = log.read_text(encoding="utf-8")
        assert "There is no screen 5" in text and "a page every 3 s" in text
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err
