"""Complaint ledger services: register, open entries from bad evaluations, take the
steps of the state machine, correct, set the deadlines.

Every function works inside the caller's write transaction (``with db.write()``),
never commits, and writes its audit entry with the change. Nothing is deleted: a
step or a correction adds a history row and raises the entry's revision.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.config import (
    ComplaintDeadlines,
    load_complaint_categories,
    load_complaint_deadlines,
    store_complaint_deadlines,
)
from app.errors import UserError

# Re-exported: hall_tz and local_day lived here before app.hall_time (bench/ imports them).
from app.hall_time import hall_tz as hall_tz
from app.hall_time import local_day as local_day
from app.records import complaint_rules as rules
from app.records.complaint_rules import (
    ACTIONS,
    FINDING,
    FOLLOW_UP,
    NOTE,
    RECTIFICATION,
    SATISFACTION,
    STATE_LABELS,
    WINDOW,
)
from app.security import audit
from app.security.permissions import require
from models import Account, Complaint, ComplaintStep, Window

CODE_PREFIX = "TS"
CHUNK = 5000
# Rows are inserted through the tables (Core executemany): the ORM's bulk insert
# groups rows by which values are None and sends many small statements.
_COMPLAINT = cast(Table, Complaint.__table__)
_STEP = cast(Table, ComplaintStep.__table__)


# -- helpers -------------------------------------------------------------------------
def _label(state: str) -> str:
    return STATE_LABELS.get(state, state)


def reserve_ids(session: Session, n: int) -> int:
    """The first of ``n`` fresh entry ids. Every writer holds the database's write
    lock (``db.write()``), so max + 1 is safe; ``sync_id_sequence`` follows on
    PostgreSQL."""
    return int(session.scalar(select(func.max(Complaint.id))) or 0) + 1 if n else 0


def sync_id_sequence(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT setval(pg_get_serial_sequence('complaint', 'id'), "
                             "(SELECT max(id) FROM complaint))"))


def next_codes(session: Session, day: dt.date, n: int) -> list[str]:
    """``n`` new ledger numbers of a registration day: TS-20260915-00001, … (a day's
    numbers are few, so they are all read to find the highest)."""
    prefix = f"{CODE_PREFIX}-{day:%Y%m%d}-"
    taken = session.scalars(select(Complaint.code).where(
        Complaint.code >= prefix, Complaint.code < prefix[:-1] + ".")).all()
    numbers = [int(c[len(prefix):]) for c in taken if c[len(prefix):].isdigit()]
    start = max(numbers, default=0) + 1
    return [f"{prefix}{i:05d}" for i in range(start, start + n)]


def window_ids(session: Session) -> dict[str, int]:
    """Window code → id, retired windows included (old entries refer to them)."""
    return dict(session.execute(select(Window.code, Window.id)).all())


def _window_id(session: Session, code: str | None, what: str = "The window") -> int | None:
    if not code:
        return None
    wid = session.scalar(select(Window.id).where(Window.code == code,
                                                 Window.retired.is_(False)))
    if wid is None:
        raise UserError(f"{what} {code!r} is not a window of the hall.")
    return wid


def insert_entries(session: Session, entries: Sequence[dict[str, Any]], *, actor: str,
                   action: str, notes: Sequence[str]) -> None:
    """Bulk-insert fully formed entries (``id`` included) with their first history
    step; no audit entry (the caller writes one for the whole batch)."""
    for i in range(0, len(entries), CHUNK):
        part = entries[i:i + CHUNK]
        session.execute(_COMPLAINT.insert(), list(part))
        session.execute(_STEP.insert(), [
            {"complaint_id": e["id"], "at": e["updated_at"], "actor": actor, "action": action,
             "from_state": None, "to_state": e["state"], "note": note, "changes": None}
            for e, note in zip(part, notes[i:i + CHUNK], strict=True)])
    if entries:
        sync_id_sequence(session)


def new_entry(eid: int, code: str, *, source: str, state: str, registered_at: float,
              tz: dt.tzinfo, calendar: WorkCalendar, deadlines: ComplaintDeadlines,
              **fields: Any) -> dict[str, Any]:
    """A complete row for ``insert_entries``: verification due from the registration
    day; ``fields`` fill or override the rest."""
    day = local_day(registered_at, tz)
    values: dict[str, Any] = {
        "id": eid, "code": code, "source": source, "state": state,
        "registered_at": registered_at, "registered_on": day, "window_id": None,
        "citizen_name": None, "citizen_phone": None, "content": "", "rating": None,
        "evaluation_event_id": None, "finding": None, "rectification": None,
        "follow_up": None, "satisfaction": None, "category": None, "handler": None,
        "verify_due": calendar.add_workdays(day, deadlines.verify_workdays),
        "rectify_due": None, "substantiated_at": None, "revision": 1,
        "updated_at": registered_at}
    values.update(fields)
    return values


# -- registering ---------------------------------------------------------------------
def check_category(session: Session, value: str | None) -> str | None:
    """A category (投诉类别) of the rules settings, or None when empty."""
    text_ = (value or "").strip()
    if not text_:
        return None
    offered = load_complaint_categories(session).categories
    if text_ not in offered:
        raise UserError(f"The complaint category {text_!r} is not one of "
                        f"{', '.join(offered)}.")
    return text_


def check_handler(session: Session, value: str | None) -> str | None:
    """The account name of a handler (承办人), or None when empty: an account that is
    not disabled."""
    name = (value or "").strip()
    if not name:
        return None
    disabled = session.scalar(select(Account.disabled).where(Account.name == name))
    if disabled is None or disabled:
        raise UserError(f"The handler {name!r} is not an account in use; a complaint is "
                        "handled by one of the hall's accounts.")
    return name


def register(session: Session, *, source: str, content: str, registered_at: float,
             window: str | None = None, citizen_name: str | None = None,
             citizen_phone: str | None = None, note: str = "", category: str | None = None,
             handler: str | None = None, actor: str, role: str,
             now: float) -> Complaint:
    """Register a complaint received by phone, letter, web, in person or on an
    inspection round. Checks every field first; nothing is written on bad input."""
    require(session, actor, role, "complaint.register")
    if source not in rules.MANUAL_SOURCES:
        raise UserError(f"The source {source!r} is not one of "
                        f"{', '.join(rules.MANUAL_SOURCES)} (evaluation entries open "
                        "themselves).")
    text_ = rules.check_text(content, "The complaint", required=True)
    name = rules.check_name(citizen_name)
    phone = rules.check_phone(citizen_phone)
    note_ = rules.check_text(note, "The note", required=False) or ""
    if registered_at > now + 60:
        raise UserError("The registration time is in the future.")
    category_ = check_category(session, category)
    handler_ = check_handler(session, handler)
    wid = _window_id(session, window)
    tz = hall_tz(session)
    at = float(int(registered_at))
    eid = reserve_ids(session, 1)
    code = next_codes(session, local_day(at, tz), 1)[0]
    entry = new_entry(eid, code, source=source, state=rules.REGISTERED, registered_at=at,
                      tz=tz, calendar=WorkCalendar.load(session),
                      deadlines=load_complaint_deadlines(session), window_id=wid,
                      citizen_name=name, citizen_phone=phone, content=text_,
                      category=category_, handler=handler_)
    insert_entries(session, [entry], actor=actor, action="register", notes=[note_])
    audit.record(session, actor, "complaint.register", "complaint", code, {
        "source": source, "window": window or None, "citizen_name": rules.mask_name(name),
        "citizen_phone": rules.mask_phone(phone), "category": category_,
        "handler": handler_})
    registered = session.get(Complaint, eid)
    assert registered is not None
    return registered


def open_from_evaluations(session: Session, evaluations: Iterable[Mapping[str, Any]],
                          actor: str, *, tz: dt.tzinfo, calendar: WorkCalendar) -> int:
    """Open an entry for every evaluation rated 1–2 (the ingest's hook, same
    transaction). The ingest's one audit entry counts them; none is written here."""
    bad = [e for e in evaluations if e["rating"] in rules.RATING_WORDS]
    if not bad:
        return 0
    deadlines = load_complaint_deadlines(session)
    eid = reserve_ids(session, len(bad))
    by_day: dict[dt.date, list[Mapping[str, Any]]] = {}
    for e in bad:
        by_day.setdefault(local_day(e["ts"], tz), []).append(e)
    entries: list[dict[str, Any]] = []
    for day, rows in sorted(by_day.items()):
        rows.sort(key=lambda e: (e["ts"], e["event_id"]))
        for e, code in zip(rows, next_codes(session, day, len(rows)), strict=True):
            content = f"评价器{rules.RATING_WORDS[e['rating']]}评价（{e['rating']}分）"
            if e.get("ticket"):
                content += f"，票号 {e['ticket']}"
            if e.get("comment"):
                content += f"。评价留言：{e['comment']}"
            entries.append(new_entry(
                eid, code, source="evaluation", state=rules.REGISTERED,
                registered_at=float(e["ts"]), tz=tz, calendar=calendar, deadlines=deadlines,
                window_id=e["window_id"], content=content, rating=e["rating"],
                evaluation_event_id=e["event_id"]))
            eid += 1
    insert_entries(session, entries, actor=actor, action="register",
                   notes=["评价器差评自动登记"] * len(entries))
    return len(entries)


