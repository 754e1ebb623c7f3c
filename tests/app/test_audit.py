"""The append-only, hash-chained audit log and ``halldesk audit verify`` / ``user add``."""

from __future__ import annotations

import gc
import hashlib
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.security import audit
from models import Account, AuditEntry
from tests.cli_helpers import cli, counts, one_sentence, token_for
from tests.conftest import SMALL_HALL

PASSWORD = "正确的马 Battery staple 7"


def entries(url: str) -> list[AuditEntry]:
    db = Database(url)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    finally:
        db.dispose()


def verify(capsys: pytest.CaptureFixture[str], url: str, *auth: str) -> tuple[int, str]:
    status, out, err = cli(capsys, "--db", url, *auth, "audit", "verify")
    gc.collect()  # a cursor left open (PostgreSQL's server-side one) warns here, not later
    return status, out + err


def verified_count(capsys: pytest.CaptureFixture[str], url: str, *auth: str) -> int:
    status, out = verify(capsys, url, *auth)
    assert status == 0, out
    m = re.search(r"(\d+) entries", out)
    assert m, out
    return int(m.group(1))


def event(eid: str, hms: str, etype: str, **fields: Any) -> dict[str, Any]:
    return {"id": eid, "ts": f"2026-11-25T{hms}+08:00", "type": etype, **fields}


BATCH = [
    event("a1", "08:30:00", "window_opened", window="W01", staff="S001"),
    event("a2", "09:00:00", "ticket_issued", ticket="A001", service="GS"),
    event("a3", "09:01:00", "ticket_called", ticket="A001", window="W01"),
    event("a4", "09:02:00", "service_started", ticket="A001", window="W01"),
    event("a5", "09:12:00", "service_finished", ticket="A001", window="W01"),
    event("a6", "09:13:00", "evaluation", window="W01", rating=5),
    event("a7", "17:00:00", "window_closed", window="W01"),
]


def write_batch(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


def user_add(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str,
             name: str, role: str, password: str = PASSWORD,
             auth: str | None = None) -> tuple[int, str, str]:
    """``user add``; ``auth``: the account that authenticates it (its password first on
    standard input), needed once the database has accounts."""
    lines = ([PASSWORD] if auth else []) + [password]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
    who = ["--user", auth, "--password-stdin"] if auth else []
    return cli(capsys, "--db", url, *who, "user", "add", name, "--role", role,
               "--password-stdin")


def sql(url: str, statement: str) -> None:
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        db.dispose()


def drop_audit_triggers(url: str) -> None:
    """What someone with direct database access could do behind the application's back."""
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            if db.dialect == "sqlite":
                names = conn.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'audit_log'")).scalars().all()
                for name in names:
                    conn.execute(text(f'DROP TRIGGER "{name}"'))
            else:
                names = conn.execute(text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                    "AND NOT tgisinternal")).scalars().all()
                for name in names:
                    conn.execute(text(f'DROP TRIGGER "{name}" ON audit_log'))
            assert names
    finally:
        db.dispose()


