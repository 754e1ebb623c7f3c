"""Inspection services: start a round, record a result per window and checklist item
(outcome, note, photo), move on, finish; open a complaint-ledger entry from a finding
or link it to a risk point; void a finding.

Every function works inside the caller's write transaction (``with db.write()``),
never commits, and writes a history step and an audit entry with the change. Nothing
is deleted. A value equal to the stored one is no change: nothing is written (the
inspection mode saves notes as they are typed and may send the same text twice).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.records import complaints as complaint_svc
from app.records import inspection_rules as rules
from app.records import risks as risk_svc
from app.records.inspection_rules import FAIL, PASS, UNCHECKED, VOIDED
from app.security import audit
from app.security.permissions import require
from models import (
    ChecklistItem,
    Complaint,
    InspectionFinding,
    InspectionPhoto,
    InspectionRound,
    InspectionStep,
    InspectionVisit,
    RiskLink,
    RiskPoint,
    Window,
)


# -- helpers -------------------------------------------------------------------------
def _step(session: Session, round_: InspectionRound, action: str, actor: str, now: float,
          finding: InspectionFinding | None = None,
          changes: dict[str, Any] | None = None) -> None:
    session.add(InspectionStep(
        round_id=round_.id, finding_id=None if finding is None else finding.id, at=now,
        actor=actor, action=action,
        changes=None if changes is None else json.dumps(changes, ensure_ascii=False,
                                                        sort_keys=True)))


def _audit(session: Session, round_: InspectionRound, action: str, actor: str, now: float,
           detail: dict[str, Any]) -> None:
    audit.record(session, actor, f"inspection.{action}", "inspection_round", round_.code,
                 detail, ts=now)


def _round(session: Session, round_id: int, actor: str) -> InspectionRound:
    """An unfinished round of ``actor`` (only its inspector records into it)."""
    round_ = session.get(InspectionRound, round_id)
    if round_ is None:
        raise UserError(f"There is no inspection round with id {round_id}.")
    if round_.ended_at is not None:
        raise UserError(f"Inspection round {round_.code} is finished; its results are "
                        "kept as they were.")
    if round_.inspector != actor:
        raise UserError(f"Inspection round {round_.code} is {round_.inspector}'s; only its "
                        "inspector records into it.")
    return round_


def _window(session: Session, code: str) -> Window:
    window = session.scalar(select(Window).where(Window.code == code,
                                                 Window.retired.is_(False)))
    if window is None:
        raise UserError(f"The window {code!r} is not a window of the hall.")
    return window


def _item(session: Session, key: str) -> ChecklistItem:
    item = session.scalar(select(ChecklistItem).where(ChecklistItem.key == key,
                                                      ChecklistItem.retired.is_(False)))
    if item is None:
        raise UserError(f"The checklist item {key!r} is not on the hall's checklist.")
    return item


def _note(value: str | None) -> str:
    text = (value or "").strip()
    if text:
        problem = rules.text_problem(text, rules.MAX_NOTE)
        if problem:
            raise UserError(f"The note is {problem}.")
    return text


def _code(session: Session, now: float) -> str:
    day = local_day(now, hall_tz(session))
    prefix = f"{rules.CODE_PREFIX}-{day:%Y%m%d}-"
    taken = session.scalars(select(InspectionRound.code).where(
        InspectionRound.code >= prefix, InspectionRound.code < prefix[:-1] + ".")).all()
    numbers = [int(c[len(prefix):]) for c in taken if c[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


# -- rounds --------------------------------------------------------------------------
def open_round_of(session: Session, actor: str) -> InspectionRound | None:
    """``actor``'s unfinished round (an interrupted one to resume), if any."""
    return session.scalars(select(InspectionRound).where(
        InspectionRound.inspector == actor, InspectionRound.ended_at.is_(None))
        .order_by(InspectionRound.started_at.desc()).limit(1)).first()


def start_round(session: Session, *, actor: str, role: str, now: float) -> InspectionRound:
    """Begin a round; an inspector has one unfinished round at a time."""
    require(session, actor, role, "inspection.record")
    current = open_round_of(session, actor)
    if current is not None:
        raise UserError(f"Inspection round {current.code} is not finished yet; resume it "
                        "or finish it first.")
    first = session.scalar(select(Window.id).where(Window.retired.is_(False))
                           .order_by(Window.floor, Window.row, Window.col, Window.code)
                           .limit(1))
    round_ = InspectionRound(code=_code(session, now), inspector=actor, started_at=now,
                             window_id=first, revision=1, updated_at=now)
    session.add(round_)
    session.flush()
    _step(session, round_, "start", actor, now)
    _audit(session, round_, "start", actor, now, {})
    return round_


def move(session: Session, round_id: int, window: str, item: str | None, *,
         actor: str, role: str) -> None:
    """Where the inspector is now (the window shown, the item chosen). Not a record:
    kept only so an interrupted round resumes there; no history, no audit."""
    require(session, actor, role, "inspection.record")
    round_ = _round(session, round_id, actor)
    round_.window_id = _window(session, window).id
    round_.item_id = None if item is None else _item(session, item).id


