"""The quarterly briefing: real PDFs written by the command and read back with pypdf;
every figure as ``stats --json`` gives it, masked personal data, empty quarters,
per-department copies, the director's text and the audit head."""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import select

from app.briefing import build, parse, save_note
from app.briefing.keyfigures import fmt_count, fmt_minutes, fmt_rate, fmt_score
from app.briefing.layout import HEADINGS
from app.db import Database
from app.figures import names
from app.records import complaints as svc
from app.security import audit
from models import AuditEntry, Complaint, Department, Window
from tests.app.briefing_helpers import NAME, PHONE, pdf_text, ts
from tests.cli_helpers import cli, one_sentence

TZ = dt.timezone(dt.timedelta(hours=8))
Q3 = ("--from", "2026-07-01", "--to", "2026-10-01")


def substantiated_in_q3(url: str) -> int:
    """Substantiated in the quarter and not voided: the assessment's count."""
    db = Database(url)
    try:
        with db.read() as session:
            return len(session.scalars(select(Complaint.id).where(
                Complaint.substantiated_at >= ts(dt.date(2026, 7, 1), 0),
                Complaint.substantiated_at < ts(dt.date(2026, 10, 1), 0),
                Complaint.state != "voided")).all())
    finally:
        db.dispose()


def has_code(text: str, code: str) -> bool:
    return re.search(rf"(^|\s){code}(\s|$)", text, re.MULTILINE) is not None


def test_briefing_has_every_section_and_the_figures_of_stats(
        demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q3.pdf"
    status, stdout, err = cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3",
                              "--out", str(out))
    assert status == 0, err
    assert str(out) in stdout
    db = Database(demo)
    with db.read() as session:
        last = audit.head(session)
    db.dispose()
    assert last is not None and (last.action, last.entity_id) == ("briefing.write", "2026Q3")
    assert str(out) in last.detail
    status, stats_out, _ = cli(capsys, "--db", demo, "stats", *Q3, "--json")
    assert status == 0
    stats = json.loads(stats_out)
    text = pdf_text(out)
    positions = [text.index(h) for h in HEADINGS]
    assert positions == sorted(positions), "sections out of order"
    assert "2026年第三季度工作简报" in text
    h = stats["hall"]
    assert h["served"] > 0 and h["cases_accepted"] > 0
    # the labels are the figures' one names (app/figures/names.py)
    key = {names.zh("cases_accepted"): fmt_count(h["cases_accepted"]),
           names.zh("cases_completed"): fmt_count(h["cases_completed"]),
           "办结率": fmt_rate(h["completion_rate"]), "按时办结率": fmt_rate(h["on_time_rate"]),
           names.zh("tickets_issued"): fmt_count(h["tickets_issued"]),
           "服务人次": fmt_count(h["served"]),
           "平均等候时长": fmt_minutes(h["avg_wait_s"]),
           "平均办理时长": fmt_minutes(h["avg_service_s"]),
           "满意率": fmt_rate(h["satisfaction_rate"]), "红牌": fmt_count(h["red_cards"]),
           "属实投诉": str(substantiated_in_q3(demo))}
    lines = [line.strip() for line in text.splitlines()]
    for label, value in key.items():  # each cell is a line: the label, then this quarter
        assert lines[lines.index(label) + 1] == value, label
    flat = "".join(text.split())
    for code, w in stats["windows"].items():
        if not w["served"]:     # served nobody: listed apart, never ranked
            idle = flat[flat.index("未开展业务的窗口"):]
            assert code in idle[:idle.index("。")], code
            continue
        start = next(i for i, line in enumerate(lines) if line.split(" ")[0] == code)
        row = lines[start + 1:start + 12]
        wanted = [fmt_count(w["served"]), fmt_rate(w["occupancy"]), fmt_score(w["score"])]
        at = [row.index(v) for v in wanted]
        assert at == sorted(at), (code, row)
    assert "排名规则" in flat
    assert stats["windows"]["W01"]["score"] <= 99.5  # at least our complaint's −0.5


