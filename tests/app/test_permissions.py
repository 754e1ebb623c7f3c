"""The permission table against the services: for every action of
app/security/permissions.py and every role, the service call either works (an allowed
role) or is refused with one sentence, changes nothing, and leaves an ``access.denied``
entry in the audit log although the refused transaction was rolled back."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.assessment.report_files import write_month
from app.attendance import add_leave, import_clock_file, read_month
from app.briefing import BriefingSettings, parse, save_settings
from app.briefing.export import record_output
from app.briefing.notes import save_note
from app.briefing.terms import Month
from app.db import Database
from app.events.ingest import ingest_file, ingest_lines
from app.events.simulator import run_live, write_demo_history
from app.figures.alerts import acknowledge
from app.hall import load_hall, read_hall_file
from app.imports.watch import store_import_folder
from app.io import audit_sheet
from app.io.backup import backup
from app.io.complaint_sheet import export_complaints, import_complaints
from app.io.project_sheet import HEADERS as PROJECT_HEADERS
from app.io.project_sheet import export_projects, import_projects
from app.io.risk_sheet import export_risks, import_risks
from app.records import complaints as csvc
from app.records import inspections as isvc
from app.records import projects as psvc
from app.records import risks as rsvc
from app.records.calendar_days import set_day
from app.records.titles import award
from app.security import auditlog
from app.security.accounts import add_user
from app.security.cli_auth import make_token
from app.security.permissions import (
    NO_ACCOUNT,
    PERMISSIONS,
    PermissionDenied,
    allows,
    require,
)
from app.security.settings import store_security
from app.setup import checklist, hall_profile, rules, staff, windows
from app.setup.hall_export import export_hall
from models import Account, AuditEntry, Complaint
from models.security import ROLES
from tests.app.complaint_helpers import NOW, drive, evaluation, feed, register, step
from tests.app.test_complaint_sheet import GOOD
from tests.app.test_complaint_sheet import write as write_ledger
from tests.app.test_projects import spec as project_spec
from tests.app.test_risk_sheet import register_rows
from tests.app.test_risk_sheet import write as write_register
from tests.app.test_risks import values
from tests.cli_helpers import cli, counts
from tests.conftest import SMALL_HALL

PASSWORD = "Hall-desk 2026"
Call = Callable[[str, str], Any]          # (actor, role) → the service call under test
Setup = Callable[[Database, Path, str], Call]


def _w(db: Database, func: Callable[..., Any], *args: Any, **kw: Any) -> Call:
    """A call of ``func(session, *args, actor=, role=, **kw)`` in a write transaction."""
    def call(actor: str, role: str) -> Any:
        with db.write() as session:
            return func(session, *args, actor=actor, role=role, **kw)
    return call


_EVENTS = itertools.count()


def _complaint(db: Database, state: str, source: str = "phone") -> int:
    if source == "evaluation":
        feed(db, [evaluation(f"ev-{next(_EVENTS)}", "W01", 1, minute=next(_EVENTS) % 60)])
        with db.read() as session:
            cid = int(session.scalars(select(Complaint.id).where(
                Complaint.source == "evaluation").order_by(Complaint.id.desc())).first() or 0)
    else:
        cid = register(db, role="director")
    drive(db, cid, state)
    return cid


def _step(state: str, action: str, source: str = "phone", **fields: Any) -> Setup:
    def setup(db: Database, tmp: Path, tag: str) -> Call:
        cid = _complaint(db, state, source)
        return _w(db, csvc.apply_step, action, csvc.StepRequest(cid, **fields), now=NOW)
    return setup


def _appealed(action: str, **fields: Any) -> Setup:
    def setup(db: Database, tmp: Path, tag: str) -> Call:
        cid = _complaint(db, "registered", "evaluation")
        step(db, cid, "appeal", note="误按")
        return _w(db, csvc.apply_step, action, csvc.StepRequest(cid, **fields), now=NOW)
    return setup


def _point(db: Database, tag: str, approved: bool = False) -> int:
    with db.write() as session:
        pid = rsvc.create(session, f"LZ-SH-{tag}", values(), actor="test:director",
                          role="director", now=NOW).id
        if approved:
            rsvc.approve(session, pid, actor="test:director", role="director", now=NOW)
    return pid


class Refused(Exception):
    """A command that exited with status 2 and a sentence saying it cannot."""


def _batch(tmp: Path) -> Path:
    path = tmp / "batch.jsonl"
    path.write_text(json.dumps({"id": f"t{tmp.name}", "ts": "2026-07-06T09:00:00+08:00",
                                "type": "ticket_issued", "ticket": f"A{next(_EVENTS) + 100}",
                                "service": "GS"})
                    + "\n", encoding="utf-8")
    return path


def _token(db: Database, tmp: Path, tag: str) -> Call:
    with db.write() as session:
        from app.security.accounts import has_accounts
        if not has_accounts(session):
            add_user(session, "boss", "director", PASSWORD, "test")

    def call(actor: str, role: str) -> Any:
        make_token(db, "boss", tmp / f"boss-{tag}.token", actor=actor, role=role)
    return call


CASES: dict[str, Setup] = {
    "complaint.register": lambda db, tmp, tag: _w(
        db, csvc.register, source="phone", content="态度生硬", registered_at=NOW - 60,
        now=NOW),
    "complaint.verify": _step("registered", "verify"),
    "complaint.substantiate": _step("verifying", "substantiate", finding="属实", window="W01"),
    "complaint.unsubstantiate": _step("verifying", "unsubstantiate", finding="不属实"),
    "complaint.appeal": _step("registered", "appeal", "evaluation", note="误按"),
    "complaint.uphold": _appealed("uphold", note="评价有效"),
    "complaint.accept_appeal": _appealed("accept_appeal", finding="申诉成立"),
    "complaint.rectify": _step("substantiated", "rectify", rectification="整改"),
    "complaint.follow_up": _step("rectifying", "follow_up", follow_up="满意",
                                    satisfaction="satisfied"),
    "complaint.close": _step("unsubstantiated", "close"),
    "complaint.void": _step("registered", "void", note="重复"),
    "complaint.void_substantiated": _step("substantiated", "void", note="搞错了"),
    "complaint.correct": lambda db, tmp, tag: _w(
        db, csvc.correct, _complaint(db, "registered"), {"content": "改正的内容"},
        reason="笔误", now=NOW),
    "complaint.assign": lambda db, tmp, tag: _w(
        db, csvc.assign, _complaint(db, "registered"), category="服务态度", handler=None,
        now=NOW),
    "complaint.import": lambda db, tmp, tag: lambda actor, role: import_complaints(
        db, write_ledger(tmp / f"in-{tag}.xlsx", GOOD), actor=actor, role=role, now=NOW),
    "complaint.export": lambda db, tmp, tag: lambda actor, role: export_complaints(
        db, tmp / f"out-{tag}.xlsx", actor=actor, role=role),
    "complaint.unmasked": lambda db, tmp, tag: lambda actor, role: export_complaints(
        db, tmp / f"full-{tag}.xlsx", actor=actor, role=role, unmasked=True),
    "complaint.deadlines": lambda db, tmp, tag: _w(db, csvc.set_deadlines, verify=2,
                                                   rectify=None),
    "risk.add": lambda db, tmp, tag: _w(db, rsvc.create, f"LZ-GL-{tag}", values(), now=NOW),
    "risk.change": lambda db, tmp, tag: _w(db, rsvc.update, _point(db, tag),
                                           {"measures": "新的措施"}, now=NOW),
    "risk.approve": lambda db, tmp, tag: _w(db, rsvc.approve, _point(db, tag), now=NOW),
    "risk.review": lambda db, tmp, tag: _w(db, rsvc.record_review,
                                           _point(db, tag, approved=True), "措施到位",
                                           now=NOW + 86400),
    "risk.retire": lambda db, tmp, tag: _w(db, rsvc.retire, _point(db, tag), "岗位撤销",
                                           now=NOW),
    "risk.link": lambda db, tmp, tag: _w(
        db, rsvc.link, _point(db, tag), "complaint",
        _code(db, _complaint(db, "registered")), now=NOW),
    "risk.unlink": lambda db, tmp, tag: _unlink(db, tag),
    "risk.import": lambda db, tmp, tag: lambda actor, role: import_risks(
        db, write_register(tmp / f"r-{tag}.xlsx", register_rows()[:3]), actor=actor,
        role=role, now=NOW),
    "risk.export": lambda db, tmp, tag: lambda actor, role: export_risks(
        db, tmp / f"r-out-{tag}.xlsx", actor=actor, role=role, now=NOW),
    "inspection.record": lambda db, tmp, tag: _w(db, isvc.start_round, now=NOW),
    "inspection.void": lambda db, tmp, tag: _w(db, isvc.void, _finding(db), "误记", now=NOW),
    "hall.load": lambda db, tmp, tag: _w(db, load_hall, *read_hall_file(SMALL_HALL)),
    "calendar.set": lambda db, tmp, tag: _w(db, set_day, dt.date(2099, 1, 2), True, "调休"),
    "events.ingest": lambda db, tmp, tag: lambda actor, role: ingest_lines(
        db, _batch(tmp).read_text(encoding="utf-8").splitlines(), source="t", file_hash=tag,
        actor=actor, role=role),
    "imports.folder": lambda db, tmp, tag: _w(db, store_import_folder, str(tmp)),
    "alert.ack": lambda db, tmp, tag: _w(db, acknowledge, f"red:W01:{tag}", at=NOW),
    "briefing.note": lambda db, tmp, tag: _w(db, save_note, "2026Q3", f"文字 {tag}", now=NOW),
    "briefing.print": lambda db, tmp, tag: lambda actor, role: record_output(
        db, parse("2026Q3"), "print", "printer", actor=actor, role=role),
    "briefing.settings": lambda db, tmp, tag: _w(db, save_settings, BriefingSettings(
        report_to=f"区政府办公室 {tag}")),
    "audit.read": lambda db, tmp, tag: lambda actor, role: _read(db, actor, role),
    "audit.export": lambda db, tmp, tag: lambda actor, role: audit_sheet.export_audit(
        db, tmp / f"audit-{tag}.xlsx", auditlog.AuditFilter(), actor=actor, role=role),
    "audit.verify": lambda db, tmp, tag: lambda actor, role: auditlog.verify_chain(
        db, actor=actor, role=role),
    "database.backup": lambda db, tmp, tag: lambda actor, role: backup(
        db, tmp / f"hall-{tag}.hdbak", actor=actor, role=role),
    "project.manage": lambda db, tmp, tag: _w(db, psvc.create_project, project_spec(f"P{tag}"),
                                              now=NOW),
    "project.supervise": lambda db, tmp, tag: _w(db, psvc.supervise, _project(db, tag), None,
                                                 "国土分局", "请加快", dt.date(2026, 10, 9),
                                                 now=NOW),
    "project.answer": lambda db, tmp, tag: _w(db, psvc.answer, _supervision(db, tag),
                                              "已办结", now=NOW),
    "project.import": lambda db, tmp, tag: lambda actor, role: import_projects(
        db, _projects_sheet(db, tmp, tag), actor=actor, role=role, now=NOW),
    "project.export": lambda db, tmp, tag: lambda actor, role: export_projects(
        db, tmp / f"p-{tag}.xlsx", actor=actor, role=role, now=NOW),
    "account.manage": lambda db, tmp, tag: _account(db, tag),
    # the settings tab (issue #15)
    "hall.export": lambda db, tmp, tag: lambda actor, role: export_hall(
        db, tmp / f"hall-{tag}.toml", actor=actor, role=role),
    "setup.hall": lambda db, tmp, tag: _w(db, _rename_hall, f"测试中心{tag}"),
    "setup.windows": lambda db, tmp, tag: _w(db, windows.add_department, f"D{tag}", "部门"),
    "setup.services": lambda db, tmp, tag: _w(db, windows.set_services, "W01", [f"事项{tag}"]),
    "setup.staff": lambda db, tmp, tag: _w(db, staff.add_staff, staff.StaffValues(
        f"P{tag}", "某人", "GS")),
    "setup.checklist": lambda db, tmp, tag: _w(db, checklist.add_item, f"k{tag}", "项", 0.1),
    "setup.rules": lambda db, tmp, tag: _w(db, rules.save_group, "deductions", {
        "bad_evaluation_substantiated": 0.2, "other_substantiated": 0.5,
        "inspection_finding": 0.1, "red_card": 0.1 + int(tag) / 1000}),
    "account.settings": lambda db, tmp, tag: _w(db, store_security, {"idle_minutes": 5}),
    # attendance (issue #19)
    "attendance.import": lambda db, tmp, tag: lambda actor, role: import_clock_file(
        db, _clock_file(tmp, tag), actor=actor, role=role, now=NOW),
    "attendance.leave": lambda db, tmp, tag: _w(db, add_leave, "S001",
                                                dt.date(2026, 9, 1) + dt.timedelta(int(tag)),
                                                None, "leave"),
    "attendance.read": lambda db, tmp, tag: lambda actor, role: read_month(
        db, 2026, 9, actor=actor, role=role),
    # the monthly assessment (issue #19)
    "assessment.export": lambda db, tmp, tag: lambda actor, role: write_month(
        db, Month(2026, 9), _folder(tmp, tag), NOW, actor=actor, role=role),
    "assessment.title": lambda db, tmp, tag: _w(db, award, term=f"{2030 + int(tag)}-01",
                                                kind="women_model", window="W01", ts=NOW),
    "account.token": _token,
}


def _folder(tmp: Path, tag: str) -> Path:
    folder = tmp / f"monthly-{tag}"
    folder.mkdir()
    return folder
# Actions refused earlier by another action of the same call, for roles without it.
BEFORE = {"complaint.void_substantiated": "complaint.void"}


def _clock_file(tmp: Path, tag: str) -> Path:
    """A clock export of one punch, a new one each time."""
    path = tmp / f"clock-{tag}.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["工号", "打卡时间"])
    sheet.append(["S001", dt.datetime(2026, 9, 14, 8, 0) + dt.timedelta(minutes=int(tag))])
    book.save(path)
    return path


def _project(db: Database, tag: str) -> int:
    with db.write() as session:
        return svc_project_id(session, tag)


def svc_project_id(session: Any, tag: str) -> int:
    return int(psvc.create_project(session, project_spec(f"Q{tag}"), actor="test:director",
                                   role="director", now=NOW).id)


def _supervision(db: Database, tag: str) -> int:
    with db.write() as session:
        pid = svc_project_id(session, tag)
        return int(psvc.supervise(session, pid, None, "国土分局", "请加快",
                                  dt.date(2026, 10, 9), actor="test:director",
                                  role="director", now=NOW).id)


def _projects_sheet(db: Database, tmp: Path, tag: str) -> Path:
    """A sheet holding one new project."""
    path = tmp / f"p-in-{tag}.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(PROJECT_HEADERS))
    sheet.append([f"R{tag}", "项目", "", "", None, "", "在办", dt.date(2026, 9, 28),
                  "A", "备案", "GS", "立项", "", 3, 5, "", "未启动", None, None])
    book.save(path)
    return path


def _rename_hall(session: Any, name: str, *, actor: str, role: str) -> Any:
    from dataclasses import replace

    profile = hall_profile.load_profile(session)
    return hall_profile.save_profile(session, replace(profile, name=name), actor=actor,
                                     role=role)


def _code(db: Database, cid: int) -> str:
    with db.read() as session:
        entry = session.get(Complaint, cid)
        assert entry is not None
        return entry.code


def _unlink(db: Database, tag: str) -> Call:
    pid = _point(db, tag)
    code = _code(db, _complaint(db, "registered"))
    with db.write() as session:
        link_id = rsvc.link(session, pid, "complaint", code, actor="test:director",
                            role="director", now=NOW).id
    return _w(db, rsvc.unlink, link_id, "关联错误", now=NOW)


def _finding(db: Database) -> int:
    """A failed checklist item in a round of the director's, finished."""
    with db.write() as session:
        rid = isvc.start_round(session, actor="test:walker", role="director", now=NOW).id
        found = isvc.record(session, rid, "W01", "badge", outcome="fail", note="未挂牌",
                            actor="test:walker", role="director", now=NOW + 60)
        isvc.finish(session, rid, actor="test:walker", role="director", now=NOW + 120)
    assert found is not None
    return int(found.id)


