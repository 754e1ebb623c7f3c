"""Ingest an event batch from a file or standard input (``halldesk ingest``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.db import Database
from app.errors import UserError
from app.events.apply import BatchResult, apply_batch
from app.events.parse import parse_lines
from app.security.permissions import check, require


class BatchRejected(UserError):
    """The batch had bad lines and was not applied; ``result.errors`` names them."""

    def __init__(self, source: str, result: BatchResult) -> None:
        n = len(result.errors)
        super().__init__(
            f"The batch {source} was rejected and nothing was written: "
            f"{n} bad line{'s' if n != 1 else ''}.")
        self.result = result

    def detail_lines(self) -> list[str]:
        return [error.describe() for error in self.result.errors]


@dataclass
class IngestOutcome:
    result: BatchResult
    rejects_file: Path | None = None


def read_batch(path: str) -> tuple[list[str], str, bytes]:
    """Lines, a display name and the raw bytes of a batch file (``-`` is stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        source = "standard input"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserError(f"Cannot read the event file {path}: {exc.strerror}.") from None
        source = path
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"The event file {source} is not UTF-8 (byte {exc.start}).") from None
    return text.splitlines(), source, data


def rejects_path(path: str) -> Path:
    if path == "-":
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        return Path.cwd() / f"stdin-{stamp}.rejects.jsonl"
    p = Path(path)
    return p.with_name(p.name + ".rejects.jsonl")  # FILE.rejects.jsonl, as the contract says


def ingest_lines(db: Database, lines: list[str], *, source: str, file_hash: str,
                 actor: str, role: str, skip_bad: bool = False) -> BatchResult:
    """Apply a batch in one transaction; raise ``BatchRejected`` when it has bad lines."""
    events, parse_errors = parse_lines(lines)
    with db.write() as session:
        require(session, actor, role, "events.ingest")
        result = apply_batch(session, events, parse_errors, skip_bad=skip_bad, actor=actor,
                             source=source, file_hash=file_hash)
        if result.errors and not skip_bad:
            raise BatchRejected(source, result)
    return result


def ingest_file(db: Database, path: str, *, actor: str, role: str,
                skip_bad: bool = False) -> IngestOutcome:
    check(db, actor, role, "events.ingest")   # before the file is read
    lines, source, data = read_batch(path)
    file_hash = hashlib.sha256(data).hexdigest()
    rejects: Path | None = None
    if skip_bad:
        # Write the rejects first: a batch is only applied once its bad lines are safe.
        events, parse_errors = parse_lines(lines)
        with db.write() as session:
            require(session, actor, role, "events.ingest")
            result = apply_batch(session, events, parse_errors, skip_bad=True, actor=actor,
                                 source=source, file_hash=file_hash)
            if result.errors:
                rejects = rejects_path(path)
                tmp = rejects.with_name(rejects.name + ".tmp")
                try:
                    tmp.write_text("".join(e.raw + "\n" for e in result.errors),
                                   encoding="utf-8")
                    os.replace(tmp, rejects)
                except OSError as exc:
                    raise UserError(f"Cannot write the rejects file {rejects}: "
                                    f"{exc.strerror}; nothing was applied.") from None
        return IngestOutcome(result, rejects)
    result = ingest_lines(db, lines, source=source, file_hash=file_hash, actor=actor,
                          role=role)
    return IngestOutcome(result)