# -- steps ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StepRequest:
    """One entry's step: the note and whatever fields the action needs. ``revision``
    (when given) must match the entry's, so a stale screen cannot overwrite."""

    complaint_id: int
    note: str = ""
    finding: str | None = None
    rectification: str | None = None
    follow_up: str | None = None
    satisfaction: str | None = None
    window: str | None = None
    revision: int | None = None
    at: float | None = None


_FIELD_NAMES = {FINDING: "The verification finding (核实结论)",
                RECTIFICATION: "The rectification measures (整改措施)",
                FOLLOW_UP: "The follow-up result (回访结果)"}


def _load(session: Session, ids: Sequence[int]) -> dict[int, Complaint]:
    found: dict[int, Complaint] = {}
    for i in range(0, len(ids), CHUNK):
        found.update((c.id, c) for c in session.scalars(
            select(Complaint).where(Complaint.id.in_(ids[i:i + CHUNK]))))
    return found


def _entry(session: Session, found: dict[int, Complaint], cid: int,
           revision: int | None) -> Complaint:
    from app.records.conflict import check_revision

    entry = found.get(cid)
    if entry is None:
        raise UserError(f"There is no complaint with id {cid}.")
    check_revision(session, "Complaint", entry, revision, ComplaintStep,
                   ComplaintStep.complaint_id)
    return entry


