"""``halldesk backup`` / ``restore``: a consistent copy while another process writes,
restored with the same figures and chain; a damaged or tampered backup and a non-empty
target refused, the target left as it was."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database
from app.errors import UserError
from app.events.ingest import ingest_file
from app.io import backup as svc
from tests.app.safety_helpers import chain, start_worker, stats
from tests.app.safety_worker import write_batches
from tests.app.test_audit import drop_audit_triggers
from tests.cli_helpers import cli, counts, one_sentence

BATCH = 40


def _ingest(url: str, paths: list[Path]) -> None:
    db = Database(url)
    try:
        for path in paths:
            ingest_file(db, str(path), actor="test:pytest", role="director")
    finally:
        db.dispose()


def _is_empty(url: str) -> bool:
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        return not path.exists() or path.stat().st_size == 0
    db = Database(url)
    try:
        with db.read() as session:
            return not session.scalar(svc._PG_OBJECTS)
    finally:
        db.dispose()


def test_backup_and_restore_keep_figures_and_chain(
        db_url: str, new_url: Callable[[str], str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _ingest(db_url, write_batches(tmp_path / "batches", 3, BATCH))
    before = chain(db_url)
    file = tmp_path / "hall.hdbak"
    status, out, err = cli(capsys, "--db", db_url, "backup", str(file))
    assert status == 0, err
    assert "written to" in out
    target = new_url("restored")
    status, out, err = cli(capsys, "--db", target, "restore", str(file))
    assert status == 0, err
    assert f"({len(before)} entries)" in out
    assert stats(target, capsys) == stats(db_url, capsys)
    assert stats(target, capsys)["hall"]["tickets_issued"] == 3 * BATCH
    restored, source = chain(target), chain(db_url)
    assert restored[:len(before)] == before
    assert restored[-1][3] == "database.restore"          # audited in the restored copy
    assert source[-1][3] == "database.backup"             # and the backup in the source
    assert json.loads(source[-1][6])["audit_seq"] == len(before)
    status, out, _ = cli(capsys, "--db", target, "audit", "verify")
    assert status == 0 and f"{len(before) + 1} entries" in out


def test_a_backup_taken_while_another_process_writes_is_consistent(
        db_url: str, new_url: Callable[[str], str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.hdbak"
    admin = Database(db_url)
    svc.backup(admin, baseline, actor="test:pytest", role="office")
    batches = write_batches(tmp_path / "batches", 40, BATCH)
    worker = start_worker("ingest", db_url, str(tmp_path / "batches"))
    assert worker.stdout is not None
    worker.stdout.readline()                      # some batches are in
    during = tmp_path / "during.hdbak"
    info = svc.backup(admin, during, actor="test:pytest", role="office")
    _, err = worker.communicate(timeout=120)
    assert worker.returncode == 0, err
    admin.dispose()
    assert 0 < info.audit_seq < len(chain(db_url)) - 1, "the backup was not taken mid-way"

    target = new_url("restored")
    svc.restore(target, during, actor="test:pytest", role="director")
    restored = chain(target)[:info.audit_seq]
    assert restored == chain(db_url)[:info.audit_seq]     # a prefix of the source's chain
    applied = [e for e in restored if e[3] == "events.ingest" and e[2] == "test:worker"]
    assert applied, "no batch was in the backup"
    # The figures are those of the baseline plus exactly the batches the backup holds.
    reference = new_url("reference")
    svc.restore(reference, baseline, actor="test:pytest", role="director")
    _ingest(reference, batches[:len(applied)])
    assert stats(target, capsys) == stats(reference, capsys)
    assert stats(target, capsys)["hall"]["tickets_issued"] == len(applied) * BATCH


def test_a_damaged_backup_is_refused_and_the_target_left_empty(
        db_url: str, new_url: Callable[[str], str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "hall.hdbak"
    db = Database(db_url)
    info = svc.backup(db, file, actor="test:pytest", role="office")
    db.dispose()
    data = bytearray(file.read_bytes())
    data[len(data) - info.size // 2] ^= 0x01                 # one bit, mid-payload
    file.write_bytes(bytes(data))
    target = new_url("restored")
    status, _, err = cli(capsys, "--db", target, "restore", str(file))
    assert status == 2
    assert "checksum does not match" in one_sentence(err)
    assert _is_empty(target)
    (tmp_path / "other.txt").write_text("not a backup")
    status, _, err = cli(capsys, "--db", target, "restore", str(tmp_path / "other.txt"))
    assert status == 2 and "not a HallDesk backup" in one_sentence(err)
    assert _is_empty(target)


def test_a_backup_with_a_tampered_audit_row_is_refused(
        db_url: str, new_url: Callable[[str], str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _ingest(db_url, write_batches(tmp_path / "batches", 2, BATCH))
    drop_audit_triggers(db_url)
    db = Database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = replace(detail, '40', '41') "
                          "WHERE action = 'events.ingest'"))
    file = tmp_path / "hall.hdbak"
    svc.backup(db, file, actor="test:pytest", role="office")   # a faithful copy of it
    db.dispose()
    target = new_url("restored")
    status, _, err = cli(capsys, "--db", target, "restore", str(file))
    assert status == 2
    assert "broken audit chain" in one_sentence(err)
    assert _is_empty(target)


def test_a_resealed_sqlite_backup_with_an_edited_row_is_refused(
        db_url: str, backend: str, new_url: Callable[[str], str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Someone who edits the copy and writes a new checksum: the chain still tells."""
    if backend != "sqlite":
        pytest.skip("edits the SQLite payload itself")
    import sqlite3

    _ingest(db_url, write_batches(tmp_path / "batches", 2, BATCH))
    db = Database(db_url)
    info = svc.backup(db, tmp_path / "hall.hdbak", actor="test:pytest", role="office")
    db.dispose()
    payload = tmp_path / "payload.db"
    with payload.open("wb") as f:
        svc.read_backup(info.path, f)
    conn = sqlite3.connect(payload)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone:else' WHERE seq = 2")
    conn.commit()
    conn.close()
    svc._write_container(info.path, payload, {
        "dialect": "sqlite", "created": info.created, "audit_seq": info.audit_seq,
        "audit_head": info.audit_head})
    target = new_url("restored")
    status, _, err = cli(capsys, "--db", target, "restore", str(info.path))
    assert status == 2
    assert "broken audit chain at entry 2" in one_sentence(err)
    assert _is_empty(target)


