"""The ledger as it is used (issue 18, 7b/7c/7e): the follow-up call records the
citizen's satisfaction and a dissatisfied citizen reopens the rectification; entries
carry a category and a handler that the ledger filters and counts by and the
briefing splits by; a published day without completions says so."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.briefing.complaints import complaint_section
from app.config import ComplaintCategories, store_complaint_categories
from app.db import Database
from app.display.board import load_day
from app.display.publish import render_html
from app.errors import UserError
from app.figures.period import Period
from app.records import complaint_rules as rules
from app.records import complaints as svc
from app.records import ledger
from app.security.accounts import add_user
from models import AuditEntry, ComplaintStep
from tests.app.complaint_helpers import NOW, TZ, drive, entry, register, step
from tests.app.display_helpers import MONDAY, case_events, ts
from tests.app.display_helpers import feed as feed_cases
from tests.cli_helpers import cli


def _history(db: Database, cid: int) -> list[tuple[str, str | None, str]]:
    with db.read() as session:
        return [(s.action, s.from_state, s.to_state) for s in session.scalars(
            select(ComplaintStep).where(ComplaintStep.complaint_id == cid)
            .order_by(ComplaintStep.id))]


def _audit(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(a.action, a.detail) for a in session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


# -- 7b: satisfaction at the follow-up -------------------------------------------------
def test_a_dissatisfied_citizen_reopens_the_rectification(db: Database) -> None:
    cid = register(db)
    drive(db, cid, "rectifying")
    first_due = entry(db, cid).rectify_due
    step(db, cid, "follow_up", follow_up="群众认为态度仍未改善", satisfaction="不满意",
         at=NOW + 86400 * 6)
    e = entry(db, cid)
    assert e.state == rules.RECTIFYING and e.satisfaction == rules.DISSATISFIED
    assert e.rectify_due is not None and first_due is not None and e.rectify_due > first_due
    assert _history(db, cid)[-1] == (rules.REOPEN, rules.RECTIFYING, rules.RECTIFYING)
    action, detail = _audit(db)[-1]
    assert action == "complaint.reopen"
    assert json.loads(detail)["satisfaction"] == rules.DISSATISFIED
    # it cannot close: only a follow-up (or voiding) is allowed from here
    with pytest.raises(UserError, match="only possible from"):
        step(db, cid, "close")
    step(db, cid, "follow_up", follow_up="再次回访，群众表示满意",
         satisfaction="basically_satisfied")
    assert entry(db, cid).state == rules.FOLLOWED_UP
    assert entry(db, cid).satisfaction == rules.BASICALLY_SATISFIED
    assert _audit(db)[-1][0] == "complaint.follow_up"
    step(db, cid, "close")
    assert entry(db, cid).state == rules.CLOSED


@pytest.mark.parametrize("given", [None, "", "还行", "very"])
def test_a_follow_up_needs_one_of_the_three_answers(db: Database, given: str | None) -> None:
    cid = register(db)
    drive(db, cid, "rectifying")
    with pytest.raises(UserError, match="满意, 基本满意, 不满意"):
        step(db, cid, "follow_up", follow_up="回访", satisfaction=given)
    assert entry(db, cid).state == rules.RECTIFYING


def test_the_detail_shows_the_satisfaction(db: Database) -> None:
    cid = register(db)
    drive(db, cid, "followed_up")
    with db.read() as session:
        shown = ledger.detail(session, cid, rules.DIRECTOR, NOW)
    assert shown.satisfaction == rules.SATISFIED


# -- 7c: category and handler ------------------------------------------------------------
def _accounts(db: Database) -> None:
    with db.write() as session:
        add_user(session, "boss", rules.DIRECTOR, "Secret-Pass-1", "test:setup")
        add_user(session, "li", rules.OFFICE, "Secret-Pass-2", "test:setup", by_role="director")


def test_category_and_handler_are_checked_filtered_and_counted(db: Database) -> None:
    _accounts(db)
    a = register(db)
    b = register(db, content="大厅空调太冷")
    register(db, content="未分类的投诉")
    with db.write() as session:
        svc.assign(session, a, category="服务态度", handler="li", actor="test:office",
                   role="office", now=NOW)
        svc.assign(session, b, category="环境设施", handler=None, actor="test:office",
                   role="office", now=NOW)
    with db.write() as session, pytest.raises(UserError, match="not one of"):
        svc.assign(session, b, category="天气", handler=None, actor="x", role="office", now=NOW)
    with db.write() as session, pytest.raises(UserError, match="not an account in use"):
        svc.assign(session, b, category="环境设施", handler="nobody", actor="x",
                   role="office", now=NOW)
    with db.write() as session, pytest.raises(UserError, match="cannot set"):
        svc.assign(session, b, category="其他", handler=None, actor="x", role="inspector",
                   now=NOW)
    with db.read() as session:
        rows = ledger.load_rows(session, rules.DIRECTOR, NOW)
        sql_counts = ledger.count_entries(session, NOW)
        choices = ledger.choices(session)
    index = ledger.LedgerIndex(rows)
    assert [r.id for r in index.select(ledger.LedgerFilter(category="服务态度"))] == [a]
    assert [r.id for r in index.select(ledger.LedgerFilter(handler="li"))] == [a]
    assert index.select(ledger.LedgerFilter(category="廉洁问题")) == []
    counts = ledger.count(rows)
    assert counts.by_category == {"服务态度": 1, "环境设施": 1, "": 1}
    assert counts.by_handler == {"li": 1, "": 2}
    assert sql_counts.by_category == counts.by_category
    assert sql_counts.by_handler == counts.by_handler
    assert choices.categories == ComplaintCategories().categories
    assert ("li", "li") in choices.handlers
    assert _history(db, a)[-1][0] == "assign"
    assert [x for x, _ in _audit(db)].count("complaint.assign") == 2


def test_the_categories_come_from_the_rules_settings(db: Database) -> None:
    with db.write() as session:
        store_complaint_categories(session, ComplaintCategories(("服务态度", "收费问题")))
    with db.write() as session:
        entry_ = svc.register(session, source="phone", content="乱收费",
                              registered_at=NOW - 60, category="收费问题", actor="test:x",
                              role="office", now=NOW)
        assert entry_.category == "收费问题"
    with db.write() as session, pytest.raises(UserError, match="服务态度, 收费问题"):
        svc.register(session, source="phone", content="x", registered_at=NOW - 60,
                     category="环境设施", actor="test:x", role="office", now=NOW)


def test_the_briefing_splits_complaints_by_category(db: Database) -> None:
    a = register(db)
    register(db, content="第二件")
    with db.write() as session:
        svc.assign(session, a, category="办事效率", handler=None, actor="test:office",
                   role="office", now=NOW)
    period = Period(dt.date(2026, 7, 1), dt.date(2026, 10, 1), TZ)
    with db.read() as session:
        section = complaint_section(session, period, NOW, None)
    assert section.categories == ComplaintCategories().categories
    assert section.by_category == {"办事效率": 1, "": 1}


# -- 7e: a published day without completions -------------------------------------------
def test_a_day_without_completions_names_the_last_day_with_some(db: Database) -> None:
    feed_cases(db, case_events("C1", MONDAY - dt.timedelta(days=3), 10, "张三"))
    day = MONDAY + dt.timedelta(days=1)
    with db.read() as session:
        page = load_day(session, day, ts(day, 20))
    assert page.cases == [] and page.last_completed == MONDAY - dt.timedelta(days=3)
    text = render_html(page, TZ)
    assert "无办结事项" in text and "2026年9月11日" in text and "<table" not in text


def test_publish_says_which_day_last_had_completions(db_url: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    db = Database(db_url)
    try:
        feed_cases(db, case_events("C1", MONDAY, 10, "张三"))
    finally:
        db.dispose()
    out = tmp_path / "page.html"
    status, stdout, err = cli(capsys, "--db", db_url, "publish", "--date", "2026-09-16",
                              "--out", str(out))
    assert status == 0, err
    assert "No case was completed on 2026-09-16" in stdout and "2026-09-14" in stdout
    assert "2026年9月14日" in out.read_text(encoding="utf-8")
    status, stdout, err = cli(capsys, "--db", db_url, "publish", "--date", "2026-09-01",
                              "--out", str(out))
    assert status == 0 and "or before" in stdout
    assert "此前尚无办结记录" in out.read_text(encoding="utf-8")

