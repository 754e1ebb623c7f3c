"""The demo hall's integrity risk register: 67 points (resources/demo_risks.toml)
entered through the ordinary services at plausible past times, most approved by the
director some months ago (so a few are due or overdue for review), some reviewed
since, two or three escalated with reasons, and one linked to a substantiated
complaint when the demo ledger has one."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

from sqlalchemy import func, select

from app.db import Database
from app.hall_time import hall_tz
from app.records import risks as svc
from models import Complaint, RiskPoint

DIRECTOR = "director"
LINKED_POINT = "LZ-GG-002"          # 服务态度: where a substantiated complaint belongs


def demo_points() -> list[dict[str, Any]]:
    text = (resources.files("resources") / "demo_risks.toml").read_text(encoding="utf-8")
    points: list[dict[str, Any]] = tomllib.loads(text)["point"]
    return points


def _values(p: dict[str, Any]) -> dict[str, Any]:
    return {"category": p["category"], "risk_type": p["type"], "post": p["post"],
            "procedure": p["procedure"], "description": p["description"],
            "likelihood": p["likelihood"], "impact": p["impact"], "measures": p["measures"],
            "responsible": p["responsible"], "department": p["department"],
            "phase": p["phase"], "escalation_reason": p.get("escalation")}


def load_demo_register(db: Database, *, actor: str, end: dt.date) -> int:
    """Enter the demo register unless the database has one; the number of points added."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(RiskPoint)):
            return 0
        tz = hall_tz(session)

    def at(day: dt.date, hour: int) -> float:
        return dt.datetime.combine(day, dt.time(hour), tz).timestamp()

    points = demo_points()
    # Found (查找) half a year ago, approved by the party branch over the months since.
    found_on = end - dt.timedelta(days=300)
    with db.write() as session:
        ids = {}
        for p in points:
            ids[p["code"]] = svc.create(session, p["code"], _values(p), actor=actor,
                                        role="office", now=at(found_on, 10)).id
        for i, p in enumerate(points):
            if p["phase"] == "查找":
                continue                        # still being worked out: not approved
            approved_on = end - dt.timedelta(days=40 + (i * 53) % 230)
            svc.approve(session, ids[p["code"]], actor=actor, role=DIRECTOR,
                        now=at(approved_on, 15))
            reviewed_on = approved_on + dt.timedelta(days=80)
            if i % 5 == 0 and reviewed_on < end:
                svc.record_review(session, ids[p["code"]], "防控措施落实到位,风险可控。",
                                  actor=actor, role="office", now=at(reviewed_on, 16))
        complaint = session.execute(
            select(Complaint.code, Complaint.substantiated_at)
            .where(Complaint.substantiated_at.is_not(None))
            .order_by(Complaint.substantiated_at.desc()).limit(1)).first()
        if complaint is not None:
            svc.link(session, ids[LINKED_POINT], "complaint", complaint.code,
                     "群众投诉窗口服务态度问题属实,纳入风险点跟踪。", actor=actor,
                     role="office", now=max(complaint.substantiated_at or 0.0,
                                            at(end, 9)))
    return len(points)
