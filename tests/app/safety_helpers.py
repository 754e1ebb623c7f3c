"""What the backup, crash and concurrency tests share: more empty databases, writer
processes, the figures and the audit chain of a database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import run
from app.db import Database
from models import AuditEntry

REPO = Path(__file__).resolve().parents[2]
PERIOD = ("--from", "2026-07-01", "--to", "2026-08-01")


def start_worker(*args: str) -> subprocess.Popen[str]:
    """A ``tests.app.safety_worker`` process, returned once it says ``ready``."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.app.safety_worker", *args],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"the worker did not start: {line!r} {err}")
    return proc


def stats(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    status = run(["--db", url, "stats", *PERIOD, "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def chain(url: str) -> list[tuple[Any, ...]]:
    """Every audit entry as stored, in order."""
    db = Database(url)
    try:
        with db.read() as session:
            return [tuple(r) for r in session.execute(
                select(AuditEntry.seq, AuditEntry.ts, AuditEntry.actor, AuditEntry.action,
                       AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail,
                       AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.seq))]
    finally:
        db.dispose()
