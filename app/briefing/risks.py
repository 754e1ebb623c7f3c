"""The briefing's integrity-risk section (廉政风险点), read from the register's tables
with the register's labels (app/records/risk_rules.py): the points in force at the
quarter's end, so a reprint gives the same counts unless the register changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.figures.period import Period, local_date
from app.records import risk_rules as rr
from models import Complaint, Department, RiskLink, RiskPoint, RiskStep

CATEGORIES = tuple(rr.CATEGORY_LABELS[c] for c in rr.CATEGORIES)
GRADES = tuple(rr.GRADE_LABELS[g] for g in rr.GRADES)


@dataclass
class RiskSection:
    by_category_grade: dict[tuple[str, str], int] = field(default_factory=dict)
    heat: dict[tuple[int, int], int] = field(default_factory=dict)   # (likelihood, impact)
    due_for_review: list[tuple[str, str, dt.date]] = field(default_factory=list)  # oldest first
    escalated: list[tuple[str, str, dt.date]] = field(default_factory=list)
    linked_complaints: list[tuple[str, str, dt.date]] = field(default_factory=list)
    as_of: dt.date | None = None            # the day overdue reviews are counted at

    def overdue_days(self, due: dt.date) -> int:
        """Days a review is overdue at ``as_of`` (0 or less: not yet due)."""
        return 0 if self.as_of is None else (self.as_of - due).days

    @property
    def total(self) -> int:
        return sum(self.by_category_grade.values())


def risk_section(session: Session, period: Period, now: float,
                 department: str | None) -> RiskSection | None:
    """The register's points in force at the quarter's end (or now), hall-wide or of
    one department; None when the register has no such points."""
    p = RiskPoint
    end = min(now, period.t1)
    last_day = period.end - dt.timedelta(days=1)
    scope = [p.created_at < end, or_(p.retired_at.is_(None), p.retired_at >= end)]
    if department is not None:
        scope.append(p.department_id.in_(select(Department.id)
                                         .where(Department.code == department)))
    points = session.execute(select(p.id, p.code, p.category, p.grade, p.likelihood,
                                    p.impact, p.post, p.procedure, p.next_review)
                             .where(*scope).order_by(p.code)).all()
    if not points:
        return None
    out = RiskSection(as_of=min(last_day, local_date(now, period.tz)))
    for _pid, code, category, grade, likelihood, impact, post, procedure, due in points:
        key = (rr.CATEGORY_LABELS.get(category, category), rr.GRADE_LABELS.get(grade, "?"))
        out.by_category_grade[key] = out.by_category_grade.get(key, 0) + 1
        out.heat[(likelihood, impact)] = out.heat.get((likelihood, impact), 0) + 1
        if due is not None and due <= last_day:
            out.due_for_review.append((code, f"{post} · {procedure}", due))
    out.due_for_review.sort(key=lambda row: (row[2], row[0]))
    ids = [row[0] for row in points]
    codes = {row[0]: row[1] for row in points}
    for pid, note, at in session.execute(
            select(RiskStep.risk_id, RiskStep.note, RiskStep.at).where(
                RiskStep.risk_id.in_(ids), RiskStep.action == "escalate",
                RiskStep.at >= period.t0, RiskStep.at < period.t1).order_by(RiskStep.at)):
        out.escalated.append((codes[pid], note or "", local_date(at, period.tz)))
    for pid, complaint, linked_at in session.execute(
            select(RiskLink.risk_id, Complaint.code, RiskLink.linked_at).join(
                Complaint, Complaint.id == RiskLink.complaint_id).where(
                RiskLink.risk_id.in_(ids), RiskLink.kind == "complaint",
                RiskLink.linked_at >= period.t0, RiskLink.linked_at < period.t1,
                and_(RiskLink.unlinked_at.is_(None))).order_by(RiskLink.linked_at)):
        out.linked_complaints.append((codes[pid], f"投诉 {complaint}",
                                      local_date(linked_at, period.tz)))
    return out