# -- every write path ----------------------------------------------------------------
def test_every_write_path_leaves_an_intact_chain(
        empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = empty_url
    status, _, err = cli(capsys, "--db", url, "init", "--hall", SMALL_HALL)
    assert status == 0, err
    assert verified_count(capsys, url) == 1

    edited = tmp_path / "hall.toml"
    edited.write_text(Path(SMALL_HALL).read_text(encoding="utf-8")
                      + '\n[[staff]]\ncode = "S004"\nname = "赵六"\ndepartment = "RS"\n',
                      encoding="utf-8")
    status, _, err = cli(capsys, "--db", url, "init", "--hall", str(edited))
    assert status == 0, err
    assert verified_count(capsys, url) == 2

    status, _, err = cli(capsys, "--db", url, "ingest",
                         str(write_batch(tmp_path / "a.jsonl", BATCH)))
    assert status == 0, err
    assert verified_count(capsys, url) == 3

    # a rejected batch and a repeated batch write nothing, audit included
    status, _, _ = cli(capsys, "--db", url, "ingest",
                       str(write_batch(tmp_path / "b.jsonl", [*BATCH, "oops"])))
    assert status == 2
    status, _, err = cli(capsys, "--db", url, "ingest", str(tmp_path / "a.jsonl"))
    assert status == 0, err
    assert verified_count(capsys, url) == 3

    skip = [event("b1", "10:00:00", "ticket_issued", ticket="A002", service="GS"), "oops"]
    status, _, err = cli(capsys, "--db", url, "ingest", "--skip-bad",
                         str(write_batch(tmp_path / "c.jsonl", skip)))
    assert status == 0, err
    assert verified_count(capsys, url) == 4

    # the first account is the director's; from then on the command line names an
    # account to verify (its token's use audited: one entry, the login another)
    status, _, err = user_add(capsys, monkeypatch, url, "boss", "director")
    assert status == 0, err
    assert verified_count(capsys, url, *token_for(url, "boss", tmp_path)) == 8


def test_demo_leaves_an_intact_chain(empty_url: str, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    status, _, err = cli(capsys, "--db", empty_url, "demo", "--days", "1", "--seed", "3")
    assert status == 0, err
    assert verified_count(capsys, empty_url) >= 2


def test_ingest_writes_one_entry_per_batch(db_url: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    first = len(entries(db_url))
    path = write_batch(tmp_path / "day.jsonl", BATCH)
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(path))
    assert status == 0, err
    new = entries(db_url)[first:]
    assert len(new) == 1
    entry = new[0]
    assert entry.action == "events.ingest"
    # no account yet: the director setting the database up, never the OS user's name
    assert entry.actor == audit.cli_actor() == "cli:setup"
    assert hashlib.sha256(path.read_bytes()).hexdigest() in (entry.entity_id + entry.detail)
    detail = json.loads(entry.detail)
    assert detail["applied"] == 7
    assert detail["duplicates"] == 0
    assert detail["rejected"] == 0
    assert detail["by_type"] == {"window_opened": 1, "ticket_issued": 1, "ticket_called": 1,
                                 "service_started": 1, "service_finished": 1,
                                 "evaluation": 1, "window_closed": 1}

    more = [*BATCH, event("a8", "17:10:00", "evaluation", window="W02", rating=3),
            "{not json", event("a9", "17:20:00", "window_resumed", window="W03")]
    path2 = write_batch(tmp_path / "more.jsonl", more)
    status, _, err = cli(capsys, "--db", db_url, "ingest", "--skip-bad", str(path2))
    assert status == 0, err
    new = entries(db_url)[first + 1:]
    assert len(new) == 1
    assert hashlib.sha256(path2.read_bytes()).hexdigest() in (new[0].entity_id + new[0].detail)
    detail = json.loads(new[0].detail)
    assert (detail["applied"], detail["duplicates"], detail["rejected"]) == (1, 7, 2)
    assert detail["by_type"] == {"evaluation": 1}


# -- the database refuses changes ----------------------------------------------------
@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET detail = '{}' WHERE seq = 1",
    "UPDATE audit_log SET actor = 'someone else'",
    "DELETE FROM audit_log WHERE seq = 1",
    "DELETE FROM audit_log",
])
def test_database_refuses_update_and_delete(statement: str, db_url: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = [(e.seq, e.actor, e.detail, e.hash) for e in entries(db_url)]
    assert before
    with pytest.raises(DBAPIError, match="append-only"):
        sql(db_url, statement)
    assert [(e.seq, e.actor, e.detail, e.hash) for e in entries(db_url)] == before
    assert verify(capsys, db_url)[0] == 0


def test_postgresql_refuses_truncate(db_url: str, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("TRUNCATE is a PostgreSQL statement")
    with pytest.raises(DBAPIError, match="append-only"):
        sql(db_url, "TRUNCATE audit_log")
    assert entries(db_url)


# -- edits behind the application's back are found -----------------------------------
@pytest.fixture
def three_entries(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    for i, batch in enumerate([BATCH[:2], BATCH[2:5], BATCH[5:]]):
        path = write_batch(tmp_path / f"b{i}.jsonl", batch)
        status, _, err = cli(capsys, "--db", db_url, "ingest", str(path))
        assert status == 0, err
    assert verified_count(capsys, db_url) == 4
    drop_audit_triggers(db_url)
    return db_url


def test_changed_detail_is_found(three_entries: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(three_entries)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = replace(detail, :a, :b) "
                          "WHERE seq = 3"), {"a": '"applied":3', "b": '"applied":2'})
    db.dispose()
    assert '"applied":2' in entries(three_entries)[2].detail
    status, out = verify(capsys, three_entries)
    assert status == 1
    assert re.search(r"\bentry 3\b", out), out


@pytest.mark.parametrize("column", ["actor", "action", "entity_id"])
def test_changed_field_of_the_first_entry_is_found(
        column: str, three_entries: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql(three_entries, f"UPDATE audit_log SET {column} = 'x' WHERE seq = 1")
    status, out = verify(capsys, three_entries)
    assert status == 1
    assert re.search(r"\bentry 1\b", out), out


def test_changed_time_of_the_last_entry_is_found(
        three_entries: str, capsys: pytest.CaptureFixture[str]) -> None:
    sql(three_entries, "UPDATE audit_log SET ts = ts - 86400 WHERE seq = 4")
    status, out = verify(capsys, three_entries)
    assert status == 1
    assert re.search(r"\bentry 4\b", out), out


def test_deleted_entry_is_found(three_entries: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    sql(three_entries, "DELETE FROM audit_log WHERE seq = 2")
    status, out = verify(capsys, three_entries)
    assert status == 1
    assert re.search(r"\bentry 2\b", out), out


def test_rehashed_entry_breaks_the_next_link(three_entries: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Recomputing the edited entry's own hash is not enough: the next link breaks."""
    e = entries(three_entries)[1]
    detail = e.detail.replace('"applied":2', '"applied":1')
    assert detail != e.detail
    digest = audit.entry_hash(e.prev_hash, {
        "seq": e.seq, "ts": e.ts, "actor": e.actor, "action": e.action, "entity": e.entity,
        "entity_id": e.entity_id, "detail": detail})
    db = Database(three_entries)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = :d, hash = :h WHERE seq = 2"),
                     {"d": detail, "h": digest})
    db.dispose()
    status, out = verify(capsys, three_entries)
    assert status == 1
    # the entry's seal gives it away (the key is outside the database)
    assert re.search(r"\bentry 2\b.*seal", out), out


# -- user add ------------------------------------------------------------------------
def test_user_add_stores_an_argon2_hash_and_audits(
        db_url: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = len(entries(db_url))
    status, out, err = user_add(capsys, monkeypatch, db_url, "wang.director", "director")
    assert status == 0, err
    assert PASSWORD not in out + err
    db = Database(db_url)
    with db.read() as session:
        account = session.scalars(select(Account)).one()
    db.dispose()
    assert (account.name, account.role, account.disabled) == ("wang.director", "director",
                                                             False)
    assert account.password_hash.startswith("$argon2")
    assert PASSWORD not in account.password_hash
    assert PasswordHasher().verify(account.password_hash, PASSWORD)
    new = entries(db_url)[first:]
    assert len(new) == 1
    assert new[0].actor == "cli:setup"
    assert "wang.director" in new[0].entity_id + new[0].detail
    assert PASSWORD not in new[0].detail
    assert account.password_hash not in new[0].detail
    # now that the database has an account, verifying names one (refused and audited
    # without)
    status, out = verify(capsys, db_url)
    assert status == 2 and "names none cannot verify the audit chain" in out
    assert entries(db_url)[-1].action == "access.denied"
    db = Database(db_url)
    with db.read() as session:
        assert audit.verify(session)[1] is None
    db.dispose()


@pytest.mark.parametrize(("name", "role", "password", "word"), [
    ("li", "boss", PASSWORD, "boss"),
    ("li", "Director", PASSWORD, "Director"),
    ("li", "director", "short12", "password"),
    ("li", "director", "", "password"),
    ("has space", "director", PASSWORD, "has space"),
    ("taken", "office", PASSWORD, "taken"),
])
def test_user_add_refuses_bad_input(name: str, role: str, password: str, word: str,
                                    db_url: str, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # the director's account first: the command line authenticates as it
    status, _, err = user_add(capsys, monkeypatch, db_url, "boss", "director")
    assert status == 0, err
    status, _, err = user_add(capsys, monkeypatch, db_url, "taken", "auditor", auth="boss")
    assert status == 0, err
    before = counts(db_url)
    status, out, err = user_add(capsys, monkeypatch, db_url, name, role, password,
                                auth="boss")
    assert status == 2
    assert word in one_sentence(err)
    assert PASSWORD not in out + err
    # the authentication is audited (the login), nothing else changes
    assert counts(db_url) == {**before, "audit_log": before["audit_log"] + 1}