def apply_steps(session: Session, action_key: str, requests: Sequence[StepRequest], *,
                actor: str, role: str, now: float) -> list[Complaint]:
    """Take one step on one or more entries; all are checked before any is changed.
    One audit entry covers the call; each entry's history gets its own step."""
    action = ACTIONS.get(action_key)
    if action is None:
        raise UserError(f"{action_key!r} is not a step of the complaint ledger.")
    require(session, actor, role, f"complaint.{action_key}")
    if not requests:
        return []
    found = _load(session, [r.complaint_id for r in requests])
    wids: dict[str, int] = {}
    tz = hall_tz(session)
    calendar = (WorkCalendar.load(session)
                if action.to_state == rules.SUBSTANTIATED or SATISFACTION in action.needs
                else None)
    deadlines = load_complaint_deadlines(session)
    plans: list[tuple[Complaint, StepRequest, dict[str, Any], str]] = []
    for req in requests:
        entry = _entry(session, found, req.complaint_id, req.revision)
        if entry.state not in action.from_states:
            allowed = ", ".join(_label(s) for s in sorted(action.from_states))
            raise UserError(f"Complaint {entry.code} is {_label(entry.state)}: the step "
                            f"{action_key!r} is only possible from {allowed}.")
        if action.evaluation_only and entry.source != "evaluation":
            raise UserError(f"Complaint {entry.code} did not come from an evaluation; only "
                            "an evaluation can be appealed.")
        if action_key == "void" and entry.substantiated_at is not None:
            # A substantiated entry costs its window points: voiding it is the director's.
            require(session, actor, role, "complaint.void_substantiated")
        note = rules.check_text(req.note, "The note", required=NOTE in action.needs,
                                ) or ""
        changes: dict[str, Any] = {}
        for field in (FINDING, RECTIFICATION, FOLLOW_UP):
            if field in action.needs:
                changes[field] = rules.check_text(getattr(req, field), _FIELD_NAMES[field],
                                                  required=True)
        if SATISFACTION in action.needs:
            changes[SATISFACTION] = rules.check_satisfaction(req.satisfaction)
        if WINDOW in action.needs:
            if req.window:
                if req.window not in wids:
                    wid = _window_id(session, req.window)
                    assert wid is not None
                    wids[req.window] = wid
                if wids[req.window] != entry.window_id:
                    changes["window_id"] = wids[req.window]
            elif entry.window_id is None:
                raise UserError(f"Complaint {entry.code} names no window; a substantiated "
                                "complaint must name the window it costs points.")
        plans.append((entry, req, changes, note))
    done: dict[tuple[str, str], list[tuple[str, str]]] = {}   # (step, to) → codes, notes
    steps = []
    for entry, req, changes, note in plans:
        at = float(int(req.at if req.at is not None else now))
        step_key, to_state = action_key, action.to_state
        if action.to_state == rules.SUBSTANTIATED:
            assert calendar is not None
            changes["substantiated_at"] = at
            changes["rectify_due"] = calendar.add_workdays(local_day(at, tz),
                                                           deadlines.rectify_workdays)
        if changes.get(SATISFACTION) == rules.DISSATISFIED:
            # The citizen is not satisfied: the rectification starts again, with a
            # new deadline, and the entry cannot close.
            assert calendar is not None
            step_key, to_state = rules.REOPEN, rules.RECTIFYING
            changes["rectify_due"] = calendar.add_workdays(local_day(at, tz),
                                                           deadlines.rectify_workdays)
        recorded = _recorded(session, entry, changes)
        steps.append({"complaint_id": entry.id, "at": at, "actor": actor,
                      "action": step_key, "from_state": entry.state,
                      "to_state": to_state, "note": note,
                      "changes": json.dumps(recorded, ensure_ascii=False) if recorded
                      else None})
        for k, v in changes.items():
            setattr(entry, k, v)
        entry.state = to_state
        entry.revision += 1
        entry.updated_at = at
        done.setdefault((step_key, to_state), []).append((entry.code, note))
    session.flush()
    session.execute(_STEP.insert(), steps)
    for (step_key, to_state), entries in done.items():
        codes = [code for code, _note in entries]
        detail: dict[str, Any] = {"to_state": to_state, "count": len(codes)}
        if len(codes) == 1:
            detail["note"] = entries[0][1]
        else:
            detail["codes"] = codes
        if SATISFACTION in action.needs:
            given = sorted({p[2][SATISFACTION] for p in plans if p[0].code in codes})
            detail[SATISFACTION] = given[0] if len(given) == 1 else given
        audit.record(session, actor, f"complaint.{step_key}", "complaint",
                     codes[0] if len(codes) == 1 else f"{len(codes)} entries", detail)
    return [p[0] for p in plans]


