"""The audit log tab: the model passes the model tester and loads page by page, the
filter narrows by account, action, record and date, an entry shows its fields before
and after, the export is a real spreadsheet and is audited, the chain check shows the
head hash; and the reading services refuse roles other than auditor and director."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from app.db import Database
from app.records import complaints as csvc
from app.security import audit, auditlog
from app.security.auditlog import AuditFilter, detail_fields
from app.security.permissions import PermissionDenied
from models import AuditEntry
from widgets.audit.page import AuditPage
from widgets.context import AppContext
from widgets.main_window import MainWindow

SQLITE = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
TZ = dt.timezone(dt.timedelta(hours=8))
T0 = dt.datetime(2026, 9, 15, 10, tzinfo=TZ).timestamp()


def fill(db: Database, n: int) -> None:
    """``n`` entries by two accounts over three days, plus one complaint correction."""
    with db.write() as session:
        for i in range(n):
            audit.record(session, "li" if i % 2 else "zhao", "alert.ack", "alert", f"k{i}",
                         {"n": i}, ts=T0 + (i % 3) * 86400 + i)
        entry = csvc.register(session, source="phone", content="态度生硬", registered_at=T0,
                              window="W01", citizen_name="张小三", actor="wang",
                              role="director", now=T0 + 10)
        csvc.correct(session, entry.id, {"content": "态度生硬，未一次告知"}, reason="补充",
                     actor="wang", role="director", now=T0 + 20)


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[AuditPage]:
    window = MainWindow(AppContext(db, "auditor1", role="auditor", clock=lambda: T0 + 99),
                        remember=False)
    qtbot.addWidget(window)
    found = [p for p in window.pages if isinstance(p, AuditPage)]
    assert len(found) == 1 and len(window.pages) == 1
    yield found[0]
    window.close()


def wait_loaded(qtbot: QtBot, page: AuditPage) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and "match" in page.count_label.text(),
                    timeout=10000)


def test_detail_fields_show_before_and_after() -> None:
    assert detail_fields(json.dumps({"reason": "补充", "changes": {
        "content": ["旧", "新"], "citizen_name": ["张*三", None]}})) == [
        ("reason", "", "补充"), ("content", "旧", "新"), ("citizen_name", "张*三", "—")]
    assert detail_fields(json.dumps({"workday": True, "note": "调休",
                                     "before": {"workday": False, "note": ""}})) == [
        ("workday", "false", "true"), ("note", "", "调休")]
    assert detail_fields(json.dumps({"before": None, "workday": True})) == [
        ("before", "—", ""), ("workday", "", "true")]
    assert detail_fields("not json") == [("detail", "", "not json")]


@SQLITE
def test_model_pages_and_passes_the_model_tester(qtbot: QtBot, page: AuditPage, db: Database,
                                                 qtmodeltester: ModelTester) -> None:
    fill(db, 450)
    page.refresh()
    wait_loaded(qtbot, page)
    model = page.model
    total = 450 + 2 + 1     # the entries, the complaint's two, the hall load
    assert model.total == total
    assert model.rowCount() == auditlog.PAGE
    assert model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * auditlog.PAGE, timeout=10000)
    # an entry written meanwhile does not shift the pages being read
    with db.write() as session:
        audit.record(session, "li", "alert.ack", "alert", "late", {})
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=10000)
    assert not model.canFetchMore()
    seqs = [r.seq for r in model.rows]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == total
    qtmodeltester.check(model)


@SQLITE
def test_filter_and_an_entrys_before_and_after(qtbot: QtBot, page: AuditPage,
                                               db: Database) -> None:
    fill(db, 30)
    page.refresh()
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: page.actor.count() > 2, timeout=10000)
    assert {page.actor.itemText(i) for i in range(page.actor.count())} >= {"li", "zhao",
                                                                          "wang"}
    page.set_filter(actor="li")
    wait_loaded(qtbot, page)
    assert page.model.total == 15 and {r.actor for r in page.model.rows} == {"li"}
    day2 = dt.date(2026, 9, 16)
    page.set_filter(actor="li", start=day2, last=day2)
    wait_loaded(qtbot, page)
    assert {dt.datetime.fromtimestamp(r.ts, TZ).date() for r in page.model.rows} == {day2}
    assert page.model.total == 5
    page.set_filter(action="complaint.")          # every complaint action
    wait_loaded(qtbot, page)
    assert [r.action for r in page.model.rows] == ["complaint.correct", "complaint.register"]
    code = page.model.rows[0].entity_id
    page.set_filter(entity="complaint", entity_id=code, action="complaint.correct")
    wait_loaded(qtbot, page)
    assert page.model.total == 1
    qtbot.waitUntil(lambda: page.fields.rowCount() > 0, timeout=5000)
    shown = [tuple(page.fields.item(r, c).text() for c in range(3))
             for r in range(page.fields.rowCount())]
    assert ("Complaint", "态度生硬", "态度生硬，未一次告知") in shown
    assert ("Reason", "", "补充") in shown
    assert code in page.entry_label.text() and "wang" in page.entry_label.text()
    page.set_filter(actor="nobody")
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 0 and page.fields.rowCount() == 0


@SQLITE
def test_export_is_a_spreadsheet_and_is_audited(qtbot: QtBot, page: AuditPage, db: Database,
                                                tmp_path: Path) -> None:
    fill(db, 10)
    page.set_filter(actor="wang")
    wait_loaded(qtbot, page)
    out = tmp_path / "audit.xlsx"
    page.export_to(str(out))
    qtbot.waitUntil(lambda: "exported" in page.count_label.text(), timeout=10000)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == auditlog.HEADERS
    assert {r[2] for r in rows[1:]} == {"wang"}
    assert ("content", "态度生硬", "态度生硬，未一次告知") in {r[6:9] for r in rows[1:]}
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None
    assert (last.actor, last.action) == ("auditor1", "audit.export")
    assert json.loads(last.detail)["filter"] == {"actor": "wang"}


@SQLITE
def test_verify_chain_shows_the_head_and_a_break(qtbot: QtBot, page: AuditPage,
                                                 db: Database) -> None:
    fill(db, 5)
    page.verify_chain()
    qtbot.waitUntil(lambda: "intact" in page.chain_label.text(), timeout=10000)
    with db.read() as session:
        head = audit.head(session)
    assert head is not None and head.hash in page.chain_label.text()
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET detail = '{}' WHERE seq = 3"))
    page.verify_chain()
    qtbot.waitUntil(lambda: "BROKEN" in page.chain_label.text(), timeout=10000)
    assert "entry 3" in page.chain_label.text()


@pytest.mark.parametrize("role", ["office", "inspector"])
def test_reading_the_log_is_refused_to_other_roles(db: Database, role: str) -> None:
    with db.read() as session, pytest.raises(PermissionDenied, match="cannot read the audit"):
        auditlog.page(session, AuditFilter(), 0, actor=f"test:{role}", role=role)
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.action == "access.denied"
