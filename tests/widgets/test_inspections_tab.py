"""The inspections tab: the quarter's rounds and findings, narrowing by a repeat
offender, a finding opening a ledger entry, linked to a risk point and voided (the
score follows), the spreadsheet export read back with openpyxl, buttons by role,
and every table model through the model tester."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.db import Database
from app.figures import Period, compute
from app.records import inspections as svc
from app.records import risks as risk_svc
from models import Complaint, RiskLink
from widgets.context import AppContext
from widgets.inspections.page import InspectionsPage
from widgets.main_window import MainWindow

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 9, 15, 16, tzinfo=TZ).timestamp()
DAY = 86400


def _rounds(db: Database) -> None:
    """Three rounds this quarter: W01 fails the badge in all, W02 the desk once."""
    with db.write() as session:
        risk_svc.create(session, "LZ-GG-002", {
            "category": "公共类", "risk_type": "思想道德", "post": "窗口岗", "procedure": "接待",
            "description": "服务态度", "likelihood": 3, "impact": 3, "measures": "巡查",
            "responsible": "张三", "department": "GS", "phase": "控制"},
            actor="test:office", role="office", now=NOW - 40 * DAY)
        for n, back in enumerate((20, 10, 1)):
            at = NOW - back * DAY
            who = {"actor": "test:inspector", "role": "inspector"}
            rid = svc.start_round(session, now=at, **who).id
            svc.record(session, rid, "W01", "badge", outcome="fail", note=f"未挂牌{n}",
                       now=at + 60, **who)
            if n == 1:
                svc.record(session, rid, "W02", "tidy", outcome="fail", note="杂物",
                           now=at + 120, **who)
            for w in ("W01", "W02", "W03"):
                svc.pass_rest(session, rid, w, now=at + 200, **who)
            svc.finish(session, rid, now=at + 300, **who)


def _page(qtbot: QtBot, db: Database, role: str) -> Iterator[InspectionsPage]:
    window = MainWindow(AppContext(db, f"test:{role}", clock=lambda: NOW, role=role),
                        remember=False)
    qtbot.addWidget(window)
    page = window.page("inspections")
    assert isinstance(page, InspectionsPage)
    page.warn = lambda text: pytest.fail(text)
    page.load_now()
    yield page
    window.close()


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[InspectionsPage]:
    _rounds(db)
    yield from _page(qtbot, db, "director")


def test_the_quarter_at_a_glance(page: InspectionsPage) -> None:
    assert page.quarter.currentText() == "2026Q3"
    assert page.totals.text() == ("3 rounds · 9 window visits · 4 findings (0.4 points) · "
                                  "1 repeat offenders")
    assert page.rounds_model.rowCount() == 3
    assert page.rounds_proxy.index(0, 0).data() == "XC-20260914-01"     # newest first
    assert [page.repeat_proxy.index(0, c).data() for c in range(3)] == ["W01", "挂工作牌", "3"]
    items = {page.items_proxy.index(r, 0).data(): page.items_proxy.index(r, 1).data()
             for r in range(page.items_proxy.rowCount())}
    assert items["挂工作牌"] == "3" and items["台面整洁"] == "1" and items["在岗"] == "0"
    assert page.items_proxy.index(0, 0).data() == "挂工作牌"            # most findings first
    assert page.windows_proxy.index(0, 0).data().startswith("W01")


def test_narrowing_by_a_repeat_offender_and_a_round(page: InspectionsPage) -> None:
    assert len(page.visible_findings()) == 4
    page.repeat.clicked.emit(page.repeat_proxy.index(0, 1))
    shown = page.visible_findings()
    assert {(f.window, f.item) for f in shown} == {("W01", "挂工作牌")} and len(shown) == 3
    assert page.filter_label.text() == "3 findings — W01 · 挂工作牌"
    page.rounds.clicked.emit(page.rounds_proxy.index(1, 0))            # the middle round
    assert sorted(f.window for f in page.visible_findings()) == ["W01", "W02"]
    page.show_all.click()
    assert len(page.visible_findings()) == 4


def test_a_finding_opens_a_complaint_links_a_risk_and_is_voided(
        qtbot: QtBot, page: InspectionsPage, db: Database) -> None:
    q3 = Period(dt.date(2026, 7, 1), dt.date(2026, 10, 1), page.loaded.period.tz)  # type: ignore[union-attr]
    tidy = next(f for f in page.visible_findings() if f.item == "台面整洁")
    page.open_complaint(tidy.id)
    qtbot.waitUntil(lambda: any(f.complaint for f in page.visible_findings()), timeout=5000)
    with db.read() as session:
        entry = session.query(Complaint).one()
    assert entry.source == "inspection"
    assert entry.content == "巡查XC-20260905-01发现：台面整洁不合格。杂物"
    assert page.select_finding(tidy.id)
    assert page.current_finding().complaint == entry.code  # type: ignore[union-attr]
    page.link_risk(tidy.id, "LZ-GG-002", "台面杂乱")
    qtbot.waitUntil(lambda: page.status.text() == "Linked to risk point LZ-GG-002", timeout=5000)
    with db.read() as session:
        assert session.query(RiskLink).one().finding_id == tidy.id
        assert compute(session, q3, NOW, ["W02"]).windows["W02"].score == pytest.approx(99.9)
    page.void(tidy.id, "复核：台面为办事材料，不计")
    qtbot.waitUntil(lambda: len(page.visible_findings()) == 3, timeout=5000)
    with db.read() as session:
        assert compute(session, q3, NOW, ["W02"]).windows["W02"].score == 100.0


def test_export_writes_every_sheet(qtbot: QtBot, page: InspectionsPage, tmp_path: Path) -> None:
    target = tmp_path / "巡查.xlsx"
    page.export_file(str(target))
    qtbot.waitUntil(lambda: page.status.text().startswith("4 findings exported"), timeout=5000)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["巡查问题", "按检查项", "按窗口", "重复问题", "巡查轮次"]
    rows = list(book["巡查问题"].iter_rows(values_only=True))
    assert rows[0][:9] == ("编号", "巡查轮次", "巡查人", "发现时间", "窗口", "部门", "检查项",
                           "说明", "扣分")
    assert len(rows) == 5
    assert {r[4] for r in rows[1:]} == {"W01", "W02"}
    assert isinstance(rows[1][3], dt.datetime)
    repeat = list(book["重复问题"].iter_rows(values_only=True))
    assert repeat[1][:4] == ("W01", "工商分局", "挂工作牌", 3)
    book.close()


def test_buttons_follow_the_role(qtbot: QtBot, db: Database) -> None:
    _rounds(db)
    for role, complaint, void in (("director", True, True), ("office", True, False),
                                  ("auditor", False, False)):
        page = InspectionsPage(AppContext(db, f"test:{role}", clock=lambda: NOW, role=role))
        qtbot.addWidget(page)
        page.load_now()
        assert page.buttons["complaint"].isVisibleTo(page) == complaint, role
        assert page.buttons["void"].isVisibleTo(page) == void, role
        assert page.findings_model.rowCount() == 4                  # every role reads


def test_every_model_passes_the_model_tester(qtmodeltester: ModelTester,
                                             page: InspectionsPage) -> None:
    for model in (page.rounds_model, page.findings_model, page.items_model,
                  page.windows_model, page.repeat_model, page.findings_proxy,
                  page.repeat_proxy):
        qtmodeltester.check(model)
    page.narrow(window="W02")
    qtmodeltester.check(page.findings_proxy)


def test_the_start_page_shows_the_last_round_and_the_windows_not_inspected(
        qtbot: QtBot, db: Database) -> None:
    with db.write() as session:
        who = {"actor": "test:inspector", "role": "inspector"}
        rid = svc.start_round(session, now=NOW - 3600, **who).id
        svc.record(session, rid, "W02", "tidy", outcome="fail", note="杂物", now=NOW - 3500,
                   **who)
        svc.pass_rest(session, rid, "W02", now=NOW - 3400, **who)
        svc.finish(session, rid, now=NOW - 3000, **who)
    for page in _page(qtbot, db, "director"):
        text = page.last_round.text()
        assert text.startswith("Last round XC-20260915-01 by test:inspector, 2026-09-15 15:00")
        assert "1 windows visited, 1 findings — W02 台面整洁" in text
        assert page.unvisited.text() == "Not inspected this quarter (2): W01 W03"
