"""The settings tab's services (issue #15), on SQLite and PostgreSQL: each change is
audited in its transaction, a refusal is one sentence and changes nothing, a stale
revision names who changed the record; the calendar range, its preview and file; the
hall file's round trip."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.calendar import day_range, missing_next_year
from app.db import Database
from app.errors import UserError
from app.events.ingest import ingest_lines
from app.io.xlsx import SheetRejected
from app.records.calendar_days import preview_days, set_days
from app.records.conflict import ChangedMeanwhile
from app.security import accounts
from app.security.permissions import PermissionDenied
from app.setup import checklist, hall_profile, rules, staff, windows
from app.setup.calendar_file import export_calendar, import_calendar
from app.setup.hall_export import hall_toml
from models import AuditEntry, Case
from tests.cli_helpers import cli, counts, one_sentence

D = dt.date
DIRECTOR = {"actor": "test:director", "role": "director"}
OFFICE = {"actor": "test:office", "role": "office"}
SPRING_2027 = (D(2027, 2, 6), D(2027, 2, 12))


def last(db: Database) -> AuditEntry:
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None
        return entry


def refused(db: Database, change: Callable[[Any], Any], error: type = UserError) -> str:
    """``change`` in a write transaction is refused and leaves every table as it was
    (a permission refusal adds its access.denied entry only)."""
    before = counts(db.url)
    with pytest.raises(error) as caught, db.write() as session:
        change(session)
    after = counts(db.url)
    if isinstance(caught.value, PermissionDenied):
        before["audit_log"] += 1
    assert after == before
    return one_sentence(str(caught.value))


def write(db: Database, change: Callable[[Any], Any]) -> Any:
    with db.write() as session:
        return change(session)


# -- 1 hall ------------------------------------------------------------------------------
def test_hall_profile_saved_audited_and_checked(db: Database) -> None:
    with db.read() as session:
        p = hall_profile.load_profile(session)
    assert p.name == "测试中心" and [f.number for f in p.floors] == [1, 2]
    hours = hall_profile.WeeklyHours((("08:30", "17:00"),) * 5 + (("09:00", "12:00"), None),
                                     ("12:00", "13:30"))
    floors = (hall_profile.Floor(1, "一楼"), hall_profile.Floor(2, "二楼"))
    wanted = hall_profile.HallProfile("测试中心", "区政务服务管理办公室", "Asia/Shanghai", hours,
                                      floors, p.revision)
    saved = write(db, lambda s: hall_profile.save_profile(s, wanted, **DIRECTOR,
                                                          expected_revision=p.revision))
    assert saved.issuing_unit == "区政务服务管理办公室" and saved.hours == hours
    entry = last(db)
    assert (entry.action, entry.actor) == ("setup.hall", "test:director")
    assert "issuing_unit" in json.loads(entry.detail)["changes"]
    # refusals: an opening hour after closing, a floor with windows removed, stale, office
    bad = hall_profile.WeeklyHours((("18:00", "17:00"), *hours.days[1:]), None)
    assert "opens at 18:00" in refused(db, lambda s: hall_profile.save_profile(
        s, hall_profile.HallProfile("测试中心", hours=bad, floors=saved.floors), **DIRECTOR))
    assert "Floor 2 still has windows" in refused(db, lambda s: hall_profile.save_profile(
        s, hall_profile.HallProfile("测试中心", floors=(hall_profile.Floor(1),)), **DIRECTOR))
    assert "test:director" in refused(db, lambda s: hall_profile.save_profile(
        s, wanted, **DIRECTOR, expected_revision=p.revision), ChangedMeanwhile)
    refused(db, lambda s: hall_profile.save_profile(s, wanted, **OFFICE), PermissionDenied)
    assert "control" in refused(db, lambda s: hall_profile.save_profile(
        s, hall_profile.HallProfile("测试\u2028中心", floors=saved.floors), **DIRECTOR))


# -- 2 departments and windows -----------------------------------------------------------
def test_departments_and_windows(db: Database) -> None:
    write(db, lambda s: windows.add_department(s, "MZ", "民政局", **DIRECTOR))
    assert last(db).action == "setup.department"
    w = write(db, lambda s: windows.add_window(
        s, windows.WindowValues("W04", "MZ", "婚姻登记", 1, 1, 0), **DIRECTOR))
    assert (w.department, w.row, w.col) == ("MZ", 1, 0)
    assert "used already" in refused(db, lambda s: windows.add_window(
        s, windows.WindowValues("W04", "MZ"), **DIRECTOR))
    assert "taken by window W01" in refused(db, lambda s: windows.add_window(
        s, windows.WindowValues("W05", "MZ", "", 1, 0, 0), **DIRECTOR))
    assert "does not exist" in refused(db, lambda s: windows.add_window(
        s, windows.WindowValues("W05", "XX"), **DIRECTOR))
    assert "not one of the hall's floors" in refused(db, lambda s: windows.add_window(
        s, windows.WindowValues("W05", "MZ", "", 7, 0, 0), **DIRECTOR))
    moved = write(db, lambda s: windows.update_window(
        s, "W04", windows.WindowValues("W04", "GS", "婚姻登记", 2, 3, 3), **DIRECTOR,
        expected_revision=w.revision))
    assert (moved.department, moved.floor) == ("GS", 2)
    assert json.loads(last(db).detail)["op"] == "move"
    assert "W04 was changed by test:director" in refused(db, lambda s: windows.update_window(
        s, "W04", windows.WindowValues("W04", "MZ"), **DIRECTOR, expected_revision=w.revision),
        ChangedMeanwhile)
    # service items: the office may, the windows themselves are the director's
    write(db, lambda s: windows.set_services(s, "W04", ["结婚登记", "离婚登记"], **OFFICE))
    assert last(db).action == "setup.services"
    assert "twice" in refused(db, lambda s: windows.set_services(s, "W04", ["a", "a"], **OFFICE))
    refused(db, lambda s: windows.add_department(s, "QX", "气象局", **OFFICE), PermissionDenied)
    # retire, never delete; a department in use cannot be retired
    assert "still has" in refused(db, lambda s: windows.retire_department(s, "GS", **DIRECTOR))
    write(db, lambda s: windows.retire_window(s, "W04", **DIRECTOR))
    write(db, lambda s: windows.retire_department(s, "MZ", **DIRECTOR))
    with db.read() as session:
        rows = {d.code: d for d in windows.list_departments(session)}
        assert rows["MZ"].retired and "W04" in {x.code for x in windows.list_windows(session)}
    assert "retired" in refused(db, lambda s: windows.add_window(
        s, windows.WindowValues("W06", "MZ"), **DIRECTOR))


# -- 3 staff -----------------------------------------------------------------------------
def sheet(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(list(staff.HEADERS))
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_staff_one_by_one_and_by_sheet(db: Database, tmp_path: Path) -> None:
    write(db, lambda s: staff.add_staff(s, staff.StaffValues(
        "S010", "赵六", "GS", ("W01", "W02"), D(2026, 3, 1)), **OFFICE))
    assert last(db).action == "setup.staff"
    assert "before on duty" in refused(db, lambda s: staff.add_staff(s, staff.StaffValues(
        "S011", "钱七", "GS", (), D(2026, 3, 1), D(2026, 2, 1)), **OFFICE))
    refused(db, lambda s: staff.add_staff(s, staff.StaffValues("S011", "钱七", "GS"),
                                          role="inspector", actor="t:i"), PermissionDenied)
    bad = sheet(tmp_path / "bad.xlsx", [
        ["S020", "孙八", "GS", "W01", "2026-01-05", None],
        ["S021", "周九", "ZZ", "W09", "2026-13-01", None],
        ["S020", "", "RS", None, None, None]])
    before = counts(db.url)
    with pytest.raises(SheetRejected) as rejected:
        staff.import_staff(db, bad, **OFFICE)
    assert counts(db.url) == before
    where = {(p.row, p.column) for p in rejected.value.problems}
    assert where == {(3, "部门"), (3, "窗口"), (3, "上岗日期"), (4, "工号"), (4, "姓名")}
    good = sheet(tmp_path / "good.xlsx", [
        ["S020", "孙八", "GS", "W01、W02", dt.datetime(2026, 1, 5), None],
        ["S001", "张三", "RS", "W03", None, "2026-11-30"]])
    result = staff.import_staff(db, good, **OFFICE)
    assert (result.added, result.rows) == (1, 2)
    with db.read() as session:
        rows = {r.code: r for r in staff.list_staff(session)}
    assert rows["S020"].windows == ("W01", "W02") and rows["S020"].on_duty == D(2026, 1, 5)
    assert rows["S001"].department == "RS" and rows["S001"].off_duty == D(2026, 11, 30)
    out = tmp_path / "out.xlsx"
    staff.export_staff(db, out, **OFFICE)
    before = counts(db.url)
    again = staff.import_staff(db, out, **OFFICE)          # the export imports as a no-op
    assert again.added == 0 and again.skipped == again.rows
    assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 1}


# -- 4 checklist, 5 rules ----------------------------------------------------------------
def test_checklist(db: Database) -> None:
    write(db, lambda s: checklist.add_item(s, "uniform", "着装规范", 0.2, **DIRECTOR))
    with db.read() as session:
        keys = [r.key for r in checklist.list_checklist(session)]
    assert keys[-1] == "uniform"
    assert "from 0" in refused(db, lambda s: checklist.add_item(s, "neg", "负", -0.1, **DIRECTOR))
    write(db, lambda s: checklist.move_item(s, "uniform", -100, **DIRECTOR))
    write(db, lambda s: checklist.retire_item(s, "badge", **DIRECTOR))
    with db.read() as session:
        rows = checklist.list_checklist(session)
    assert rows[0].key == "uniform" and next(r for r in rows if r.key == "badge").retired
    refused(db, lambda s: checklist.add_item(s, "x", "x", 0.1, **OFFICE), PermissionDenied)


def test_rules_have_defaults_and_apply_from_saving(db: Database) -> None:
    with db.read() as session:
        values = {(v.rule.group, v.rule.key): v for v in rules.current(session)}
    assert values[("alert_thresholds", "long_wait_s")].default == 1800
    wanted = {k: v.value for (g, k), v in values.items() if g == "alert_thresholds"}
    wanted["long_wait_s"] = 20 * 60
    write(db, lambda s: rules.save_group(s, "alert_thresholds", wanted, **DIRECTOR))
    from app.config import load_alert_thresholds

    with db.read() as session:
        assert load_alert_thresholds(session).long_wait_s == 1200
    assert last(db).action == "setup.rules"
    grading = {k: v.value for (g, k), v in values.items() if g == "risk_grading"}
    assert "一级 must start above 二级" in refused(db, lambda s: rules.save_group(
        s, "risk_grading", {**grading, "medium_from": 20}, **DIRECTOR))
    assert "from 1 to 5" in refused(db, lambda s: rules.save_group(
        s, "complaint_deadlines", {"verify_workdays": 9, "rectify_workdays": 15}, **OFFICE))
    write(db, lambda s: rules.save_group(
        s, "complaint_deadlines", {"verify_workdays": 2, "rectify_workdays": 15}, **OFFICE))
    assert last(db).action == "complaint.deadlines"
    refused(db, lambda s: rules.save_group(s, "alert_thresholds", wanted, **OFFICE),
            PermissionDenied)
    assert "changed by test:director" in refused(db, lambda s: rules.save_group(
        s, "alert_thresholds", wanted, **DIRECTOR,
        seen={**wanted, "long_wait_s": 1800.0}), ChangedMeanwhile)


# -- 6 accounts --------------------------------------------------------------------------
def test_accounts_page_services(db: Database) -> None:
    pw = "Hall-desk 2026"
    with db.write() as session:
        accounts.add_user(session, "boss", "director", pw, "setup")
    write(db, lambda s: accounts.add_account(s, "li.office", "office", pw, **DIRECTOR))
    with pytest.raises(UserError):
        accounts.change_password(db, "li.office", "wrong", "Other-pass 2026")
    assert accounts.login(db, "li.office", pw).must_change
    with db.read() as session:
        states = {a.name: a for a in accounts.account_states(session, **DIRECTOR)}
    assert states["li.office"].must_change and states["li.office"].last_login is not None
    assert "last director" in refused(db, lambda s: accounts.set_disabled(s, "boss",
                                                                           **DIRECTOR))
    assert "last director" in refused(db, lambda s: accounts.change_role(s, "boss", "office",
                                                                          **DIRECTOR))
    write(db, lambda s: accounts.change_role(s, "li.office", "inspector", **DIRECTOR))
    assert last(db).action == "account.role"
    write(db, lambda s: accounts.set_disabled(s, "li.office", **DIRECTOR))
    assert last(db).action == "account.disable"
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "li.office", pw)
    refused(db, lambda s: accounts.change_role(s, "boss", "office", **OFFICE), PermissionDenied)


# -- 7 calendar --------------------------------------------------------------------------
def _case(db: Database, case: str, day: D, promised: int) -> None:
    ingest_lines(db, [json.dumps({
        "id": f"acc-{case}", "ts": f"{day.isoformat()}T10:00:00+08:00", "type": "case_accepted",
        "case": case, "item": "企业设立登记", "window": "W01", "legal_days": 20,
        "promised_days": promised})], source="t", file_hash="x", actor="test:pytest",
                 role="director",   # the feed's clock then: the case may lie ahead of ours
                 now=dt.datetime.combine(day, dt.time(10), dt.timezone(dt.timedelta(hours=8)))
                 .timestamp())


def _due(db: Database) -> D:
    with db.read() as session:
        case = session.scalars(select(Case)).first()
        assert case is not None
        return case.due_date


def test_spring_festival_2027_as_a_range_moves_a_due_date(db: Database) -> None:
    _case(db, "C27", D(2027, 2, 1), 5)
    assert _due(db) == D(2027, 2, 8)                       # Monday–Friday guessed
    entries = day_range(*SPRING_2027, False, "春节")
    before = counts(db.url)
    change = preview_days(db, entries, "test:office", role="office")
    assert (change.days, change.due_dates_moved) == (7, 1)
    assert counts(db.url) == before and _due(db) == D(2027, 2, 8)   # the preview keeps nothing
    write(db, lambda s: set_days(s, entries, "test:office", role="office"))
    assert _due(db) == D(2027, 2, 15)
    entry = last(db)
    assert (entry.action, entry.entity_id) == ("calendar.set", "2027-02-06…2027-02-12")
    assert json.loads(entry.detail)["due_dates_moved"] == 1
    assert "covered by the official calendar" in refused(db, lambda s: set_days(
        s, day_range(D(2026, 10, 1), D(2026, 10, 2), False, ""), "t:o", role="office"))
    refused(db, lambda s: set_days(s, entries, "t:i", role="inspector"), PermissionDenied)
    assert "outside the years" in refused(db, lambda s: set_days(
        s, [(D(9999, 12, 31), False, "")], "t:o", role="office"))


def test_next_year_notice_from_november(db: Database) -> None:
    with db.read() as session:
        assert missing_next_year(session, D(2026, 10, 31)) is None
        assert missing_next_year(session, D(2026, 11, 1)) == 2027
        assert missing_next_year(session, D(2025, 12, 1)) is None   # 2026 is covered
    write(db, lambda s: set_days(s, day_range(*SPRING_2027, False, "春节"), "t", role="office"))
    with db.read() as session:
        assert missing_next_year(session, D(2026, 12, 2)) is None


def test_calendar_file_all_or_nothing(db: Database, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes("2027年节假日安排\n日期,类型,说明\n2027-01-01,休,元旦\n2027-02-30,休,x\n"
                    "2026-10-01,休,国庆\n2027-01-01,班,重复\n合计,3,\n9999-01-01,休,\n".encode("gbk"))
    before = counts(db.url)
    with pytest.raises(SheetRejected) as rejected:
        import_calendar(db, bad, **OFFICE)
    assert counts(db.url) == before
    assert {(p.row, p.column) for p in rejected.value.problems} == {
        (4, "日期"), (5, "日期"), (6, "日期"), (7, "日期"), (7, "类型"), (8, "日期")}
    status, _out, err = cli(capsys, "--db", db.url, "calendar", "import", str(bad))
    assert status == 2 and "row 4, column" in err
    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["日期", "类型", "说明"])
    for d in range(6, 13):
        ws.append([dt.datetime(2027, 2, d), "休", "春节"])
    ws.append(["2027-02-20", "班", "春节调休"])
    book.save(good)
    status, out, err = cli(capsys, "--db", db.url, "calendar", "import", str(good))
    assert status == 0, err
    assert "8 days entered" in out
    status, out, err = cli(capsys, "--db", db.url, "calendar", "export",
                           str(tmp_path / "out.csv"), "--year", "2027")
    assert status == 0 and "8 days" in out
    text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "2027-02-20,班,春节调休" in text
    assert export_calendar(db, tmp_path / "o.xlsx", **OFFICE) == 8


# -- 8 the hall file round trip ----------------------------------------------------------
def test_hall_export_round_trip(db: Database, tmp_path: Path, new_url: Callable[[str], str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    write(db, lambda s: windows.set_services(s, "W01", ["企业设立登记", "变更登记"], **DIRECTOR))
    write(db, lambda s: staff.update_staff(s, "S001", staff.StaffValues(
        "S001", "张三", "GS", ("W01",), D(2025, 1, 2)), **DIRECTOR))
    with db.read() as session:
        p = hall_profile.load_profile(session)
    write(db, lambda s: hall_profile.save_profile(s, hall_profile.HallProfile(
        p.name, "区政务办", p.timezone, p.hours, p.floors, p.revision), **DIRECTOR))
    write(db, lambda s: windows.add_department(s, "MZ", "民政局", **DIRECTOR))
    write(db, lambda s: windows.add_window(s, windows.WindowValues("W09", "MZ", "", 2, 5, 5),
                                           **DIRECTOR))
    write(db, lambda s: checklist.retire_item(s, "badge", **DIRECTOR))    # between others
    write(db, lambda s: staff.retire_staff(s, "S003", **DIRECTOR))
    write(db, lambda s: windows.retire_window(s, "W02", **DIRECTOR))
    path = tmp_path / "hall.toml"
    status, _out, err = cli(capsys, "--db", db.url, "hall", "export", str(path))
    assert status == 0, err
    before = counts(db.url)
    status, out, err = cli(capsys, "--db", db.url, "init", "--hall", str(path))
    assert status == 0, err
    assert "0 added, 0 updated, 0 retired" in out
    assert counts(db.url) == before                         # nothing changed, nothing audited
    other = new_url("other")
    status, out, err = cli(capsys, "--db", other, "init", "--hall", str(path))
    assert status == 0, err
    fresh = Database(other)
    try:
        with db.read() as a, fresh.read() as b:
            assert hall_toml(a) == hall_toml(b)
    finally:
        fresh.dispose()
    assert 'services = ["企业设立登记", "变更登记"]' in path.read_text("utf-8")
    status, _out, err = cli(capsys, "--db", db.url, "hall", "export", "/dev/null/x.toml")
    assert status == 2
    one_sentence(err)


def test_the_briefing_is_issued_by_the_hall_pages_unit(db: Database) -> None:
    from app.briefing import parse
    from app.briefing.export import build
    from tests.app.test_briefing import pdf_text

    at = dt.datetime(2026, 11, 26, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()
    _briefing, data = build(db, parse("2026Q3"), at)
    assert "测试中心编" in "".join(pdf_text(data).split())       # the masthead's line
    with db.read() as session:
        p = hall_profile.load_profile(session)
    write(db, lambda s: hall_profile.save_profile(s, hall_profile.HallProfile(
        p.name, "区政务服务管理办公室", p.timezone, p.hours, p.floors, p.revision), **DIRECTOR))
    _briefing, data = build(db, parse("2026Q3"), at)
    assert "区政务服务管理办公室编" in "".join(pdf_text(data).split())


@pytest.mark.parametrize(("extra", "where"), [
    ('[hours]\nmon = ["18:00", "09:00"]\n', "[hours]"),
    ('[hours]\nfunday = ["09:00", "17:00"]\n', "unknown key 'funday'"),
    ("[[floors]]\nnumber = 1\n", "window W03 floor"),
    ("[alerts]\nlong_wait_s = 1800\n", "[alerts]: the key"),
    ("[risk_grading]\nhigh_from = 5\nmedium_from = 8\nreview_days_high = 90\n"
     "review_days_medium = 180\nreview_days_low = 360\nnotice_days = 30\n", "一级 must start"),
])
def test_the_hall_files_new_keys_are_checked(extra: str, where: str) -> None:
    from app.hall import parse_hall
    from tests.conftest import SMALL_HALL

    text = Path(SMALL_HALL).read_text("utf-8") + "\n" + extra
    with pytest.raises(UserError) as caught:
        parse_hall(text, "hall.toml")
    assert where in str(caught.value)
    one_sentence(str(caught.value))


def test_an_older_hall_file_leaves_what_the_tab_set(db: Database,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SMALL_HALL

    write(db, lambda s: windows.set_services(s, "W01", ["企业设立登记"], **DIRECTOR))
    status, _out, err = cli(capsys, "--db", db.url, "init", "--hall", SMALL_HALL)
    assert status == 0, err
    with db.read() as session:
        assert next(w for w in windows.list_windows(session) if w.code == "W01").services == (
            "企业设立登记",)


def test_a_hall_set_up_from_an_empty_database(new_url: Callable[[str], str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Done when (issue #15): hall, departments, windows placed on floors, staff, the
    checklist, a threshold, an account and the 2027 calendar, all through the services
    the tab calls; `hall export` of it loads back identically."""
    url = new_url("empty")
    status, out, err = cli(capsys, "--db", url, "init", "--empty")
    assert status == 0 and "settings tab" in out, err
    db = Database(url)
    try:
        with db.write() as s:
            accounts.add_user(s, "wang", "director", "Hall-desk 2026", "setup")
        me = {"actor": "wang", "role": "director"}
        hours = hall_profile.WeeklyHours()
        write(db, lambda s: hall_profile.save_profile(s, hall_profile.HallProfile(
            "新区政务服务中心", "新区政务办", "Asia/Shanghai", hours,
            (hall_profile.Floor(1, "一楼"), hall_profile.Floor(2, "二楼"))), **me))
        write(db, lambda s: windows.add_department(s, "GS", "市场监管局", **me))
        write(db, lambda s: windows.add_window(s, windows.WindowValues(
            "W01", "GS", "企业登记", 1, 0, 0), **me))
        write(db, lambda s: windows.add_window(s, windows.WindowValues(
            "W02", "GS", "", 2, 0, 0), **me))
        staff.import_staff(db, sheet(tmp_path / "s.xlsx", [["S001", "张三", "GS", "W01", None,
                                                            None]]), **me)
        write(db, lambda s: checklist.add_item(s, "badge", "挂工作牌", 0.1, **me))
        with db.read() as session:
            alerts = {v.rule.key: v.value for v in rules.current(session)
                      if v.rule.group == "alert_thresholds"}
        write(db, lambda s: rules.save_group(s, "alert_thresholds",
                                             {**alerts, "long_wait_s": 1200}, **me))
        write(db, lambda s: accounts.add_account(s, "li", "office", "Hall-desk 2026", **me))
        write(db, lambda s: set_days(s, day_range(*SPRING_2027, False, "春节"), "wang",
                                     role="director"))
        with db.read() as session:
            text = hall_toml(session)
            assert missing_next_year(session, D(2026, 12, 2)) is None
        other = new_url("copy")
        path = tmp_path / "hall.toml"
        path.write_text(text, "utf-8")
        status, out, err = cli(capsys, "--db", other, "init", "--hall", str(path))
        assert status == 0, err
        copy = Database(other)
        try:
            with copy.read() as session:
                assert hall_toml(session) == text
        finally:
            copy.dispose()
    finally:
        db.dispose()
