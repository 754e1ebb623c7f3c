"""Integrity risk register rules and services (docs/spec/records.md): grading at every
threshold, escalation, approval by the director only and re-approval after a change,
review dates by grade, flags, links, retiring; every change audited, nothing deleted."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from app.config import RiskGrading
from app.db import Database
from app.errors import UserError
from app.records import complaints as complaint_svc
from app.records import risk_register as register
from app.records import risk_rules as rules
from app.records import risks as svc
from models import AuditEntry, RiskPoint, RiskStep

TZ = dt.timezone(dt.timedelta(hours=8))
DAY = dt.date(2026, 9, 15)
NOW = dt.datetime.combine(DAY, dt.time(10), TZ).timestamp()
G = RiskGrading()


def later(days: int) -> float:
    return NOW + days * 86400


def values(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "category": "审核类", "risk_type": "岗位职责风险", "post": "审核审批岗",
        "procedure": "材料审查", "description": "对不符合条件的申请降低标准予以审批",
        "likelihood": 3, "impact": 4, "measures": "实行A、B岗审核，每月抽查",
        "responsible": "张三", "department": "GS", "phase": "预防"}
    base.update(over)
    return base


def add(db: Database, code: str = "LZ-SH-001", **over: Any) -> int:
    with db.write() as session:
        return svc.create(session, code, values(**over), actor="test:office",
                          role="office", now=NOW).id


def do(db: Database, func: Any, *args: Any, role: str = "director", now: float = NOW,
       **kw: Any) -> Any:
    with db.write() as session:
        return func(session, *args, actor=f"test:{role}", role=role, now=now, **kw)


def row(db: Database, pid: int, now: float = NOW) -> register.RegisterRow:
    with db.read() as session:
        return next(r for r in register.load_rows(session, now, include_retired=True)
                    if r.id == pid)


# -- grading ---------------------------------------------------------------------------
@pytest.mark.parametrize(("likelihood", "impact", "grade"), [
    (5, 5, 1), (4, 4, 1), (5, 3, 1), (3, 5, 1),      # 25, 16, 15 (the floor): 一级
    (2, 7, 2), (3, 4, 2), (3, 3, 2), (2, 4, 2),      # 14 (the ceiling), 12, 9, 8: 二级
    (1, 7, 3), (2, 3, 3), (1, 5, 3), (1, 1, 3),      # 7 (the ceiling), 6, 5, 1: 三级
])
def test_grade_from_the_score(likelihood: int, impact: int, grade: int) -> None:
    assert rules.score_grade(likelihood, impact, G) == grade


def test_grade_at_every_score() -> None:
    for li in rules.LEVELS:
        for im in rules.LEVELS:
            score = li * im
            expected = 1 if score >= 15 else 2 if score >= 8 else 3
            assert rules.score_grade(li, im, G) == expected, score
    assert rules.score_grade(3, 5, RiskGrading(high_from=16)) == 2           # configurable
    assert rules.score_grade(2, 3, RiskGrading(medium_from=6)) == 2


def test_escalation_raises_one_grade_and_never_past_the_first() -> None:
    assert rules.grade_in_force(1, 1, True, G) == 2
    assert rules.grade_in_force(2, 4, True, G) == 1
    assert rules.grade_in_force(5, 5, True, G) == 1


def test_labels_and_keys() -> None:
    assert rules.risk_type_key("思想道德风险") == "ethics"
    assert rules.risk_type_key("制度机制") == "system"
    assert rules.category_key("民生类") == "livelihood"
    assert rules.phase_key("评估验收") == "evaluate"
    assert rules.grade_key("二级") == 2 and rules.grade_key("四级") is None
    assert rules.suggested_code("review", ["LZ-SH-001", "LZ-SH-007", "LZ-GL-009"]) == "LZ-SH-008"


# -- services --------------------------------------------------------------------------
def test_create_grades_and_audits(db: Database) -> None:
    pid = add(db, likelihood=3, impact=5)
    r = row(db, pid)
    assert (r.grade, r.score, r.category, r.risk_type, r.phase) == (1, 15, "review", "duty",
                                                                   "prevent")
    assert r.department_name == "工商分局" and r.flags.unapproved
    with db.read() as session:
        assert session.scalars(select(AuditEntry.action)).all()[-1] == "risk.create"


def test_bad_fields_name_what_and_change_nothing(db: Database) -> None:
    for over, words in [({"likelihood": 6}, "likelihood"), ({"impact": "高"}, "impact"),
                        ({"category": "其他类"}, "category"), ({"department": "XX"}, "XX"),
                        ({"post": " "}, "post"), ({"phase": "整改"}, "phase")]:
        with pytest.raises(UserError, match=words):
            add(db, **over)
    with pytest.raises(UserError, match="not like"):
        add(db, code="风险1")
    add(db)
    with pytest.raises(UserError, match="already"):
        add(db)
    with db.read() as session:
        assert len(session.scalars(select(RiskPoint)).all()) == 1


def test_only_the_director_approves(db: Database) -> None:
    pid = add(db)
    for role in ("office", "inspector", "auditor"):
        with pytest.raises(UserError, match="cannot approve"):
            do(db, svc.approve, pid, role=role)
    with pytest.raises(UserError, match="cannot"):
        do(db, svc.update, pid, {"likelihood": 1}, role="auditor")
    point = do(db, svc.approve, pid)
    assert point.approved_by == "test:director"
    with pytest.raises(UserError, match="approved already"):
        do(db, svc.approve, pid)


@pytest.mark.parametrize(("likelihood", "impact", "days"), [(5, 3, 90), (2, 4, 180),
                                                             (1, 1, 360)])
def test_review_dates_by_grade(db: Database, likelihood: int, impact: int, days: int) -> None:
    pid = add(db, likelihood=likelihood, impact=impact)
    assert do(db, svc.approve, pid).next_review == DAY + dt.timedelta(days=days)
    point = do(db, svc.record_review, pid, "措施落实到位", role="office", now=later(30))
    assert point.next_review == DAY + dt.timedelta(days=30 + days)


def test_change_after_approval_needs_reapproval(db: Database) -> None:
    pid = add(db, likelihood=2, impact=4)
    do(db, svc.approve, pid)
    point = do(db, svc.update, pid, {"measures": "增加视频监控"}, role="office")
    assert point.approved_at is None and point.revision == 2
    with pytest.raises(UserError, match="approves it first"):
        do(db, svc.record_review, pid, "评估", role="office")
    with pytest.raises(UserError, match="Nothing was changed"):
        do(db, svc.update, pid, {"measures": "增加视频监控"}, role="office")
    do(db, svc.approve, pid)
    with db.read() as session:
        steps = session.scalars(select(RiskStep.action).where(RiskStep.risk_id == pid)
                                .order_by(RiskStep.id)).all()
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.action != "access.denied").order_by(AuditEntry.seq)).all()
    assert steps == ["create", "approve", "update", "approve"]
    assert actions[-3:] == ["risk.approve", "risk.update", "risk.approve"]


def test_escalation_with_a_reason(db: Database) -> None:
    pid = add(db, likelihood=2, impact=4)
    do(db, svc.approve, pid)
    with pytest.raises(UserError, match="escalation reason is empty"):
        do(db, svc.escalate, pid, " ")
    point = do(db, svc.escalate, pid, "上级通报同类案件", role="office")
    assert point.grade == 1 and point.approved_at is None
    with pytest.raises(UserError, match="escalated already"):
        do(db, svc.escalate, pid, "再次")
    # the grade follows the score: 5×5 is 一级 already, so the escalation is refused
    with pytest.raises(UserError, match="cannot be escalated further"):
        do(db, svc.update, pid, {"likelihood": 5, "impact": 5}, role="office")
    point = do(db, svc.update, pid, {"escalation_reason": None, "likelihood": 1},
               role="office")
    assert point.grade == 3
    top = add(db, "LZ-SH-002", likelihood=5, impact=5)
    with pytest.raises(UserError, match="further"):
        do(db, svc.escalate, top, "理由")


def test_flags(db: Database) -> None:
    pid = add(db, likelihood=5, impact=5)
    do(db, svc.approve, pid)
    assert not row(db, pid).flags.flagged and not row(db, pid).flags.due
    assert row(db, pid, later(60)).flags.due and not row(db, pid, later(60)).flags.flagged
    assert not row(db, pid, later(90)).flags.review_overdue        # due that day
    assert row(db, pid, later(91)).flags.review_overdue            # passed
    do(db, svc.record_review, pid, "已评估", role="office", now=later(91))
    assert not row(db, pid, later(91)).flags.flagged


def _substantiated_complaint(db: Database, at: float) -> str:
    with db.write() as session:
        entry = complaint_svc.register(session, source="phone", content="收取好处费",
                                       registered_at=at, window="W01", actor="test:office",
                                       role="office", now=at)
        code = entry.code
        for action, fields in (("verify", {}), ("substantiate", {"finding": "属实"})):
            complaint_svc.apply_step(session, action,
                                     complaint_svc.StepRequest(entry.id, **fields),
                                     actor="test:office", role="office", now=at)
    return code


def test_substantiated_complaint_linked_since_review_flags(db: Database) -> None:
    pid = add(db)
    do(db, svc.approve, pid)
    code = _substantiated_complaint(db, later(1))
    with pytest.raises(UserError, match="not in the complaint ledger"):
        do(db, svc.link, pid, "complaint", "TS-NONE", role="office", now=later(2))
    link = do(db, svc.link, pid, "complaint", code, "窗口人员收受好处", role="office",
              now=later(2))
    with pytest.raises(UserError, match="already"):
        do(db, svc.link, pid, "complaint", code, role="office", now=later(2))
    r = row(db, pid, later(2))
    assert r.flags.complaint and r.flags.flagged and r.links == 1
    assert r.approved_at is not None                   # a link is not a change
    do(db, svc.record_review, pid, "已约谈，完善制度", role="office", now=later(3))
    assert not row(db, pid, later(3)).flags.complaint
    do(db, svc.unlink, link.id, "关联错误", role="office", now=later(4))
    assert row(db, pid, later(4)).links == 0
    with db.read() as session:
        shown = register.detail(session, pid)
    assert shown.links[0].target == code and shown.links[0].unlink_reason == "关联错误"
    assert [s.action for s in shown.steps][-2:] == ["review", "unlink_complaint"]


def test_a_finding_must_exist(db: Database) -> None:
    pid = add(db)
    with pytest.raises(UserError, match="finding '1' does not exist"):
        do(db, svc.link, pid, "finding", "1", role="inspector")
    with pytest.raises(UserError, match="complaint or a finding"):
        do(db, svc.link, pid, "photo", "1", role="inspector")


def test_retired_not_deleted(db: Database) -> None:
    pid = add(db)
    with pytest.raises(UserError, match="reason for retiring is empty"):
        do(db, svc.retire, pid, "", role="office")
    do(db, svc.retire, pid, "岗位撤并", role="office")
    with db.read() as session:
        assert register.load_rows(session, NOW) == []
        assert len(register.load_rows(session, NOW, include_retired=True)) == 1
    with pytest.raises(UserError, match="retired"):
        do(db, svc.approve, pid)
    with pytest.raises(Exception, match=r"never deleted|refused"), db.write() as session:
        session.execute(delete(RiskPoint))
    with pytest.raises(Exception, match=r"append-only|refused"), db.write() as session:
        session.execute(text("UPDATE risk_step SET note = 'x'"))


def test_stale_revision_refused(db: Database) -> None:
    pid = add(db)
    do(db, svc.update, pid, {"post": "窗口受理岗"}, role="office")
    with pytest.raises(UserError, match="was changed by"):
        do(db, svc.update, pid, {"post": "收费岗"}, role="office", revision=1)


def test_matrix_and_heat(db: Database) -> None:
    add(db, "LZ-SH-001", likelihood=5, impact=5)
    add(db, "LZ-SH-002", likelihood=1, impact=1)
    add(db, "LZ-GL-001", category="管理类", likelihood=5, impact=5)
    with db.read() as session:
        rows = register.load_rows(session, NOW)
    m, h = register.matrix(rows), register.heat(rows)
    assert len(m) == 18 and len(h) == 25
    assert m[("review", 1)] == 1 and m[("review", 3)] == 1 and m[("management", 1)] == 1
    assert h[(5, 5)] == 2 and h[(1, 1)] == 1 and sum(h.values()) == 3
