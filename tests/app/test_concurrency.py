"""The application and ingest/simulate processes writing the same database at once:
every writer begins immediately and waits its turn, readers never wait (WAL), and
nobody fails with "database is locked"."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import func, select

from app.db import Database
from app.records import complaints as svc
from app.records import ledger
from models import Complaint, Ticket
from tests.app.safety_helpers import start_worker
from tests.app.safety_worker import write_batches

BATCHES, SIZE = 30, 40


def test_the_app_and_two_writer_processes_at_once(db_url: str, tmp_path: Path) -> None:
    write_batches(tmp_path / "batches", BATCHES, SIZE)
    ingest = start_worker("ingest", db_url, str(tmp_path / "batches"))
    editor = start_worker("edit", db_url, "8")
    db = Database(db_url)               # the application, on its own threads' sessions
    registered = reads = 0
    try:
        while ingest.poll() is None or editor.poll() is None:
            now = time.time()
            with db.write() as session:
                entry = svc.register(session, source="letter", content="来信反映排队时间长",
                                     registered_at=now - 5, window="W02", actor="desktop:li",
                                     role="office", now=now)
                cid = entry.id
            with db.write() as session:
                svc.apply_step(session, "verify", svc.StepRequest(cid, revision=1),
                               actor="desktop:li", role="office", now=now)
            registered += 1
            with db.read() as session:       # the ledger tab's read, while others write
                reads += len(ledger.load_rows(session, "office", now, 50))
        for proc in (ingest, editor):
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            assert "locked" not in err
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Ticket)) == BATCHES * SIZE
            assert session.scalar(select(func.count()).select_from(Complaint)) == registered + 8
    finally:
        for proc in (ingest, editor):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        db.dispose()
    assert registered > 3 and reads > 0
