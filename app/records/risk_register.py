"""The risk register as the tab and the spreadsheet see it: rows with their flags,
the category × grade matrix, the likelihood × impact heat map, the review list, one
point's detail and history.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import RiskGrading, load_risk_grading
from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.records import risk_rules as rules
from app.records.complaint_rules import STATE_LABELS
from app.records.risks import OWN_OFFICE
from models import Complaint, Department, RiskLink, RiskPoint, RiskStep, Window


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One point as a table row, with its flags as of ``today``."""

    id: int
    code: str
    category: str
    risk_type: str
    post: str
    procedure: str
    description: str
    likelihood: int
    impact: int
    grade: int
    escalation_reason: str | None
    measures: str
    responsible: str
    department_code: str
    department_name: str
    phase: str
    approved_by: str | None
    approved_at: float | None
    next_review: dt.date | None
    revision: int
    links: int
    flags: rules.Flags
    retired: bool = False

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def escalated(self) -> bool:
        return bool(self.escalation_reason)


def load_rows(session: Session, now: float, *, include_retired: bool = False) -> list[RegisterRow]:
    """Every point in code order (retired ones only when asked), flags as of ``now``."""
    grading = load_risk_grading(session)
    today = local_day(now, hall_tz(session))
    query = (select(RiskPoint, Department.code, Department.name)
             .outerjoin(Department, Department.id == RiskPoint.department_id)
             .order_by(RiskPoint.code))
    if not include_retired:
        query = query.where(RiskPoint.retired_at.is_(None))
    links: Counter[int] = Counter(dict(session.execute(
        select(RiskLink.risk_id, func.count()).where(RiskLink.unlinked_at.is_(None))
        .group_by(RiskLink.risk_id)).all()))
    complaint_times: defaultdict[int, list[float]] = defaultdict(list)
    for risk_id, linked_at, substantiated_at in session.execute(
            select(RiskLink.risk_id, RiskLink.linked_at, Complaint.substantiated_at)
            .join(Complaint, Complaint.id == RiskLink.complaint_id)
            .where(RiskLink.unlinked_at.is_(None), Complaint.substantiated_at.is_not(None))):
        complaint_times[risk_id].append(max(linked_at, substantiated_at or linked_at))
    rows = []
    for point, dept_code, dept_name in session.execute(query).all():
        rows.append(RegisterRow(
            id=point.id, code=point.code, category=point.category, risk_type=point.risk_type,
            post=point.post, procedure=point.procedure, description=point.description,
            likelihood=point.likelihood, impact=point.impact, grade=point.grade,
            escalation_reason=point.escalation_reason, measures=point.measures,
            responsible=point.responsible, department_code=dept_code or "",
            department_name=dept_name or OWN_OFFICE, phase=point.phase,
            approved_by=point.approved_by, approved_at=point.approved_at,
            next_review=point.next_review, revision=point.revision, links=links[point.id],
            flags=rules.flags(next_review_on=point.next_review, reviewed_at=point.reviewed_at,
                              approved=point.approved_at is not None,
                              complaint_times=complaint_times.get(point.id, []),
                              today=today, grading=grading),
            retired=point.retired_at is not None))
    return rows


def matrix(rows: Iterable[RegisterRow]) -> dict[tuple[str, int], int]:
    """Points per (category, grade), every one of the 6 × 3 cells present."""
    counts = Counter((r.category, r.grade) for r in rows if not r.retired)
    return {(c, g): counts[(c, g)] for c in rules.CATEGORIES for g in rules.GRADES}


def heat(rows: Iterable[RegisterRow]) -> dict[tuple[int, int], int]:
    """Points per (likelihood, impact), every one of the 5 × 5 cells present."""
    counts = Counter((r.likelihood, r.impact) for r in rows if not r.retired)
    return {(li, im): counts[(li, im)] for li in rules.LEVELS for im in rules.LEVELS}


def due_for_review(rows: Iterable[RegisterRow]) -> list[RegisterRow]:
    """Points whose review is within the notice period or past, soonest first."""
    due = [r for r in rows if r.flags.due and not r.retired and r.next_review is not None]
    return sorted(due, key=lambda r: (r.next_review or dt.date.max, r.code))


# -- one point -----------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    at: float
    actor: str
    action: str
    note: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class Link:
    id: int
    kind: str
    target: str                 # complaint 编号 or finding number
    summary: str                # the complaint's state and window, for the list
    substantiated: bool
    linked_at: float
    linked_by: str
    note: str
    unlinked_at: float | None
    unlink_reason: str | None


@dataclass(frozen=True)
class PointDetail:
    id: int
    code: str
    retired_reason: str | None
    steps: list[Step] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def detail(session: Session, point_id: int) -> PointDetail:
    point = session.get(RiskPoint, point_id)
    if point is None:
        raise UserError(f"There is no risk point with id {point_id}.")
    steps = [Step(s.at, s.actor, s.action, s.note, json.loads(s.changes) if s.changes else {})
             for s in session.scalars(select(RiskStep).where(RiskStep.risk_id == point_id)
                                      .order_by(RiskStep.at, RiskStep.id))]
    links = []
    for row, code, state, window, substantiated_at in session.execute(
            select(RiskLink, Complaint.code, Complaint.state, Window.code,
                   Complaint.substantiated_at)
            .outerjoin(Complaint, Complaint.id == RiskLink.complaint_id)
            .outerjoin(Window, Window.id == Complaint.window_id)
            .where(RiskLink.risk_id == point_id).order_by(RiskLink.linked_at, RiskLink.id)
    ).all():
        if row.kind == rules.COMPLAINT:
            target = code or ""
            summary = STATE_LABELS.get(state or "", state or "") + (f" · {window}" if window
                                                                    else "")
        else:
            target, summary = str(row.finding_id), ""
        links.append(Link(row.id, row.kind, target, summary, substantiated_at is not None,
                          row.linked_at, row.linked_by, row.note, row.unlinked_at,
                          row.unlink_reason))
    return PointDetail(point.id, point.code, point.retired_reason, steps, links)


def complaint_choices(session: Session, limit: int = 500) -> list[tuple[str, str]]:
    """Recent complaint-ledger entries to link, substantiated ones first: (编号, summary)."""
    rows = session.execute(
        select(Complaint.code, Complaint.state, Window.code, Complaint.content,
               Complaint.substantiated_at)
        .outerjoin(Window, Window.id == Complaint.window_id)
        .order_by(Complaint.substantiated_at.is_(None), Complaint.registered_at.desc())
        .limit(limit)).all()
    return [(code, f"{STATE_LABELS.get(state, state)} · {window or '—'} · {content[:30]}")
            for code, state, window, content, _s in rows]


def grading(session: Session) -> RiskGrading:
    return load_risk_grading(session)


def departments(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the departments a point may belong to, the hall's own office first."""
    rows = session.execute(select(Department.code, Department.name)
                           .where(Department.retired.is_(False)).order_by(Department.code)).all()
    return [(OWN_OFFICE, OWN_OFFICE), *((c, n) for c, n in rows)]