def apply_step(session: Session, action_key: str, request: StepRequest, *, actor: str,
               role: str, now: float) -> Complaint:
    return apply_steps(session, action_key, [request], actor=actor, role=role, now=now)[0]


def assign(session: Session, complaint_id: int, *, category: str | None,
           handler: str | None, actor: str, role: str, now: float,
           revision: int | None = None) -> Complaint:
    """Set an entry's category (投诉类别) and handler (承办人, an account name); empty
    clears. A history step keeps the old values; one audit entry records the change."""
    require(session, actor, role, "complaint.assign")
    entry = _entry(session, _load(session, [complaint_id]), complaint_id, revision)
    if entry.state == rules.VOIDED:
        raise UserError(f"Complaint {entry.code} is voided; it cannot be assigned.")
    new = {k: v for k, v in (("category", check_category(session, category)),
                             ("handler", check_handler(session, handler)))
           if getattr(entry, k) != v}
    if not new:
        raise UserError(f"Nothing to change: complaint {entry.code} has that category and "
                        "handler already.")
    recorded = _recorded(session, entry, new)
    for k, v in new.items():
        setattr(entry, k, v)
    at = float(int(now))
    entry.revision += 1
    entry.updated_at = at
    session.flush()
    session.execute(_STEP.insert(), [{
        "complaint_id": entry.id, "at": at, "actor": actor, "action": "assign",
        "from_state": entry.state, "to_state": entry.state, "note": "",
        "changes": json.dumps(recorded, ensure_ascii=False)}])
    audit.record(session, actor, "complaint.assign", "complaint", entry.code,
                 {"changes": recorded, "revision": entry.revision})
    return entry


