"""Reading the audit log: filters, pages (the log grows past 100,000 entries, so it is
read a page at a time with LIMIT/OFFSET on its indexes), an entry's detail as
before/after per field, the spreadsheet export and the chain check for the viewer.

Reading and exporting are the auditor's and the director's (``audit.read``,
``audit.export``); an export is itself audited.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.security import audit
from app.security.permissions import require
from models import AuditEntry

Progress = Callable[[int, int], None]
_S = TypeVar("_S", bound=Select)

PAGE = 200
MAX_EXPORT = 1_000_000
HEADERS = ("序号", "时间", "账户", "操作", "对象", "对象编号", "字段", "原值", "新值", "哈希")


@dataclass(frozen=True)
class AuditFilter:
    """Entries by account (actor), action (a prefix like ``complaint.`` matches every
    complaint action), record (entity and id) and a date range [start, end) in the
    hall's time zone."""

    actor: str = ""
    action: str = ""
    entity: str = ""
    entity_id: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    tz: dt.tzinfo = dt.UTC
    until_seq: int | None = None    # entries written after a viewer opened stay out

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in (
            ("actor", self.actor), ("action", self.action), ("entity", self.entity),
            ("entity_id", self.entity_id),
            ("from", self.start.isoformat() if self.start else ""),
            ("to", self.end.isoformat() if self.end else "")) if v}


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: float
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str
    hash: str


def _midnight(day: dt.date, tz: dt.tzinfo) -> float:
    return dt.datetime.combine(day, dt.time(), tz).timestamp()


def where(stmt: _S, f: AuditFilter) -> _S:
    if f.actor.strip():
        stmt = stmt.where(AuditEntry.actor == f.actor.strip())
    action = f.action.strip()
    if action.endswith("."):
        stmt = stmt.where(AuditEntry.action.startswith(action, autoescape=True))
    elif action:
        stmt = stmt.where(AuditEntry.action == action)
    if f.entity.strip():
        stmt = stmt.where(AuditEntry.entity == f.entity.strip())
    if f.entity_id.strip():
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id.strip())
    if f.start is not None:
        stmt = stmt.where(AuditEntry.ts >= _midnight(f.start, f.tz))
    if f.end is not None:
        stmt = stmt.where(AuditEntry.ts < _midnight(f.end, f.tz))
    if f.until_seq is not None:
        stmt = stmt.where(AuditEntry.seq <= f.until_seq)
    return stmt


def head_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.seq))) or 0)


def count(session: Session, f: AuditFilter, *, actor: str, role: str) -> int:
    require(session, actor, role, "audit.read")
    return int(session.scalar(where(select(func.count()).select_from(AuditEntry), f)) or 0)


def page(session: Session, f: AuditFilter, offset: int, limit: int = PAGE, *, actor: str,
         role: str) -> list[AuditRow]:
    """Entries newest first, ``limit`` of them from ``offset``."""
    require(session, actor, role, "audit.read")
    stmt = where(select(AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action,
                         AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
                         AuditEntry.hash), f)
    rows = session.execute(stmt.order_by(AuditEntry.seq.desc()).offset(offset).limit(limit))
    return [AuditRow(*r) for r in rows]


def choices(session: Session, *, actor: str, role: str) -> tuple[list[str], list[str],
                                                                 list[str]]:
    """The accounts, actions and record kinds that occur, for the filter lists."""
    require(session, actor, role, "audit.read")
    return tuple(  # type: ignore[return-value]
        [str(v) for v in session.scalars(select(col).distinct().order_by(col))]
        for col in (AuditEntry.actor, AuditEntry.action, AuditEntry.entity))


# -- an entry's detail, field by field -----------------------------------------------
def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def detail_fields(detail: str) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field an entry's detail holds: ``changes``
    (field → [old, new]) and ``before`` give both sides; any other key is a value
    the entry set (after)."""
    try:
        data = json.loads(detail)
    except ValueError:
        return [("detail", "", detail)]
    if not isinstance(data, dict):
        return [("detail", "", _text(data))]
    out: list[tuple[str, str, str]] = []
    before = data.get("before")
    for key, value in data.items():
        if key == "changes" and isinstance(value, dict):
            for field, pair in value.items():
                if isinstance(pair, list) and len(pair) == 2:
                    out.append((field, _text(pair[0]), _text(pair[1])))
                else:
                    out.append((field, "", _text(pair)))
        elif key == "before" and isinstance(value, dict):
            continue
        elif isinstance(before, dict) and key in before:
            out.append((key, _text(before[key]), _text(value)))
        elif key == "before":
            out.append((key, _text(value), ""))
        else:
            out.append((key, "", _text(value)))
    if isinstance(before, dict):
        out.extend((k, _text(v), "—") for k, v in before.items() if k not in data)
    return out


# -- the chain -------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainCheck:
    entries: int
    broken_at: int | None
    reason: str
    head_seq: int | None
    head_hash: str


def verify_chain(db: Database, *, actor: str, role: str,
                 expect: tuple[int, str] | None = None) -> ChainCheck:
    """Walk the whole chain and its seals, compare it with this workstation's
    checkpoint and (``expect``: seq and hash prefix, from a printed briefing) with
    paper (long: run it off the UI thread). An intact chain's head becomes the
    workstation's checkpoint."""
    from app.security import anchor

    with db.read() as session:
        require(session, actor, role, "audit.verify")
        entries, broken = audit.verify(session)
        if broken is None and expect is not None:
            mismatch = anchor.check_expect(session, *expect)
            if mismatch is not None:
                broken = audit.Break(mismatch.seq, mismatch.reason)
        last = audit.head(session)
        first = session.get(AuditEntry, 1)
    if broken is None and last is not None and first is not None:
        anchor.note(anchor.url_key(db.engine.url), first.hash, last.seq, last.hash,
                    _first_sealed(db))
    return ChainCheck(entries, None if broken is None else broken.seq,
                      "" if broken is None else broken.reason,
                      None if last is None else last.seq,
                      "" if last is None else last.hash)


def _first_sealed(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.min(AuditEntry.seq)).where(
            AuditEntry.mac.is_not(None))) or 0
