"""The audit chain anchored outside the database: one test per row of
docs/threat-model.md (an insider with the database file, not the workstation)."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import Database
from app.io.backup import MAGIC
from app.security import anchor, audit
from models import AuditEntry
from tests.app.test_audit import drop_audit_triggers
from tests.cli_helpers import cli, counts, one_sentence
from tests.conftest import _drop_pg_database, _new_pg_database

ENTRIES = 6


def _write(url: str, n: int, start: int = 0) -> None:
    db = Database(url)
    try:
        for i in range(start, start + n):
            with db.write() as session:
                audit.record(session, "test:office", "calendar.set", "calendar_day",
                             f"2099-01-{i + 1:02d}", {"holiday": True, "n": i})
    finally:
        db.dispose()


def rows(url: str) -> list[AuditEntry]:
    db = Database(url)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    finally:
        db.dispose()


def run_sql(url: str, *statements: str, params: list[dict[str, object]] | None = None
            ) -> None:
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            for i, statement in enumerate(statements):
                conn.execute(text(statement), (params or [{}] * len(statements))[i])
    finally:
        db.dispose()


def verify(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> tuple[int, str]:
    status, out, err = cli(capsys, "--db", url, "audit", "verify", *extra)
    return status, out + err


@pytest.fixture
def chain(db_url: str) -> str:
    """A hall database with a sealed log of a few entries this workstation wrote (so
    it keeps their checkpoint), and its no-update/no-delete triggers dropped, as an
    insider with the file can."""
    _write(db_url, ENTRIES - 1)
    assert len(rows(db_url)) == ENTRIES
    drop_audit_triggers(db_url)
    return db_url


def _recompute(url: str, start: int, key: bytes | None, change: str | None = None) -> None:
    """Rewrite entry ``start`` (its detail gets ``change``) and recompute every hash
    after it, as someone with the database would; with ``key`` the seals too (someone
    who also stole the key), else the seals are left as they were."""
    entries = rows(url)
    prev = audit.GENESIS if start == 1 else entries[start - 2].hash
    statements, params = [], []
    for e in entries[start - 1:]:
        detail = change if (change is not None and e.seq == start) else e.detail
        digest = audit.entry_hash(prev, {
            "seq": e.seq, "ts": e.ts, "actor": e.actor, "action": e.action,
            "entity": e.entity, "entity_id": e.entity_id, "detail": detail})
        mac = anchor.seal(key, digest) if key is not None else e.mac
        statements.append("UPDATE audit_log SET detail = :d, prev_hash = :p, hash = :h, "
                          "mac = :m WHERE seq = :s")
        params.append({"d": detail, "p": prev, "h": digest, "m": mac, "s": e.seq})
        prev = digest
    run_sql(url, *statements, params=params)


# -- rows of the threat model --------------------------------------------------------
def test_intact_chain_names_its_head(chain: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = verify(capsys, chain)
    last = rows(chain)[-1]
    assert status == 0, out
    assert out.strip() == (f"Audit chain intact: {ENTRIES} entries; head "
                           f"{ENTRIES}:{last.hash[:16]}.")
    assert all(e.mac == anchor.seal(anchor.ensure_key(), e.hash) for e in rows(chain))


def test_truncating_the_last_entries_is_found(chain: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    run_sql(chain, "DELETE FROM audit_log WHERE seq > 3")
    status, out = verify(capsys, chain)
    assert status == 1
    assert f"entry 4: entries 4–{ENTRIES} are missing" in out, out


def test_emptying_the_log_is_found_and_blocks_writing(chain: str,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    run_sql(chain, "DELETE FROM audit_log")
    status, out = verify(capsys, chain)
    assert status == 1 and "the log is empty although this workstation saw it hold" in out
    before = counts(chain)
    status, _, err = cli(capsys, "--db", chain, "calendar", "set", "2099-03-02", "--holiday")
    assert status == 2 and "it was emptied outside HallDesk" in one_sentence(err)
    assert counts(chain) == before


@pytest.mark.parametrize("mac", [None, "0" * 64])
def test_a_forged_appended_entry_is_found(chain: str, mac: str | None,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    last = rows(chain)[-1]
    fields = {"seq": last.seq + 1, "ts": last.ts + 1, "actor": "wang", "action": "login",
              "entity": "account", "entity_id": "wang", "detail": "{}"}
    digest = audit.entry_hash(last.hash, fields)
    run_sql(chain, "INSERT INTO audit_log (seq, ts, actor, action, entity, entity_id, "
            "detail, prev_hash, hash, mac) VALUES (:seq, :ts, :actor, :action, :entity, "
            ":entity_id, :detail, :prev, :hash, :mac)",
            params=[{**fields, "prev": last.hash, "hash": digest, "mac": mac}])
    status, out = verify(capsys, chain)
    assert status == 1
    assert re.search(rf"entry {last.seq + 1}: .*seal", out), out
    # the next change refuses to build on it
    before = counts(chain)
    status, _, err = cli(capsys, "--db", chain, "calendar", "set", "2099-03-02", "--holiday")
    assert status == 2 and f"entry ({last.seq + 1})" in one_sentence(err)
    assert counts(chain) == before


def test_a_rewritten_middle_with_everything_after_recomputed_is_found(
        chain: str, capsys: pytest.CaptureFixture[str]) -> None:
    _recompute(chain, 3, None, change='{"holiday":false,"n":1}')
    status, out = verify(capsys, chain)
    assert status == 1
    assert "entry 3: its seal does not match" in out, out


def test_seals_stripped_to_look_older_than_the_key_are_found(
        chain: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify(capsys, chain)[0] == 0    # the checkpoint learns where sealing began
    run_sql(chain, "UPDATE audit_log SET mac = NULL")
    _recompute(chain, 2, None, change='{"holiday":false,"n":0}')
    run_sql(chain, "UPDATE audit_log SET mac = NULL")
    status, out = verify(capsys, chain)
    assert status == 1
    assert "entry 1: it has no seal although the log is sealed from entry 1" in out, out


def test_with_the_key_stolen_the_checkpoint_and_paper_still_catch_a_rewrite(
        chain: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(chain)
    with db.read() as session:
        paper = anchor.paper_checkpoint(session)
    db.dispose()
    assert (paper.seq, paper.code) == (ENTRIES, rows(chain)[-1].hash[:16])
    assert paper.expect == f"{ENTRIES}:{paper.code}"
    assert verify(capsys, chain, "--expect", paper.expect)[0] == 0
    _recompute(chain, 2, anchor.ensure_key(), change='{"holiday":false,"n":0}')
    status, out = verify(capsys, chain)
    assert status == 1 and f"entry {ENTRIES}: it differs from the checkpoint" in out, out
    # another workstation (no checkpoint of it) still has the paper
    anchor.forget(anchor.url_key(Database(chain).engine.url))
    status, out = verify(capsys, chain, "--expect", paper.expect)
    assert status == 1 and f"entry {ENTRIES}: its hash is not the one printed" in out, out


def test_an_older_copy_put_back_is_found(db_url: str, tmp_path: Path, backend: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    if backend != "sqlite":
        pytest.skip("a file copy: the SQLite case of a rollback")
    path = Path(db_url.removeprefix("sqlite:///"))
    _write(db_url, 2)
    Database(db_url).dispose()
    old = path.read_bytes()
    _write(db_url, 3, start=2)
    Database(db_url).dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(old)
    status, out = verify(capsys, db_url)
    assert status == 1 and "entries 4–6 are missing" in out, out


def test_expect_is_checked_and_refused_when_malformed(chain: str,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    head = rows(chain)[-1]
    status, out = verify(capsys, chain, "--expect", f"{head.seq}:{head.hash[:16].upper()}")
    assert status == 0 and "matching --expect" in out
    status, out = verify(capsys, chain, "--expect", f"{head.seq + 5}:{head.hash[:16]}")
    assert status == 1 and "it is missing although it was printed" in out
    for bad in ("7", "x:abc", "3:abcd", "3:" + "g" * 16, "0:" + "a" * 16, f"{2**70}:" + "a" * 16):
        status, out = verify(capsys, chain, "--expect", bad)
        assert status == 2 and "--expect" in one_sentence(out)


# -- backups -------------------------------------------------------------------------
def _header(path: Path) -> tuple[dict[str, object], bytes]:
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    line, payload = data[len(MAGIC):].split(b"\n", 1)
    return json.loads(line), payload


def _rewrite_backup(path: Path, header: dict[str, object], payload: bytes) -> None:
    path.write_bytes(MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload)


@pytest.fixture
def other_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database on the same backend (a restore's target)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    url, name = _new_pg_database()
    try:
        yield url
    finally:
        _drop_pg_database(name)


def test_a_backup_is_signed_private_and_holds_no_key(db_url: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    _write(db_url, 2)
    target = tmp_path / "hall.hdbak"
    status, _, err = cli(capsys, "--db", db_url, "backup", str(target))
    assert status == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    header, payload = _header(target)
    assert isinstance(header["sig"], str) and header["audit_seq"] == 3
    assert anchor.ensure_key().hex().encode() not in payload
    assert anchor.ensure_key() not in payload


def test_a_backup_whose_header_was_recomputed_is_refused(
        db_url: str, other_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _write(db_url, 2)
    target = tmp_path / "hall.hdbak"
    assert cli(capsys, "--db", db_url, "backup", str(target))[0] == 0
    header, payload = _header(target)
    # a payload changed (here: one byte of padding), checksum, size and head recomputed
    changed = payload + b"\0"
    header = {**header, "sha256": hashlib.sha256(changed).hexdigest(), "size": len(changed)}
    _rewrite_backup(target, header, changed)
    status, _, err = cli(capsys, "--db", other_url, "restore", str(target))
    assert status == 2 and "header that was altered" in one_sentence(err)
    # the signature removed: a sealed log with an unsigned header
    unsigned = {k: v for k, v in header.items() if k != "sig"}
    _rewrite_backup(target, {**unsigned, "sha256": hashlib.sha256(payload).hexdigest(),
                             "size": len(payload)}, payload)
    status, _, err = cli(capsys, "--db", other_url, "restore", str(target))
    assert status == 2 and "its header is not signed" in one_sentence(err)
    # the target stayed empty: the backup as it was written restores into it
    _rewrite_backup(target, header | {"sha256": hashlib.sha256(payload).hexdigest(),
                                      "size": len(payload)}, payload)
    status, _, err = cli(capsys, "--db", other_url, "restore", str(target))
    assert status == 0, err


def test_a_backup_must_hold_the_checkpoint_of_its_source(
        db_url: str, other_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A backup of a rewritten database (every hash and seal recomputed with a stolen
    key, the header signed by a workstation that holds it) still differs from what
    this workstation saw of the source."""
    _write(db_url, 4)
    db = Database(db_url)
    checkpoint = anchor._checkpoint_file(anchor.url_key(db.engine.url) or "")
    db.dispose()
    seen = checkpoint.read_bytes()
    drop_audit_triggers(db_url)
    _recompute(db_url, 2, anchor.ensure_key(), change='{"holiday":false,"n":0}')
    target = tmp_path / "hall.hdbak"
    assert cli(capsys, "--db", db_url, "backup", str(target))[0] == 0
    checkpoint.write_bytes(seen)     # what this workstation saw before the rewrite
    status, _, err = cli(capsys, "--db", other_url, "restore", str(target))
    assert status == 2 and "differs from the checkpoint" in one_sentence(err), err


