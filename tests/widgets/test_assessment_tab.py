"""The 考评 tab as the office and the director use it: the month's ranking with the
boards, a month without attendance said, a person's calendar and performance, the
unit reports written from the tab, a title awarded and withdrawn, and what a role may
not do not offered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.briefing.terms import Month
from app.db import Database
from tests.app.complaint_helpers import DAY, drive, feed, register, ts
from tests.app.test_assessment import served_day
from widgets.assessment.calendar import main_status
from widgets.assessment.chart import axis_floor
from widgets.assessment.page import RED_ROW, AssessmentPage
from widgets.context import AppContext

LATER = dt.datetime.combine(DAY + dt.timedelta(days=20), dt.time(10),
                            dt.timezone(dt.timedelta(hours=8))).timestamp()


def _page(qtbot: QtBot, db: Database, role: str = "office") -> AssessmentPage:
    page = AssessmentPage(AppContext(db, f"test:{role}", role=role, clock=lambda: LATER))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.load_now()
    return page


def _month_db(db: Database) -> Database:
    feed(db, served_day("a", "W01", "S001", 4) + served_day("b", "W03", "S003", 3))
    drive(db, register(db, window="W01", at=ts(DAY, 10, 30)), "substantiated")
    return db


def test_ranking_boards_and_no_attendance(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, _month_db(db))
    assert page.chosen_month() == Month(2026, 9)       # the last month ended on 5 Oct
    staff = page.staff_model
    assert [s.code for s in staff.rows] == ["S003", "S001", "S002"]
    assert staff.text(staff.rows[2], 0) == "—"           # did nothing: not ranked
    assert staff.cell_data(staff.rows[0], 0, 8) == RED_ROW   # Qt.BackgroundRole
    assert page.notice.isVisible() and "2026年9月" in page.notice.text()
    page.staff.selectRow(1)
    assert "S001" in page.calendar.heading
    assert "99.5" in page.detail.toPlainText()
    page.tables.setCurrentWidget(page.windows)
    assert [w.code for w in page.window_model.rows] == ["W03", "W01", "W02"]
    assert page.chart.rows and all(r.rank is not None for r in page.chart.rows)
    assert not page.buttons["award"].isVisibleTo(page)      # the office awards no title
    assert page.buttons["export"].isVisibleTo(page)


def test_export_from_the_tab(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, _month_db(db))
    page.export_to(str(tmp_path))
    qtbot.waitUntil(lambda: page.last_written is not None, timeout=30_000)
    assert page.last_written is not None
    assert len(list((tmp_path / "2026-09").iterdir())) == 4
    assert "4" in page.status.text()
    warnings: list[str] = []
    page.warn = warnings.append
    page.export_to("/dev/null")
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "/dev/null" in warnings[0]


def test_director_awards_and_withdraws(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, _month_db(db), role="director")
    assert page.buttons["award"].isVisibleTo(page)
    page.tables.setCurrentWidget(page.windows)
    page.windows.selectRow(0)
    row = page.current()
    assert row is not None and row.code == "W03"
    page.award(row, "red_flag", "2026-09", "满意率第一")
    qtbot.waitUntil(lambda: bool(page.window_model.rows[0].titles), timeout=30_000)
    assert page.window_model.text(page.window_model.rows[0], 8) == "红旗窗口"
    warnings: list[str] = []
    page.warn = warnings.append
    page.award(page.window_model.rows[0], "red_flag", "2026-09", "")
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "already holds" in warnings[0] or "已" in warnings[0]


def test_calendar_and_axis_helpers() -> None:
    assert main_status(("late", "early")) == "late"
    assert main_status(("normal",)) == "normal"
    assert axis_floor([99.5, 98.0]) == 95.0
    assert axis_floor([40.0]) == 35.0
    assert axis_floor([]) == 95.0


def _clock(tmp_path: Path, rows: list[tuple[str, dt.datetime | str]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026年9月考勤"])
    sheet.append(["工号", "打卡时间"])
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "clock.xlsx"
    book.save(path)
    return path


def test_clock_import_and_leave_from_the_tab(qtbot: QtBot, db: Database,
                                            tmp_path: Path) -> None:
    page = _page(qtbot, _month_db(db))
    assert page.buttons["import"].isVisibleTo(page) and page.buttons["leave"].isVisibleTo(page)
    bad = _clock(tmp_path, [("S001", dt.datetime(2026, 9, 15, 8, 55)),
                            ("S999", "2026-09-15 9:00"), ("S002", "2026-09-15 25:61")])
    page.import_file(str(bad))
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert page.last_report is not None and page.last_report.table.rowCount() == 2
    assert page.notice.isVisible()                       # nothing was imported
    good = _clock(tmp_path, [("S001", dt.datetime(2026, 9, 15, 9, 20)),
                             ("S001", dt.datetime(2026, 9, 15, 17, 40))])
    page.import_file(str(good))
    qtbot.waitUntil(lambda: page.last_import is not None and not page.notice.isVisible(),
                    timeout=30_000)
    s001 = next(s for s in page.staff_model.rows if s.code == "S001")
    assert s001.attendance is not None and s001.attendance.late == 1
    assert s001.deductions.get("late") == 0.1
    page.enter_leave("S002", dt.date(2026, 9, 14), dt.date(2026, 9, 14), "trip", "赴市局培训")
    qtbot.waitUntil(lambda: any(
        s.code == "S002" and s.attendance is not None and s.attendance.leave == 1
        for s in page.staff_model.rows), timeout=30_000)
    page.staff.selectRow(next(i for i, s in enumerate(page.staff_model.rows)
                              if s.code == "S001"))
    assert dt.date(2026, 9, 15) in page.calendar.days
