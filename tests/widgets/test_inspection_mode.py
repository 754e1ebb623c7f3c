"""The inspection mode under pytest-qt: a round from start to summary with toggles,
notes, a swipe and the keys; nothing lost when the program is killed mid-round (a
real process, SIGKILL) and the resume shows every toggle and note; the floor-plan
picker; roles; the 1024×768 screen."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QPoint, Qt

from app.db import Database
from app.records import inspection_view as view
from app.records import inspections as svc
from models import InspectionRound
from tests.widgets.inspect_driver import type_text
from widgets.context import AppContext
from widgets.inspections.mode import InspectionMode
from widgets.inspections.parts import FloorPick

ROOT = Path(__file__).resolve().parents[2]
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 9, 15, 10, tzinfo=TZ).timestamp()


def _mode(qtbot: QtBot, db: Database, role: str = "inspector",
          account: str = "test:inspector") -> InspectionMode:
    mode = InspectionMode(AppContext(db, account, clock=lambda: NOW, role=role))
    qtbot.addWidget(mode)
    mode.warn = lambda text: pytest.fail(text)
    mode.resize(1024, 768)
    mode.show()
    mode.begin()
    return mode


@pytest.fixture
def mode(qtbot: QtBot, db: Database) -> Iterator[InspectionMode]:
    m = _mode(qtbot, db)
    yield m
    m.close()


def _start(qtbot: QtBot, mode: InspectionMode) -> None:
    qtbot.mouseClick(mode.start_page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.pages.currentIndex() == 1, timeout=5000)


def _saved(qtbot: QtBot, mode: InspectionMode) -> None:
    qtbot.waitUntil(lambda: mode.controller.pending == 0, timeout=5000)


def _stored(db: Database, account: str = "test:inspector") -> view.RoundState:
    with db.read() as session:
        found = session.query(InspectionRound).filter_by(inspector=account).one()
        return view.load_round(session, found.id)


def _swipe(qtbot: QtBot, mode: InspectionMode, leftwards: bool) -> None:
    walk = mode.walk
    y = walk.height() - 10
    a, b = QPoint(walk.width() - 40, y), QPoint(60, y)
    start, end = (a, b) if leftwards else (b, a)
    qtbot.mousePress(walk, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(walk, Qt.MouseButton.LeftButton, pos=end)


def test_a_round_from_start_to_summary(qtbot: QtBot, mode: InspectionMode,
                                       db: Database) -> None:
    start = mode.start_page
    assert start.start_button.isVisible() and not start.resume_button.isVisible()
    _start(qtbot, mode)
    assert mode.pages.currentIndex() == 1
    assert mode.window_code == "W01" and mode.walk.window_title.text().startswith("W01")
    assert mode.walk.position_label.text() == "Window 1 of 3"
    assert "Live state" in mode.walk.live_line.text() or "Closed" in mode.walk.live_line.text()
    qtbot.mouseClick(mode.walk.rows["badge"].fail_button, Qt.MouseButton.LeftButton)
    assert mode.walk.rows["badge"].fail_button.isChecked()
    assert mode.walk.note_label.text() == "Note on “挂工作牌”"
    type_text(mode.walk.note, "未挂牌")
    qtbot.mouseClick(mode.walk.pass_rest_button, Qt.MouseButton.LeftButton)
    assert all(r.pass_button.isChecked() for k, r in mode.walk.rows.items() if k != "badge")
    # pressing the lit toggle again: not checked
    qtbot.mouseClick(mode.walk.rows["tidy"].pass_button, Qt.MouseButton.LeftButton)
    assert not mode.walk.rows["tidy"].pass_button.isChecked()
    assert mode.progress_label.text() == "1 / 3 windows done"
    _swipe(qtbot, mode, leftwards=True)
    assert mode.window_code == "W02"
    _swipe(qtbot, mode, leftwards=False)
    assert mode.window_code == "W01"
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    assert mode.window_code == "W03" and not mode.walk.next_button.isEnabled()
    qtbot.mouseClick(mode.walk.rows["snacks"].fail_button, Qt.MouseButton.LeftButton)
    _saved(qtbot, mode)
    assert mode.walk.saved_label.text() == "All saved"
    asked: list[str] = []
    mode.confirm = lambda text: asked.append(text) or True
    qtbot.mouseClick(mode.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.pages.currentIndex() == 2, timeout=5000)
    assert asked == ["1 of 3 windows were not visited. Finish the round anyway?"]
    text = mode.summary_page.summary.toPlainText()
    assert "Windows visited: 2 of 3" in text
    assert "findings: 2 (0.2 points deducted)" in text
    assert "未挂牌" in text and "挂工作牌" in text and "无吃零食" in text
    stored = _stored(db)
    assert stored.ended_at is not None
    assert stored.outcome("W01", "badge") == "fail"
    assert stored.results[("W01", "badge")].note == "未挂牌"
    assert stored.outcome("W01", "tidy") == "unchecked"
    assert stored.outcome("W01", "present") == "pass"
    assert stored.outcome("W03", "snacks") == "fail"
    with qtbot.waitSignal(mode.left, timeout=3000):
        qtbot.mouseClick(mode.summary_page.done_button, Qt.MouseButton.LeftButton)


def test_notes_are_saved_on_a_pause_and_on_moving(qtbot: QtBot, mode: InspectionMode,
                                                  db: Database) -> None:
    _start(qtbot, mode)
    mode.choose("tidy")
    _saved(qtbot, mode)
    type_text(mode.walk.note, "桌面")
    assert mode.controller.pending == 1                       # waiting for the pause
    _saved(qtbot, mode)
    assert _stored(db).results[("W01", "tidy")].note == "桌面"
    type_text(mode.walk.note, "凌乱")
    mode.step(1)                                              # moving on stores it at once
    assert mode.controller.pending >= 1 and mode.controller._note is None
    _saved(qtbot, mode)
    assert _stored(db).results[("W01", "tidy")].note == "桌面凌乱"
    assert mode.walk.note.toPlainText() == ""                      # W02's first item: no note
    mode.step(-1)
    mode.choose("tidy")
    assert mode.walk.note.toPlainText() == "桌面凌乱"
    assert mode.walk.rows["tidy"].marks.text() == "✎"


def test_leaving_and_resuming_in_the_same_program(qtbot: QtBot, db: Database) -> None:
    mode = _mode(qtbot, db)
    _start(qtbot, mode)
    mode.step(1)
    qtbot.mouseClick(mode.walk.rows["evaluator"].fail_button, Qt.MouseButton.LeftButton)
    type_text(mode.walk.note, "评价器关闭")
    mode.leave()                                              # stores the pending note
    _saved(qtbot, mode)
    again = _mode(qtbot, db)
    start = again.start_page
    assert start.resume_button.isVisible() and not start.start_button.isVisible()
    assert "1 of 3 windows done" in start.text.text()
    qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
    assert again.window_code == "W02" and again.item == "evaluator"
    assert again.walk.rows["evaluator"].fail_button.isChecked()
    assert again.walk.note.toPlainText() == "评价器关闭"
    again.close()


def test_killed_mid_round_then_resumed(qtbot: QtBot, db: Database, db_url: str) -> None:
    """A real process drives the mode, is killed with SIGKILL, and the next start
    offers the round back exactly as it was."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "tests.widgets.inspect_driver", db_url],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "READY", proc.stderr.read() if proc.stderr else line
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    mode = _mode(qtbot, db, account="test:walker")
    assert mode.start_page.resume_button.isVisible()
    qtbot.mouseClick(mode.start_page.resume_button, Qt.MouseButton.LeftButton)
    assert mode.window_code == "W02" and mode.item == "tidy"
    assert mode.walk.note.toPlainText() == "台面有杂物"
    assert mode.walk.rows["chatting"].fail_button.isChecked()
    assert mode.walk.rows["badge"].pass_button.isChecked()
    assert not mode.walk.rows["tidy"].pass_button.isChecked()
    assert mode.walk.rows["chatting"].marks.text() == "✎"
    mode.choose("chatting")
    assert mode.walk.note.toPlainText() == "两人聊天"
    mode.close()


