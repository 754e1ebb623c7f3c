"""Ingest an event batch from a file or standard input (``halldesk ingest``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.db import Database
from app.errors import UserError
from app.events.apply import BatchResult, apply_batch
from app.events.parse import bounds, parse_lines
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
    # The usual FILE.rejects.jsonl already held an earlier run's lines, so these went
    # to a new file beside it (``rejects_file``); nothing is ever overwritten.
    rejects_kept: Path | None = None


def split_lines(text: str) -> list[str]:
    """JSON Lines are separated by ``\\n`` alone: U+2028, U+2029, U+0085 and a lone
    ``\\r`` are characters of a line (``str.splitlines`` would cut there)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


MAX_BATCH_MB_VAR, MAX_LINE_KB_VAR = "HALLDESK_MAX_BATCH_MB", "HALLDESK_MAX_LINE_KB"


def batch_limits() -> tuple[int, int]:
    """The most bytes one batch and one of its lines may hold: 64 MB and 64 KB, or
    ``$HALLDESK_MAX_BATCH_MB`` / ``$HALLDESK_MAX_LINE_KB`` (whole numbers, at least 1)."""
    def number(var: str, default: int) -> int:
        text = os.environ.get(var, "").strip()
        if not text:
            return default
        if not text.isdigit() or int(text) < 1:
            raise UserError(f"${var} must be a whole number of at least 1, not {text!r}.")
        return int(text)

    return (number(MAX_BATCH_MB_VAR, 64) << 20, number(MAX_LINE_KB_VAR, 64) << 10)


def read_capped(fh: BinaryIO, source: str) -> bytes:
    """A batch read whole, refused in one sentence when it (``/dev/zero``, a runaway
    file) or one of its lines is longer than ``batch_limits``: never read past them."""
    max_bytes, max_line = batch_limits()
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UserError(f"The event file {source} holds more than {max_bytes >> 20} MB, the "
                        f"most one batch may (${MAX_BATCH_MB_VAR}); split it.")
    start, number = 0, 1
    while True:
        end = data.find(b"\n", start)
        stop = len(data) if end < 0 else end
        if stop - start > max_line:
            raise UserError(f"Line {number} of the event file {source} is longer than "
                            f"{max_line >> 10} KB, the most one line may be "
                            f"(${MAX_LINE_KB_VAR}); nothing was applied.")
        if end < 0:
            return data
        start, number = end + 1, number + 1


def read_batch(path: str) -> tuple[list[str], str, bytes]:
    """Lines, a display name and the raw bytes of a batch file (``-`` is stdin)."""
    if path == "-":
        source = "standard input"
        data = read_capped(sys.stdin.buffer, source)
    else:
        source = path
        try:
            with Path(path).open("rb") as fh:
                data = read_capped(fh, source)
        except OSError as exc:
            raise UserError(f"Cannot read the event file {path}: {exc.strerror}.") from None
    try:
        text = data.decode("utf-8")  # a BOM stays on line 1: parse_lines skips it
    except UnicodeDecodeError as exc:
        raise UserError(f"The event file {source} is not UTF-8 (byte {exc.start}).") from None
    return split_lines(text), source, data


def rejects_path(path: str) -> Path:
    """Where the bad lines of ``path`` go: FILE.rejects.jsonl, as the contract says."""
    if path == "-":
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        return Path.cwd() / f"stdin-{stamp}.rejects.jsonl"
    p = Path(path)
    return p.with_name(p.name + ".rejects.jsonl")


def _unused(path: Path) -> Path:
    """``path`` if nothing is there, else a timestamped name beside it that is free."""
    if not os.path.lexists(path):
        return path
    stem = path.name.removesuffix(".rejects.jsonl")
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    for n in range(1, 10_000):
        suffix = f"-{n}" if n > 1 else ""
        candidate = path.with_name(f"{stem}.rejects-{stamp}{suffix}.jsonl")
        if not os.path.lexists(candidate):
            return candidate
    raise UserError(f"Cannot find a free name for the rejects file beside {path}; "
                    "nothing was applied.")


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, which must not exist yet (never replace a file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        os.unlink(path)
        raise


def ingest_lines(db: Database, lines: list[str], *, source: str, file_hash: str,
                 actor: str, role: str, skip_bad: bool = False,
                 now: float | None = None) -> BatchResult:
    """Apply a batch in one transaction; raise ``BatchRejected`` when it has bad lines.

    ``now`` is the clock the events' times are bounded by (this machine's by default;
    the live simulator passes its own, which runs ahead).
    """
    limits = bounds(now)
    events, parse_errors = parse_lines(lines, limits)
    with db.write() as session:
        require(session, actor, role, "events.ingest")
        result = apply_batch(session, events, parse_errors, skip_bad=skip_bad, actor=actor,
                             source=source, file_hash=file_hash, latest=limits.latest)
        if result.errors and not skip_bad:
            raise BatchRejected(source, result)
    return result


def ingest_file(db: Database, path: str, *, actor: str, role: str,
                skip_bad: bool = False, now: float | None = None) -> IngestOutcome:
    check(db, actor, role, "events.ingest")   # before the file is read
    lines, source, data = read_batch(path)
    file_hash = hashlib.sha256(data).hexdigest()
    if skip_bad:
        # Write the rejects first: a batch is only applied once its bad lines are safe.
        limits = bounds(now)
        events, parse_errors = parse_lines(lines, limits)
        with db.write() as session:
            require(session, actor, role, "events.ingest")
            result = apply_batch(session, events, parse_errors, skip_bad=True, actor=actor,
                                 source=source, file_hash=file_hash, latest=limits.latest)
            if not result.errors:
                return IngestOutcome(result)
            usual = rejects_path(path)
            rejects = _unused(usual)
            # Each line as read, byte for byte (its \\r too), one per line.
            body = "".join(e.raw + "\n" for e in result.errors).encode("utf-8")
            try:
                _write_new(rejects, body)
            except OSError as exc:
                raise UserError(f"Cannot write the rejects file {rejects}: "
                                f"{exc.strerror}; nothing was applied.") from None
        return IngestOutcome(result, rejects, usual if rejects != usual else None)
    result = ingest_lines(db, lines, source=source, file_hash=file_hash, actor=actor,
                          role=role, now=now)
    return IngestOutcome(result)
