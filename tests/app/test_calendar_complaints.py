"""The office's calendar entries move the complaint ledger's open deadlines: a holiday
entered in 2027 (a year chinese-calendar does not cover) moves the pending step's
deadline of an entry that counts across it by one working day, a make-up working day
moves it back; closed entries and steps already past stay as they were; each move is
a history step with a new revision, and the calendar.set audit entry counts them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.calendar import package_covers
from app.cli import run
from app.db import Database
from app.records import complaints as svc
from app.records.calendar_days import set_day
from app.records.complaint_rules import DIRECTOR
from models import AuditEntry, ComplaintStep
from tests.app.complaint_helpers import entry, register, ts

D = dt.date
THURSDAY = D(2027, 3, 4)        # verification due in 3 working days: Fri 5, Mon 8, Tue 9
FRIDAY, SATURDAY, MONDAY = D(2027, 3, 5), D(2027, 3, 6), D(2027, 3, 8)


def _step(db: Database, cid: int, action: str, day: dt.date, **fields: str) -> None:
    with db.write() as session:
        svc.apply_step(session, action, svc.StepRequest(cid, at=ts(day, 11), **fields),
                       actor="test:director", role=DIRECTOR, now=ts(day, 12))


def three_entries(db: Database) -> tuple[int, int, int]:
    """An open entry, a closed one and one being rectified (substantiated on Friday),
    all registered on Thursday 4 March 2027."""
    assert not package_covers(2027)
    ids = [register(db, at=ts(THURSDAY), now=ts(THURSDAY, 12)) for _ in range(3)]
    open_, closed, rectifying = ids
    _step(db, closed, "verify", THURSDAY)
    _step(db, closed, "unsubstantiate", THURSDAY, finding="不属实")
    _step(db, closed, "close", THURSDAY)
    _step(db, rectifying, "verify", THURSDAY)
    _step(db, rectifying, "substantiate", FRIDAY, finding="属实")
    _step(db, rectifying, "rectify", FRIDAY, rectification="批评教育")
    return open_, closed, rectifying


def _last_audit(db: Database) -> dict[str, object]:
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last is not None and last.action == "calendar.set"
        return dict(json.loads(last.detail) if isinstance(last.detail, str) else last.detail)


def _steps(db: Database, cid: int) -> list[tuple[str, str, dict[str, list[str]]]]:
    with db.read() as session:
        return [(s.action, s.note, json.loads(s.changes) if s.changes else {})
                for s in session.scalars(select(ComplaintStep).where(
                    ComplaintStep.complaint_id == cid).order_by(ComplaintStep.id))]


def test_a_holiday_moves_open_deadlines_and_a_make_up_day_moves_them_back(
        db: Database) -> None:
    open_, closed, rectifying = three_entries(db)
    assert entry(db, open_).verify_due == D(2027, 3, 9)
    assert entry(db, closed).verify_due == D(2027, 3, 9)
    assert entry(db, rectifying).verify_due == D(2027, 3, 9)
    assert entry(db, rectifying).rectify_due == D(2027, 3, 26)      # Fri 5 + 15
    revisions = {cid: entry(db, cid).revision for cid in (open_, closed, rectifying)}

    with db.write() as session:
        set_day(session, MONDAY, False, "调休", "test:office", role="office",
                now=ts(D(2027, 3, 1)))
    assert entry(db, open_).verify_due == D(2027, 3, 10)            # one working day on
    assert entry(db, open_).revision == revisions[open_] + 1
    assert entry(db, closed).verify_due == D(2027, 3, 9)            # history
    assert entry(db, closed).revision == revisions[closed]
    assert entry(db, rectifying).verify_due == D(2027, 3, 9)        # past that step
    assert entry(db, rectifying).rectify_due == D(2027, 3, 29)
    detail = _last_audit(db)
    assert detail["due_dates_moved"] == 0 and detail["complaint_deadlines_moved"] == 2
    assert sorted(detail["complaints"]) == sorted(  # type: ignore[arg-type]
        [entry(db, open_).code, entry(db, rectifying).code])
    action, note, changes = _steps(db, open_)[-1]
    assert action == "recount" and "2027-03-08 录入为节假日" in note and "调休" in note
    assert changes == {"verify_due": ["2027-03-09", "2027-03-10"]}
    assert _steps(db, rectifying)[-1][2] == {"rectify_due": ["2027-03-26", "2027-03-29"]}
    assert [s[0] for s in _steps(db, closed)][-1] == "close"

    with db.write() as session:
        set_day(session, SATURDAY, True, "调休上班", "test:office", role="office")
    assert entry(db, open_).verify_due == D(2027, 3, 9)             # Fri 5, Sat 6, Tue 9
    assert entry(db, rectifying).rectify_due == D(2027, 3, 26)
    assert entry(db, closed).verify_due == D(2027, 3, 9)
    assert entry(db, closed).revision == revisions[closed]
    assert _last_audit(db)["complaint_deadlines_moved"] == 2
    assert _steps(db, open_)[-1][2] == {"verify_due": ["2027-03-10", "2027-03-09"]}

    with db.write() as session:                     # entered again, nothing changes
        set_day(session, SATURDAY, True, "调休上班", "test:office", role="office")
    assert _last_audit(db)["complaint_deadlines_moved"] == 0
    assert entry(db, open_).revision == revisions[open_] + 2


def test_the_command_line_moves_the_deadlines_too(
        db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    open_, closed, _ = three_entries(db)
    assert run(["--db", db_url, "calendar", "set", MONDAY.isoformat(), "--holiday",
                "--note", "调休"]) == 0
    assert "2027-03-08: holiday (调休)." in capsys.readouterr().out
    assert entry(db, open_).verify_due == D(2027, 3, 10)
    assert entry(db, closed).verify_due == D(2027, 3, 9)
    assert _last_audit(db)["complaint_deadlines_moved"] == 2
    assert run(["--db", db_url, "audit", "verify"]) == 0