def test_the_floor_plan_picks_a_window(qtbot: QtBot, mode: InspectionMode) -> None:
    _start(qtbot, mode)
    state = mode.controller.state
    assert state is not None
    pick = FloorPick(state.stops, [], {"W01"}, NOW, "W01")
    qtbot.addWidget(pick)
    assert pick.tabs.count() == 2                              # floors 1 and 2
    plan = pick.tabs.widget(0)
    tile = plan.tiles["W01"]  # type: ignore[union-attr]
    assert tile.info.label.startswith("✓")
    pick.tabs.setCurrentIndex(1)
    pick.tabs.widget(1).tiles["W03"].clicked.emit("W03")  # type: ignore[union-attr]
    assert pick.chosen == "W03"
    mode.go_to(pick.chosen)
    assert mode.window_code == "W03"


def test_an_auditor_cannot_record(qtbot: QtBot, db: Database) -> None:
    mode = _mode(qtbot, db, role="auditor", account="test:auditor")
    assert not mode.start_page.start_button.isEnabled()
    assert mode.start_page.text.text() == "The auditor role cannot record inspections."
    mode.close()


def test_a_finished_round_is_read_only(qtbot: QtBot, db: Database) -> None:
    with db.write() as session:
        rid = svc.start_round(session, actor="test:other", role="inspector", now=NOW).id
        svc.record(session, rid, "W02", "badge", outcome="fail", note="无牌",
                   actor="test:other", role="inspector", now=NOW)
        svc.finish(session, rid, actor="test:other", role="inspector", now=NOW)
    mode = _mode(qtbot, db, role="director", account="test:director")
    mode.show_round(rid)
    mode.show_first_finding()
    assert mode.window_code == "W02" and mode.item == "badge"
    assert not mode.walk.rows["badge"].fail_button.isEnabled()
    assert mode.walk.note.isReadOnly() and mode.walk.note.toPlainText() == "无牌"
    assert not mode.finish_button.isVisible()
    mode.close()


def test_fits_a_1024_by_768_screen(qtbot: QtBot, mode: InspectionMode) -> None:
    _start(qtbot, mode)
    hint = mode.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    assert mode.size().width() == 1024 and mode.size().height() == 768
    for row in mode.walk.rows.values():
        assert row.fail_button.height() >= 40 and row.fail_button.width() >= 120


def test_the_command_line_opens_the_mode() -> None:
    from app.cli import build_parser

    assert build_parser().parse_args(["--inspect"]).inspect is True
    assert build_parser().parse_args([]).inspect is False
