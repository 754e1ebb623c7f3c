"""The inspection checklist: items with their own deduction, their order, retired
items (kept: findings refer to them) — what the hall file's [[checklist]] holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from app.setup.common import KEY_RE, changes, check_revision, text_problem
from models import ChecklistItem

MAX_DEDUCTION = 10.0


@dataclass(frozen=True)
class ChecklistRow:
    key: str
    label: str
    deduction: float
    position: int
    retired: bool
    revision: int


def list_checklist(session: Session) -> list[ChecklistRow]:
    return [ChecklistRow(c.key, c.label, c.deduction, c.position, c.retired, c.revision)
            for c in session.scalars(select(ChecklistItem)
                                     .order_by(ChecklistItem.position, ChecklistItem.key))]


def item_problem(key: str, label: str, deduction: float) -> str | None:
    if not KEY_RE.match(key):
        return f"The key {key!r} must be 1–32 characters a–z, 0–9 or _."
    problem = text_problem(label, "The item's label", max_len=200)
    if problem:
        return problem
    if not 0 <= deduction <= MAX_DEDUCTION:
        return f"The deduction {deduction:g} must be from 0 to {MAX_DEDUCTION:g} points."
    return None


def _row(session: Session, key: str) -> ChecklistRow:
    return next(r for r in list_checklist(session) if r.key == key)


def _get(session: Session, key: str, expected: int | None) -> ChecklistItem:
    item = session.scalar(select(ChecklistItem).where(ChecklistItem.key == key))
    if item is None:
        raise UserError(f"There is no checklist item {key}.")
    check_revision(session, "Checklist item", "checklist_item", key, item.revision, expected)
    return item


def add_item(session: Session, key: str, label: str, deduction: float, *, actor: str,
             role: str, now: float | None = None) -> ChecklistRow:
    """A new item at the end of the list."""
    require(session, actor, role, "setup.checklist")
    key = key.strip()
    problem = item_problem(key, label, deduction)
    if problem:
        raise UserError(problem)
    if session.scalar(select(ChecklistItem.id).where(ChecklistItem.key == key)) is not None:
        raise UserError(f"The checklist key {key} is used already.")
    last = session.scalar(select(func.max(ChecklistItem.position)))
    session.add(ChecklistItem(key=key, label=label.strip(), deduction=float(deduction),
                              position=0 if last is None else last + 1,
                              retired=False, revision=0))
    session.flush()
    audit.record(session, actor, "setup.checklist", "checklist_item", key,
                 {"op": "add", "label": label.strip(), "deduction": float(deduction)}, ts=now)
    return _row(session, key)


def update_item(session: Session, key: str, label: str, deduction: float, *, actor: str,
                role: str, expected_revision: int | None = None,
                now: float | None = None) -> ChecklistRow:
    require(session, actor, role, "setup.checklist")
    problem = item_problem(key, label, deduction)
    if problem:
        raise UserError(problem)
    item = _get(session, key, expected_revision)
    diff = changes({"label": item.label, "deduction": item.deduction},
                   {"label": label.strip(), "deduction": float(deduction)})
    if diff:
        item.label, item.deduction = label.strip(), float(deduction)
        item.revision += 1
        audit.record(session, actor, "setup.checklist", "checklist_item", key,
                     {"op": "change", "changes": diff}, ts=now)
    return _row(session, key)


def retire_item(session: Session, key: str, retired: bool = True, *, actor: str, role: str,
                expected_revision: int | None = None, now: float | None = None
                ) -> ChecklistRow:
    require(session, actor, role, "setup.checklist")
    item = _get(session, key, expected_revision)
    if item.retired != retired:
        if retired and session.scalar(select(func.count()).select_from(ChecklistItem).where(
                ChecklistItem.retired.is_(False))) == 1:
            raise UserError("The checklist needs at least one item in use.")
        item.retired = retired
        item.revision += 1
        audit.record(session, actor, "setup.checklist", "checklist_item", key,
                     {"op": "retire" if retired else "reinstate"}, ts=now)
    return _row(session, key)


def move_item(session: Session, key: str, step: int, *, actor: str, role: str,
              now: float | None = None) -> list[ChecklistRow]:
    """Move an item ``step`` places up (negative) or down the list."""
    require(session, actor, role, "setup.checklist")
    items = list(session.scalars(select(ChecklistItem)
                                 .order_by(ChecklistItem.position, ChecklistItem.key)))
    keys = [i.key for i in items]
    if key not in keys:
        raise UserError(f"There is no checklist item {key}.")
    i = keys.index(key)
    j = max(0, min(len(items) - 1, i + step))
    if i == j:
        return list_checklist(session)
    items.insert(j, items.pop(i))
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
    session.flush()
    audit.record(session, actor, "setup.checklist", "checklist_item", key,
                 {"op": "move", "from": i, "to": j}, ts=now)
    return list_checklist(session)