def test_personal_data_never_appears(demo: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q3.pdf"
    assert cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out", str(out))[0] == 0
    text = pdf_text(out)
    assert "本季度属实投诉" in text
    assert "张*三" in text and "138****5678" in text
    assert NAME not in text and PHONE not in text
    assert NAME not in "".join(text.split()) and PHONE not in "".join(text.split())


def test_empty_quarter_is_a_valid_pdf_saying_so(demo: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q1.pdf"
    status, stdout, _ = cli(capsys, "--db", demo, "briefing", "--quarter", "2025Q1",
                            "--out", str(out))
    assert status == 0 and "no data" in stdout
    text = pdf_text(out)
    assert "本季度无业务数据" in text
    for heading in HEADINGS:
        assert heading in text
    lines = [line.strip() for line in text.splitlines()]
    accepted = lines.index(names.zh("cases_accepted"))
    assert lines[accepted + 1:accepted + 6] == [
        "无数据", "无数据", "—", "无数据", "—"]   # missing history is never 0


def test_department_copy_holds_only_its_windows(demo: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(demo)
    with db.read() as session:
        rows = session.execute(select(Window.code, Department.code).join(
            Department, Department.id == Window.department_id)).all()
    db.dispose()
    own = {w for w, d in rows if d == "GS"}
    others = {w for w, d in rows if d != "GS"}
    assert own and others
    out = tmp_path / "gs.pdf"
    status, _, err = cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out",
                         str(out), "--department", "GS")
    assert status == 0, err
    text = pdf_text(out)
    assert all(has_code(text, w) for w in own)
    assert not [w for w in others if has_code(text, w)]
    assert "工商分局" in text and "国税分局" not in text
    status, _, err = cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out",
                         str(tmp_path / "x.pdf"), "--department", "NOPE")
    assert status == 2 and "NOPE" in one_sentence(err)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("quarter", "out", "word"), [
    ("2026Q5", "{tmp}/a.pdf", "2026Q5"),
    ("Q3-2026", "{tmp}/a.pdf", "Q3-2026"),
    ("2026Q3", "{tmp}/missing/a.pdf", "missing"),
    ("2026Q3", "{tmp}", "folder"),
])
def test_bad_quarter_or_path_is_one_sentence(demo: str, tmp_path: Path, quarter: str,
                                              out: str, word: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "--db", demo, "briefing", "--quarter", quarter, "--out",
                         out.format(tmp=tmp_path))
    assert status == 2
    assert word in one_sentence(err)
    assert not (tmp_path / "a.pdf").exists()


def test_a_failed_write_leaves_the_old_file_and_no_fragment(
        demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "q3.pdf"
    out.write_bytes(b"old")

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.files.os.fsync", fail)   # the atomic writer
    status, _, err = cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out",
                         str(out))
    assert status == 2 and "No space left on device" in one_sentence(err)
    assert out.read_bytes() == b"old"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_directors_text_is_kept_audited_and_reprinted_identically(demo: str) -> None:
    db = Database(demo)
    q3, now = parse("2026Q3"), ts(dt.date(2026, 11, 26), 10)
    try:
        with db.write() as session:
            assert save_note(session, "2026Q3", "一、窗口高峰时段等候偏长。\n二、下季度增设"
                             "潮汐窗口。", actor="desktop:director", role="director", now=now)
        with db.write() as session:  # unchanged text: nothing written
            assert not save_note(session, "2026Q3", "一、窗口高峰时段等候偏长。\n二、下季度"
                                 "增设潮汐窗口。", actor="desktop:director", role="director",
                                 now=now)
        with db.read() as session:
            head = audit.head(session)
            assert head is not None and head.action == "briefing_note_saved"
            assert head.entity_id == "2026Q3"
        first, again = build(db, q3, now)[1], build(db, q3, now)[1]
        assert first == again
        text = pdf_text(first)
        assert "下季度增设潮汐窗口" in text
        assert head.hash[:16] in "".join(text.split())
        with db.write() as session:
            save_note(session, "2026Q3", "改过的文字。", actor="desktop:director",
                      role="director", now=now)
        changed = pdf_text(build(db, q3, now)[1])
        assert head.hash[:16] not in "".join(changed.split())
        with db.read() as session:
            new_head = session.scalars(select(AuditEntry).order_by(
                AuditEntry.seq.desc())).first()
        assert new_head is not None
        assert f"校验码：{new_head.hash[:16]}（审计日志第{new_head.seq}条）" in "".join(
            changed.split())
    finally:
        db.dispose()