def _read(db: Database, actor: str, role: str) -> int:
    with db.read() as session:
        return auditlog.count(session, auditlog.AuditFilter(), actor=actor, role=role)


def _account(db: Database, tag: str) -> Call:
    with db.write() as session:
        from app.security.accounts import has_accounts
        if not has_accounts(session):
            add_user(session, "boss", "director", PASSWORD, "test")

    def call(actor: str, role: str) -> Any:
        with db.write() as session:
            add_user(session, f"new.{tag}", "office", PASSWORD, actor, by_role=role)
    return call


def test_every_action_has_a_case() -> None:
    assert set(CASES) == set(PERMISSIONS)


def test_an_unknown_action_is_a_programming_error(db: Database) -> None:
    with db.read() as session, pytest.raises(KeyError):
        require(session, "t", "director", "complaint.frobnicate")


AUTH = ("login", "account.token_use")


def _actions_after(db: Database, seq: int) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.seq > seq)
                                    .order_by(AuditEntry.seq)))


def _last(db: Database) -> AuditEntry:
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None
        return entry


@pytest.mark.parametrize("action", sorted(PERMISSIONS))
def test_role_action_matrix(action: str, db: Database, tmp_path: Path) -> None:
    roles = [*ROLES, NO_ACCOUNT]
    for role in roles:
        tag = f"{ROLES.index(role) if role in ROLES else 9}{action.count('.')}"
        folder = tmp_path / role
        folder.mkdir()
        call = CASES[action](db, folder, tag)
        actor = f"test:{role}"
        before = counts(db.url)
        first = BEFORE.get(action)
        if allows(role, action) and (first is None or allows(role, first)):
            call(actor, role)
            continue
        with pytest.raises((PermissionDenied, Refused)) as refused:
            call(actor, role)
        sentence = str(refused.value).strip()
        assert "\n" not in sentence and sentence.endswith("."), sentence
        after = counts(db.url)
        # the denial is audited, besides a command line's authentication (its token)
        added = [a for a in _actions_after(db, before["audit_log"]) if a not in AUTH]
        assert added == ["access.denied"], role
        assert {**after, "audit_log": 0} == {**before, "audit_log": 0}, role
        denial = _last(db)
        expected = first if first is not None and not allows(role, first) else action
        assert (denial.action, denial.entity, denial.entity_id) == (
            "access.denied", "permission", expected)
        assert json.loads(denial.detail)["role"] == role
        assert denial.actor == actor


