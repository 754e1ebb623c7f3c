"""The append-only, hash-chained audit log.

Entry n stores ``sha256(hash of entry n-1 ‖ canonical JSON of entry n)``. Every
service writes its audit entry in the same transaction as the change it records.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEntry

GENESIS = "0" * 64


def cli_actor() -> str:
    """The acting account of a command-line run: ``cli:<os user>``."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"cli:{user}"


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(fields)).encode("utf-8")).hexdigest()


def _fields(seq: int, ts: float, actor: str, action: str, entity: str,
            entity_id: str, detail: str) -> dict[str, Any]:
    return {"seq": seq, "ts": ts, "actor": actor, "action": action,
            "entity": entity, "entity_id": entity_id, "detail": detail}


def head(session: Session) -> AuditEntry | None:
    return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()


def record(session: Session, actor: str, action: str, entity: str, entity_id: str,
           detail: dict[str, Any], ts: float | None = None) -> AuditEntry:
    """Append one entry; the caller's transaction commits it with the change."""
    last = head(session)
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    ts = time.time() if ts is None else ts
    detail_text = canonical(detail)
    digest = entry_hash(prev, _fields(seq, ts, actor, action, entity, entity_id, detail_text))
    entry = AuditEntry(seq=seq, ts=ts, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, detail=detail_text, prev_hash=prev, hash=digest)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Break:
    seq: int
    reason: str


def walk(rows: Iterable[Sequence[Any]]) -> tuple[int, Break | None, str]:
    """Check entries given in ``seq`` order as (seq, ts, actor, action, entity,
    entity_id, detail, prev_hash, hash): the number checked, the first break, and the
    hash of the last entry that checked out (the chain's head when intact)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, ts, actor, action, entity, entity_id, detail, prev_hash, digest in rows:
        count += 1
        if seq != expected_seq:
            return count, Break(expected_seq, f"entry {expected_seq} is missing"), prev
        if prev_hash != prev:
            return count, Break(seq, "its previous-hash does not match the entry before "
                                "it"), prev
        fields = _fields(seq, ts, actor, action, entity, entity_id, detail)
        if entry_hash(prev, fields) != digest:
            return count, Break(seq, "its content does not match its hash"), prev
        prev = digest
        expected_seq += 1
    return count, None, prev


def verify(session: Session) -> tuple[int, Break | None]:
    """Walk the chain; return the number of entries checked and the first break."""
    # ``with``: an early return on a break must close PostgreSQL's server-side cursor.
    with session.execute(
        select(AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
               AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.seq)
        .execution_options(yield_per=5000)
    ) as rows:
        count, broken, _head = walk(rows)
    return count, broken
