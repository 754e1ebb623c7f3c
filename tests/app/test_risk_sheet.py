"""The risk register as a spreadsheet: a good 67-point register imports; bad files
(missing column, unknown category, grade against the score, likelihood 6, hostile
XML) are refused with every bad cell named and nothing written; export → import →
export gives the same sheet; the command line does the same with exit status 2."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.config import RiskGrading
from app.db import Database
from app.errors import UserError
from app.io.risk_sheet import HEADERS, REASON, export_risks, import_risks
from app.io.xlsx import SheetRejected
from app.records import risk_register as register
from app.records import risks as svc
from app.records.risk_demo import demo_points
from app.records.risk_rules import GRADE_LABELS, score_grade
from tests.cli_helpers import cli, counts, one_sentence

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 9, 15, 10, tzinfo=TZ).timestamp()
DEPTS = ("GS", "RS", "中心本级", "人社局")     # the small test hall's, by code and name


def register_rows() -> list[list[Any]]:
    """The demo hall's 67 points as sheet rows, departments mapped onto the test hall."""
    rows = []
    for i, p in enumerate(demo_points()):
        grade = score_grade(p["likelihood"], p["impact"], RiskGrading())
        if p.get("escalation"):
            grade -= 1
        rows.append([p["code"], p["category"], p["type"] + ("风险" if i % 2 else ""),
                     p["post"], p["procedure"], p["description"], p["likelihood"],
                     p["impact"], GRADE_LABELS[grade], p["measures"], p["responsible"],
                     DEPTS[i % 4], p["phase"],
                     dt.date(2026, 12, 1) if i % 3 == 0 else "2027-01-15" if i % 3 else None,
                     p.get("escalation")])
    return rows


