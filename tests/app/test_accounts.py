"""Accounts: the password policy, login with lockout (an injected clock), unlock by
the period or by the director, password expiry and change, the first account, the
``user`` commands, and the audit entries each of these leaves."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.security import accounts, auditlog
from app.security.accounts import (
    LoginFailed,
    add_user,
    change_password,
    create_first_director,
    login,
    password_issue,
    set_password,
    unlock,
)
from app.security.permissions import PermissionDenied
from app.security.settings import load_security, store_security
from models import Account, AuditEntry
from tests.cli_helpers import cli, counts, one_sentence, token_for

T0 = 1_790_000_000.0            # a fixed clock (2026-09-21)
PASSWORD = "Hall-desk 2026"


def audit_rows(db: Database) -> list[tuple[str, str, str, dict]]:
    with db.read() as session:
        return [(e.actor, e.action, e.entity_id, json.loads(e.detail)) for e in session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def director(db: Database, name: str = "wang") -> None:
    with db.write() as session:
        add_user(session, name, "director", PASSWORD, "test", now=T0)


# -- the policy --------------------------------------------------------------------------
@pytest.mark.parametrize(("password", "issue"), [
    ("Ab1!", "short"),
    ("Ab1defg", "short"),                 # 7 characters
    ("abcdefgh", "kinds"),                # lower only
    ("abcdefg1", "kinds"),                # lower + digit
    ("ABCDEFG!", "kinds"),                # upper + symbol
    ("abcdEFGH", "kinds"),                # upper + lower
    ("x" * 257 + "A1!", "long"),
    ("Wang-2026x", "name"),               # contains the account name, any case
    ("Abcdefg1", None),                   # upper, lower, digit
    ("abcdefg1!", None),                  # lower, digit, symbol
    ("正确的马 Battery 7", None),          # Chinese counts as a symbol
    ("ABCD 1234", None),                  # upper, digit, space
])
def test_password_policy(password: str, issue: str | None) -> None:
    assert password_issue(password, "wang") == issue


def test_user_add_enforces_the_policy_and_names_it(db_url: str,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(db_url)
    monkeypatch.setattr(sys, "stdin", io.StringIO("wang.director!2026\n"))
    status, out, err = cli(capsys, "--db", db_url, "user", "add", "wang.director",
                           "--role", "director", "--password-stdin")
    assert status == 2 and out == ""
    assert one_sentence(err) == "The password must not contain the account name."
    assert counts(db_url) == before


# -- the first account ---------------------------------------------------------------------
def test_the_first_account_must_be_the_directors(db: Database) -> None:
    with db.write() as session, pytest.raises(UserError, match="first account must be the "
                                                               "director's"):
        add_user(session, "li", "office", PASSWORD, "test")
    result = create_first_director(db, "wang", PASSWORD, now=T0)
    assert (result.name, result.role) == ("wang", "director")
    with pytest.raises(UserError, match="has accounts already"):
        create_first_director(db, "zhao", PASSWORD, now=T0)
    # later accounts need the director's permission
    with db.write() as session, pytest.raises(PermissionDenied):
        add_user(session, "li", "office", PASSWORD, "cli:someone")
    with db.write() as session:
        add_user(session, "li", "office", PASSWORD, "wang", by_role="director")
    assert [(a, act, e) for a, act, e, _ in audit_rows(db)][-3:] == [
        ("wang", "account.add", "wang"), ("cli:someone", "access.denied", "account.manage"),
        ("wang", "account.add", "li")]


# -- logging in ----------------------------------------------------------------------------
def test_login_is_audited_and_a_wrong_password_is_counted(db: Database) -> None:
    director(db)
    result = login(db, "wang", PASSWORD, now=T0)
    assert (result.name, result.role, result.must_change) == ("wang", "director", False)
    with pytest.raises(LoginFailed, match="name or the password is wrong"):
        login(db, "wang", "Wrong-pass 1", now=T0 + 1)
    with pytest.raises(LoginFailed, match="name or the password is wrong"):
        login(db, "nobody", PASSWORD, now=T0 + 2)
    rows = audit_rows(db)[-3:]
    assert [(a, act, d.get("reason")) for a, act, _, d in rows] == [
        ("wang", "login", None), ("wang", "login.failed", "wrong password"),
        ("nobody", "login.failed", "unknown")]
    assert PASSWORD not in json.dumps(rows, ensure_ascii=False)


def test_five_failures_lock_for_fifteen_minutes_then_the_lock_lifts(db: Database) -> None:
    director(db)
    for i in range(4):
        with pytest.raises(LoginFailed) as failed:
            login(db, "wang", f"Wrong-pass {i}", now=T0 + i)
        assert failed.value.kind == "wrong"
    with pytest.raises(LoginFailed) as failed:
        login(db, "wang", "Wrong-pass 5", now=T0 + 4)
    assert failed.value.kind == "now_locked" and failed.value.minutes == 15
    # locked: even the right password is refused, and that attempt is audited too
    with pytest.raises(LoginFailed) as failed:
        login(db, "wang", PASSWORD, now=T0 + 14 * 60)
    assert failed.value.kind == "locked"
    assert failed.value.until == T0 + 4 + 15 * 60
    # the period is over: the lock lifts (audited) and the login works
    assert login(db, "wang", PASSWORD, now=T0 + 4 + 15 * 60).name == "wang"
    actions = [act for _, act, _, _ in audit_rows(db)]
    assert actions[-9:] == ["login.failed"] * 5 + ["account.lock", "login.failed",
                                                   "account.unlock", "login"]
    assert audit_rows(db)[-2][3] == {"reason": "lock period over"}


def test_the_lockout_is_configurable(db: Database) -> None:
    director(db)
    with db.write() as session:
        store_security(session, {"max_failures": 3, "lock_minutes": 2}, actor="wang",
                       role="director")
    for i in range(3):
        with pytest.raises(LoginFailed):
            login(db, "wang", f"Wrong-pass {i}", now=T0)
    with pytest.raises(LoginFailed, match="locked"):
        login(db, "wang", PASSWORD, now=T0 + 119)
    assert login(db, "wang", PASSWORD, now=T0 + 120).role == "director"
    with db.write() as session, pytest.raises(UserError, match="max_failures = 1 must be"):
        store_security(session, {"max_failures": 1}, actor="wang", role="director")


def test_the_director_unlocks_before_the_period_is_over(db: Database) -> None:
    director(db)
    with db.write() as session:
        add_user(session, "li", "office", PASSWORD, "wang", by_role="director", now=T0)
    for i in range(5):
        with pytest.raises(LoginFailed):
            login(db, "li", f"Wrong-pass {i}", now=T0)
    with db.write() as session, pytest.raises(PermissionDenied):
        unlock(session, "li", actor="li", role="office", now=T0 + 60)
    with db.write() as session:
        assert unlock(session, "li", actor="wang", role="director", now=T0 + 60)
    assert login(db, "li", PASSWORD, now=T0 + 61).role == "office"
    assert ("wang", "account.unlock", "li") in [r[:3] for r in audit_rows(db)]


# -- passwords -----------------------------------------------------------------------------
def test_an_old_password_must_be_changed_at_login(db: Database) -> None:
    director(db)
    assert not login(db, "wang", PASSWORD, now=T0 + 89 * 86400).must_change
    assert login(db, "wang", PASSWORD, now=T0 + 91 * 86400).must_change
    with pytest.raises(UserError, match="current password is wrong"):
        change_password(db, "wang", "Not-it 123", "New-pass 2027", now=T0 + 91 * 86400)
    with pytest.raises(UserError, match="three of"):
        change_password(db, "wang", PASSWORD, "newpassword", now=T0 + 91 * 86400)
    change_password(db, "wang", PASSWORD, "New-pass 2027", now=T0 + 91 * 86400)
    assert not login(db, "wang", "New-pass 2027", now=T0 + 92 * 86400).must_change
    with pytest.raises(LoginFailed):
        login(db, "wang", PASSWORD, now=T0 + 92 * 86400)
    with db.write() as session:
        store_security(session, {"password_days": 0}, actor="wang", role="director")
        assert load_security(session).password_days == 0
    assert not login(db, "wang", "New-pass 2027", now=T0 + 900 * 86400).must_change


def test_a_password_the_director_sets_is_changed_at_the_next_login(db: Database) -> None:
    director(db)
    with db.write() as session:
        add_user(session, "li", "office", PASSWORD, "wang", by_role="director", now=T0)
        set_password(session, "li", "Temp-pass 1", actor="wang", role="director", now=T0)
    assert login(db, "li", "Temp-pass 1", now=T0 + 60).must_change
    with db.read() as session:
        stored = session.scalars(select(Account).where(Account.name == "li")).one()
    assert "Temp-pass 1" not in stored.password_hash
    assert not any("Temp-pass" in json.dumps(r, ensure_ascii=False) for r in audit_rows(db))


# -- the command line -------------------------------------------------------------------
def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_user_commands(db: Database, capsys: pytest.CaptureFixture[str],
                       monkeypatch: pytest.MonkeyPatch) -> None:
    me = "boss"
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, err = cli(capsys, "--db", db.url, "user", "add", me, "--role", "director",
                           "--password-stdin")
    assert status == 0, err
    # once an account exists, the command line authenticates: its password first
    auth = ("--user", me, "--password-stdin")
    _stdin(monkeypatch, PASSWORD + "\n" + PASSWORD + "\n")
    status, out, err = cli(capsys, "--db", db.url, *auth, "user", "add", "li", "--role",
                           "office", "--password-stdin")
    assert status == 0 and out.strip() == "Account li (office) created."
    for i in range(5):
        with pytest.raises(LoginFailed):
            login(db, "li", f"Wrong-pass {i}")
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, _ = cli(capsys, "--db", db.url, *auth, "user", "list")
    assert status == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "locked until" in lines["li"] and lines[me].rstrip().endswith("active")
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, _ = cli(capsys, "--db", db.url, *auth, "user", "unlock", "li")
    assert status == 0 and out.strip() == "Account li unlocked."
    _stdin(monkeypatch, PASSWORD + "\nweak\n")
    status, _, err = cli(capsys, "--db", db.url, *auth, "user", "passwd", "li",
                         "--password-stdin")
    assert status == 2 and "at least 8 characters" in one_sentence(err)
    _stdin(monkeypatch, PASSWORD + "\nTemp-pass 1\n")
    status, out, _ = cli(capsys, "--db", db.url, *auth, "user", "passwd", "li",
                         "--password-stdin")
    assert status == 0 and "changed at the next login" in out
    assert login(db, "li", "Temp-pass 1").must_change
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, _ = cli(capsys, "--db", db.url, *auth, "user", "settings",
                         "--idle-minutes", "5")
    assert status == 0 and "after 5 minutes" in out
    _stdin(monkeypatch, PASSWORD + "\n")
    status, _, err = cli(capsys, "--db", db.url, *auth, "user", "settings",
                         "--lock-minutes", "0")
    assert status == 2 and "lock_minutes = 0" in one_sentence(err)
    _stdin(monkeypatch, PASSWORD + "\n")
    status, _, err = cli(capsys, "--db", db.url, *auth, "user", "unlock", "nobody")
    assert status == 2 and "nobody" in one_sentence(err)


def test_user_commands_need_the_directors_account(db: Database, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    director(db)
    with db.write() as session:
        add_user(session, "clerk", "office", PASSWORD, "wang", by_role="director")
    token = token_for(db.url, "clerk", tmp_path)
    for argv in (["user", "list"], ["user", "unlock", "wang"],
                 ["user", "settings", "--idle-minutes", "5"],
                 ["user", "token", "wang", "--out", str(tmp_path / "t")]):
        before = counts(db.url)
        status, out, err = cli(capsys, "--db", db.url, *token, *argv)
        assert status == 2 and out == ""
        assert "office role cannot" in one_sentence(err)
        # the token's use and the refusal are audited
        assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 3}


def test_audit_export_command(db: Database, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    director(db)
    login(db, "wang", PASSWORD)
    with pytest.raises(LoginFailed):
        login(db, "wang", "Wrong-pass 1")
    out_file = tmp_path / "audit.xlsx"
    with db.write() as session:
        add_user(session, "checker", "auditor", PASSWORD, "wang", by_role="director")
    status, out, err = cli(capsys, "--db", db.url, *token_for(db.url, "checker", tmp_path),
                           "audit", "export", str(out_file), "--action", "login.failed")
    assert status == 0, err
    assert out.strip() == f"1 audit entries exported to {out_file}."
    rows = list(openpyxl.load_workbook(out_file).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == auditlog.HEADERS
    assert [(r[2], r[3], r[6], r[8]) for r in rows[1:]] == [
        ("wang", "login.failed", "failures", "1"),        # one row per field
        ("wang", "login.failed", "how", "desktop"),
        ("wang", "login.failed", "reason", "wrong password")]
    last = audit_rows(db)[-1]
    assert last[:2] == ("cli:checker", "audit.export")
    assert last[3]["entries"] == 1 and last[3]["filter"] == {"action": "login.failed"}


def test_accounts_module_has_no_default_password() -> None:
    source = Path(accounts.__file__).read_text(encoding="utf-8")
    assert "default_password" not in source.lower()
