"""The append-only, hash-chained audit log.

Entry n stores ``sha256(hash of entry n-1 ‖ canonical JSON of entry n)`` and its seal,
the HMAC of that hash with the hall's audit key kept outside the database
(``app.security.anchor``; docs/threat-model.md). Every service writes its audit entry
in the same transaction as the change it records; after the commit the workstation
keeps the new head as its checkpoint of the database (``app.db.Database.write``).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import anchor
from models import AuditEntry, Hall, Window

GENESIS = "0" * 64


SETUP_ACTOR = "cli:setup"
HEAD_KEY = "halldesk_audit_head"


def cli_actor(account: str | None = None) -> str:
    """The actor of a command-line run: ``cli:<account>`` once authenticated, else
    ``cli:setup`` (a database without accounts, being set up). Never the OS user's
    name, which anyone can set (LOGNAME, USER)."""
    return SETUP_ACTOR if account is None else f"cli:{account}"


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
    """Append one entry, sealed; the caller's transaction commits it with the change.
    Refused (nothing changes) when the log's head is not sealed with this
    workstation's key, or the log was emptied under this workstation's checkpoint."""
    last = head(session)
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    key, sealed_from = _sealing_key(session, last)
    ts = time.time() if ts is None else ts
    detail_text = canonical(detail)
    digest = entry_hash(prev, _fields(seq, ts, actor, action, entity, entity_id, detail_text))
    entry = AuditEntry(seq=seq, ts=ts, actor=actor, action=action, entity=entity,
                       entity_id=entity_id, detail=detail_text, prev_hash=prev, hash=digest,
                       mac=anchor.seal(key, digest))
    session.add(entry)
    session.flush()
    first = entry if seq == 1 else session.get(AuditEntry, 1)
    old = session.info.get(HEAD_KEY)
    if old is None:
        event.listen(session, "after_commit", _note_checkpoint, once=True)
    session.info[HEAD_KEY] = (first.hash if first is not None else "", seq, digest,
                              sealed_from or (old[3] if old else 0))
    return entry


def _note_checkpoint(session: Session) -> None:
    """After a commit that appended entries, the new head becomes this workstation's
    checkpoint of the database (app.security.anchor)."""
    head = session.info.pop(HEAD_KEY, None)
    if head is None:
        return
    chain, seq, digest, sealed_from = head
    anchor.note(anchor.session_key(session), chain, seq, digest, sealed_from)


def _sealing_key(session: Session, last: AuditEntry | None) -> tuple[bytes, int]:
    """The key to seal the next entry with, and the entry sealing starts at when it
    is this one (0 otherwise). A log that holds sealed entries needs this
    workstation's key; one without any (a new database, or one from before keys)
    starts being sealed here, with the key made on first use."""
    if last is not None and last.mac is not None:
        key = anchor.load_key()
        if key is None:
            raise UserError("This workstation holds no audit key, and this database's "
                            "audit log is sealed; import the hall's key with `halldesk "
                            "audit key import FILE` (docs/threat-model.md). Nothing was "
                            "changed.")
        if not anchor.seal_ok(key, last.hash, last.mac):
            raise UserError(f"The last audit entry ({last.seq}) is not sealed with this "
                            "workstation's audit key: it was forged, or the hall's "
                            "workstations hold different keys; run `halldesk audit "
                            "verify`. Nothing was changed.")
        return key, 0
    if last is not None and session.scalar(
            select(AuditEntry.seq).where(AuditEntry.mac.is_not(None)).limit(1)) is not None:
        raise UserError(f"The last audit entry ({last.seq}) has no seal although earlier "
                        "entries have: it was added outside HallDesk; run `halldesk audit "
                        "verify`. Nothing was changed.")
    if last is None:
        _refuse_emptied(session)
    return anchor.ensure_key(), 1 if last is None else last.seq + 1


def _refuse_emptied(session: Session) -> None:
    """The first entry of a log where this workstation has seen one before: fine for a
    new database at the same place, refused when the hall is still there."""
    try:
        cp = anchor.saved(anchor.session_key(session))
    except UserError:
        cp = None
    if cp is None or cp.seq == 0:
        return
    if session.scalar(select(func.count()).select_from(Hall)) or session.scalar(
            select(func.count()).select_from(Window)):
        raise UserError(f"This database's audit log is empty although this workstation "
                        f"saw it hold {cp.seq} entries: it was emptied outside HallDesk; "
                        "run `halldesk audit verify`. Nothing was changed.")


@dataclass(frozen=True)
class Break:
    seq: int
    reason: str


def walk(rows: Iterable[Sequence[Any]], key: bytes | None = None,
         sealed_from: int = 0) -> tuple[int, Break | None, str]:
    """Check entries given in ``seq`` order as (seq, ts, actor, action, entity,
    entity_id, detail, prev_hash, hash[, mac]): the number checked, the first break,
    and the hash of the last entry that checked out (the chain's head when intact).
    From the first sealed entry on (or ``sealed_from``, where this workstation saw
    sealing start) every entry's seal must check out with ``key``."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    sealed = False
    for row in rows:
        seq, ts, actor, action, entity, entity_id, detail, prev_hash, digest = row[:9]
        mac = row[9] if len(row) > 9 else None
        count += 1
        if seq != expected_seq:
            return count, Break(expected_seq, f"entry {expected_seq} is missing"), prev
        if prev_hash != prev:
            return count, Break(seq, "its previous-hash does not match the entry before "
                                "it"), prev
        fields = _fields(seq, ts, actor, action, entity, entity_id, detail)
        if entry_hash(prev, fields) != digest:
            return count, Break(seq, "its content does not match its hash"), prev
        if mac is None:
            if sealed or (sealed_from and seq >= sealed_from):
                return count, Break(seq, "it has no seal although the log is sealed from "
                                    f"entry {sealed_from or seq} on"), prev
        else:
            sealed = True
            if key is None:
                return count, Break(seq, anchor.NO_KEY), prev
            if not anchor.seal_ok(key, digest, mac):
                return count, Break(seq, "its seal does not match: it was not written "
                                    "with the hall's audit key"), prev
        prev = digest
        expected_seq += 1
    return count, None, prev


def verify(session: Session, *, checkpoints: bool = True) -> tuple[int, Break | None]:
    """Walk the chain and its seals, then (``checkpoints``) compare it with this
    workstation's checkpoint of the database; the number of entries checked and the
    first break."""
    saved = anchor.saved(anchor.session_key(session)) if checkpoints else None
    columns = [AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
               AuditEntry.prev_hash, AuditEntry.hash]
    if _has_seals(session):   # a backup from before 0013 being checked for a restore
        columns.append(AuditEntry.mac)
    # ``with``: an early return on a break must close PostgreSQL's server-side cursor.
    with session.execute(select(*columns).order_by(AuditEntry.seq)
                         .execution_options(yield_per=5000)) as rows:
        count, broken, _head = walk(rows, anchor.load_key(),
                                    saved.sealed_from if saved else 0)
    if broken is None and saved is not None:
        mismatch = anchor.compare(session, saved, count)
        if mismatch is not None:
            broken = Break(mismatch.seq, mismatch.reason)
    return count, broken


def _has_seals(session: Session) -> bool:
    columns = inspect(session.connection()).get_columns("audit_log")
    return any(c["name"] == "mac" for c in columns)
