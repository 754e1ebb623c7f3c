"""The settings tab as the director uses it: add a window, import a staff sheet with a
bad row (refused, the row named), enter 2027's Spring Festival as a range and see a
case's due date move; the office sees the layout read-only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PyQt6.QtCore import QDate
from PyQt6.QtWidgets import QApplication, QDialog

from app.db import Database
from app.events.ingest import ingest_lines
from app.setup.staff import HEADERS
from models import Case, Window
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.settings.page import SettingsPage
from widgets.settings.windows import WindowDialog

NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()


def _window(qtbot: QtBot, db: Database, role: str) -> Iterator[tuple[MainWindow, SettingsPage]]:
    window = MainWindow(AppContext(db, f"test:{role}", clock=lambda: NOW, role=role),
                        remember=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_tab("settings")
    assert isinstance(page, SettingsPage)
    yield window, page
    window.close()


@pytest.fixture
def director(qtbot: QtBot, db: Database) -> Iterator[tuple[MainWindow, SettingsPage]]:
    yield from _window(qtbot, db, "director")


def test_add_a_window(director: tuple[MainWindow, SettingsPage], db: Database,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    _main, page = director
    pane = page.show_subject("windows")
    seen: list[WindowDialog] = []

    def fill(dialog: WindowDialog) -> int:
        seen.append(dialog)
        dialog.code.setText("W01")
        assert not dialog.ok.isEnabled() and "used already" in dialog.ok.toolTip()
        dialog.code.setText("W07")
        dialog.row.setValue(0)
        dialog.col.setValue(0)
        assert "taken by window W01" in dialog.error.text()
        dialog.col.setValue(4)
        dialog.label.setText("不动产登记")
        assert dialog.ok.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WindowDialog, "exec", fill)
    pane.buttons["add_win"].click()  # type: ignore[attr-defined]
    assert seen
    with db.read() as session:
        w = session.scalar(select(Window).where(Window.code == "W07"))
        assert w is not None and (w.label, w.row, w.col) == ("不动产登记", 0, 4)
    codes = [r.code for r in pane.win_model.rows]  # type: ignore[attr-defined]
    assert "W07" in codes
    assert pane.plan.item(0, 4).text() == "W07"  # type: ignore[attr-defined]


def test_staff_sheet_with_a_bad_row_is_refused(director: tuple[MainWindow, SettingsPage],
                                               db: Database, tmp_path: Path) -> None:
    _main, page = director
    pane = page.show_subject("staff")
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(list(HEADERS))
    ws.append(["S050", "吴十", "GS", "W01", "2026-01-05", None])
    ws.append(["S051", "郑一", "GS", "W99", None, None])
    path = tmp_path / "人员.xlsx"
    book.save(path)
    before = len(pane.model.rows)  # type: ignore[attr-defined]
    assert pane.import_file(str(path)) is False  # type: ignore[attr-defined]
    report = pane.report  # type: ignore[attr-defined]
    cells = [(report.table.item(r, 0).text(), report.table.item(r, 1).text())
             for r in range(report.table.rowCount())]
    assert cells == [("3", "D 窗口")]
    report.close()
    pane.reload()  # type: ignore[attr-defined]
    assert len(pane.model.rows) == before  # type: ignore[attr-defined]


def test_spring_festival_2027_moves_a_due_date(director: tuple[MainWindow, SettingsPage],
                                               db: Database) -> None:
    ingest_lines(db, [json.dumps({
        "id": "acc-C1", "ts": "2027-02-01T10:00:00+08:00", "type": "case_accepted",
        "case": "C1", "item": "企业设立登记", "window": "W01", "legal_days": 20,
        "promised_days": 5})], source="t", file_hash="x", actor="test:pytest",
                 role="director",
                 now=dt.datetime(2027, 2, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
                 .timestamp())     # the feed's clock then: the case lies ahead of ours
    main, page = director
    pane = page.show_subject("calendar")
    assert main.calendar_label.isVisible() and "2027" in main.calendar_label.text()
    pane.year.setValue(2027)  # type: ignore[attr-defined]
    pane.first.setDate(QDate(2027, 2, 6))  # type: ignore[attr-defined]
    pane.last.setDate(QDate(2027, 2, 12))  # type: ignore[attr-defined]
    pane.note.setText("春节")  # type: ignore[attr-defined]
    pane.preview_button.click()  # type: ignore[attr-defined]
    assert "7" in pane.preview_label.text() and "1" in pane.preview_label.text()  # type: ignore[attr-defined]
    with db.read() as session:
        case = session.scalars(select(Case)).first()
        assert case is not None and case.due_date == dt.date(2027, 2, 8)
    pane.save.click()  # type: ignore[attr-defined]
    with db.read() as session:
        case = session.scalars(select(Case)).first()
        assert case is not None and case.due_date == dt.date(2027, 2, 15)
    grid = pane.grids[1][1]  # type: ignore[attr-defined]
    first_weekday = dt.date(2027, 2, 1).weekday()
    slot = first_weekday + 6 - 1
    assert grid.item(slot // 7, slot % 7).background().color().name() == "#ffcdd2"
    main.check_calendar()
    assert not main.calendar_label.isVisible()
    QApplication.processEvents()


def test_the_office_sees_the_layout_read_only(qtbot: QtBot, db: Database) -> None:
    for _main, page in _window(qtbot, db, "office"):
        windows = page.show_subject("windows")
        assert not windows.buttons["add_win"].isEnabled()  # type: ignore[attr-defined]
        assert windows.buttons["services"].isEnabled()  # type: ignore[attr-defined]
        staff = page.show_subject("staff")
        assert staff.buttons["import"].isEnabled()  # type: ignore[attr-defined]
        hall = page.show_subject("hall")
        assert not hall.save.isEnabled()  # type: ignore[attr-defined]
        assert not hall.name.isEnabled()  # type: ignore[attr-defined]
        assert "read-only" in hall.save.toolTip()  # type: ignore[attr-defined]


def test_the_live_tab_shows_the_notice_and_reads_the_calendar_again(
        director: tuple[MainWindow, SettingsPage], db: Database) -> None:
    main, _page = director
    live = main.show_tab("live")
    assert live.calendar_notice.isVisibleTo(main)  # type: ignore[attr-defined]
    assert "2027" in live.calendar_notice.text()  # type: ignore[attr-defined]
    from app.calendar import WorkCalendar
    live._calendar = WorkCalendar()  # type: ignore[attr-defined]
    main.show_tab("settings")
    assert live._calendar is None  # type: ignore[attr-defined]


def test_a_window_is_placed_by_double_clicking_the_plan(
        director: tuple[MainWindow, SettingsPage], db: Database) -> None:
    _main, page = director
    pane = page.show_subject("windows")
    view = pane.win_view  # type: ignore[attr-defined]
    view.selectRow(1)                                   # W02, at [0, 1] on floor 1
    pane.place_at(2, 3)  # type: ignore[attr-defined]
    with db.read() as session:
        w = session.scalar(select(Window).where(Window.code == "W02"))
        assert w is not None and (w.floor, w.row, w.col) == (1, 2, 3)
    assert pane.plan.item(2, 3).text() == "W02"  # type: ignore[attr-defined]


def test_the_official_days_are_told_apart(director: tuple[MainWindow, SettingsPage]) -> None:
    _main, page = director
    pane = page.show_subject("calendar")
    pane.year.setValue(2026)  # type: ignore[attr-defined]
    grid = pane.grids[9][1]  # type: ignore[attr-defined]   # October 2026: 国庆节
    slot = dt.date(2026, 10, 1).weekday()
    item = grid.item(slot // 7, slot % 7)
    assert item.background().color().name() == "#ffcdd2"
    assert "国庆节" in item.toolTip()
    assert not pane.save.isEnabled()  # type: ignore[attr-defined]   # a covered year