def test_denial_is_audited_though_the_change_rolls_back(db: Database) -> None:
    """A service refused halfway through a transaction that had written something."""
    with pytest.raises(PermissionDenied), db.write() as session:
        csvc.register(session, source="phone", content="x", registered_at=NOW - 60,
                      actor="test:director", role="director", now=NOW)
        csvc.register(session, source="phone", content="y", registered_at=NOW - 60,
                      actor="test:auditor", role="auditor", now=NOW)
    with db.read() as session:
        assert session.scalars(select(Complaint)).all() == []
    last = _last(db)
    assert (last.actor, last.action, last.entity_id) == ("test:auditor", "access.denied",
                                                        "complaint.register")


ENTRY_POINTS: dict[str, Callable[[Database, Path, str, str], Any]] = {
    "ingest_file": lambda db, tmp, actor, role: ingest_file(
        db, str(_batch(tmp)), actor=actor, role=role),
    "ingest_file --skip-bad": lambda db, tmp, actor, role: ingest_file(
        db, str(_batch(tmp)), actor=actor, role=role, skip_bad=True),
    "write_demo_history": lambda db, tmp, actor, role: write_demo_history(
        db, days=1, seed=1, actor=actor, role=role),
    "run_live": lambda db, tmp, actor, role: run_live(
        db, speed=1.0, until=None, seed=1, actor=actor, role=role, stop=lambda: True),
}


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_feed_and_hall_entry_points_check_the_table_themselves(
        entry: str, db: Database, tmp_path: Path) -> None:
    """Called directly (not through the command line) by a role that may not feed the
    hall: refused in one sentence, the refusal audited, nothing else written."""
    before = counts(db.url)
    with pytest.raises(PermissionDenied) as refused:
        ENTRY_POINTS[entry](db, tmp_path, "test:inspector", "inspector")
    assert "\n" not in str(refused.value)
    assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 1}
    denial = _last(db)
    assert (denial.actor, denial.action) == ("test:inspector", "access.denied")
    assert denial.entity_id in ("events.ingest", "hall.load")