def finish(session: Session, round_id: int, *, actor: str, role: str,
           now: float) -> InspectionRound:
    require(session, actor, role, "inspection.record")
    round_ = _round(session, round_id, actor)
    round_.ended_at = now
    round_.revision += 1
    round_.updated_at = now
    visited = session.scalar(select(func.count()).select_from(InspectionVisit)
                             .where(InspectionVisit.round_id == round_.id)) or 0
    failed = session.scalar(select(func.count()).select_from(InspectionFinding).where(
        InspectionFinding.round_id == round_.id, InspectionFinding.outcome == FAIL)) or 0
    _step(session, round_, "finish", actor, now, changes={"visited": visited,
                                                          "findings": failed})
    _audit(session, round_, "finish", actor, now, {"visited": visited, "findings": failed})
    return round_


# -- results -------------------------------------------------------------------------
def _visit(session: Session, round_: InspectionRound, window: Window, now: float,
           seen: tuple[str | None, str | None] | None, create: bool = True
           ) -> InspectionVisit | None:
    visit = session.scalar(select(InspectionVisit).where(
        InspectionVisit.round_id == round_.id, InspectionVisit.window_id == window.id))
    if visit is None and create:
        state, staff = seen or (None, None)
        visit = InspectionVisit(round_id=round_.id, window_id=window.id, visited_at=now,
                                state=state, staff=staff)
        session.add(visit)
        session.flush()
    return visit


def _finding(session: Session, round_: InspectionRound, visit: InspectionVisit,
             item: ChecklistItem, now: float) -> tuple[InspectionFinding, bool]:
    """The visit's result of ``item``; a new one (not yet added) when there is none."""
    found = session.scalar(select(InspectionFinding).where(
        InspectionFinding.visit_id == visit.id, InspectionFinding.item_id == item.id))
    if found is not None:
        return found, False
    return InspectionFinding(round_id=round_.id, visit_id=visit.id, window_id=visit.window_id,
                             item_id=item.id, outcome=UNCHECKED, note="", observed_at=now,
                             revision=0, updated_at=now), True


def record(session: Session, round_id: int, window: str, item: str, *,
           outcome: str | None = None, note: str | None = None, actor: str, role: str,
           now: float, seen: tuple[str | None, str | None] | None = None
           ) -> InspectionFinding | None:
    """Set the outcome (pass, fail, unchecked) and/or the note of one checklist item at
    one window. ``seen``: the window's live state and staff on duty, kept with the
    first result of the visit. None when nothing changed."""
    require(session, actor, role, "inspection.record")
    round_ = _round(session, round_id, actor)
    outcome_ = None if outcome is None else rules.outcome_key(outcome)
    if outcome is not None and outcome_ is None:
        raise UserError(f"The outcome {outcome!r} is not one of pass, fail, unchecked.")
    note_ = None if note is None else _note(note)
    win, it = _window(session, window), _item(session, item)
    visit = _visit(session, round_, win, now, seen,
                   create=outcome_ is not None or bool(note_))
    if visit is None:
        return None                     # an empty note at a window not visited yet
    finding, new = _finding(session, round_, visit, it, now)
    if finding.outcome == VOIDED:
        raise UserError(f"The result of {it.label} at {win.code} was voided; it cannot "
                        "be changed.")
    changes: dict[str, list[Any]] = {}
    if outcome_ is not None and (new or outcome_ != finding.outcome):
        changes["outcome"] = [None if new else finding.outcome, outcome_]
    if note_ is not None and note_ != finding.note:
        changes["note"] = [finding.note, note_]
    if not changes:
        return None
    if "outcome" in changes:
        finding.outcome = outcome_ or finding.outcome
        finding.observed_at = now
    if "note" in changes:
        finding.note = note_ or ""
    finding.revision += 1
    finding.updated_at = now
    if new:
        session.add(finding)
    session.flush()
    round_.window_id, round_.item_id = win.id, it.id
    _step(session, round_, "record", actor, now, finding,
          {"window": win.code, "item": it.key, **changes})
    _audit(session, round_, "record", actor, now, {"finding": finding.id, "window": win.code,
                                                    "item": it.key, **changes})
    return finding


def pass_rest(session: Session, round_id: int, window: str, *, actor: str, role: str,
              now: float, seen: tuple[str | None, str | None] | None = None) -> int:
    """Every item of ``window`` not checked yet passes (one step, one audit entry);
    the number of items set."""
    require(session, actor, role, "inspection.record")
    round_ = _round(session, round_id, actor)
    win = _window(session, window)
    visit = _visit(session, round_, win, now, seen)
    assert visit is not None
    keys = []
    for it in session.scalars(select(ChecklistItem).where(ChecklistItem.retired.is_(False))
                              .order_by(ChecklistItem.position)):
        finding, new = _finding(session, round_, visit, it, now)
        if not new and finding.outcome != UNCHECKED:
            continue
        finding.outcome, finding.observed_at = PASS, now
        finding.revision += 1
        finding.updated_at = now
        if new:
            session.add(finding)
        keys.append(it.key)
    if keys:
        session.flush()
        _step(session, round_, "pass_rest", actor, now,
              changes={"window": win.code, "items": keys})
        _audit(session, round_, "pass_rest", actor, now, {"window": win.code, "items": keys})
    return len(keys)


