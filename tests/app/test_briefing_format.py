"""The briefing as it is sent upward: the 简报 masthead with 第N期, the distribution
block, the 校验码 on the last page only, the Word copy with the PDF's numbers, the
monthly report, rankings without idle windows, partial periods said, hostile input."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from app.briefing import (
    BriefingSettings,
    build,
    load_settings,
    parse,
    parse_month,
    save_settings,
    write_departments,
)
from app.briefing.data import Coverage
from app.briefing.keyfigures import fmt_count, fmt_rate
from app.db import Database
from app.errors import UserError
from app.figures import names
from tests.app.briefing_helpers import pdf_text, ts
from tests.cli_helpers import cli, one_sentence

DIRECTOR = {"actor": "test:director", "role": "director"}
SETTINGS = BriefingSettings(title="政务服务工作简报", signer="王主任",
                            report_to="区委办公室、区政府办公室",
                            send_to="区纪委监委驻区行政审批局纪检监察组",
                            issue_to="中心各进驻部门", copies=30)


def set_settings(url: str, settings: BriefingSettings = SETTINGS) -> None:
    db = Database(url)
    with db.write() as session:
        save_settings(session, settings, **DIRECTOR)
    db.dispose()


def docx_text(path: Path | bytes) -> tuple[list[str], list[list[list[str]]], Any]:
    doc = Document(io.BytesIO(path if isinstance(path, bytes) else path.read_bytes()))
    paragraphs = [p.text for p in doc.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in doc.tables]
    return paragraphs, tables, doc


def pdf_lines(path: Path) -> list[str]:
    return [line.strip() for line in pdf_text(path).splitlines()]


def test_pdf_and_word_copy_give_the_figures_of_stats(
        demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, word = tmp_path / "q3.pdf", tmp_path / "q3.docx"
    for out in (pdf, word):
        status, stdout, err = cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3",
                                  "--out", str(out))
        assert status == 0 and str(out) in stdout, err
    stats = json.loads(cli(capsys, "--db", demo, "stats", "--from", "2026-07-01", "--to",
                           "2026-10-01", "--json")[1])
    paragraphs, tables, doc = docx_text(word)
    key = next(t for t in tables if t[0][0] == "指标")
    lines = pdf_lines(pdf)
    h = stats["hall"]
    # the labels are the figures' one names (app/figures/names.py)
    wanted = {names.zh("cases_accepted"): fmt_count(h["cases_accepted"]),
              "服务人次": fmt_count(h["served"]), "满意率": fmt_rate(h["satisfaction_rate"]),
              names.zh("tickets_issued"): fmt_count(h["tickets_issued"])}
    for row in key[1:]:       # every cell of the Word table is the PDF's, in order
        i = lines.index(row[0])
        assert lines[i + 1:i + 6] == row[1:], row
        if row[0] in wanted:
            assert row[1] == wanted[row[0]]
    windows = next(t for t in tables if t[0][:2] == ["名次", "窗口"])
    for row in windows[1:]:
        code = row[1].split(" ")[0]
        w = stats["windows"][code]
        assert (row[3], row[5]) == (fmt_count(w["served"]), fmt_rate(w["occupancy"]))
        assert w["served"] > 0
    # Word's own heading styles (shown as 标题 1 / 标题 2 in Chinese Word and WPS)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[:8] == ["一、主要指标", "二、窗口情况", "三、图表分析", "四、投诉处理",
                            "五、廉政风险点", "六、巡查情况", "七、重点项目并联审批",
                            "八、存在问题和下步打算"]
    assert any(p.style.name == "Heading 2" for p in doc.paragraphs)
    assert len(doc.inline_shapes) == 3            # the three charts, as images
    assert "政务服务工作简报" in paragraphs and "第1期" in paragraphs
    assert paragraphs[-1].startswith("校验码：")


def test_idle_windows_are_never_ranked(demo: str) -> None:
    db = Database(demo)
    try:
        b, data = build(db, parse("2026Q3"), ts(dt.date(2026, 11, 26), 10))
    finally:
        db.dispose()
    assert b.idle, "the demo has windows that served nobody"
    assert all(r.served == 0 and r.rank is None and not r.mark for r in b.idle)
    assert [r.rank for r in b.windows] == list(range(1, len(b.windows) + 1))
    assert all(r.served > 0 for r in b.windows)
    scores = [r.score for r in b.windows]
    assert scores == sorted(scores, reverse=True)
    marked = [r for r in b.windows if r.mark]
    assert {r.mark for r in marked} <= {"best", "worst"}
    flat = "".join(pdf_text(data).split())
    assert "排名规则" in flat
    idle = flat[flat.index("未开展业务的窗口"):]
    idle = idle[:idle.index("。")]
    for r in b.idle:
        assert r.code in idle


def test_partial_quarter_says_so_and_is_not_compared(demo: str) -> None:
    """The demo's history runs 23–30 September 2026: on 28 September the quarter is
    under way, and it began before the history did."""
    db = Database(demo)
    try:
        b, data = build(db, parse("2026Q3"), ts(dt.date(2026, 9, 28), 18))
        month, mdata = build(db, parse_month("2026-09"), ts(dt.date(2026, 11, 2), 9))
    finally:
        db.dispose()
    assert b.coverage.ongoing and b.prev_coverage.no_data
    flat = "".join(pdf_text(data).split())
    assert "数据截至2026年09月28日" in flat or "至2026年09月28日）" in flat
    assert "本季度尚未结束" in flat
    lines = [line.strip() for line in pdf_text(data).splitlines()]
    i = lines.index(names.zh("cases_accepted"))
    assert lines[i + 2:i + 6] == ["无数据", "—", "无数据", "—"]
    # a finished month whose history begins inside it: said, and not compared
    assert month.coverage.begins_late and not month.coverage.ongoing
    mflat = "".join(pdf_text(mdata).split())
    assert "2026年9月工作简报" in mflat and "数据自2026年09月" in mflat
    assert "本月" in mflat and "上月" in mflat and "去年同月" in mflat


def test_coverage_of_a_period() -> None:
    start, end = dt.date(2026, 7, 1), dt.date(2026, 10, 1)
    assert Coverage(start, end, dt.date(2025, 1, 1), dt.date(2026, 12, 1)).complete
    late = Coverage(start, end, dt.date(2026, 9, 3), dt.date(2026, 12, 1))
    assert late.begins_late and late.data_from == dt.date(2026, 9, 3)
    now = Coverage(start, end, dt.date(2025, 1, 1), dt.date(2026, 9, 2))
    assert now.ongoing and now.data_to == dt.date(2026, 9, 2)
    assert Coverage(start, end, None, dt.date(2026, 12, 1)).no_data
    assert Coverage(start, end, dt.date(2026, 10, 1), dt.date(2026, 12, 1)).no_data


def test_masthead_issue_numbers_and_distribution(
        demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_settings(demo)
    q3, sep, again = tmp_path / "q3.pdf", tmp_path / "m9.docx", tmp_path / "q3-again.pdf"
    assert cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out", str(q3))[0] == 0
    assert cli(capsys, "--db", demo, "briefing", "--month", "2026-09", "--out", str(sep))[0] == 0
    assert cli(capsys, "--db", demo, "briefing", "--quarter", "2026Q3", "--out",
               str(again))[0] == 0
    reader = PdfReader(q3)
    first = "".join((reader.pages[0].extract_text() or "").split())
    assert first.startswith("政务服务工作简报")
    assert "第1期" in first and "示范区政务服务中心编" in first and "签发：王主任" in first
    last = "".join((reader.pages[-1].extract_text() or "").split())
    assert "报：区委办公室、区政府办公室" in last and "发：中心各进驻部门" in last
    assert "送：区纪委监委驻区行政审批局纪检监察组" in last and "共印30份" in last
    checks = [i for i, p in enumerate(reader.pages) if "校验码" in (p.extract_text() or "")]
    assert checks == [len(reader.pages) - 1]            # the last page only
    assert re.search(r"校验码：[0-9a-f]{16}（审计日志第\d+条）", last)
    assert not re.search(r"[0-9a-f]{64}", pdf_text(q3))  # no full hash anywhere
    assert "数据完整性" not in pdf_text(q3)
    paragraphs, _tables, _doc = docx_text(sep)
    assert "第2期" in paragraphs                        # the year's next issue
    assert "报：区委办公室、区政府办公室" in paragraphs and "（共印30份）" in paragraphs
    assert "第1期" in "".join(pdf_text(again).split())  # a reprint keeps its number


def test_settings_are_checked_audited_and_the_directors(demo: str) -> None:
    db = Database(demo)
    try:
        with db.write() as session, pytest.raises(UserError, match="report_to"):
            save_settings(session, BriefingSettings(report_to="区" * 201), **DIRECTOR)
        with db.write() as session, pytest.raises(UserError, match="copies"):
            save_settings(session, BriefingSettings(copies=-1), **DIRECTOR)
        with db.write() as session:
            assert save_settings(session, BriefingSettings(report_to=" 区政府\u2028办公室 "),
                                 **DIRECTOR)
        with db.read() as session:
            assert load_settings(session).report_to == "区政府 办公室"
    finally:
        db.dispose()


@pytest.mark.parametrize(("args", "word"), [
    (("--month", "2026-13"), "2026-13"),
    (("--month", "9999-12"), "9999-12"),
    (("--quarter", "9999Q4"), "9999Q4"),
    (("--month", "2026-11", "--out-suffix"), None),
])
def test_bad_month_or_year_is_one_sentence(demo: str, tmp_path: Path, args: tuple[str, ...],
                                           word: str | None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    if word is None:
        status, _, err = cli(capsys, "--db", demo, "briefing", "--month", "2026-11", "--out",
                             str(tmp_path / "a.txt"))
        assert status == 2 and ".docx" in one_sentence(err)
        return
    status, _, err = cli(capsys, "--db", demo, "briefing", *args, "--out",
                         str(tmp_path / "a.pdf"))
    assert status == 2 and word in one_sentence(err)
    assert not (tmp_path / "a.pdf").exists()


def test_department_copies_in_both_formats(demo: str, tmp_path: Path) -> None:
    db = Database(demo)
    try:
        for fmt in ("pdf", "docx"):
            folder = tmp_path / fmt
            folder.mkdir()
            written = write_departments(db, parse("2026Q3"), folder,
                                        ts(dt.date(2026, 11, 26), 10), fmt=fmt, **DIRECTOR)
            assert sorted(p.name for p in folder.iterdir()) == sorted(
                w.path.name for w in written)
            assert all(w.path.suffix == f".{fmt}" for w in written)
        gs_pdf = pdf_text(tmp_path / "pdf" / "2026Q3-GS.pdf")
        paragraphs, tables, _doc = docx_text(tmp_path / "docx" / "2026Q3-GS.docx")
        assert "工商分局" in gs_pdf and any("工商分局" in p for p in paragraphs)
        key = next(t for t in tables if t[0][0] == "指标")
        lines = [line.strip() for line in gs_pdf.splitlines()]
        for row in key[1:]:
            i = lines.index(row[0])
            assert lines[i + 1:i + 6] == row[1:], row
    finally:
        db.dispose()


def test_load_profile_in_one_query_equals_the_days_series(demo: str) -> None:
    """The quarter's hourly waiting profile (one query) is the average of day_series'
    5-minute samples, day by day, as the live chart draws them."""
    import zoneinfo

    from sqlalchemy import select

    from app.figures.series import FIRST_HOUR, LAST_HOUR, day_series, hourly_waiting
    from models import Ticket

    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    db = Database(demo)
    try:
        with db.read() as session:
            for now in (ts(dt.date(2026, 11, 26), 10), ts(dt.date(2026, 9, 29), 11)):
                days = sorted({d for (d,) in session.execute(select(Ticket.day).where(
                    Ticket.day < dt.date(2026, 10, 1)))})
                sums = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0.0)
                counts = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0)
                for day in days:
                    series = day_series(session, day, tz, now)
                    for t, n in zip(series.times, series.waiting, strict=True):
                        if int(t) in sums:
                            sums[int(t)] += n
                            counts[int(t)] += 1
                expected = [(h, sums[h] / counts[h] if counts[h] else 0.0) for h in sums]
                got = hourly_waiting(session, dt.date(2026, 7, 1), dt.date(2026, 10, 1), tz,
                                     now)
                assert got is not None
                assert [h for h, _ in got] == [h for h, _ in expected]
                assert [round(v, 9) for _, v in got] == [round(v, 9) for _, v in expected]
            assert hourly_waiting(session, dt.date(2025, 1, 1), dt.date(2025, 4, 1), tz,
                                  now) is None
    finally:
        db.dispose()


def test_hostile_text_in_both_formats(demo: str) -> None:
    """A bell, a line separator and a form feed in the director's text: the PDF and
    the Word copy are still written, the Word copy without what XML cannot hold; a line
    separator or form feed starts a new paragraph in both."""
    from app.briefing import save_note
    from app.briefing.word import clean

    assert clean("甲\x07乙\ud800丙\u2028丁\x0c") == "甲乙丙\u2028丁"
    db = Database(demo)
    now = ts(dt.date(2026, 11, 26), 10)
    try:
        with db.write() as session:
            save_note(session, "2026Q3", "一、铃声\x07在此\u2028分行。\n二、换页\x0c之后。",
                      now=now, **DIRECTOR)
        _b, pdf = build(db, parse("2026Q3"), now)
        _b, word = build(db, parse("2026Q3"), now, fmt="docx")
    finally:
        db.dispose()
    assert "铃声" in pdf_text(pdf)
    paragraphs, _tables, _doc = docx_text(word)
    at = paragraphs.index("一、铃声在此")
    assert paragraphs[at:at + 4] == ["一、铃声在此", "分行。", "二、换页", "之后。"]


def test_word_copy_without_a_chinese_truetype_font(demo: str, monkeypatch: pytest.MonkeyPatch
                                                   ) -> None:
    """A machine without any Chinese TrueType font (ReportLab's CID fallback, which has
    no outlines for a bitmap): the Word copy is still written, each chart replaced by a
    sentence saying why and what to install; the installed package failed here with a
    traceback."""
    from app.briefing import fonts
    from app.briefing.word import NO_CHART

    monkeypatch.delenv(fonts.PDF_FONT_ENV, raising=False)
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    monkeypatch.setattr(fonts, "_CHOSEN", None)
    monkeypatch.setattr(fonts, "_SET", None)
    monkeypatch.setattr(fonts, "_official", lambda role, base: base)
    db = Database(demo)
    try:
        _b, word = build(db, parse("2026Q3"), ts(dt.date(2026, 11, 26), 10), fmt="docx")
    finally:
        db.dispose()
    assert fonts.register_font().name == fonts.FALLBACK
    paragraphs, tables, _doc = docx_text(word)
    assert paragraphs.count(NO_CHART) >= 2 and tables
