"""Substantiated complaints cost their window points, seen as the director sees them:
in ``halldesk stats --json`` (figures.md, Assessment)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli import run
from app.config import Deductions, store_deductions
from app.db import Database
from tests.app.complaint_helpers import DAY, drive, evaluation, feed, register, step, ts


def scores(capsys: pytest.CaptureFixture[str], db: Database, start: str = "2026-07-01",
           end: str = "2026-10-01") -> dict[str, float]:
    status = run(["--db", db.url, "stats", "--from", start, "--to", end, "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return {code: w["score"] for code, w in json.loads(out)["windows"].items()}


def test_a_bad_evaluation_found_substantiated_costs_its_window_0_2(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    feed(db, [evaluation("e1", "W01", 2)])
    assert scores(capsys, db) == {"W01": 100.0, "W02": 100.0, "W03": 100.0}
    cid = 1
    step(db, cid, "verify")
    assert scores(capsys, db)["W01"] == 100.0        # registered or verifying: no cost
    step(db, cid, "substantiate", finding="属实：办事群众等候时窗口人员玩手机")
    assert scores(capsys, db) == {"W01": 99.8, "W02": 100.0, "W03": 100.0}
    for action, fields in (("rectify", {"rectification": "批评教育"}),
                           ("follow_up", {"follow_up": "满意", "satisfaction": "satisfied"}),
                           ("close", {})):
        step(db, cid, action, **fields)
        assert scores(capsys, db)["W01"] == 99.8     # counted once, whatever follows


def test_other_sources_cost_0_5_and_the_amounts_are_configurable(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    for source in ("phone", "letter"):
        drive(db, register(db, source=source, window="W02"), "substantiated")
    drive(db, register(db, source="web", window="W03"), "unsubstantiated")
    assert scores(capsys, db) == {"W01": 100.0, "W02": 99.0, "W03": 100.0}
    with db.write() as session:
        store_deductions(session, Deductions(other_substantiated=1.5))
    assert scores(capsys, db)["W02"] == 97.0


def test_the_substantiation_date_decides_the_period(db: Database,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    cid = register(db, at=ts(dt.date(2026, 9, 28)))
    step(db, cid, "verify")
    step(db, cid, "substantiate", finding="属实", at=ts(dt.date(2026, 10, 9)))
    assert scores(capsys, db)["W01"] == 100.0                          # Q3: registered only
    assert scores(capsys, db, "2026-10-01", "2027-01-01")["W01"] == 99.5   # Q4: substantiated


def test_voided_entries_cost_nothing_and_corrections_move_the_cost(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = register(db), register(db)
    drive(db, first, "substantiated")
    drive(db, second, "substantiated")
    assert scores(capsys, db)["W01"] == 99.0
    step(db, first, "void", note="同一投诉登记了两次")
    assert scores(capsys, db)["W01"] == 99.5
    from app.records import complaints as svc

    with db.write() as session:
        svc.correct(session, second, {"window": "W03"}, reason="窗口记错", actor="t",
                    role="director", now=ts(DAY, 17))
    assert scores(capsys, db) == {"W01": 100.0, "W02": 100.0, "W03": 99.5}


def test_a_score_never_goes_below_zero(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.write() as session:
        store_deductions(session, Deductions(other_substantiated=60))
    for _ in range(2):
        drive(db, register(db), "substantiated")
    assert scores(capsys, db)["W01"] == 0.0
