"""The ledger as a spreadsheet: real .xlsx files written and read by openpyxl, through
the services and through ``halldesk complaints import|export``."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import run
from app.db import Database, migrate
from app.errors import UserError
from app.hall import load_hall, read_hall_file
from app.io.complaint_rows import HEADERS
from app.io.complaint_sheet import export_complaints, import_complaints
from app.io.xlsx import SheetRejected
from app.records import ledger
from app.security.accounts import add_user
from tests.app.complaint_helpers import (
    NOW,
    count,
    drive,
    evaluation,
    feed,
    register,
    ts,
)
from tests.conftest import SMALL_HALL

GOOD = [
    ["P-001", dt.datetime(2026, 7, 2, 9, 30), "电话", "W01", "王小明", "13900001111",
     "办理营业执照时被要求多次补材料", "已办结", "属实：未一次性告知", "重新培训一次告知制度",
     "群众表示满意"],
    ["P-002", "2026-07-03", "letter", "企业登记", None, None, "来信反映窗口午休提前离岗",
     "不属实", "查看录像，按时午休", None, None],
    ["P-003", "2026-08-20 14:05", "网上", "W03", "李四", "0571-88886666",
     "网上预约后到现场仍需取号", "整改中", "属实", "预约号优先叫号", None],
    ["P-004", dt.datetime(2026, 9, 1, 10, 0), "现场", None, "赵六", None,
     "大厅空调太冷", "已登记", None, None, None],
]


def write(path: Path, rows: list[list[Any]], headers: tuple[str, ...] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def read(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def do_import(db: Database, path: Path) -> Any:
    return import_complaints(db, path, actor="test:office", role="office", now=NOW)


def test_import_takes_each_entry_in_its_state(db: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    result = do_import(db, write(tmp_path / "ledger.xlsx", GOOD))
    assert (result.rows, result.added, result.skipped) == (4, 4, 0)
    with db.read() as session:
        rows = {r.code: r for r in ledger.load_rows(session, "director", NOW)}
    assert {c: (r.state, r.source, r.window) for c, r in rows.items()} == {
        "P-001": ("closed", "phone", "W01"), "P-002": ("unsubstantiated", "letter", "W01"),
        "P-003": ("rectifying", "web", "W03"), "P-004": ("registered", "in_person", "")}
    assert rows["P-001"].citizen_phone == "13900001111"
    assert rows["P-003"].overdue                       # rectification due in September
    # Substantiated entries cost points in the quarter of their registration.
    assert run(["--db", db.url, "stats", "--from", "2026-07-01", "--to", "2026-10-01",
                "--json"]) == 0
    out = capsys.readouterr().out
    assert '"score": 99.5' in out and out.count("99.5") == 2
    assert count(db, "complaint_step") == 4
    # The same file again adds nothing.
    again = do_import(db, write(tmp_path / "ledger.xlsx", GOOD))
    assert (again.added, again.skipped) == (0, 4)
    assert count(db, "complaint") == 4


def test_a_bad_file_changes_nothing_and_names_every_problem(db: Database,
                                                            tmp_path: Path) -> None:
    register(db)
    before = {t: count(db, t) for t in ("complaint", "complaint_step", "audit_log")}
    bad = [*GOOD,
           ["P-005", "next week", "传真", "W99", "钱七", "12ab", "", "已回访", "属实", None, None],
           ["P-001", "2026-07-04", "电话", "W01", None, None, "重号", "已登记", None, None, None],
           ["P-006", "2026-07-05", "电话", None, None, None, "内容", "属实", "属实", None, None],
           ["P-007", "2026-07-05", "电话", "W01", None, None, "内容", "申诉中", None, None, None]]
    with pytest.raises(SheetRejected) as rejected:
        do_import(db, write(tmp_path / "bad.xlsx", bad))
    assert str(rejected.value) == ("The spreadsheet bad.xlsx was rejected and nothing was "
                                   "written: 10 problems to fix.")
    assert [p.describe() for p in rejected.value.problems] == [
        "row 6, column B 登记时间 'next week': not a date (a spreadsheet date or "
        "YYYY-MM-DD HH:MM).",
        "row 6, column C 来源 '传真': not a source "
        "(评价器、12345热线、电话、来信、网上、现场、巡查).",
        "row 6, column D 窗口 'W99': no window of the hall has this code.",
        "row 6, column F 联系电话 '12ab': not a phone number (5–20 digits, spaces, +, - or "
        "brackets).",
        "row 6, column G 投诉内容: the complaint is empty.",
        "row 6, column J 整改措施: an entry that is 已回访 must fill this column.",
        "row 6, column K 回访结果: an entry that is 已回访 must fill this column.",
        "row 7, column A 编号 'P-001': the number is used twice (first in row 2).",
        "row 8, column D 窗口: an entry that is 属实 must fill this column.",
        "row 9, column H 状态 '申诉中': only an entry from the evaluation device (评价器) can "
        "be 申诉中.",
    ]
    assert {t: count(db, t) for t in before} == before


def test_a_known_entry_must_match_and_a_missing_column_is_named(db: Database,
                                                               tmp_path: Path) -> None:
    do_import(db, write(tmp_path / "a.xlsx", GOOD))
    changed = [list(r) for r in GOOD]
    changed[2][7] = "已回访"
    changed[2][10] = "满意"
    with pytest.raises(SheetRejected) as rejected:
        do_import(db, write(tmp_path / "b.xlsx", changed))
    assert [p.describe() for p in rejected.value.problems] == [
        "row 4, column H 状态 '已回访': 编号 P-003 is in the ledger already with 整改中 here; "
        "an entry is changed in the application, not by importing it again."]
    with pytest.raises(SheetRejected) as missing:
        do_import(db, write(tmp_path / "c.xlsx", [], headers=HEADERS[:5] + HEADERS[6:]))
    assert [p.describe() for p in missing.value.problems] == [
        "row 1, column 联系电话: the column is missing from the header row."]


def test_export_then_import_round_trip(db: Database, tmp_path: Path, backend: str) -> None:
    feed(db, [evaluation("e1", "W02", 1, ticket="B007")])
    drive(db, 1, "substantiated")
    drive(db, register(db, source="web", name="欧阳小明", phone="+86 138 1234 5678"),
          "closed")
    do_import(db, write(tmp_path / "in.xlsx", GOOD))
    out = tmp_path / "out.xlsx"
    result = export_complaints(db, out, actor="test:director", role="director", unmasked=True)
    assert result.rows == 6
    rows = read(out)
    assert rows[0] == HEADERS
    assert [r[0] for r in rows[1:]] == ["P-001", "P-002", "P-003", "P-004",
                                        "TS-20260915-00001", "TS-20260915-00002"]
    assert rows[5][2:8] == ("评价器", "W02", None, None,
                            "评价器非常不满意评价（1分），票号 B007", "属实")
    assert rows[6][4:6] == ("欧阳小明", "+86 138 1234 5678")
    # Into an empty database: the same ledger, entry for entry.
    other = tmp_path / "other.db"
    target = Database(f"sqlite:///{other}")
    try:
        migrate(target)
        spec, digest = read_hall_file(SMALL_HALL)
        with target.write() as session:
            load_hall(session, spec, digest, "test", role="director")
        moved = do_import(target, out)
        assert (moved.added, moved.skipped) == (6, 0)
        back = tmp_path / "back.xlsx"
        export_complaints(target, back, actor="t", role="director", unmasked=True)
        assert read(back) == rows
    finally:
        target.dispose()
    # Into the same database: every entry is there already.
    assert (do_import(db, out).added, do_import(db, out).skipped) == (0, 6)


def test_a_masked_export_matches_its_entries_but_cannot_bring_new_ones(
        db: Database, tmp_path: Path) -> None:
    register(db)
    out = tmp_path / "masked.xlsx"
    export_complaints(db, out, actor="test:office", role="office")
    assert read(out)[1][4:6] == ("张*三", "138****5678")
    assert do_import(db, out).skipped == 1
    rows = [list(r) for r in read(out)[1:]]
    rows[0][0] = "NEW-1"
    with pytest.raises(SheetRejected) as rejected:
        do_import(db, write(tmp_path / "new.xlsx", rows))
    assert "masked (it contains *) and this entry is new" in rejected.value.problems[0].reason
    with pytest.raises(UserError, match="office role cannot see or export names"):
        export_complaints(db, out, actor="test:office", role="office", unmasked=True)


def test_cells_that_look_like_formulas_are_written_as_text(db: Database,
                                                           tmp_path: Path) -> None:
    dangerous = ['=HYPERLINK("http://evil","点我")', "+1+cmd|' /C calc'!A0", "-2+3",
                 "@SUM(A1)"]
    for text in dangerous:
        register(db, content=text, name=None, phone=None)
    out = tmp_path / "out.xlsx"
    export_complaints(db, out, actor="t", role="office")
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    book = openpyxl.load_workbook(out)
    cells = [row[6] for row in book.worksheets[0].iter_rows(min_row=2)]
    assert [c.value for c in cells] == dangerous
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert do_import(db, out).skipped == 4        # read back as the same text


def _rewrite(source: Path, target: Path, member: str, change: Any) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, change(data) if info.filename == member else data)
    return target


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_hostile_files_are_refused(db: Database, tmp_path: Path) -> None:
    good = write(tmp_path / "good.xlsx", GOOD)
    bomb_dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def laughs(data: bytes) -> bytes:
        body = data[data.index(b"<worksheet"):]
        return bomb_dtd + body.replace(b"P-001", b"&lol2;", 1)

    bomb = _rewrite(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", laughs)
    with pytest.raises(UserError, match="declares XML entities or a DTD"):
        do_import(db, bomb)
    zipbomb = _rewrite(good, tmp_path / "zip.xlsx", "docProps/app.xml",
                       lambda data: data + b" " * (300 << 20))
    with pytest.raises(UserError, match="out of proportion"):
        do_import(db, zipbomb)
    (tmp_path / "text.xlsx").write_text("编号,登记时间\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"not an \.xlsx workbook"):
        do_import(db, tmp_path / "text.xlsx")
    with pytest.raises(UserError, match=r"must be an \.xlsx spreadsheet"):
        do_import(db, tmp_path / "ledger.csv")
    assert count(db, "complaint") == 0


# -- the command line ------------------------------------------------------------------------
def cli(capsys: pytest.CaptureFixture[str], *argv: str,
        stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None,
        ) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = run(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def test_cli_import_and_export(db: Database, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path / "good.xlsx", GOOD)
    status, out, _ = cli(capsys, "--db", db.url, "complaints", "import", str(good))
    assert status == 0
    assert out.startswith("4 entries added, 0 already in the ledger (4 rows in ")
    bad = write(tmp_path / "bad.xlsx", [["X", "2026-07-01", "电话", "W01", None, "1", "x",
                                          "已登记", None, None, None]])
    status, out, err = cli(capsys, "--db", db.url, "complaints", "import", str(bad))
    assert status == 2 and out == ""
    assert err.splitlines() == [
        "The spreadsheet bad.xlsx was rejected and nothing was written: 1 problem to fix.",
        "  row 2, column F 联系电话 '1': not a phone number (5–20 digits, spaces, +, - or "
        "brackets)."]
    masked = tmp_path / "masked.xlsx"
    status, out, _ = cli(capsys, "--db", db.url, "complaints", "export", str(masked))
    assert status == 0 and "4 entries exported" in out and "masked" in out
    assert read(masked)[1][4] == "王*明"
    with db.write() as session:
        add_user(session, "wang", "director", "Correct horse 1", "test")
        add_user(session, "li", "office", "Battery staple 2", "test", by_role="director")
    full = tmp_path / "full.xlsx"
    status, _, err = cli(capsys, "--db", db.url, "complaints", "export", str(full),
                         "--unmasked", "--user", "li", "--password-stdin",
                         stdin="Battery staple 2\n", monkeypatch=monkeypatch)
    assert status == 2 and "only a director" in err and not full.exists()
    status, _, err = cli(capsys, "--db", db.url, "complaints", "export", str(full),
                         "--unmasked", "--user", "wang", "--password-stdin",
                         stdin="wrong\n", monkeypatch=monkeypatch)
    assert status == 2 and "password is wrong" in err
    status, out, _ = cli(capsys, "--db", db.url, "complaints", "export", str(full),
                         "--unmasked", "--user", "wang", "--password-stdin",
                         stdin="Correct horse 1\n", monkeypatch=monkeypatch)
    assert status == 0 and "unmasked" in out
    assert read(full)[1][4] == "王小明"
    with db.read() as session:
        from sqlalchemy import select

        from models import AuditEntry
        exports = session.execute(select(AuditEntry.actor, AuditEntry.detail).where(
            AuditEntry.action == "complaint.export")).all()
    assert [(a.split(" as ")[-1], '"unmasked":true' in d) for a, d in exports] == [
        (exports[0][0], False), ("wang", True)]


def test_cli_deadlines(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--db", db.url, "complaints", "deadlines")[1] == (
        "Verification within 3 working days of registration, rectification within 15 of "
        "substantiation.\n")
    status, _, err = cli(capsys, "--db", db.url, "complaints", "deadlines", "--rectify", "20")
    assert (status, err) == (2, "--rectify 20 must be from 5 to 15 working days.\n")
    assert cli(capsys, "--db", db.url, "complaints", "deadlines", "--verify", "5")[0] == 0
    cid = register(db, at=ts())
    with db.read() as session:
        # Sun 20 Sept 2026 is a make-up working day (Mid-Autumn Festival).
        assert ledger.load_row(session, cid, "office", NOW).verify_due == dt.date(2026, 9, 21)