def test_restore_into_a_database_that_is_not_empty_is_refused(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "hall.hdbak"
    status, _, err = cli(capsys, "--db", db_url, "backup", str(file))
    assert status == 0, err
    before = counts(db_url)
    status, _, err = cli(capsys, "--db", db_url, "restore", str(file))
    assert status == 2
    assert "is not empty" in one_sentence(err)
    assert counts(db_url) == before


def test_backup_and_restore_need_their_roles(db: Database, tmp_path: Path,
                                             new_url: Callable[[str], str]) -> None:
    with pytest.raises(UserError, match="inspector role cannot back up"):
        svc.backup(db, tmp_path / "x.hdbak", actor="t", role="inspector")
    info = svc.backup(db, tmp_path / "x.hdbak", actor="t", role="office")
    target = new_url("restored")
    with pytest.raises(UserError, match="office role cannot restore"):
        svc.restore(target, info.path, actor="t", role="office")
    assert _is_empty(target)


def test_bad_backup_targets_are_one_sentence(db_url: str, tmp_path: Path,
                                             new_url: Callable[[str], str],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "--db", db_url, "backup", str(tmp_path / "no" / "x.hdbak"))
    assert status == 2 and "does not exist" in one_sentence(err)
    status, _, err = cli(capsys, "--db", new_url("restored"), "restore",
                         str(tmp_path / "missing"))
    assert status == 2 and "Cannot read the backup" in one_sentence(err)


def test_the_daily_backup_keeps_the_newest_n(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    days = [f"202607{d:02d}-120000" for d in range(1, 6)]
    for day in days:
        result = svc.auto_backup(db, folder, 3, actor="t", role="office",
                                 stamp=lambda _t, d=day: d)
        assert result.info is not None
    again = svc.auto_backup(db, folder, 3, actor="t", role="office", now=time.time(),
                            stamp=lambda _t: "20260705-180000")
    assert again.info is None                     # today's exists already
    forced = svc.auto_backup(db, folder, 3, actor="t", role="office", force=True,
                             stamp=lambda _t: "20260705-180000")
    assert forced.info is not None                # "back up now" makes another
    assert [p.name for p in svc.backups_in(folder)] == [
        "halldesk-20260705-180000.hdbak", "halldesk-20260705-120000.hdbak",
        "halldesk-20260704-120000.hdbak"]