def test_an_older_backup_restores_and_becomes_the_checkpoint(
        db_url: str, other_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _write(db_url, 2)
    target = tmp_path / "hall.hdbak"
    assert cli(capsys, "--db", db_url, "backup", str(target))[0] == 0
    _write(db_url, 3, start=2)
    status, out, err = cli(capsys, "--db", other_url, "restore", str(target))
    assert status == 0, err
    status, out = verify(capsys, other_url)
    assert status == 0 and "4 entries" in out, out   # the 3 backed up, and the restore


# -- the key -------------------------------------------------------------------------
def test_the_key_is_private_outside_the_data_folder(db_url: str) -> None:
    _write(db_url, 1)
    path = anchor.key_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert Path(db_url.removeprefix("sqlite:///")).parent != path.parent


def test_a_workstation_without_the_key_refuses_until_it_imports_it(
        chain: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    exported = tmp_path / "hall.key"
    status, out, err = cli(capsys, "audit", "key", "--export", str(exported))
    assert status == 0, err
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    monkeypatch.setenv("HALLDESK_CONFIG_DIR", str(tmp_path / "second-workstation"))
    status, out = verify(capsys, chain)
    assert status == 2 and "holds no audit key" in one_sentence(out)
    before = counts(chain)
    status, _, err = cli(capsys, "--db", chain, "calendar", "set", "2099-03-02", "--holiday")
    assert status == 2 and "holds no audit key" in one_sentence(err)
    assert counts(chain) == before
    status, out, err = cli(capsys, "audit", "key", "--import", str(exported))
    assert status == 0, err
    assert verify(capsys, chain)[0] == 0
    # a second, different key is never put over it
    other = tmp_path / "other.key"
    other.write_text(f"halldesk-audit-key-1 {'ab' * 32}\n")
    status, _, err = cli(capsys, "audit", "key", "--import", str(other))
    assert status == 2 and "another audit key" in one_sentence(err)


def test_a_database_from_before_the_key_keeps_working_and_is_sealed_from_then_on(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgrade path: entries written before 0013 have no seal; the first write
    made with a key seals from there on, and verify checks both."""
    _write(db_url, 2)
    drop_audit_triggers(db_url)
    run_sql(db_url, "UPDATE audit_log SET mac = NULL")
    monkeypatch.setenv("HALLDESK_CONFIG_DIR", str(tmp_path / "upgraded-workstation"))
    assert not anchor.key_path().exists()
    status, out = verify(capsys, db_url)
    assert status == 0 and "3 entries" in out, out
    _write(db_url, 2, start=5)
    assert anchor.key_path().exists()
    assert [e.mac is not None for e in rows(db_url)] == [False] * 3 + [True] * 2
    status, out = verify(capsys, db_url)
    assert status == 0 and "5 entries" in out, out
    # a legacy entry rewritten (and everything after recomputed) breaks the first seal
    _recompute(db_url, 2, None, change='{"holiday":false,"n":0}')
    status, out = verify(capsys, db_url)
    assert status == 1 and "entry 4: its seal does not match" in out, out


def test_a_key_file_that_is_not_one_is_one_sentence(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    bad = tmp_path / "bad.key"
    bad.write_text("hello\n")
    status, _, err = cli(capsys, "audit", "key", "--import", str(bad))
    assert status == 2 and "is not a HallDesk audit key" in one_sentence(err)
    status, _, err = cli(capsys, "audit", "key", "--import", str(tmp_path / "missing"))
    assert status == 2 and "Cannot read" in one_sentence(err)
