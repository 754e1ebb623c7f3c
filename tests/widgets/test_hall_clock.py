"""Dates and times are the hall's, not the machine's: on a machine set to UTC, at
00:10 on New Year's Day in Shanghai (still 31 December in UTC) the export names, the
shown times, the date filters, the lock-out time and the daily backup's name all read
the Shanghai date and time, and "today" comes from the context's clock."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtWidgets import QFileDialog

from app.db import Database
from app.io import backup
from app.records import risks as risk_svc
from app.security import audit
from app.security.accounts import LoginFailed, add_user, login
from widgets.audit.page import AuditPage
from widgets.complaints.page import ComplaintsPage
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.risks.page import RiskRegisterPage
from widgets.security.dialogs import failure_text

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2027, 1, 1, 0, 10, tzinfo=SHANGHAI).timestamp()


@pytest.fixture(autouse=True)
def utc_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone is UTC, where ``AT`` is still 31 December, 16:10."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    assert dt.datetime.fromtimestamp(AT).strftime("%Y-%m-%d %H:%M") == "2026-12-31 16:10"
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def _offered_name(monkeypatch: pytest.MonkeyPatch, ask: Callable[[], None]) -> str:
    """The file name the export's save dialog offers (the dialog is cancelled)."""
    offered: list[str] = []

    def dialog(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    ask()
    assert len(offered) == 1
    return offered[0]


def _window(qtbot: QtBot, db: Database, role: str) -> MainWindow:
    window = MainWindow(AppContext(db, f"test:{role}", clock=lambda: AT, role=role),
                        remember=False)
    qtbot.addWidget(window)
    return window


def test_risk_register_export_name_and_detail_times(qtbot: QtBot, db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with db.write() as session:
        risk_svc.create(session, "LZ-SH-001", {
            "category": "审核类", "risk_type": "岗位职责", "post": "收费岗",
            "procedure": "收费", "description": "超标准收费", "likelihood": 4,
            "impact": 3, "measures": "票款分离", "responsible": "张三",
            "department": "GS", "phase": "控制"}, actor="test:office", role="office", now=AT)
    window = _window(qtbot, db, "director")
    page = window.page("risks")
    assert isinstance(page, RiskRegisterPage)
    page.load_now()
    assert _offered_name(monkeypatch, page._ask_export) == "廉政风险点-20270101.xlsx"
    page.select(page.rows[0].id)
    shown = page.detail.toPlainText()
    assert "2027-01-01 00:10" in shown and "2026-12-31" not in shown
    window.close()


def test_audit_log_export_name_times_and_date_filter(qtbot: QtBot, db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with db.write() as session:
        audit.record(session, "li", "alert.ack", "alert", "k1", {"n": 1}, ts=AT)
    window = _window(qtbot, db, "auditor")
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.model.loading and "match" in page.count_label.text(),
                    timeout=10000)
    assert _offered_name(monkeypatch, page._ask_export) == "审计日志-20270101.xlsx"
    times = [page.model.text(r, 1) for r in page.model.rows if r.actor == "li"]
    assert times == ["2027-01-01 00:10:00"]
    page.show_entry(next(r for r in page.model.rows if r.actor == "li"))
    assert "2027-01-01 00:10:00" in page.entry_label.text()
    assert page.from_date.date().toPyDate() == page.to_date.date().toPyDate() == dt.date(
        2027, 1, 1)
    # "to" the hall's New Year's Day includes the entry made at 00:10 that day
    page.set_filter(start=dt.date(2027, 1, 1), last=dt.date(2027, 1, 1), actor="li")
    qtbot.waitUntil(lambda: not page.model.loading and "match" in page.count_label.text(),
                    timeout=10000)
    assert [r.actor for r in page.model.rows] == ["li"]
    window.close()


def test_complaint_ledger_date_filter_ends_on_the_halls_today(qtbot: QtBot,
                                                              db: Database) -> None:
    window = _window(qtbot, db, "director")
    page = window.page("complaints")
    assert isinstance(page, ComplaintsPage)
    page.load_now()
    assert page.ui.date_to.date().toPyDate() == dt.date(2027, 1, 1)
    assert page.ui.date_from.date().toPyDate() == dt.date(2026, 12, 2)
    window.close()


def test_the_lock_out_ends_at_the_halls_time(db: Database) -> None:
    with db.write() as session:
        add_user(session, "wang", "director", "Hall-desk 2026", "test")
    for i in range(5):                    # locked for 15 minutes, until AT
        with pytest.raises(LoginFailed):
            login(db, "wang", f"Wrong-pass {i}", now=AT - 900)
    with pytest.raises(LoginFailed) as refused:
        login(db, "wang", "Hall-desk 2026", now=AT - 600)
    assert refused.value.kind == "locked"
    assert "until 00:10 " in str(refused.value)
    assert "until 00:10 " in failure_text(refused.value)


def test_the_daily_backup_is_named_by_the_halls_clock(db: Database, tmp_path: Path) -> None:
    result = backup.auto_backup(db, tmp_path, 3, actor="t", role="office", now=AT)
    assert result.info is not None
    assert [p.name for p in backup.backups_in(tmp_path)] == [
        "halldesk-20270101-001000.hdbak"]
    again = backup.auto_backup(db, tmp_path, 3, actor="t", role="office", now=AT + 3600)
    assert again.info is None                # the hall's today has its backup already
