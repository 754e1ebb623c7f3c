"""Attendance (考勤, issue #19 section 1): the clock's file in both layouts (.xlsx written
by openpyxl, GBK CSV), a mapping file, title and 合计 rows, idempotent re-import, all
or nothing with every bad row named; the rules at their edges (a punch exactly at the
grace limit, a make-up working day, a holiday, a missing evening punch, leave over a
weekend), a month without import, the command line, and a month of a busy hall
assessed fast."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
import zoneinfo
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, insert, select

from app.attendance import (
    ClockFileRejected,
    add_leave,
    day_status,
    import_clock_file,
    month_attendance,
    remove_leave,
)
from app.config import AttendanceRules, load_attendance_rules
from app.db import Database
from app.errors import UserError
from app.setup import rules
from app.setup.hall_export import hall_toml
from models import AttendanceLeave, AttendancePunch, AuditEntry, Department, Staff
from tests.cli_helpers import cli, counts, one_sentence

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")
DIRECTOR = {"actor": "test:director", "role": "director"}
NOW = dt.datetime(2026, 11, 2, 12, 0, tzinfo=TZ).timestamp()


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def gbk_csv(path: Path, rows: list[list[Any]]) -> Path:
    text = "\r\n".join(",".join("" if c is None else str(c) for c in row) for row in rows)
    path.write_bytes((text + "\r\n").encode("gbk"))
    return path


def imp(db: Database, path: Path, **kw: Any) -> Any:
    return import_clock_file(db, path, now=NOW, **DIRECTOR, **kw)


def month(db: Database, year: int = 2026, mon: int = 9) -> Any:
    with db.read() as session:
        return month_attendance(session, year, mon)


def staff_id(db: Database, code: str) -> int:
    with db.read() as session:
        sid = session.scalar(select(Staff.id).where(Staff.code == code))
    assert sid is not None
    return int(sid)


def day_of(m: Any, sid: int, day: str) -> Any:
    wanted = dt.date.fromisoformat(day)
    return next(d for d in m.people[sid].days if d.day == wanted)


PUNCH_ROWS: list[list[Any]] = [
    ["2026年9月考勤记录表"],
    ["工号", "姓名", "部门", "打卡时间"],
    ["S001", "张三", "工商", dt.datetime(2026, 9, 14, 8, 55)],
    ["S001", "张三", "工商", dt.datetime(2026, 9, 14, 17, 40)],
    ["S002", "李四", "工商", "2026-09-14 09:20:00"],
    ["S002", "李四", "工商", "2026/9/14 17:35"],
    ["", "王五", "人社", "2026-09-14 08:59:59"],
    ["合计", None, None, 5],
]


def test_punch_layout_xlsx_with_title_and_total(db: Database, tmp_path: Path) -> None:
    report = imp(db, xlsx(tmp_path / "考勤.xlsx", PUNCH_ROWS))
    assert (report.layout, report.rows, report.added, report.summary) == ("punches", 5, 5, 1)
    assert report.first == report.last == dt.date(2026, 9, 14)
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "attendance.import")).all()
    assert len(entries) == 1 and json.loads(entries[0].detail)["added"] == 5
    m = month(db)
    assert m.imported and m.recorded_through == dt.date(2026, 9, 14)
    s1, s2, s3 = (staff_id(db, c) for c in ("S001", "S002", "S003"))
    assert day_of(m, s1, "2026-09-14").status == ("normal",)
    late = day_of(m, s2, "2026-09-14")
    assert late.status == ("late",) and late.late_minutes == 20
    assert late.first == dt.time(9, 20) and late.last == dt.time(17, 35)
    assert day_of(m, s3, "2026-09-14").status == ("missing",)    # no evening punch
    assert m.people[s3].missing == 1


DAY_ROWS: list[list[Any]] = [
    ["考勤汇总 2026-09"],
    ["日期", "工号", "姓名", "上班打卡", "下班打卡"],
    ["2026-09-14", "S001", "张三", "08:50", "17:31"],
    ["2026-09-15", "S001", "张三", "09:05", "--"],
    ["2026-09-16", "S001", "张三", "缺卡", "17:30:00"],
    ["2026/9/17", "", "李四", "8:58:10", "17:24"],
    ["合计", "", "", "", ""],
    ["制表：办公室", "", "", "", ""],
]


def test_day_layout_gbk_csv(db: Database, tmp_path: Path) -> None:
    path = gbk_csv(tmp_path / "日报.csv", DAY_ROWS)
    report = imp(db, path)
    assert report.layout == "days" and report.encoding == "gb18030"
    assert (report.rows, report.added, report.summary) == (4, 6, 2)
    m = month(db)
    s1, s2 = staff_id(db, "S001"), staff_id(db, "S002")
    assert day_of(m, s1, "2026-09-14").status == ("normal",)
    assert day_of(m, s1, "2026-09-15").status == ("missing",)
    assert day_of(m, s1, "2026-09-16").status == ("missing",)
    early = day_of(m, s2, "2026-09-17")
    assert early.status == ("early",) and early.early_minutes == 6
    assert m.people[s2].early == 1 and m.people[s2].early_minutes == 6


def test_day_layout_xlsx_with_time_cells_and_numeric_codes(db: Database,
                                                           tmp_path: Path) -> None:
    with db.write() as session:
        dept = session.scalar(select(Department.id).where(Department.code == "GS"))
        session.add(Staff(code="0012", name="赵六", department_id=dept))
    path = xlsx(tmp_path / "d.xlsx", [["日期", "工号", "上班打卡", "下班打卡"],
                                      [dt.date(2026, 9, 14), 12, dt.time(8, 57),
                                       dt.time(17, 40, 5)],
                                      [dt.datetime(2026, 9, 15), "0012", 0.375, "17:31"]])
    assert imp(db, path).added == 4
    m = month(db)
    sid = staff_id(db, "0012")
    assert day_of(m, sid, "2026-09-14").last == dt.time(17, 40, 5)
    assert day_of(m, sid, "2026-09-15").first == dt.time(9, 0)


def test_a_mapping_file_names_the_columns(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "zk.xlsx", [["人员代码", "刷卡日期时间", "设备"],
                                       ["S001", "2026-09-14 08:30", "1号机"],
                                       ["S001", "2026-09-14 18:00", "1号机"]])
    with pytest.raises(UserError, match="no header row found"):
        imp(db, path)
    mapping = tmp_path / "zk.toml"
    mapping.write_text('kind = "attendance"\n[columns]\nstaff_code = "人员代码"\n'
                       'punched_at = "刷卡日期时间"\n', encoding="utf-8")
    report = imp(db, path, mapping=str(mapping))
    assert report.added == 2 and report.mapping == "zk"
    wrong = tmp_path / "q.toml"
    wrong.write_text('kind = "queue"\n', encoding="utf-8")
    with pytest.raises(UserError, match="not of the attendance clock"):
        imp(db, path, mapping=str(wrong))


def test_the_same_file_twice_writes_nothing_new(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", PUNCH_ROWS)
    imp(db, path)
    before = counts(db.url)
    again = imp(db, path)
    assert (again.added, again.known) == (0, 5)
    assert "nothing new" in again.line()
    assert counts(db.url) == before
    # a later file overlapping the first adds only its new punches
    more = xlsx(tmp_path / "b.xlsx", [*PUNCH_ROWS[1:4],
                                      ["S001", "张三", "工商", dt.datetime(2026, 9, 15, 8, 50)]])
    report = imp(db, more)
    assert (report.added, report.known) == (1, 2)


def _ambiguous(db: Database) -> None:
    with db.write() as session:
        dept = session.scalar(select(Department.id).where(Department.code == "GS"))
        session.add(Staff(code="S009", name="张三", department_id=dept))


def test_bad_rows_are_named_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    _ambiguous(db)
    path = xlsx(tmp_path / "bad.xlsx", [
        ["工号", "姓名", "打卡时间"],
        ["S001", "张三", "2026-09-14 08:55"],          # good
        ["S404", "无名", "2026-09-14 08:55"],          # unknown code
        ["", "张三", "2026-09-14 08:56"],              # two staff are named 张三
        ["S002", "李四", "2026-09-14 25:61"],          # impossible time
        ["S002", "李四", "9999-09-14 08:00"],          # out of range
        ["", "𝔸\u200b\u202e", "2026-09-14 08:57"],    # odd Unicode, nobody
        ["S003", "王五", "2026-09-14 08:58"],
        ["S003", "王五五", "2026-09-14 08:58"],        # same punch, different content
        ["S003", "王五", "2026-09-14 08:58"],          # the same row again: fine
    ])
    before = counts(db.url)
    with pytest.raises(ClockFileRejected) as caught:
        imp(db, path)
    assert counts(db.url) == before
    lines = caught.value.detail_lines()
    assert str(caught.value).endswith("6 bad rows.")
    assert [line.split(",")[0] for line in lines] == [
        "row 3", "row 4", "row 5", "row 6", "row 7", "row 9"]
    text = "\n".join(lines)
    assert "no staff member has the code S404" in text
    assert "2 staff members have this name" in text
    assert "25:61 is not a time of day" in text
    assert "the year 9999 is outside" in text
    assert "as row 8, with different content" in text
    assert "Traceback" not in text


def test_a_day_twice_with_different_times_is_refused(db: Database, tmp_path: Path) -> None:
    path = gbk_csv(tmp_path / "d.csv", [["日期", "工号", "上班打卡", "下班打卡"],
                                        ["2026-09-14", "S001", "08:50", "17:31"],
                                        ["2026-09-14", "S001", "08:51", "17:31"],
                                        ["2026-09-15", "S001", "8:61", "17:31"]])
    with pytest.raises(ClockFileRejected) as caught:
        imp(db, path)
    text = "\n".join(caught.value.detail_lines())
    assert "row 3" in text and "day as row 2" in text and "row 4" in text
    assert "8:61 is not a time of day" in text
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttendancePunch)) == 0


LEAVE_ROWS: list[list[Any]] = [
    ["2026年9月请假登记"],
    ["工号", "姓名", "开始日期", "结束日期", "类型", "备注"],
    ["S001", "张三", "2026-09-10", "2026-09-14", "病假", ""],
    ["S002", "李四", "2026-09-15", "", "出差", "赴市局培训"],
    ["", "王五", "2026/9/16", "2026/9/16", "年休假", "年休"],
]


def test_leave_is_imported_too(db: Database, tmp_path: Path) -> None:
    path = gbk_csv(tmp_path / "请假.csv", LEAVE_ROWS)
    report = imp(db, path)
    assert (report.layout, report.rows, report.added, report.staff) == ("leave", 3, 7, 3)
    again = imp(db, path)
    assert again.added == 0 and "nothing new" in again.line()
    with db.read() as session:
        kinds = {(r.day.day, r.kind, r.note) for r in session.scalars(
            select(AttendanceLeave))}
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "attendance.leave")) == 1
    assert (10, "leave", "病假") in kinds and (15, "trip", "赴市局培训") in kinds
    assert (16, "rest", "年休") in kinds
    imp(db, xlsx(tmp_path / "p.xlsx", PUNCH_ROWS))
    m = month(db)
    s1 = staff_id(db, "S001")
    assert day_of(m, s1, "2026-09-14").status == ("leave",)       # punched, on leave
    assert m.people[s1].leave == 3                                 # 10, 11, 14
    bad = gbk_csv(tmp_path / "bad.csv", [
        ["工号", "日期", "结束日期", "类型"],
        ["S001", "2026-09-10", "2026-09-01", "病假"],
        ["S002", "2026-09-10", "", "加班"],
        ["S003", "2026-09-10", "", "病假"],
        ["S003", "2026-09-10", "", "出差"]])
    before = counts(db.url)
    with pytest.raises(ClockFileRejected) as caught:
        imp(db, bad)
    assert counts(db.url) == before
    text = "\n".join(caught.value.detail_lines())
    assert "row 2" in text and "must end on or after 2026-09-10" in text
    assert "row 3" in text and "not a kind of leave" in text
    assert "row 5" in text and "day as row 4, with different content" in text


# -- the rules at their edges -----------------------------------------------------------
def _at(day: str, hhmmss: str) -> float:
    return dt.datetime.fromisoformat(f"{day}T{hhmmss}").replace(tzinfo=TZ).timestamp()


def _status(first: str | None, last: str | None, n: int = 2, **kw: Any) -> Any:
    day = "2026-09-14"
    return day_status(dt.date(2026, 9, 14), working=kw.pop("working", True),
                      opens=_at(day, "09:00:00"), closes=_at(day, "17:30:00"),
                      first=_at(day, first) if first else None,
                      last=_at(day, last) if last else None, punches=n,
                      rules=AttendanceRules(), tz=TZ, **kw)


def test_a_punch_exactly_at_the_grace_limit_is_on_time() -> None:
    assert _status("09:05:00", "17:25:00").status == ("normal",)
    late = _status("09:05:01", "17:30:00")
    assert late.status == ("late",) and late.late_minutes == 6
    early = _status("09:00:00", "17:24:59")
    assert early.status == ("early",) and early.early_minutes == 6
    both = _status("09:30:00", "16:30:00")
    assert both.status == ("late", "early") and (both.late_minutes, both.early_minutes) == (
        30, 60)


def test_one_punch_or_two_on_the_same_half_day_is_missing() -> None:
    assert _status("08:55:00", "08:55:00", n=1).status == ("missing",)
    assert _status("08:55:00", "08:56:00").status == ("missing",)     # evening missing
    assert _status("17:35:00", "17:36:00").status == ("missing",)     # morning missing
    assert _status(None, None, n=0).status == ("absent",)
    assert _status(None, None, n=0, recorded=False).status == ("unrecorded",)
    assert _status(None, None, n=0, leave_kind="trip").status == ("leave",)
    assert _status("09:00:00", "17:30:00", working=False).status == ("rest",)


def test_make_up_day_holiday_and_leave_over_a_weekend(db: Database, tmp_path: Path) -> None:
    rows: list[list[Any]] = [["工号", "打卡时间"]]
    for day in ("2026-09-11", "2026-09-20", "2026-09-25", "2026-09-30"):
        rows += [["S001", f"{day} 08:58"], ["S001", f"{day} 17:32"]]
    imp(db, xlsx(tmp_path / "m.xlsx", rows))
    with db.write() as session:
        add_leave(session, "S002", dt.date(2026, 9, 11), dt.date(2026, 9, 14), "leave",
                  "病假", **DIRECTOR)
    m = month(db)
    s1, s2 = staff_id(db, "S001"), staff_id(db, "S002")
    assert day_of(m, s1, "2026-09-20").status == ("normal",)    # 班: a make-up Sunday
    assert day_of(m, s1, "2026-09-25").status == ("rest",)      # 中秋, punched anyway
    assert day_of(m, s2, "2026-09-20").status == ("absent",)
    assert day_of(m, s2, "2026-09-25").status == ("rest",)
    assert [day_of(m, s2, f"2026-09-{d}").status[0] for d in (11, 12, 13, 14)] == [
        "leave", "rest", "rest", "leave"]
    assert day_of(m, s2, "2026-09-11").note == "病假"
    p2 = m.people[s2]
    assert p2.leave == 2 and p2.working_days == m.working_days == 22
    assert p2.absent == m.working_days - 2
    assert m.people[s1].normal == 3 and m.people[s1].absent == m.working_days - 3
    # removing the leave makes the days absent again; audited both ways
    with db.write() as session:
        change = remove_leave(session, "李四", dt.date(2026, 9, 1), dt.date(2026, 9, 30),
                              **DIRECTOR)
    assert change.days == 4
    assert month(db).people[s2].absent == m.working_days
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("attendance.leave%")).order_by(AuditEntry.seq)))
        assert session.scalar(select(func.count()).select_from(AttendanceLeave)) == 0
    assert actions == ["attendance.leave", "attendance.leave_remove"]


def test_staff_off_duty_are_not_absent(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        s3 = session.scalars(select(Staff).where(Staff.code == "S003")).one()
        s3.on_duty = dt.date(2026, 9, 21)
        s2 = session.scalars(select(Staff).where(Staff.code == "S002")).one()
        s2.retired = True
    imp(db, xlsx(tmp_path / "x.xlsx", [["工号", "打卡时间"], ["S001", "2026-09-30 09:00"],
                                       ["S001", "2026-09-30 17:30"]]))
    m = month(db)
    assert staff_id(db, "S002") not in m.people
    p3 = m.people[staff_id(db, "S003")]
    assert p3.days[0].day == dt.date(2026, 9, 21)
    assert p3.absent == p3.working_days == 7


def test_a_month_without_import_says_so(db: Database, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with db.write() as session:
        add_leave(session, "S001", dt.date(2026, 8, 3), None, "rest", **DIRECTOR)
    m = month(db, 2026, 8)
    assert not m.imported
    assert all(p.absent == 0 for p in m.people.values())
    status, out, _ = cli(capsys, "--db", db.url, "attendance", "month", "2026-08")
    assert status == 0 and "No attendance has been imported for 2026-08" in out
    status, out, _ = cli(capsys, "--db", db.url, "attendance", "month", "2026-08", "--json")
    assert json.loads(out) == {"month": "2026-08", "imported": False,
                               "recorded_through": None, "working_days": 21, "people": []}


def test_the_grace_minutes_are_rules_of_the_hall_file(db: Database, tmp_path: Path) -> None:
    imp(db, xlsx(tmp_path / "g.xlsx", [["工号", "打卡时间"], ["S001", "2026-09-14 09:08"],
                                       ["S001", "2026-09-14 17:30"]]))
    s1 = staff_id(db, "S001")
    assert day_of(month(db), s1, "2026-09-14").status == ("late",)
    with db.write() as session:
        rules.save_group(session, "attendance_rules",
                         {"late_grace_minutes": 10, "early_grace_minutes": 5}, **DIRECTOR)
    assert day_of(month(db), s1, "2026-09-14").status == ("normal",)
    with db.read() as session:
        text = hall_toml(session)
    assert "[attendance]\nlate_grace_minutes = 10\nearly_grace_minutes = 5" in text
    with db.write() as session, pytest.raises(UserError, match="from 0 to 120"):
        rules.save_group(session, "attendance_rules",
                         {"late_grace_minutes": 500, "early_grace_minutes": 5}, **DIRECTOR)


def test_the_hall_file_carries_the_grace_minutes(db: Database, tmp_path: Path) -> None:
    from app.hall import load_hall, parse_hall

    with db.read() as session:
        text = hall_toml(session)
    assert "[attendance]\nlate_grace_minutes = 5\nearly_grace_minutes = 5" in text
    changed = text.replace("late_grace_minutes = 5", "late_grace_minutes = 15")
    with db.write() as session:
        load_hall(session, parse_hall(changed, "hall.toml"), "x", "test", role="director")
        assert load_attendance_rules(session).late_grace_minutes == 15
    with pytest.raises(UserError, match=r"\[attendance\]"):
        parse_hall(text.replace("late_grace_minutes = 5", "late_grace_minutes = 500"),
                   "hall.toml")


def test_the_office_may_import_the_inspector_may_not(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "p.xlsx", PUNCH_ROWS)
    with pytest.raises(UserError, match="inspector role cannot import"):
        import_clock_file(db, path, actor="t:i", role="inspector", now=NOW)
    assert import_clock_file(db, path, actor="t:o", role="office", now=NOW).added == 5


# -- the command line -------------------------------------------------------------------
def test_the_command_line(db: Database, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    url = db.url
    good = xlsx(tmp_path / "ok.xlsx", PUNCH_ROWS)
    status, out, _ = cli(capsys, "--db", url, "attendance", "import", str(good))
    assert status == 0 and "5 punches of 3 staff added" in out
    status, out, _ = cli(capsys, "--db", url, "attendance", "import", str(good))
    assert status == 0 and "nothing new" in out
    bad = gbk_csv(tmp_path / "bad.csv", [["工号", "打卡时间"], ["S777", "2026-09-14 08:00"]])
    before = counts(url)
    status, _, err = cli(capsys, "--db", url, "attendance", "import", str(bad))
    assert status == 2 and "was refused and nothing was imported: 1 bad row." in err
    assert "row 2" in err and "S777" in err
    assert counts(url) == before
    for argv in (["attendance", "month", "2026-13"], ["attendance", "month", "9999-01"],
                 ["attendance", "leave", "add", "S001", "2026-09-01"],
                 ["attendance", "leave", "add", "S001", "2026-09-10", "2026-09-01",
                  "--kind", "leave"],
                 ["attendance", "leave", "add", "nobody", "2026-09-01", "--kind", "trip"],
                 ["attendance", "leave", "remove", "S001", "2026-09-01"],
                 ["attendance", "import", str(tmp_path / "missing.xlsx")]):
        status, _, err = cli(capsys, "--db", url, *argv)
        assert status == 2, argv
        one_sentence(err)
    assert counts(url) == before
    status, out, _ = cli(capsys, "--db", url, "attendance", "leave", "add", "S001",
                         "2026-09-15", "2026-09-16", "--kind", "trip", "--note", "培训")
    assert status == 0 and "2 days entered as trip" in out
    status, out, _ = cli(capsys, "--db", url, "attendance", "month", "2026-09", "--json")
    people = {p["code"]: p for p in json.loads(out)["people"]}
    assert people["S001"]["leave"] == 2 and people["S002"]["late"] == 1
    status, out, _ = cli(capsys, "--db", url, "attendance", "month", "2026-09")
    assert status == 0 and "S001\t张三" in out


# -- a month of the demo hall's size ----------------------------------------------------
def test_a_busy_month_is_assessed_in_well_under_a_second(db: Database) -> None:
    rng = random.Random(7)
    with db.write() as session:
        dept = session.scalar(select(Department.id).where(Department.code == "GS"))
        session.execute(insert(Staff), [{"code": f"P{i:03d}", "name": f"人员{i}",
                                         "department_id": dept} for i in range(61)])
        ids = list(session.scalars(select(Staff.id)))
        assert len(ids) == 64
        rows = []
        for d in range(1, 31):
            day = dt.date(2026, 9, d)
            base = dt.datetime.combine(day, dt.time(8, 0), TZ).timestamp()
            for sid in ids:
                for k in range(21):        # the clock at the door: in and out all day
                    rows.append({"staff_id": sid, "ts": base + k * 1800 + rng.random(),
                                 "day": day, "batch": "x"})
        session.execute(insert(AttendancePunch), rows)
    assert len(rows) > 40_000
    month(db)                                  # warm: imports, calendar, caches
    started = time.perf_counter()
    m = month(db)
    took = time.perf_counter() - started
    assert len(m.people) == 64 and m.imported
    print(f"month assessed in {took:.3f} s")
    assert took < 1.0, took


def test_a_day_row_with_the_clock_out_before_the_clock_in_is_refused(
        db: Database, tmp_path: Path) -> None:
    """上班 10:30, 下班 00:20 on one day row: the 00:20 would pass for an on-time
    clock-in; the row is refused, nothing imported."""
    from app.attendance import ClockFileRejected, import_clock_file

    path = tmp_path / "day.csv"
    path.write_text("工号,姓名,日期,上班打卡,下班打卡\nS001,,2026-09-15,10:30,00:20\n",
                    encoding="gb18030")
    with pytest.raises(ClockFileRejected) as caught:
        import_clock_file(db, path, actor="test:office", role="office",
                          now=dt.datetime(2026, 9, 30, tzinfo=dt.UTC).timestamp())
    assert [p.kind for p in caught.value.report.problems] == ["out_before_in"]
