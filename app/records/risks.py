"""Integrity risk register services: add and change points, escalate, approve (审定),
record reviews, link complaints and findings, retire.

Every function works inside the caller's write transaction (``with db.write()``),
never commits, and writes a history step and an audit entry with the change. Nothing
is deleted: a point is retired with a reason, a link closed with a reason. Any change
to an approved point withdraws the approval until the director approves it again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import column

from app.config import RiskGrading, load_risk_grading
from app.errors import FieldError, UserError
from app.hall_time import hall_tz, local_day
from app.records import risk_rules as rules
from app.records.conflict import check_revision
from app.security import audit
from app.security.permissions import require
from models import Complaint, Department, Hall, RiskLink, RiskPoint, RiskStep

# The editable fields, in the register's column order.
FIELDS = ("category", "risk_type", "post", "procedure", "description", "likelihood",
          "impact", "measures", "responsible", "department", "phase", "escalation_reason")
OWN_OFFICE = "中心本级"          # 责任单位 of the hall's own posts (no department row)
FINDING_TABLE = "inspection_finding"


# -- checks --------------------------------------------------------------------------
def department_lookup(session: Session) -> dict[str, int | None]:
    """Department code or name → id (None: the hall's own office, by 中心本级 or the
    hall's name); a name two departments share is left out."""
    lookup: dict[str, int | None] = {OWN_OFFICE: None}
    hall_name = session.scalar(select(Hall.name).limit(1))
    if hall_name:
        lookup[hall_name] = None
    rows = session.execute(select(Department.code, Department.name, Department.id)
                           .where(Department.retired.is_(False))).all()
    names: dict[str, int] = {}
    for _code, name, did in rows:
        names[name] = -1 if name in names else did
    lookup.update({n: d for n, d in names.items() if d != -1})
    lookup.update({code: did for code, _name, did in rows})
    return lookup


def check_fields(session: Session | None, values: Mapping[str, Any],
                 departments: dict[str, int | None] | None = None) -> dict[str, Any]:
    """The fields in ``values`` checked and converted (``department`` → ``department_id``);
    the first bad one raises a one-sentence ``UserError``."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "category":
            key = rules.category_key(str(value or ""))
            if key is None:
                labels = "、".join(rules.CATEGORY_LABELS.values())
                raise FieldError(f"The category {value!r} is not one of {labels}.",
                                 "bad_category", labels)
            out[name] = key
        elif name == "risk_type":
            key = rules.risk_type_key(str(value or ""))
            if key is None:
                labels = "、".join(rules.RISK_TYPE_LABELS.values())
                raise FieldError(f"The risk type {value!r} is not one of {labels}.",
                                 "bad_risk_type", labels)
            out[name] = key
        elif name == "phase":
            key = rules.phase_key(str(value or ""))
            if key is None:
                labels = "、".join(rules.PHASE_LABELS.values())
                raise FieldError(f"The phase {value!r} is not one of {labels}.",
                                 "bad_phase", labels)
            out[name] = key
        elif name in ("likelihood", "impact"):
            out[name] = rules.check_level(
                value, "The likelihood" if name == "likelihood" else "The impact")
        elif name == "post":
            out[name] = rules.check_text(value, "The post (岗位)", limit=rules.MAX_SHORT)
        elif name == "procedure":
            out[name] = rules.check_text(value, "The procedure (程序环节)",
                                         limit=rules.MAX_PROCEDURE)
        elif name == "description":
            out[name] = rules.check_text(value, "The risk description (风险描述)")
        elif name == "measures":
            out[name] = rules.check_text(value, "The control measures (防控措施)")
        elif name == "responsible":
            out[name] = rules.check_text(value, "The responsible person (责任人)",
                                         limit=rules.MAX_SHORT)
        elif name == "escalation_reason":
            out[name] = rules.check_text(value, "The escalation reason", required=False)
        elif name == "department":
            if departments is not None:
                lookup = departments
            elif session is not None:
                lookup = department_lookup(session)
            else:
                raise UserError("The departments of the hall are unknown here.")
            text = str(value or "").strip()
            if not text or text not in lookup:
                raise FieldError(f"The department {text!r} is not a department of the "
                                 f"hall (give its code or name, or {OWN_OFFICE}).",
                                 "unknown_department", OWN_OFFICE)
            out["department_id"] = lookup[text]
        else:
            raise UserError(f"{name!r} is not a field of a risk point.")
    return out


def _grade(point: RiskPoint, grading: RiskGrading) -> int:
    escalated = bool(point.escalation_reason)
    if escalated and rules.score_grade(point.likelihood, point.impact, grading) == 1:
        raise UserError(f"Point {point.code} is 一级 by its score already; it cannot be "
                        "escalated further.")
    return rules.grade_in_force(point.likelihood, point.impact, escalated, grading)


def _get(session: Session, point_id: int, revision: int | None = None) -> RiskPoint:
    point = session.get(RiskPoint, point_id)
    if point is None:
        raise UserError(f"There is no risk point with id {point_id}.")
    check_revision(session, "Point", point, revision, RiskStep, RiskStep.risk_id)
    if point.retired_at is not None:
        raise UserError(f"Point {point.code} is retired; it cannot be changed.")
    return point


def _step(session: Session, point: RiskPoint, action: str, actor: str, now: float,
          note: str = "", changes: Mapping[str, Any] | None = None) -> None:
    session.add(RiskStep(risk_id=point.id, at=now, actor=actor, action=action, note=note,
                         changes=None if changes is None else json.dumps(
                             changes, ensure_ascii=False, sort_keys=True, default=str)))


def _audit(session: Session, point: RiskPoint, action: str, actor: str, now: float,
           detail: dict[str, Any]) -> None:
    audit.record(session, actor, f"risk.{action}", "risk_point", point.code,
                 {"revision": point.revision, **detail}, ts=now)


def _today(session: Session, now: float) -> dt.date:
    return local_day(now, hall_tz(session))


# -- adding and changing -------------------------------------------------------------
def create(session: Session, code: str, values: Mapping[str, Any], *, actor: str,
           role: str, now: float, next_review: dt.date | None = None) -> RiskPoint:
    """Add a point (unapproved). Every field of ``FIELDS`` but the escalation reason
    is required."""
    require(session, actor, role, "risk.add")
    code_ = rules.check_code(code)
    missing = [f for f in FIELDS if f != "escalation_reason" and f not in values]
    if missing:
        raise UserError(f"The risk point {code_} lacks {', '.join(missing)}.")
    checked = check_fields(session, values)
    if session.scalar(select(RiskPoint.id).where(RiskPoint.code == code_)) is not None:
        raise UserError(f"The code {code_} is already in the register.")
    point = RiskPoint(code=code_, next_review=next_review, revision=1, created_at=now,
                      updated_at=now, **checked)
    point.grade = _grade(point, load_risk_grading(session))
    session.add(point)
    session.flush()
    _step(session, point, "create", actor, now)
    _audit(session, point, "create", actor, now, {"grade": point.grade})
    return point


def update(session: Session, point_id: int, values: Mapping[str, Any], *, actor: str,
           role: str, now: float, revision: int | None = None, note: str = "",
           action: str = "update") -> RiskPoint:
    """Change some fields; the grade follows. An approved point goes back for
    re-approval. Values equal to the current ones are not a change."""
    require(session, actor, role, "risk.change")
    point = _get(session, point_id, revision)
    checked = check_fields(session, values)
    changes = {k: [getattr(point, k), v] for k, v in checked.items() if getattr(point, k) != v}
    if not changes:
        raise UserError(f"Nothing was changed in point {point.code}.")
    old_grade = point.grade
    for key, (_old, new) in changes.items():
        setattr(point, key, new)
    point.grade = _grade(point, load_risk_grading(session))
    if point.grade != old_grade:
        changes["grade"] = [old_grade, point.grade]
    _changed(session, point, action, actor, now, changes, note)
    return point


def escalate(session: Session, point_id: int, reason: str, *, actor: str, role: str,
             now: float, revision: int | None = None) -> RiskPoint:
    """Raise the grade one step above the score's with a reason (needs re-approval)."""
    point = _get(session, point_id, revision)
    if point.escalation_reason:
        raise UserError(f"Point {point.code} is escalated already.")
    reason_ = rules.check_text(reason, "The escalation reason")
    return update(session, point_id, {"escalation_reason": reason_}, actor=actor, role=role,
                  now=now, revision=revision, note=reason_ or "", action="escalate")


def _changed(session: Session, point: RiskPoint, action: str, actor: str, now: float,
             changes: dict[str, list[Any]], note: str) -> None:
    withdrawn = point.approved_at is not None
    if withdrawn:
        changes["approved_by"] = [point.approved_by, None]
        point.approved_by = None
        point.approved_at = None
    point.revision += 1
    point.updated_at = now
    _step(session, point, action, actor, now, note, changes)
    _audit(session, point, action, actor, now, {
        "changes": changes, "approval_withdrawn": withdrawn})


def approve(session: Session, point_id: int, *, actor: str, role: str, now: float,
            revision: int | None = None, note: str = "") -> RiskPoint:
    """The director's approval (审定) of the point as it stands; sets the next review
    date from today by the point's grade."""
    require(session, actor, role, "risk.approve")
    point = _get(session, point_id, revision)
    if point.approved_at is not None:
        raise UserError(f"Point {point.code} is approved already as it stands.")
    grading = load_risk_grading(session)
    today = _today(session, now)
    point.approved_by, point.approved_at, point.reviewed_at = actor, now, now
    old_next, point.next_review = point.next_review, rules.next_review(today, point.grade,
                                                                        grading)
    point.updated_at = now
    _step(session, point, "approve", actor, now, note,
          {"next_review": [old_next, point.next_review]})
    _audit(session, point, "approve", actor, now, {"next_review": str(point.next_review)})
    return point


def record_review(session: Session, point_id: int, note: str, *, actor: str, role: str,
                  now: float, revision: int | None = None) -> RiskPoint:
    """A periodic review (评估) with its conclusion; the next one is due by grade."""
    require(session, actor, role, "risk.review")
    point = _get(session, point_id, revision)
    note_ = rules.check_text(note, "The review conclusion") or ""
    if point.approved_at is None:
        raise UserError(f"Point {point.code} is not approved as it stands; the director "
                        "approves it first.")
    grading = load_risk_grading(session)
    old_next = point.next_review
    point.reviewed_at = now
    point.next_review = rules.next_review(_today(session, now), point.grade, grading)
    point.updated_at = now
    _step(session, point, "review", actor, now, note_,
          {"next_review": [old_next, point.next_review]})
    _audit(session, point, "review", actor, now, {"next_review": str(point.next_review),
                                                  "note": note_})
    return point


def retire(session: Session, point_id: int, reason: str, *, actor: str, role: str,
           now: float, revision: int | None = None) -> RiskPoint:
    """Take a point out of the register with a reason; it stays in the database."""
    require(session, actor, role, "risk.retire")
    point = _get(session, point_id, revision)
    reason_ = rules.check_text(reason, "The reason for retiring")
    point.retired_at, point.retired_reason = now, reason_
    point.revision += 1
    point.updated_at = now
    _step(session, point, "retire", actor, now, reason_ or "")
    _audit(session, point, "retire", actor, now, {"reason": reason_})
    return point


# -- links ---------------------------------------------------------------------------
def _finding_exists(session: Session, finding_id: int) -> bool:
    if not inspect(session.connection()).has_table(FINDING_TABLE):
        raise UserError("Inspection findings are not recorded in this database yet; "
                        "a finding can be linked once inspections exist.")
    # A finding is a failed checklist item (a passed or unchecked result is no finding).
    found = table(FINDING_TABLE, column("id"), column("outcome"))
    return session.execute(select(found.c.id).where(
        found.c.id == finding_id, found.c.outcome == "fail")).first() is not None


def link(session: Session, point_id: int, kind: str, target: str, note: str = "", *,
         actor: str, role: str, now: float) -> RiskLink:
    """Link a complaint-ledger entry (by its 编号) or an inspection finding (by its
    number) to a point. A link does not change the point: no re-approval."""
    require(session, actor, role, "risk.link")
    point = _get(session, point_id)
    note_ = rules.check_text(note, "The note", required=False) or ""
    target_ = str(target).strip()
    complaint_id: int | None = None
    finding_id: int | None = None
    if kind == rules.COMPLAINT:
        complaint_id = session.scalar(select(Complaint.id).where(Complaint.code == target_))
        if complaint_id is None:
            raise UserError(f"The complaint {target_!r} is not in the complaint ledger.")
    elif kind == rules.FINDING:
        if not target_.isdigit() or not _finding_exists(session, int(target_)):
            raise UserError(f"The inspection finding {target_!r} does not exist.")
        finding_id = int(target_)
    else:
        raise UserError(f"A link is to a complaint or a finding, not {kind!r}.")
    live = select(RiskLink.id).where(RiskLink.risk_id == point.id, RiskLink.kind == kind,
                                     RiskLink.unlinked_at.is_(None))
    live = live.where(RiskLink.complaint_id == complaint_id if complaint_id is not None
                      else RiskLink.finding_id == finding_id)
    if session.scalar(live) is not None:
        raise UserError(f"{target_} is linked to point {point.code} already.")
    row = RiskLink(risk_id=point.id, kind=kind, complaint_id=complaint_id,
                   finding_id=finding_id, linked_at=now, linked_by=actor, note=note_)
    session.add(row)
    session.flush()
    _step(session, point, f"link_{kind}", actor, now, note_, {kind: target_})
    _audit(session, point, f"link_{kind}", actor, now, {kind: target_, "note": note_})
    return row


def unlink(session: Session, link_id: int, reason: str, *, actor: str, role: str,
           now: float) -> RiskLink:
    """Close a link with a reason (it stays in the point's history)."""
    require(session, actor, role, "risk.unlink")
    row = session.get(RiskLink, link_id)
    if row is None or row.unlinked_at is not None:
        raise UserError(f"There is no open link {link_id}.")
    point = _get(session, row.risk_id)
    reason_ = rules.check_text(reason, "The reason for unlinking")
    row.unlinked_at, row.unlinked_by, row.unlink_reason = now, actor, reason_
    target = (session.scalar(select(Complaint.code).where(Complaint.id == row.complaint_id))
              if row.kind == rules.COMPLAINT else str(row.finding_id))
    _step(session, point, f"unlink_{row.kind}", actor, now, reason_ or "",
          {row.kind: target})
    _audit(session, point, f"unlink_{row.kind}", actor, now, {row.kind: target,
                                                               "reason": reason_})
    return row