def attach_photo(session: Session, round_id: int, window: str, item: str, data: bytes,
                 filename: str, *, actor: str, role: str, now: float,
                 seen: tuple[str | None, str | None] | None = None) -> InspectionPhoto:
    """Keep a photo with one item's result at a window (checked first: JPEG or PNG,
    at most 8 MiB and 50 megapixels)."""
    require(session, actor, role, "inspection.record")
    name = (filename or "photo").strip()[-200:] or "photo"
    info = rules.photo_info(data, name)
    round_ = _round(session, round_id, actor)
    win, it = _window(session, window), _item(session, item)
    visit = _visit(session, round_, win, now, seen)
    assert visit is not None
    finding, new = _finding(session, round_, visit, it, now)
    if new:
        finding.revision = 1
        session.add(finding)
        session.flush()
    digest = hashlib.sha256(data).hexdigest()
    photo = InspectionPhoto(finding_id=finding.id, added_at=now, added_by=actor,
                            filename=name, mime=info.mime, width=info.width,
                            height=info.height, sha256=digest, data=data)
    session.add(photo)
    session.flush()
    detail = {"finding": finding.id, "window": win.code, "item": it.key, "photo": photo.id,
              "sha256": digest, "bytes": len(data)}
    _step(session, round_, "photo", actor, now, finding, detail)
    _audit(session, round_, "photo", actor, now, detail)
    return photo


# -- after the round -----------------------------------------------------------------
def _failed(session: Session, finding_id: int) -> tuple[InspectionFinding, InspectionRound,
                                                        str, ChecklistItem]:
    finding = session.get(InspectionFinding, finding_id)
    if finding is None or finding.outcome != FAIL:
        raise UserError(f"There is no inspection finding {finding_id} (a failed checklist "
                        "item).")
    round_ = session.get(InspectionRound, finding.round_id)
    window = session.get(Window, finding.window_id)
    item = session.get(ChecklistItem, finding.item_id)
    assert round_ is not None and window is not None and item is not None
    return finding, round_, window.code, item


def open_complaint(session: Session, finding_id: int, *, content: str | None = None,
                   actor: str, role: str, now: float) -> Complaint:
    """Register a complaint-ledger entry (source 巡查) for a finding; one per finding."""
    finding, round_, window, item = _failed(session, finding_id)
    if finding.complaint_id is not None:
        code = session.scalar(select(Complaint.code).where(Complaint.id == finding.complaint_id))
        raise UserError(f"Finding {finding_id} has opened complaint {code} already.")
    text = (content or "").strip() or (
        f"巡查{round_.code}发现：{item.label}不合格。" + (finding.note or ""))
    entry = complaint_svc.register(
        session, source="inspection", content=text, registered_at=finding.observed_at,
        window=window, note=f"巡查发现 {finding_id}", actor=actor, role=role, now=now)
    finding.complaint_id = entry.id
    finding.revision += 1
    finding.updated_at = now
    _step(session, round_, "open_complaint", actor, now, finding, {"complaint": entry.code})
    _audit(session, round_, "open_complaint", actor, now, {"finding": finding_id,
                                                           "complaint": entry.code})
    return entry


def link_risk(session: Session, finding_id: int, risk_code: str, note: str = "", *,
              actor: str, role: str, now: float) -> RiskLink:
    """Link a finding to a risk point (by its code), through the register's service."""
    _failed(session, finding_id)
    code = (risk_code or "").strip().upper()
    point_id = session.scalar(select(RiskPoint.id).where(RiskPoint.code == code))
    if point_id is None:
        raise UserError(f"The risk point {code!r} is not in the register.")
    return risk_svc.link(session, point_id, "finding", str(finding_id), note, actor=actor,
                         role=role, now=now)


def void(session: Session, finding_id: int, reason: str, *, actor: str, role: str,
         now: float) -> InspectionFinding:
    """The director takes a finding back with a reason: it no longer costs the window;
    the result and its history stay."""
    require(session, actor, role, "inspection.void")
    finding, round_, window, item = _failed(session, finding_id)
    reason_ = _note(reason)
    if not reason_:
        raise UserError("The reason for voiding is empty; it must be filled in.")
    finding.outcome, finding.void_reason = VOIDED, reason_
    finding.revision += 1
    finding.updated_at = now
    changes = {"window": window, "item": item.key, "outcome": [FAIL, VOIDED],
               "reason": reason_}
    _step(session, round_, "void", actor, now, finding, changes)
    _audit(session, round_, "void", actor, now, {"finding": finding_id, **changes})
    return finding