def test_briefing_on_each_backend(db: Database, tmp_path: Path) -> None:
    """The section queries run on SQLite and PostgreSQL: an empty small hall with one
    complaint past its verification deadline."""
    day = dt.date(2026, 8, 3)
    with db.write() as session:
        svc.register(session, source="letter", registered_at=ts(day, 10), content="来信",
                     window="W03", citizen_name=NAME, citizen_phone=PHONE,
                     actor="test:office", role="office", now=ts(day, 10))
    briefing, data = build(db, parse("2026Q3"), ts(dt.date(2026, 11, 26), 10))
    assert briefing.complaints.registered == 1
    assert briefing.complaints.overdue_verification == 1
    text = pdf_text(data)
    assert "超期未核实1件" in text.replace("\n", "")
    assert NAME not in text and PHONE not in text


def test_configured_font_wins_and_a_bad_one_is_one_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.briefing import fonts
    from app.errors import UserError

    bad = tmp_path / "not-a-font.ttf"
    bad.write_bytes(b"nonsense")
    monkeypatch.setenv("HALLDESK_PDF_FONT", str(bad))
    with pytest.raises(UserError, match=r"not-a-font\.ttf"):
        fonts.register_font()
    wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if not Path(wqy).is_file():
        pytest.skip("WenQuanYi Micro Hei is not installed")
    monkeypatch.setenv("HALLDESK_PDF_FONT", wqy + "#0")
    assert fonts.register_font().source == wqy + "#0"


def test_risk_register_section(demo: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from app.records.risk_demo import load_demo_register
    from models import RiskPoint

    db = Database(demo)
    load_demo_register(db, actor="test:demo", end=dt.date(2026, 11, 26))
    with db.read() as session:
        points = len(session.scalars(select(RiskPoint.id)).all())
    db.dispose()
    out = tmp_path / "q3.pdf"
    assert cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out", str(out))[0] == 0
    text = pdf_text(out)
    assert f"登记在册的风险点共{points}个" in text.replace("\n", "")
    for word in ("管理类", "公共类", "一级", "三级", "发生概率×影响程度", "到期待评估"):
        assert word in text


def test_inspections_section(demo: str, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from app.figures import Period, compute
    from app.records import inspections as inspections_svc

    db = Database(demo)
    who = {"actor": "test:inspector", "role": "inspector"}
    with db.write() as session:
        for day in (dt.date(2026, 8, 3), dt.date(2026, 9, 7)):
            rid = inspections_svc.start_round(session, now=ts(day, 10), **who).id
            inspections_svc.record(session, rid, "W02", "badge", outcome="fail",
                                   note="未挂牌", now=ts(day, 10) + 60, **who)
            inspections_svc.finish(session, rid, now=ts(day, 11), **who)
    with db.read() as session:
        period = Period(dt.date(2026, 7, 1), dt.date(2026, 10, 1), zoneinfo.ZoneInfo(
            "Asia/Shanghai"))
        w02 = compute(session, period, ts(dt.date(2026, 11, 1), 9), ["W02"]).windows["W02"]
    db.dispose()
    assert w02.inspection_findings >= 2
    out = tmp_path / "q3.pdf"
    assert cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out", str(out))[0] == 0
    text = pdf_text(out)
    flat = text.replace("\n", "")
    section = flat[flat.index(HEADINGS[5]):flat.index(HEADINGS[6])]
    assert re.search(r"本季度巡查\d+轮，到访窗口\d+次", section)
    assert "按检查项" in section and "挂工作牌" in section
    assert "重复出现问题的窗口" in section and "W02" in section
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.split(" ")[0] == "W02")
    assert str(w02.inspection_findings) in lines[start + 1:start + 12]
    assert "尚无巡查数据" not in flat
