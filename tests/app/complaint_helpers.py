"""Shared pieces of the complaint-ledger tests: a fixed clock in September 2026,
bad evaluations fed through the ordinary ingest, and entries driven to any state
through the services."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select, table

from app.db import Database
from app.events.ingest import ingest_lines
from app.records import complaints as svc
from app.records.complaint_rules import DIRECTOR
from models import AuditEntry, Complaint

TZ = dt.timezone(dt.timedelta(hours=8))
DAY = dt.date(2026, 9, 15)          # a Tuesday, a working day
ACTOR = "test:office"


def ts(day: dt.date = DAY, hour: int = 10, minute: int = 0) -> float:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).timestamp()


NOW = ts(DAY, 16)


def iso(day: dt.date, hour: int, minute: int = 0) -> str:
    return (dt.datetime.combine(day, dt.time(hour), TZ)
            + dt.timedelta(minutes=minute)).isoformat()


def evaluation(event_id: str, window: str, rating: int, day: dt.date = DAY, hour: int = 10,
               minute: int = 0, **extra: Any) -> dict[str, Any]:
    return {"id": event_id, "ts": iso(day, hour, minute), "type": "evaluation",
            "window": window, "rating": rating, **extra}


def feed(db: Database, events: list[dict[str, Any]], *, skip_bad: bool = False) -> Any:
    return ingest_lines(db, [json.dumps(e, ensure_ascii=False) for e in events],
                        source="test", file_hash=f"h{len(events)}", actor="test:feed",
                        skip_bad=skip_bad, role="director")


def register(db: Database, *, source: str = "phone", window: str | None = "W01",
             content: str = "窗口人员态度生硬", name: str | None = "张小三",
             phone: str | None = "13812345678", at: float | None = None,
             role: str = "office", now: float | None = None) -> int:
    """Register an entry; the clock is ``now``, else NOW or the registration time."""
    at = ts() if at is None else at
    with db.write() as session:
        entry = svc.register(session, source=source, content=content, registered_at=at,
                             window=window, citizen_name=name, citizen_phone=phone,
                             actor=ACTOR, role=role, now=max(NOW, at) if now is None else now)
        return entry.id


def step(db: Database, cid: int, action: str, role: str = DIRECTOR, at: float | None = None,
         **fields: Any) -> Complaint:
    with db.write() as session:
        return svc.apply_step(session, action, svc.StepRequest(cid, at=at, **fields),
                              actor=f"test:{role}", role=role, now=NOW)


# The steps (and what each needs) that lead from registration to every state.
PATHS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "registered": [],
    "verifying": [("verify", {})],
    "appealed": [("verify", {}), ("appeal", {"note": "评价人误按"})],
    "substantiated": [("verify", {}), ("substantiate", {"finding": "属实：未一次告知"})],
    "unsubstantiated": [("verify", {}), ("unsubstantiate", {"finding": "不属实：群众误评"})],
    "rectifying": [("verify", {}), ("substantiate", {"finding": "属实"}),
                   ("rectify", {"rectification": "批评教育，完善一次告知单"})],
    "followed_up": [("verify", {}), ("substantiate", {"finding": "属实"}),
                    ("rectify", {"rectification": "批评教育"}),
                    ("follow_up", {"follow_up": "群众表示满意", "satisfaction": "satisfied"})],
    "closed": [("verify", {}), ("unsubstantiate", {"finding": "不属实"}), ("close", {})],
    "voided": [("void", {"note": "重复登记"})],
}
FIELDS = {"substantiate": {"finding": "属实"}, "unsubstantiate": {"finding": "不属实"},
          "appeal": {"note": "申诉理由"}, "uphold": {"note": "评价有效"},
          "accept_appeal": {"finding": "申诉成立"}, "rectify": {"rectification": "整改"},
          "follow_up": {"follow_up": "满意", "satisfaction": "satisfied"},
          "void": {"note": "录入错误"}}


def drive(db: Database, cid: int, state: str) -> None:
    for action, fields in PATHS[state]:
        step(db, cid, action, **fields)


def count(db: Database, name: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table(name))) or 0)


def audit_actions(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return [(a.actor, a.action, a.entity_id) for a in session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def entry(db: Database, cid: int) -> Complaint:
    with db.read() as session:
        found = session.get(Complaint, cid)
        assert found is not None
        return found