def test_cli_without_an_account_is_refused_once_accounts_exist(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a database without accounts: the command line is the director setting it up
    status, _, err = cli(capsys, "--db", db.url, "calendar", "set", "2099-01-02", "--holiday")
    assert status == 0, err
    with db.write() as session:
        add_user(session, "boss", "director", PASSWORD, "test")
    before = counts(db.url)
    status, out, err = cli(capsys, "--db", db.url, "calendar", "set", "2099-01-03",
                           "--holiday")
    assert status == 2 and out == ""
    assert err.strip() == (
        "This database has accounts, and a command line that names none cannot enter "
        "holidays and make-up working days: give --user NAME (its password is asked for, or read "
        "with --password-stdin) or --token FILE; the attempt is recorded.")
    assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 1}
    # reading stays open to anyone who can open the database
    status, out, _ = cli(capsys, "--db", db.url, "calendar", "list", "2099")
    assert status == 0 and "2099-01-02" in out
    # the authenticated account's role decides
    with db.write() as session:
        add_user(session, "walker", "inspector", PASSWORD, "boss", by_role="director")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    status, _, err = cli(capsys, "--db", db.url, "--user", "walker", "--password-stdin",
                         "calendar", "set", "2099-01-03", "--holiday")
    assert status == 2 and "inspector role cannot enter holidays" in err
    with db.write() as session:
        account = session.scalars(select(Account).where(Account.name == "walker")).one()
        account.role = "office"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    status, _, err = cli(capsys, "--db", db.url, "--user", "walker", "--password-stdin",
                         "calendar", "set", "2099-01-03", "--holiday")
    assert status == 0, err
