"""The complaint ledger's rules (docs/spec/records.md): every allowed and refused step,
roles, deadlines across holidays, overdue flags, entries opened by bad evaluations,
corrections and voiding kept in the history, every step audited, nothing deleted."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from app.calendar import WorkCalendar
from app.db import Database
from app.errors import UserError
from app.records import complaints as svc
from app.records import ledger
from app.records.complaint_rules import ACTIONS, STATES, allowed_actions, is_overdue
from models import AuditEntry, Complaint, ComplaintStep
from tests.app.complaint_helpers import (
    ACTOR,
    DAY,
    FIELDS,
    NOW,
    PATHS,
    audit_actions,
    count,
    drive,
    entry,
    evaluation,
    feed,
    register,
    step,
    ts,
)


# -- the state machine -------------------------------------------------------------------
def test_every_step_from_every_state(db: Database) -> None:
    """Each of the 10 steps from each of the 9 states: taken when the spec allows it,
    refused with one sentence (and nothing changed) when it does not."""
    feed(db, [evaluation(f"ev{i}", "W01", 1, minute=i) for i in range(len(STATES) * 10)])
    with db.read() as session:
        ids = list(session.scalars(select(Complaint.id).order_by(Complaint.id)))
    assert len(ids) == len(STATES) * 10
    expected = {
        "registered": {"verify", "appeal", "void"},
        "verifying": {"substantiate", "unsubstantiate", "appeal", "void"},
        "appealed": {"uphold", "accept_appeal", "void"},
        "substantiated": {"rectify", "void"},
        "unsubstantiated": {"close", "void"},
        "rectifying": {"follow_up", "void"},
        "followed_up": {"close", "void"},
        "closed": {"void"},
        "voided": set(),
    }
    targets = {"verify": "verifying", "substantiate": "substantiated",
               "unsubstantiate": "unsubstantiated", "appeal": "appealed",
               "uphold": "verifying", "accept_appeal": "unsubstantiated",
               "rectify": "rectifying", "follow_up": "followed_up", "close": "closed",
               "void": "voided"}
    it = iter(ids)
    for state in STATES:
        for action in ACTIONS:
            cid = next(it)
            drive(db, cid, state)
            before = entry(db, cid)
            steps_before = count(db, "complaint_step")
            if action in expected[state]:
                after = step(db, cid, action, **FIELDS.get(action, {}))
                assert after.state == targets[action], (state, action)
                assert after.revision == before.revision + 1
            else:
                with pytest.raises(UserError) as refused:
                    step(db, cid, action, **FIELDS.get(action, {}))
                message = str(refused.value)
                assert "\n" not in message and message.endswith("."), message
                assert before.code in message, (state, action, message)
                assert entry(db, cid).revision == before.revision
                assert count(db, "complaint_step") == steps_before


def test_an_appeal_is_only_for_an_evaluation(db: Database) -> None:
    cid = register(db)
    with pytest.raises(UserError, match="only an evaluation can be appealed"):
        step(db, cid, "appeal", note="不是我")
    assert "appeal" not in allowed_actions("verifying", "phone", "director", False)
    assert "appeal" in allowed_actions("verifying", "evaluation", "office", False)


def test_appeal_and_rulings_are_in_the_history(db: Database) -> None:
    feed(db, [evaluation("a1", "W01", 2), evaluation("a2", "W02", 1, minute=5)])
    with db.read() as session:
        first, second = session.scalars(select(Complaint.id).order_by(Complaint.id))
    step(db, first, "appeal", role="office", note="群众误按")
    with pytest.raises(UserError, match="office role cannot"):
        step(db, first, "uphold", role="office", note="x")
    step(db, first, "uphold", note="录像显示服务确有不足")
    assert entry(db, first).state == "verifying"
    step(db, second, "appeal", role="office", note="恶意差评")
    step(db, second, "accept_appeal", finding="复核：评价人与窗口有私人纠纷")
    assert entry(db, second).state == "unsubstantiated"
    with db.read() as session:
        history = ledger.detail(session, first, "director", NOW).history
    assert [(s.action, s.from_state, s.to_state, s.actor) for s in history] == [
        ("register", None, "registered", "test:feed"),
        ("appeal", "registered", "appealed", "test:office"),
        ("uphold", "appealed", "verifying", "test:director"),
    ]
    assert history[2].note == "录像显示服务确有不足"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_roles(db: Database) -> None:
    with pytest.raises(UserError, match="auditor role cannot register"):
        register(db, role="auditor")
    cid = register(db, role="inspector")
    for role in ("inspector", "auditor"):
        with pytest.raises(UserError, match=f"{role} role cannot start verifying"):
            step(db, cid, "verify", role=role)
    drive(db, cid, "substantiated")
    with pytest.raises(UserError, match="office role cannot void a substantiated complaint"):
        step(db, cid, "void", role="office", note="搞错了")
    assert "void" not in allowed_actions("substantiated", "phone", "office", True)
    assert step(db, cid, "void", note="录入错误").state == "voided"


def test_steps_need_their_fields(db: Database) -> None:
    cid = register(db, window=None)
    step(db, cid, "verify")
    with pytest.raises(UserError, match=r"verification finding .* is empty"):
        step(db, cid, "substantiate", finding="  ")
    with pytest.raises(UserError, match="names no window"):
        step(db, cid, "substantiate", finding="属实")
    with pytest.raises(UserError, match="'W99' is not a window"):
        step(db, cid, "substantiate", finding="属实", window="W99")
    done = step(db, cid, "substantiate", finding="属实", window="W02")
    assert done.state == "substantiated"
    with db.read() as session:
        assert ledger.load_row(session, cid, "director", NOW).window == "W02"
    with pytest.raises(UserError, match="rectification measures"):
        step(db, cid, "rectify")


def test_a_stale_revision_is_refused(db: Database) -> None:
    cid = register(db)
    step(db, cid, "verify", revision=1)
    with pytest.raises(UserError, match="was changed by"):
        step(db, cid, "unsubstantiate", finding="不属实", revision=1)


# -- deadlines ------------------------------------------------------------------------------
@pytest.mark.parametrize(("registered", "verify_due"), [
    (dt.date(2026, 9, 15), dt.date(2026, 9, 18)),     # Tue → Fri
    (dt.date(2026, 9, 24), dt.date(2026, 9, 30)),     # across Mid-Autumn (Fri 25 Sept)
    (dt.date(2026, 9, 30), dt.date(2026, 10, 10)),    # National Day; Sat 10 Oct is worked
    (dt.date(2026, 2, 13), dt.date(2026, 2, 25)),     # Sat 14 Feb worked, then Spring Festival
    (dt.date(2026, 10, 4), dt.date(2026, 10, 10)),    # registered on a holiday
])
def test_verification_deadline_in_working_days(db: Database, registered: dt.date,
                                               verify_due: dt.date) -> None:
    cid = register(db, at=ts(registered, 9))
    found = entry(db, cid)
    assert found.verify_due == verify_due
    assert found.verify_due == WorkCalendar().add_workdays(registered, 3)
    assert not is_overdue("registered", found.verify_due, None, verify_due)
    assert is_overdue("registered", found.verify_due, None, verify_due + dt.timedelta(days=1))


def test_rectification_deadline_and_overdue_flags(db: Database) -> None:
    cid = register(db, at=ts(dt.date(2026, 9, 22)))
    step(db, cid, "verify")
    step(db, cid, "substantiate", finding="属实", at=ts(dt.date(2026, 9, 24), 15))
    assert entry(db, cid).rectify_due == dt.date(2026, 10, 22)   # 15 working days

    def overdue(day: dt.date) -> bool:
        with db.read() as session:
            return ledger.load_row(session, cid, "director", ts(day, 12)).overdue

    assert not overdue(dt.date(2026, 10, 22))
    assert overdue(dt.date(2026, 10, 23))
    step(db, cid, "rectify", rectification="整改")
    assert overdue(dt.date(2026, 10, 23))
    step(db, cid, "follow_up", follow_up="满意", satisfaction="satisfied")
    assert not overdue(dt.date(2026, 10, 23))


def test_deadlines_are_configurable(db: Database) -> None:
    with db.write() as session:
        with pytest.raises(UserError, match="--verify 6 must be from 1 to 5"):
            svc.set_deadlines(session, verify=6, rectify=None, actor=ACTOR, role="office")
        with pytest.raises(UserError, match="--rectify 4 must be from 5 to 15"):
            svc.set_deadlines(session, verify=None, rectify=4, actor=ACTOR, role="office")
        svc.set_deadlines(session, verify=1, rectify=5, actor=ACTOR, role="office")
    cid = register(db, at=ts(dt.date(2026, 9, 30)))
    assert entry(db, cid).verify_due == dt.date(2026, 10, 8)
    step(db, cid, "verify")
    step(db, cid, "substantiate", finding="属实", at=ts(dt.date(2026, 9, 30), 15))
    assert entry(db, cid).rectify_due == dt.date(2026, 10, 13)
    assert ("test:office", "complaint.deadlines", "complaint_deadlines") in audit_actions(db)


# -- entries opened by the ingest --------------------------------------------------------------
def test_every_bad_evaluation_opens_an_entry(db: Database) -> None:
    events = [evaluation("e1", "W01", 1, ticket="A001"), evaluation("e2", "W02", 2, minute=3),
              evaluation("e3", "W01", 3, minute=4), evaluation("e4", "W03", 5, minute=5),
              evaluation("e5", "W03", 2, minute=6, comment="等了太久")]
    feed(db, events)
    with db.read() as session:
        rows = ledger.load_rows(session, "office", NOW)
        batch = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "events.ingest")).one()
    assert sorted((r.window, r.source, r.state) for r in rows) == [
        ("W01", "evaluation", "registered"), ("W02", "evaluation", "registered"),
        ("W03", "evaluation", "registered")]
    assert json.loads(batch.detail)["complaints_opened"] == 3
    assert count(db, "audit_log") == 2          # the hall file and this one batch
    first = next(r for r in rows if r.window == "W01")
    assert first.code == "TS-20260915-00001"
    assert first.content == "评价器非常不满意评价（1分），票号 A001"
    assert first.verify_due == dt.date(2026, 9, 18)
    assert "等了太久" in next(r for r in rows if r.window == "W03").content
    feed(db, events)                             # the same batch again: nothing new
    assert count(db, "complaint") == 3


def test_a_rejected_batch_opens_nothing_and_skip_bad_opens_the_good(db: Database) -> None:
    bad = [evaluation("b1", "W01", 1), evaluation("b2", "W77", 1, minute=1)]
    with pytest.raises(UserError):
        feed(db, bad)
    assert count(db, "complaint") == 0
    result = feed(db, bad, skip_bad=True)
    assert len(result.errors) == 1
    assert count(db, "complaint") == 1


# -- corrections, voiding, history, audit ----------------------------------------------------
def test_a_correction_is_a_new_revision_with_the_old_values(db: Database) -> None:
    cid = register(db)
    with db.write() as session:
        with pytest.raises(UserError, match="Nothing to correct"):
            svc.correct(session, cid, {"content": "窗口人员态度生硬"}, reason="x", actor=ACTOR,
                        role="office", now=NOW)
        with pytest.raises(UserError, match="reason for the correction is empty"):
            svc.correct(session, cid, {"content": "新内容"}, reason=" ", actor=ACTOR,
                        role="office", now=NOW)
        svc.correct(session, cid, {"citizen_phone": "13900001111", "window": "W02"},
                    reason="电话记错", actor=ACTOR, role="office", now=NOW)
    corrected = entry(db, cid)
    assert (corrected.citizen_phone, corrected.revision) == ("13900001111", 2)
    with db.read() as session:
        office = ledger.detail(session, cid, "office", NOW).history[-1]
        director = ledger.detail(session, cid, "director", NOW).history[-1]
        audited = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "complaint.correct")).one()
    assert office.changes["citizen_phone"] == ["138****5678", "139****1111"]
    assert director.changes["citizen_phone"] == ["13812345678", "13900001111"]
    assert "13812345678" not in audited.detail and "电话记错" in audited.detail


def test_nothing_is_ever_deleted_or_rewritten(db: Database) -> None:
    cid = register(db)
    step(db, cid, "void", note="重复登记")
    assert entry(db, cid).state == "voided"
    with pytest.raises(UserError, match="voided; it cannot be corrected"), \
            db.write() as session:
        svc.correct(session, cid, {"content": "x"}, reason="y", actor=ACTOR,
                    role="director", now=NOW)
    for statement in (delete(Complaint), delete(ComplaintStep),
                      update(ComplaintStep).values(note="rewritten")):
        with pytest.raises(DBAPIError), db.write() as session:
            session.execute(statement)
    assert count(db, "complaint") == 1 and count(db, "complaint_step") == 2


def test_every_step_is_audited_with_the_acting_account(db: Database) -> None:
    cid = register(db)
    drive(db, cid, "followed_up")
    step(db, cid, "close", role="office")
    code = entry(db, cid).code
    assert [a for a in audit_actions(db) if a[2] == code] == [
        ("test:office", "complaint.register", code),
        ("test:director", "complaint.verify", code),
        ("test:director", "complaint.substantiate", code),
        ("test:director", "complaint.rectify", code),
        ("test:director", "complaint.follow_up", code),
        ("test:office", "complaint.close", code),
    ]
    with db.read() as session:
        registered = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "complaint.register")).one()
        assert session.execute(text("SELECT count(*) FROM complaint_step")).scalar() == 6
    assert json.loads(registered.detail)["citizen_phone"] == "138****5678"


def test_one_audit_entry_for_a_batch_of_steps(db: Database) -> None:
    feed(db, [evaluation(f"x{i}", "W01", 1, minute=i) for i in range(5)])
    with db.read() as session:
        ids = list(session.scalars(select(Complaint.id)))
    before = count(db, "audit_log")
    with db.write() as session:
        svc.apply_steps(session, "verify", [svc.StepRequest(i) for i in ids], actor=ACTOR,
                        role="office", now=NOW)
    assert count(db, "audit_log") == before + 1
    assert count(db, "complaint_step") == 10


# -- registering --------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "value", "message"), [
    ("content", "   ", "The complaint is empty"),
    ("phone", "12ab", "is not a phone number"),
    ("phone", "138****5678", "is masked"),
    ("name", "张*三", "is masked"),
    ("window", "W99", "'W99' is not a window of the hall"),
    ("source", "fax", "'fax' is not one of"),
    ("source", "evaluation", "evaluation entries open themselves"),
    ("at", NOW + 3600, "in the future"),
])
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_registration_refuses_bad_input(db: Database, field: str, value: object,
                                        message: str) -> None:
    kwargs: dict[str, object] = {"content": "内容", "phone": "13812345678", "name": "张三",
                                 "window": "W01", "source": "phone", "at": ts(), "now": NOW}
    kwargs[field] = value
    with pytest.raises(UserError, match=message):
        register(db, **kwargs)  # type: ignore[arg-type]
    assert count(db, "complaint") == 0 and count(db, "audit_log") == 1


def test_paths_cover_every_state() -> None:
    assert set(PATHS) == set(STATES)
    assert DAY.weekday() == 1


def test_counts_by_sql_match_the_counted_rows(db: Database) -> None:
    """The tab shows counts from SQL before the rows arrive: they must agree."""
    for i, state in enumerate(STATES):
        day = dt.date(2026, 9, 1 + i)
        if state == "appealed":        # only an evaluation's entry can be appealed
            feed(db, [evaluation("ap", "W02", 1, day=day)])
            cid = entry_id_of(db, "ap")
        else:
            cid = register(db, at=ts(day))
        drive(db, cid, state)
    for day in (dt.date(2026, 9, 1), dt.date(2026, 9, 10), dt.date(2026, 10, 30)):
        with db.read() as session:
            by_sql = ledger.count_entries(session, ts(day, 12))
            by_rows = ledger.count(ledger.load_rows(session, "office", ts(day, 12)))
            newest = ledger.load_rows(session, "office", ts(day, 12), limit=3)
        assert by_sql == by_rows, day
        assert [r.registered_on for r in newest] == [dt.date(2026, 9, 9), dt.date(2026, 9, 8),
                                                     dt.date(2026, 9, 7)]
    assert by_rows.overdue > 0


def entry_id_of(db: Database, event_id: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(Complaint.id).where(
            Complaint.evaluation_event_id == event_id)) or 0)
