"""The monthly assessment (月度考评): window and staff scores, the ranking without those
who did no work, the 红榜/黑榜, titles (audited, never deleted), and the reports sent
back to each unit (.xlsx and .pdf holding only that unit)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.assessment import BLACK, RED, assess
from app.assessment.monthly import rank
from app.briefing import parse_month
from app.config import AssessmentRules
from app.db import Database
from app.errors import UserError
from app.records.titles import award, titles, withdraw
from app.security.permissions import PermissionDenied
from models import AssessmentTitle, AuditEntry
from tests.app.complaint_helpers import DAY, NOW, drive, feed, iso, register, ts
from tests.cli_helpers import cli, one_sentence

MONTH = parse_month("2026-09")
DIRECTOR = ("test:director", "director")


def _ev(eid: str, hour: int, minute: int, etype: str, day: dt.date = DAY,
        **fields: Any) -> dict[str, Any]:
    return {"id": eid, "ts": iso(day, hour, minute), "type": etype, **fields}


def served_day(prefix: str, window: str, staff: str, tickets: int, day: dt.date = DAY,
               rating: int = 5) -> list[dict[str, Any]]:
    """A morning at ``window``: ``tickets`` services of 10 minutes, each rated."""
    out = [_ev(f"{prefix}o", 9, 0, "window_opened", day, window=window, staff=staff)]
    for i in range(tickets):
        t = f"{prefix}{i:02d}"
        m = 5 + i * 12
        out += [_ev(f"{t}i", 9 + m // 60, m % 60, "ticket_issued", day, ticket=t,
                    service="GS" if window != "W03" else "RS"),
                _ev(f"{t}c", 9 + (m + 1) // 60, (m + 1) % 60, "ticket_called", day,
                    ticket=t, window=window),
                _ev(f"{t}s", 9 + (m + 1) // 60, (m + 1) % 60, "service_started", day,
                    ticket=t, window=window),
                _ev(f"{t}f", 9 + (m + 11) // 60, (m + 11) % 60, "service_finished", day,
                    ticket=t, window=window),
                _ev(f"{t}e", 9 + (m + 11) // 60, (m + 11) % 60, "evaluation", day,
                    window=window, rating=rating, ticket=t)]
    out.append(_ev(f"{prefix}c", 12, 0, "window_closed", day, window=window))
    return out


@pytest.fixture
def month_db(db: Database) -> Database:
    """W01 (S001) serves 4 with a substantiated complaint; W03 (S003) serves 3;
    W02 and S002 do nothing all month."""
    feed(db, served_day("a", "W01", "S001", 4) + served_day("b", "W03", "S003", 3))
    cid = register(db, window="W01", at=ts(DAY, 10, 30))
    drive(db, cid, "substantiated")
    return db


def test_ranking_leaves_out_those_without_work(month_db: Database) -> None:
    with month_db.read() as session:
        a = assess(session, MONTH, NOW)
    by_code = {w.code: w for w in a.windows}
    assert [w.code for w in a.windows] == ["W03", "W01", "W02"]
    assert by_code["W03"].rank == 1 and by_code["W01"].rank == 2
    assert by_code["W02"].rank is None and by_code["W02"].board == ""
    assert by_code["W01"].score == pytest.approx(99.5)      # −0.5 other substantiated
    staff = {s.code: s for s in a.staff}
    assert staff["S002"].rank is None and staff["S002"].served == 0
    assert staff["S001"].served == 4 and staff["S003"].served == 3
    assert staff["S001"].deductions == {"other_substantiated": 0.5}
    assert staff["S001"].score == pytest.approx(99.5)
    assert "未开展业务" in a.ranking_rule
    assert not a.attendance_imported


def test_boards_never_mark_a_clean_score_black() -> None:
    from app.assessment.monthly import Ranked

    rows = [Ranked(score=s, satisfaction=None, served=n)
            for s, n in ((100, 5), (100, 4), (99.5, 3), (100, 0), (98, 9))]
    ordered = rank(rows, AssessmentRules(red_list=1, black_list=2), lambda r: str(r.score))
    assert [(r.score, r.rank, r.board) for r in ordered] == [
        (100, 1, RED), (100, 2, ""), (99.5, 3, BLACK), (98, 4, BLACK), (100, None, "")]
    # too few to have anybody on the black board after the red one
    few = rank([Ranked(score=100, satisfaction=None, served=1)],
               AssessmentRules(red_list=3, black_list=3), lambda r: "x")
    assert [r.board for r in few] == [RED]


def test_titles_are_the_directors_audited_and_kept(month_db: Database) -> None:
    db = month_db
    with db.write() as session:
        t = award(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W03",
                  note="群众满意度第一", ts=NOW)
        tid = t.id
        award(session, *DIRECTOR, term="2026Q3", kind="party_pioneer", staff="S001", ts=NOW)
    for bad, words in (
            (dict(term="2026-09", kind="red_flag", window="W03"), "already holds"),
            (dict(term="2026-09", kind="red_flag", staff="S001"), "window"),
            (dict(term="2026-13", kind="red_flag", window="W01"), "2026-13"),
            (dict(term="9999-01", kind="red_flag", window="W01"), "9999-01"),
            (dict(term="2026-09", kind="gold", window="W01"), "gold"),
            (dict(term="2026-09", kind="red_flag", window="W99"), "W99")):
        with pytest.raises(UserError, match=words), db.write() as session:
            award(session, *DIRECTOR, ts=NOW, **bad)       # type: ignore[arg-type]
    with pytest.raises(PermissionDenied), db.write() as session:
        award(session, "test:office", "office", term="2026-09", kind="women_model",
              window="W01", ts=NOW)
    with db.read() as session:
        a = assess(session, MONTH, NOW)
        assert {w.code: w.titles for w in a.windows}["W03"] == ["red_flag"]
        assert {s.code: s.titles for s in a.staff}["S001"] == ["party_pioneer"]
    with db.write() as session, pytest.raises(UserError, match="why"):
        withdraw(session, *DIRECTOR, tid, note="  ", ts=NOW)
    with db.write() as session:
        withdraw(session, *DIRECTOR, tid, note="复核发现投诉", ts=NOW)
    with db.read() as session:
        assert [v.holder for v in titles(session, ["2026-09"])] == []
        assert [v.holder for v in titles(session, ["2026-09"], withdrawn=True)] == ["W03"]
        actions = [a for a, in session.execute(select(AuditEntry.action).where(
            AuditEntry.action.like("title.%")))]
        assert actions == ["title.award", "title.award", "title.withdraw"]
    with pytest.raises(DBAPIError), db.write() as session:   # the database refuses
        session.execute(text("DELETE FROM assessment_title"))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AssessmentTitle)) == 2


def test_monthly_json_and_errors(capsys: pytest.CaptureFixture[str], month_db: Database,
                                 db_url: str, tmp_path: Path) -> None:
    status, out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["attendance_imported"] is False
    assert [(w["code"], w["rank"]) for w in data["windows"]] == [
        ("W03", 1), ("W01", 2), ("W02", None)]
    for args, words in ((["--month", "2026-9x"], "2026-9x"),
                        (["--month", "2026-09", "--out", str(tmp_path / "nope")], "nope"),
                        (["--month", "2026-09", "--out", "/dev/null"], "/dev/null")):
        status, out, err = cli(capsys, "--db", db_url, "monthly", *args)
        assert status == 2 and words in one_sentence(err), err
    assert not (tmp_path / "nope").exists()


def _xlsx_cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
            for v in row if v is not None]


def test_unit_reports_hold_only_their_unit(capsys: pytest.CaptureFixture[str],
                                           month_db: Database, db_url: str,
                                           tmp_path: Path) -> None:
    status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09",
                           "--out", str(tmp_path))
    assert status == 0, err
    folder = tmp_path / "2026-09"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["2026-09-GS-工商分局.pdf", "2026-09-GS-工商分局.xlsx",
                     "2026-09-RS-人社局.pdf", "2026-09-RS-人社局.xlsx"]
    gs = _xlsx_cells(folder / "2026-09-GS-工商分局.xlsx")
    rs = _xlsx_cells(folder / "2026-09-RS-人社局.xlsx")
    assert any("W01" in c for c in gs) and not any("W03" in c for c in gs)
    assert "张三" in gs and "王五" not in gs
    assert any("W03" in c for c in rs) and "张三" not in rs
    assert any("未导入考勤" in c for c in gs)
    pdf = "".join(p.extract_text() for p in PdfReader(folder / "2026-09-RS-人社局.pdf").pages)
    assert "王五" in pdf and "张三" not in pdf and "未导入考勤" in pdf
    with month_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "assessment.export")).one()
        assert json.loads(entry.detail)["files"] == 4


def test_titles_printed_in_the_briefing(month_db: Database) -> None:
    from app.briefing import build, parse
    from tests.app.briefing_helpers import pdf_text

    with month_db.write() as session:
        award(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W03", ts=NOW)
        award(session, *DIRECTOR, term="2026Q3", kind="women_model", staff="S001", ts=NOW)
    _b, pdf = build(month_db, parse("2026Q3"), NOW)
    text = pdf_text(pdf).replace("\n", "")
    assert "红旗窗口 W03（社保）（2026-09）" in text
    assert "巾帼文明示范岗 S001（张三）" in text
    _b, pdf = build(month_db, parse("2026Q3"), NOW, department="GS")
    text = pdf_text(pdf).replace("\n", "")
    assert "巾帼文明示范岗 S001" in text and "红旗窗口 W03" not in text


def test_the_rules_page_sets_the_boards(month_db: Database) -> None:
    """The settings tab's group (and the hall file's [assessment]) sets the boards."""
    from app.setup.rules import save_group

    with month_db.write() as session:
        save_group(session, "assessment_rules", {
            "late": 0.2, "early": 0.1, "missing": 0.1, "absent": 1.0, "red_list": 1,
            "black_list": 1}, actor=DIRECTOR[0], role=DIRECTOR[1])
    with month_db.read() as session:
        a = assess(session, MONTH, NOW)
    assert [(w.code, w.board) for w in a.windows] == [("W03", RED), ("W01", BLACK),
                                                      ("W02", "")]
    assert "前1位" in a.ranking_rule and "最后1位" in a.ranking_rule
    with pytest.raises(UserError), month_db.write() as session:
        save_group(session, "assessment_rules", {
            "late": 11, "early": 0.1, "missing": 0.1, "absent": 1.0, "red_list": 1,
            "black_list": 1}, actor=DIRECTOR[0], role=DIRECTOR[1])


def test_terms_are_one_spelling() -> None:
    from app.records.titles import parse_term, terms_of

    assert parse_term(" 2026q4 ") == "2026Q4"
    assert parse_term("２０２６-０９") == "2026-09"          # full-width digits
    for bad in ("2026-00", "2026-13", "1999-12", "2201Q1", "2026Q5", "2026-9", "", "\u202e"):
        with pytest.raises(UserError):
            parse_term(bad)
    assert terms_of("2026Q4") == ["2026Q4", "2026-10", "2026-11", "2026-12"]
    assert terms_of("2026-11") == ["2026-11", "2026Q4"]


def test_hostile_outputs_and_names(capsys: pytest.CaptureFixture[str], month_db: Database,
                                   db_url: str, tmp_path: Path) -> None:
    """A month folder that is a file, a read-only folder, a year out of range, and a unit
    whose name holds a path separator or control characters: one sentence each (or a
    safe file name), nothing half-written."""
    from app.assessment.report_files import _file_part

    (tmp_path / "2026-09").write_text("not a folder")
    status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09",
                            "--out", str(tmp_path))
    assert status == 2 and "is a file" in one_sentence(err)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09",
                                "--out", str(locked))
        import os
        if os.geteuid() != 0:                        # root writes anywhere
            assert status == 2 and str(locked) in one_sentence(err)
            assert not any(locked.rglob("*.xlsx"))
    finally:
        locked.chmod(0o700)
    for month in ("9999-01", "0000-01", "2026-13"):
        status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", month)
        assert status == 2 and month in one_sentence(err)
    assert _file_part("工商/分局\x00..") == "工商_分局_"
    assert _file_part("..") == "_" and len(_file_part("局" * 300)) == 40


def _punches(db: Database, tmp_path: Path, rows: list[tuple[str, dt.datetime]],
             now: float) -> None:
    from openpyxl import Workbook

    from app.attendance import import_clock_file

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["工号", "打卡时间"])
    for code, at in rows:
        sheet.append([code, at])
    path = tmp_path / f"clock-{len(rows)}.xlsx"
    book.save(path)
    import_clock_file(db, path, actor=DIRECTOR[0], role=DIRECTOR[1], now=now)


def test_retiring_someone_keeps_the_months_they_worked(month_db: Database,
                                                       tmp_path: Path) -> None:
    """Retiring S002 in October leaves September as it was: S002 is still listed with
    the same days absent and the same score (the retirement sets the off-duty day)."""
    from app.setup.staff import retire_staff

    _punches(month_db, tmp_path, [("S001", dt.datetime(2026, 9, 15, 8, 50)),
                                  ("S001", dt.datetime(2026, 9, 15, 17, 40))], NOW)
    with month_db.read() as session:
        before = {s.code: (s.score, s.attendance and s.attendance.absent)
                  for s in assess(session, MONTH, NOW).staff}
    assert before["S002"][1] and before["S002"][1] > 0
    with month_db.write() as session:
        retire_staff(session, "S002", actor=DIRECTOR[0], role=DIRECTOR[1],
                     now=ts(dt.date(2026, 10, 12), 10))
    with month_db.read() as session:
        after = {s.code: (s.score, s.attendance and s.attendance.absent)
                 for s in assess(session, MONTH, NOW).staff}
        later = {s.code for s in assess(session, parse_month("2026-11"), NOW).staff}
    assert after == before
    assert "S002" not in later


def test_a_morning_import_makes_nobody_absent_today(month_db: Database,
                                                   tmp_path: Path) -> None:
    """The clock imported at 10:00 on the 15th: that day is not assessed yet (nobody is
    absent or missing a punch for it); the days before are."""
    morning = ts(DAY, 10)
    _punches(month_db, tmp_path, [("S001", dt.datetime(2026, 9, 15, 8, 50))], morning)
    with month_db.read() as session:
        a = assess(session, MONTH, morning)
    s001 = next(s for s in a.staff if s.code == "S001").attendance
    s002 = next(s for s in a.staff if s.code == "S002").attendance
    assert s001 is not None and s002 is not None
    today = {d.day: d.status for d in s002.days}[DAY]
    assert today == ("unrecorded",)
    assert s001.missing == 0 and s002.absent == s001.absent == 10   # 1–14 Sept, 10 days


def test_reports_survive_long_text_and_formulas(month_db: Database, tmp_path: Path) -> None:
    """A 2,000-character finding note (the most a note may be) and a hall named like a
    formula: every file written, the PDF cell cut, the .xlsx cell whole and text."""
    from app.assessment.report_files import MAX_PDF_TEXT, write_month
    from app.records import inspections as isvc
    from models import Hall, InspectionFinding

    with month_db.write() as session:
        session.scalars(select(Hall)).one().name = '=HYPERLINK("http://x.example/","点此")'
        rnd = isvc.start_round(session, actor=DIRECTOR[0], role=DIRECTOR[1], now=NOW)
        rid = rnd.id
    with month_db.write() as session:
        isvc.record(session, rid, "W01", "tidy", outcome="fail", note="窗口" * 1000,
                    actor=DIRECTOR[0], role=DIRECTOR[1], now=NOW)
    with month_db.read() as session:
        assert session.scalar(select(func.count()).select_from(InspectionFinding)) == 1
    written = write_month(month_db, MONTH, tmp_path, NOW, actor=DIRECTOR[0],
                          role=DIRECTOR[1])
    assert len(written.files) == 4
    gs = tmp_path / "2026-09" / "2026-09-GS-工商分局.xlsx"
    book = load_workbook(gs)
    assert book["说明"]["A1"].data_type == "s"
    assert book["说明"]["A1"].value.startswith("=HYPERLINK")
    notes = [c for row in book["巡查问题"].iter_rows(values_only=True) for c in row
             if isinstance(c, str) and c.startswith("窗口窗口")]
    assert notes and len(notes[0]) == 2000
    pdf = "".join(p.extract_text() for p in PdfReader(gs.with_suffix(".pdf")).pages)
    assert "…" in pdf and MAX_PDF_TEXT < 2000


def test_refused_exports_make_no_folder(capsys: pytest.CaptureFixture[str],
                                       month_db: Database, db_url: str,
                                       tmp_path: Path) -> None:
    from app.assessment.report_files import write_month
    from app.security.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        write_month(month_db, MONTH, tmp_path, NOW, actor="test:inspector", role="inspector")
    assert not (tmp_path / "2026-09").exists()
    status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09",
                            "--out", "")
    assert status == 2 and "--out" in one_sentence(err)
    link = tmp_path / "devlink"
    link.symlink_to("/dev")
    status, _out, err = cli(capsys, "--db", db_url, "monthly", "--month", "2026-09",
                            "--out", str(link))
    assert status == 2, err
    assert not Path("/dev/2026-09").exists()
    with month_db.write() as session, pytest.raises(UserError, match="control"):
        award(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W03",
              note="\x1b[31m红\x07", ts=NOW)
    with month_db.write() as session, pytest.raises(UserError, match="no title"):
        withdraw(session, *DIRECTOR, 10**20, note="x", ts=NOW)


def test_titles_come_from_a_finished_ranking(month_db: Database,
                                            capsys: pytest.CaptureFixture[str],
                                            db_url: str) -> None:
    """The command line and the tab award only for a month or quarter that has ended,
    and only to a window or person who served in it; one title shows once."""
    from app.assessment.monthly import award_title

    later = ts(dt.date(2026, 10, 9), 10)
    with month_db.write() as session, pytest.raises(UserError, match="not ended"):
        award_title(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W03",
                    now=NOW)
    with month_db.write() as session, pytest.raises(UserError, match="served nobody"):
        award_title(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W02",
                    now=later)
    with month_db.write() as session, pytest.raises(UserError, match="served nobody"):
        award_title(session, *DIRECTOR, term="2026Q3", kind="women_model", staff="S002",
                    now=later)
    with month_db.write() as session:
        award_title(session, *DIRECTOR, term="2026-09", kind="red_flag", window="W03",
                    now=later)
        award_title(session, *DIRECTOR, term="2026Q3", kind="red_flag", window="W03",
                    now=later)
    with month_db.read() as session:
        a = assess(session, MONTH, later)
    assert {w.code: w.titles for w in a.windows}["W03"] == ["red_flag"]
    status, _out, err = cli(capsys, "--db", db_url, "title", "award", "--term", "2026-10",
                            "--kind", "red_flag", "--window", "W03")
    assert status == 2 and "2026-10" in one_sentence(err)