def write(path: Path, rows: list[list[Any]], headers: tuple[str, ...] = (*HEADERS, REASON)
          ) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def values(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        return [tuple(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def do_import(db: Database, path: Path, role: str = "office") -> Any:
    return import_risks(db, path, actor="test:office", role=role, now=NOW)


def test_good_register_imports_unapproved(db: Database, tmp_path: Path) -> None:
    result = do_import(db, write(tmp_path / "reg.xlsx", register_rows()))
    assert (result.rows, result.added, result.skipped) == (67, 67, 0)
    with db.read() as session:
        rows = register.load_rows(session, NOW)
        history = register.detail(session, rows[0].id)
    assert len(rows) == 67 and all(r.flags.unapproved for r in rows)
    assert len({r.category for r in rows}) == 6
    assert sum(r.escalated for r in rows) == 3 and sum(r.grade == 1 for r in rows) == 10
    by_code = {r.code: r for r in rows}
    assert by_code["LZ-GL-003"].department_name == "中心本级"
    assert by_code["LZ-GL-004"].department_name == "人社局"
    assert by_code["LZ-SH-001"].risk_type == "duty"
    assert [s.action for s in history.steps] == ["import"]
    again = do_import(db, write(tmp_path / "reg.xlsx", register_rows()))
    assert (again.added, again.skipped) == (0, 67)


@pytest.mark.parametrize(("change", "where"), [
    (lambda r: r.__setitem__(1, "其他类"), "column B 类别 '其他类'"),
    (lambda r: r.__setitem__(6, 6), "column G 发生概率 '6'"),
    (lambda r: r.__setitem__(8, "三级"), "column I 风险等级 '三级'"),
    (lambda r: r.__setitem__(8, "一级"), "needs its reason"),
    (lambda r: r.__setitem__(13, "2026-13-01"), "column N 下次评估日期"),
    (lambda r: r.__setitem__(11, "XX局"), "column L 责任单位 'XX局'"),
    (lambda r: r.__setitem__(12, "整改"), "column M 阶段"),
])
def test_bad_row_rejects_the_whole_file(db: Database, tmp_path: Path, change: Any,
                                        where: str) -> None:
    rows = register_rows()
    bad = rows[40]
    if bad[14]:                                          # pick a point without escalation
        bad = rows[41]
    bad[6], bad[7], bad[8] = 2, 4, "二级"                 # score 8: 二级
    change(bad)
    before = counts(str(db.url))
    with pytest.raises(SheetRejected) as caught:
        do_import(db, write(tmp_path / "bad.xlsx", rows))
    reports = [p.describe() for p in caught.value.problems]
    assert len(reports) == 1 and where in reports[0], reports
    assert reports[0].startswith(f"row {rows.index(bad) + 2},")
    assert counts(str(db.url)) == before                 # nothing written


def test_missing_column_and_duplicates(db: Database, tmp_path: Path) -> None:
    headers = tuple(h for h in HEADERS if h != "影响程度")
    rows = [r[:7] + r[8:14] for r in register_rows()]
    with pytest.raises(SheetRejected) as caught:
        do_import(db, write(tmp_path / "m.xlsx", rows, headers))
    assert [p.describe() for p in caught.value.problems] == [
        "row 1, column 影响程度: the column is missing from the header row."]
    rows = register_rows()
    rows[5][0] = rows[2][0]
    with pytest.raises(SheetRejected) as caught:
        do_import(db, write(tmp_path / "d.xlsx", rows))
    assert "used twice (first in row 4)" in caught.value.problems[0].describe()
    with pytest.raises(UserError, match="cannot import"):
        do_import(db, write(tmp_path / "ok.xlsx", register_rows()), role="auditor")
    assert counts(str(db.url)).get("risk_point") == 0


def test_changed_point_is_refused_not_overwritten(db: Database, tmp_path: Path) -> None:
    do_import(db, write(tmp_path / "a.xlsx", register_rows()))
    rows = register_rows()
    rows[3][9] = "改过的措施"
    with pytest.raises(SheetRejected, match="1 problem") as caught:
        do_import(db, write(tmp_path / "b.xlsx", rows))
    problem = caught.value.problems[0]
    assert "other values (measures)" in problem.describe()
    assert (problem.kind, problem.args) == ("point_differs", ("防控措施",))   # for the UI


def test_every_problem_has_a_kind_the_ui_translates(db: Database, tmp_path: Path) -> None:
    rows = register_rows()[:3]
    rows[0][0], rows[0][1], rows[0][6] = "", "财务类", 6
    rows[1][11], rows[1][13], rows[1][12] = "不存在的局", "明天", "执行"
    rows[2][14] = "x" * 3000
    with pytest.raises(SheetRejected) as caught:
        do_import(db, write(tmp_path / "k.xlsx", rows))
    found = [(p.row, p.column, p.kind, p.args) for p in caught.value.problems]
    assert found == [
        (2, "编号", "empty_risk_code", ()),
        (2, "类别", "bad_category", ("管理类、审核类、执法类、承办类、民生类、公共类",)),
        (2, "发生概率", "bad_level", ()),
        (3, "责任单位", "unknown_department", ("中心本级",)),
        (3, "阶段", "bad_phase", ("查找、预防、控制、评估验收",)),
        (3, "下次评估日期", "bad_date", ()),
        (4, REASON, "too_long", (3000, 2000)),
        (4, REASON, "reason_not_needed", ("二级", 12))]
    assert caught.value.problems[0].reason.startswith("The code (编号) is empty")


def test_export_import_round_trip(db: Database, tmp_path: Path, db_url: str) -> None:
    formula = '=HYPERLINK("http://x","点我")'              # formula-like text stays text
    do_import(db, write(tmp_path / "in.xlsx", register_rows()))
    with db.write() as session:
        first_id, second_id = (r.id for r in register.load_rows(session, NOW)[:2])
        svc.update(session, first_id, {"description": formula}, actor="test:office",
                   role="office", now=NOW)
        svc.approve(session, second_id, actor="test:director", role="director", now=NOW)
    first = export_risks(db, tmp_path / "out.xlsx", actor="test:office", role="office", now=NOW)
    assert first.rows == 67
    exported = values(tmp_path / "out.xlsx")
    assert exported[0] == (*HEADERS, REASON)
    assert exported[1][5] == formula
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.worksheets[0]["F2"].data_type == "s" and book.worksheets[0]["F2"].quotePrefix
    again = do_import(db, tmp_path / "out.xlsx")
    assert (again.added, again.skipped) == (0, 67)
    export_risks(db, tmp_path / "out2.xlsx", actor="test:office", role="office", now=NOW)
    assert values(tmp_path / "out2.xlsx") == exported


def _rewrite(source: Path, target: Path, member: str, change: Any) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, change(data) if info.filename == member else data)
    return target


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_xml_bomb_refused(db: Database, tmp_path: Path) -> None:
    good = write(tmp_path / "good.xlsx", register_rows()[:1])
    dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    bomb = _rewrite(good, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml",
                    lambda data: dtd + data[data.index(b"<worksheet"):])
    with pytest.raises(UserError, match="declares XML entities or a DTD"):
        do_import(db, bomb)


def test_command_line(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    rows = register_rows()
    rows[7][6] = 6
    status, _out, err = cli(capsys, "--db", db_url, "risks", "import",
                            str(write(tmp_path / "bad.xlsx", rows)))
    assert status == 2 and "column G 发生概率 '6'" in err and "nothing was written" in err
    status, out, _err = cli(capsys, "--db", db_url, "risks", "import",
                            str(write(tmp_path / "good.xlsx", register_rows())))
    assert status == 0 and out.startswith("67 risk points added")
    status, out, _err = cli(capsys, "--db", db_url, "risks", "export",
                            str(tmp_path / "out.xlsx"))
    assert status == 0 and len(values(tmp_path / "out.xlsx")) == 68
    status, _out, err = cli(capsys, "--db", db_url, "risks", "import", str(tmp_path / "no.xlsx"))
    assert status == 2 and "no such file" in one_sentence(err)