def _recorded(session: Session, entry: Complaint,
              changes: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Old and new values of the changed fields for the history (a window by code)."""
    out: dict[str, list[Any]] = {}
    for field, new in changes.items():
        old = getattr(entry, field)
        if field == "window_id":
            codes = {wid: code for code, wid in window_ids(session).items()}
            out["window"] = [codes.get(old), codes.get(new)]
        else:
            out[field] = [old.isoformat() if isinstance(old, dt.date) else old,
                          new.isoformat() if isinstance(new, dt.date) else new]
    return out


# -- corrections and voiding ---------------------------------------------------------
CORRECTABLE = ("content", "window", "citizen_name", "citizen_phone", FINDING, RECTIFICATION,
               FOLLOW_UP)
PERSONAL = frozenset({"citizen_name", "citizen_phone"})


def correct(session: Session, complaint_id: int, changes: Mapping[str, str | None], *,
            reason: str, actor: str, role: str, now: float,
            revision: int | None = None) -> Complaint:
    """A new revision of an entry: the fields in ``changes`` take their new values,
    the old ones stay in the history. ``window`` is a code (empty: none)."""
    require(session, actor, role, "complaint.correct")
    reason_ = rules.check_text(reason, "The reason for the correction", required=True)
    entry = _entry(session, _load(session, [complaint_id]), complaint_id, revision)
    if entry.state == rules.VOIDED:
        raise UserError(f"Complaint {entry.code} is voided; it cannot be corrected.")
    new: dict[str, Any] = {}
    for field, value in changes.items():
        if field not in CORRECTABLE:
            raise UserError(f"{field!r} is not a field that can be corrected.")
        if field == "content":
            new[field] = rules.check_text(value, "The complaint", required=True)
        elif field == "citizen_name":
            new[field] = rules.check_name(value)
        elif field == "citizen_phone":
            new[field] = rules.check_phone(value)
        elif field == "window":
            new["window_id"] = _window_id(session, (value or "").strip() or None)
        else:
            if getattr(entry, field) is None:
                raise UserError(f"Complaint {entry.code} has no {_FIELD_NAMES[field]} yet; "
                                "it is entered with its step, not corrected.")
            new[field] = rules.check_text(value, _FIELD_NAMES[field], required=True)
    new = {k: v for k, v in new.items() if getattr(entry, k) != v}
    if not new:
        raise UserError(f"Nothing to correct: the values given are those of complaint "
                        f"{entry.code} already.")
    if ("window_id" in new and new["window_id"] is None
            and rules.on_substantiated_path(entry.state, entry.rectification)):
        raise UserError(f"Complaint {entry.code} was found substantiated; it must keep "
                        "naming a window.")
    recorded = _recorded(session, entry, new)
    for k, v in new.items():
        setattr(entry, k, v)
    at = float(int(now))
    entry.revision += 1
    entry.updated_at = at
    session.flush()
    session.execute(_STEP.insert(), [{
        "complaint_id": entry.id, "at": at, "actor": actor, "action": "correct",
        "from_state": entry.state, "to_state": entry.state, "note": reason_,
        "changes": json.dumps(recorded, ensure_ascii=False)}])
    audit.record(session, actor, "complaint.correct", "complaint", entry.code, {
        "reason": reason_, "revision": entry.revision,
        "changes": mask_changes(recorded)})
    return entry


def mask_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A step's recorded changes with personal data masked (for everyone but the
    director, and for the audit log)."""
    out: dict[str, Any] = {}
    for field, pair in changes.items():
        if field == "citizen_name":
            out[field] = [rules.mask_name(v) for v in pair]
        elif field == "citizen_phone":
            out[field] = [rules.mask_phone(v) for v in pair]
        else:
            out[field] = pair
    return out


# -- the calendar changed ------------------------------------------------------------
def recount_deadlines(session: Session, day: dt.date, before: WorkCalendar,
                      after: WorkCalendar, *, actor: str, now: float, note: str) -> list[str]:
    """Deadlines still open that counted across ``day`` counted again after the office
    entered it as a holiday or working day: each keeps its number of working days
    (``before`` tells it), counted with ``after``. Only the pending step's deadline
    moves (verification while it is pending, rectification until the follow-up);
    entries past it are history. Each moved entry gets a history step and a new
    revision; returns the codes moved (the caller audits them)."""
    tz = hall_tz(session)
    found = session.scalars(select(Complaint).where(
        ((Complaint.state.in_(rules.VERIFY_PENDING)) & (Complaint.registered_on < day)
         & (Complaint.verify_due >= day))
        | ((Complaint.state.in_(rules.RECTIFY_PENDING)) & (Complaint.rectify_due >= day)))
        .order_by(Complaint.id)).all()
    at = float(int(now))
    codes: list[str] = []
    steps = []
    for entry in found:
        if entry.state in rules.VERIFY_PENDING:
            field, start, due = "verify_due", entry.registered_on, entry.verify_due
        elif entry.substantiated_at is not None and entry.rectify_due is not None:
            field, start = "rectify_due", local_day(entry.substantiated_at, tz)
            due = entry.rectify_due
        else:
            continue
        if start >= day:
            continue
        workdays = len(before.workdays_between(start + dt.timedelta(days=1),
                                               due + dt.timedelta(days=1)))
        moved = after.add_workdays(start, workdays)
        if moved == due:
            continue
        recorded = _recorded(session, entry, {field: moved})
        setattr(entry, field, moved)
        entry.revision += 1
        entry.updated_at = at
        codes.append(entry.code)
        steps.append({"complaint_id": entry.id, "at": at, "actor": actor,
                      "action": "recount", "from_state": entry.state,
                      "to_state": entry.state, "note": note,
                      "changes": json.dumps(recorded, ensure_ascii=False)})
    if steps:
        session.flush()
        session.execute(_STEP.insert(), steps)
    return codes


# -- settings ------------------------------------------------------------------------
def set_deadlines(session: Session, *, verify: int | None, rectify: int | None,
                  actor: str, role: str) -> ComplaintDeadlines:
    """Change the deadlines for entries registered (or substantiated) from now on."""
    require(session, actor, role, "complaint.deadlines")
    current = load_complaint_deadlines(session)
    wanted = ComplaintDeadlines(current.verify_workdays if verify is None else verify,
                                current.rectify_workdays if rectify is None else rectify)
    for value, (low, high), what in (
            (wanted.verify_workdays, ComplaintDeadlines.VERIFY_RANGE, "--verify"),
            (wanted.rectify_workdays, ComplaintDeadlines.RECTIFY_RANGE, "--rectify")):
        if not low <= value <= high:
            raise UserError(f"{what} {value} must be from {low} to {high} working days.")
    if wanted != current:
        store_complaint_deadlines(session, wanted)
        audit.record(session, actor, "complaint.deadlines", "setting", "complaint_deadlines",
                     {"verify_workdays": wanted.verify_workdays,
                      "rectify_workdays": wanted.rectify_workdays,
                      "before": [current.verify_workdays, current.rectify_workdays]})
    return wanted
