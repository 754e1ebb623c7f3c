"""Inspection figures: findings (failed checklist items) of a period by window and by
item with their deductions, repeat offenders, and the rounds of the period.

A finding belongs to the period its outcome was set in (``observed_at``) and costs
its window the checklist item's deduction (docs/spec/figures.md, Assessment); a voided
finding costs nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.figures.period import Period, local_date
from app.figures.sql import count_if
from models import (
    ChecklistItem,
    Complaint,
    Department,
    InspectionFinding,
    InspectionPhoto,
    InspectionRound,
    InspectionVisit,
    Window,
)
from models.inspections import FAIL

F = InspectionFinding

REPEAT_ROUNDS = 2          # the same item failed at a window in this many rounds


def _in(period: Period) -> list:
    return [F.outcome == FAIL, F.observed_at >= period.t0, F.observed_at < period.t1]


def window_deductions(session: Session, period: Period,
                      window_ids: list[int]) -> dict[int, tuple[int, float]]:
    """Window id → (findings, points deducted) in the period."""
    if not window_ids:
        return {}
    rows = session.execute(
        select(F.window_id, func.count(), func.sum(ChecklistItem.deduction))
        .join(ChecklistItem, ChecklistItem.id == F.item_id)
        .where(F.window_id.in_(window_ids), *_in(period)).group_by(F.window_id))
    return {wid: (int(n), float(total or 0.0)) for wid, n, total in rows}


@dataclass(frozen=True)
class ItemCount:
    key: str
    label: str
    findings: int
    windows: int
    points: float


def by_item(session: Session, period: Period,
            window_ids: list[int] | None = None) -> list[ItemCount]:
    """Every checklist item (in checklist order) with its findings in the period."""
    cond = and_(F.item_id == ChecklistItem.id, *_in(period),
                *([F.window_id.in_(window_ids)] if window_ids is not None else []))
    rows = session.execute(
        select(ChecklistItem.key, ChecklistItem.label, func.count(F.id),
               func.count(func.distinct(F.window_id)), ChecklistItem.deduction,
               ChecklistItem.retired)
        .outerjoin(F, cond)
        .group_by(ChecklistItem.id, ChecklistItem.key, ChecklistItem.label,
                  ChecklistItem.deduction, ChecklistItem.retired, ChecklistItem.position)
        .order_by(ChecklistItem.position, ChecklistItem.key))
    return [ItemCount(key, label, int(n), int(w), float(d) * int(n))
            for key, label, n, w, d, retired in rows if not retired or n]


@dataclass(frozen=True)
class WindowCount:
    code: str
    label: str
    department: str
    findings: int
    points: float


def by_window(session: Session, period: Period,
              window_ids: list[int] | None = None) -> list[WindowCount]:
    """Windows with findings in the period, most findings first."""
    query = (select(Window.code, Window.label, Department.name, func.count(),
                    func.sum(ChecklistItem.deduction))
             .select_from(F).join(Window, Window.id == F.window_id)
             .join(Department, Department.id == Window.department_id)
             .join(ChecklistItem, ChecklistItem.id == F.item_id).where(*_in(period))
             .group_by(Window.code, Window.label, Department.name))
    if window_ids is not None:
        query = query.where(F.window_id.in_(window_ids))
    rows = [WindowCount(c, lbl or "", d, int(n), float(p or 0.0))
            for c, lbl, d, n, p in session.execute(query)]
    return sorted(rows, key=lambda r: (-r.findings, r.code))


@dataclass(frozen=True)
class RepeatOffender:
    window: str
    department: str
    item: str
    rounds: int
    last_on: dt.date


def repeat_offenders(session: Session, period: Period,
                     window_ids: list[int] | None = None) -> list[RepeatOffender]:
    """The same item failed at the same window in two or more rounds of the period."""
    query = (select(Window.code, Department.name, ChecklistItem.label,
                    func.count(func.distinct(F.round_id)), func.max(F.observed_at))
             .select_from(F).join(Window, Window.id == F.window_id)
             .join(Department, Department.id == Window.department_id)
             .join(ChecklistItem, ChecklistItem.id == F.item_id).where(*_in(period))
             .group_by(Window.code, Department.name, ChecklistItem.label,
                       ChecklistItem.position)
             .having(func.count(func.distinct(F.round_id)) >= REPEAT_ROUNDS)
             .order_by(func.count(func.distinct(F.round_id)).desc(), Window.code,
                       ChecklistItem.position))
    if window_ids is not None:
        query = query.where(F.window_id.in_(window_ids))
    return [RepeatOffender(w, d, item, int(n), local_date(float(last), period.tz))
            for w, d, item, n, last in session.execute(query)]


@dataclass(frozen=True)
class RoundRow:
    id: int
    code: str
    inspector: str
    started_at: float
    ended_at: float | None
    visited: int
    findings: int


def rounds(session: Session, period: Period) -> list[RoundRow]:
    """Rounds started in the period, newest first, with windows visited and findings."""
    r = InspectionRound
    return _round_rows(session, r.started_at >= period.t0, r.started_at < period.t1)


def _round_rows(session: Session, *where: Any) -> list[RoundRow]:
    r = InspectionRound
    visited = (select(InspectionVisit.round_id, func.count().label("n"))
               .group_by(InspectionVisit.round_id).subquery())
    failed = (select(F.round_id, count_if(F.outcome == FAIL).label("n"))
              .group_by(F.round_id).subquery())
    rows = session.execute(
        select(r.id, r.code, r.inspector, r.started_at, r.ended_at,
               func.coalesce(visited.c.n, 0), func.coalesce(failed.c.n, 0))
        .outerjoin(visited, visited.c.round_id == r.id)
        .outerjoin(failed, failed.c.round_id == r.id)
        .where(*where)
        .order_by(r.started_at.desc(), r.id.desc()))
    return [RoundRow(i, c, who, float(s), None if e is None else float(e), int(v), int(n))
            for i, c, who, s, e, v, n in rows]


@dataclass(frozen=True)
class FindingRow:
    id: int
    round_code: str
    inspector: str
    observed_at: float
    window: str
    department: str
    item: str
    note: str
    points: float
    complaint: str | None
    photos: int


def findings(session: Session, period: Period) -> list[FindingRow]:
    """The period's findings, newest first (the tab's list and the spreadsheet)."""
    photos = (select(InspectionPhoto.finding_id, func.count().label("n"))
              .group_by(InspectionPhoto.finding_id).subquery())
    rows = session.execute(
        select(F.id, InspectionRound.code, InspectionRound.inspector, F.observed_at,
               Window.code, Department.name, ChecklistItem.label, F.note,
               ChecklistItem.deduction, Complaint.code, func.coalesce(photos.c.n, 0))
        .select_from(F).join(InspectionRound, InspectionRound.id == F.round_id)
        .join(Window, Window.id == F.window_id)
        .join(Department, Department.id == Window.department_id)
        .join(ChecklistItem, ChecklistItem.id == F.item_id)
        .outerjoin(Complaint, Complaint.id == F.complaint_id)
        .outerjoin(photos, photos.c.finding_id == F.id)
        .where(*_in(period)).order_by(F.observed_at.desc(), F.id.desc()))
    return [FindingRow(i, rc, who, float(at), w, d, item, note or "", float(p), c, int(n))
            for i, rc, who, at, w, d, item, note, p, c, n in rows]


@dataclass(frozen=True)
class LastRound:
    """The latest round (whatever its quarter) and what it found: (window, item)."""

    round: RoundRow
    findings: list[tuple[str, str]]


def last_round(session: Session) -> LastRound | None:
    """The round started last, with its windows visited and its findings."""
    r = InspectionRound
    latest = session.scalar(select(r.id).order_by(r.started_at.desc(), r.id.desc()).limit(1))
    if latest is None:
        return None
    row = _round_rows(session, r.id == latest)[0]
    found = session.execute(
        select(Window.code, ChecklistItem.label).select_from(F)
        .join(Window, Window.id == F.window_id).join(ChecklistItem, ChecklistItem.id == F.item_id)
        .where(F.round_id == row.id, F.outcome == FAIL)
        .order_by(Window.code, ChecklistItem.position)).all()
    return LastRound(row, [(code, label) for code, label in found])


@dataclass(frozen=True)
class WindowRef:
    code: str
    label: str
    department: str


def not_inspected(session: Session, period: Period) -> list[WindowRef]:
    """The hall's windows (not retired) that no round started in the period visited."""
    visited = (select(InspectionVisit.window_id)
               .join(InspectionRound, InspectionRound.id == InspectionVisit.round_id)
               .where(InspectionRound.started_at >= period.t0,
                      InspectionRound.started_at < period.t1))
    rows = session.execute(
        select(Window.code, Window.label, Department.name)
        .join(Department, Department.id == Window.department_id)
        .where(Window.retired.is_(False), Window.id.not_in(visited))
        .order_by(Window.code))
    return [WindowRef(code, label or "", dept) for code, label, dept in rows]
