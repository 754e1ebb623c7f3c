"""Pulling the plug: a writer process killed with SIGKILL at random points during an
ingest and during record edits, 20 times; each time the file passes SQLite's
integrity check, the audit chain is intact and every transaction is all or nothing
(a batch's events are all there or none, a complaint's state, history and audit
entries agree)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from app.db import Database
from app.security import audit
from models import AuditEntry, Complaint, ComplaintStep
from tests.app.safety_helpers import start_worker
from tests.app.safety_worker import write_batches

RUNS, BATCHES, SIZE = 20, 400, 30   # far more than a run gets through before its kill


def _check(url: str, db: Database) -> tuple[int, int]:
    """Integrity, chain and atomicity; returns (events, complaints)."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(make_url(url).database or "")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    with db.read() as session:
        _, broken = audit.verify(session)
        assert broken is None, broken
        per_batch = session.execute(text(
            "SELECT substr(event_id, 1, 5), count(*) FROM raw_event GROUP BY 1")).all()
        assert all(n == SIZE for _batch, n in per_batch), per_batch
        ingested = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "events.ingest")).all()
        assert sum(json.loads(d)["applied"] for d in ingested) == SIZE * len(per_batch)
        steps = dict(session.execute(select(ComplaintStep.complaint_id, func.count())
                                     .group_by(ComplaintStep.complaint_id)).all())
        audited = dict(session.execute(
            select(AuditEntry.entity_id, func.count()).where(AuditEntry.entity == "complaint")
            .group_by(AuditEntry.entity_id)).all())
        last = dict(session.execute(text(
            "SELECT complaint_id, to_state FROM complaint_step s WHERE id = "
            "(SELECT max(id) FROM complaint_step WHERE complaint_id = s.complaint_id)")).all())
        complaints = session.scalars(select(Complaint)).all()
        for c in complaints:
            assert c.revision == steps[c.id] == audited[c.code], c.code
            assert c.state == last[c.id], c.code
    return len(per_batch) * SIZE, len(complaints)


def test_killed_writers_lose_nothing_committed_and_half_of_nothing(
        db_url: str, tmp_path: Path) -> None:
    rng = random.Random(20261127)
    db = Database(db_url)
    server = start_worker("serve")    # forks the writers: no interpreter start per run
    assert server.stdin is not None and server.stdout is not None
    events = complaints = 0

    def ask(line: str) -> str:
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(line + "\n")
        server.stdin.flush()
        return server.stdout.readline().strip()

    try:
        for run in range(RUNS):
            if run % 2 == 0:
                folder = tmp_path / f"run{run}"
                write_batches(folder, BATCHES, SIZE, first=run * BATCHES)
                pid = int(ask(f"ingest {db_url} {folder}"))
            else:
                pid = int(ask(f"edit {db_url} 1000"))
            time.sleep(rng.uniform(0.05, 1.2))
            os.kill(pid, signal.SIGKILL)
            assert ask(f"wait {pid}") == "killed", "the writer finished before it was killed"
            now_events, now_complaints = _check(db_url, db)
            assert now_events >= events and now_complaints >= complaints
            events, complaints = now_events, now_complaints
    finally:
        server.communicate(timeout=30)       # end of input: the server leaves
        db.dispose()
    assert events > 0 and complaints > 0, "no kill came after a commit"
