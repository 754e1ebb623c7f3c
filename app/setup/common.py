"""What the setup services share: field checks as one sentence, revisions checked
against what the screen showed (who changed it last comes from the audit log), and
the changes of a record as [before, after] pairs for its audit entry."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.hall_time import hall_tz
from app.records.conflict import ChangedMeanwhile
from models import AuditEntry

# Codes of departments, windows and staff (W01, GS); keys of checklist items (badge).
CODE_RE = re.compile(r"^[A-Z0-9_]{1,16}$")
KEY_RE = re.compile(r"^[a-z0-9_]{1,32}$")


def text_problem(value: str, what: str, *, max_len: int, required: bool = True) -> str | None:
    """Why ``value`` cannot be the text of ``what``, or None: empty, too long, or with
    control characters, line or paragraph separators, or lone surrogates."""
    text = value.strip()
    if not text:
        return f"{what} is empty; it must be filled in." if required else None
    if len(text) > max_len:
        return f"{what} is too long: {len(text)} characters, at most {max_len}."
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            return f"{what} contains a control character or a line break."
    return None


def check_text(value: str, what: str, *, max_len: int, required: bool = True) -> str:
    problem = text_problem(value, what, max_len=max_len, required=required)
    if problem is not None:
        raise UserError(problem)
    return value.strip()


def last_change(session: Session, entity: str, entity_id: str) -> tuple[str | None, float | None]:
    """Who changed the record last and when, from its newest audit entry."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.ts)
                          .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                          .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (None, None) if row is None else (row[0], row[1])


def check_revision(session: Session, what: str, entity: str, code: str, revision: int,
                   expected: int | None) -> None:
    """Refuse unless the record is still at the revision the screen showed (None: no
    check), as the ledger does (app/records/conflict.py)."""
    if expected is None or revision == expected:
        return
    actor, at = last_change(session, entity, code)
    raise ChangedMeanwhile(what, code, revision, actor, at, hall_tz(session))


def check_seen(session: Session, what: str, entity: str, code: str,
               current: dict[str, Any], seen: dict[str, Any] | None) -> None:
    """For a setting without a revision: refuse unless it still holds what the screen
    showed (None: no check)."""
    if seen is None or all(current.get(k) == v for k, v in seen.items()):
        return
    actor, at = last_change(session, entity, code)
    raise ChangedMeanwhile(what, code, 0, actor, at, hall_tz(session))


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """The fields that differ, as [before, after]."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
