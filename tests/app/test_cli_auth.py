"""Who a command-line run is (issue 14, items 9, 10 and 12): never the environment; an
account authenticated by its password or a token; every failed check counted and
audited; account names unique after NFKC and case folding."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.security.accounts import LoginFailed, add_user, change_password, login
from app.security.settings import load_security
from models import Account, AuditEntry, CliToken
from tests.cli_helpers import cli, counts, one_sentence, token_for

PASSWORD = "Hall-desk 2026"


def _stdin(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))


def _accounts(db: Database) -> None:
    with db.write() as session:
        add_user(session, "wang", "director", PASSWORD, "test")
        add_user(session, "li", "office", PASSWORD, "wang", by_role="director")


def _audit(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as session:
        return [{"actor": e.actor, "entity_id": e.entity_id, **json.loads(e.detail)}
                for e in session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                         .order_by(AuditEntry.seq))]


def _failures(db: Database, name: str) -> int:
    with db.read() as session:
        account = session.scalars(select(Account).where(Account.name == name)).one()
        return int(account.failed_logins)


def _locked(db: Database, name: str) -> bool:
    with db.read() as session:
        account = session.scalars(select(Account).where(Account.name == name)).one()
        return account.locked_until is not None


# -- 9: never the environment --------------------------------------------------------
def test_logname_names_nobody(db: Database, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``LOGNAME=wang halldesk user add evil --role director`` run by anyone used to act
    as the director wang."""
    _accounts(db)
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(var, "wang")
    before = counts(db.url)
    _stdin(monkeypatch, PASSWORD)
    status, out, err = cli(capsys, "--db", db.url, "user", "add", "evil", "--role",
                           "director", "--password-stdin")
    assert status == 2 and out == ""
    assert "names none cannot manage accounts" in one_sentence(err)
    assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 1}
    denial = _audit(db, "access.denied")[-1]
    assert denial["actor"] == "cli" and "wang" not in json.dumps(denial)


def test_a_database_without_accounts_is_set_up_by_its_director(
        db: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "someone")
    status, _, err = cli(capsys, "--db", db.url, "calendar", "set", "2099-01-02",
                         "--holiday")
    assert status == 0, err
    assert _audit(db, "calendar.set")[-1]["actor"] == "cli:setup"
    # --user on a database without accounts names nobody
    status, _, err = cli(capsys, "--db", db.url, "--user", "wang", "calendar", "set",
                         "2099-01-03", "--holiday")
    assert status == 2 and "has no accounts yet" in one_sentence(err)
    _stdin(monkeypatch, PASSWORD)
    status, _, err = cli(capsys, "--db", db.url, "user", "add", "wang", "--role",
                         "director", "--password-stdin")
    assert status == 0, err
    assert _audit(db, "account.add")[-1]["actor"] == "cli:setup"


def test_password_from_stdin_then_the_commands_own(db: Database,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _accounts(db)
    _stdin(monkeypatch, PASSWORD, "Other-pass 2027")
    status, _out, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                           "user", "add", "zhao", "--role", "inspector", "--password-stdin")
    assert status == 0, err
    assert login(db, "zhao", "Other-pass 2027").role == "inspector"
    created = _audit(db, "account.add")[-1]
    assert created["actor"] == "cli:wang" and created["entity_id"] == "zhao"
    cli_login = [e for e in _audit(db, "login") if e["how"] == "command line"]
    assert cli_login and cli_login[-1]["entity_id"] == "wang"


def test_no_terminal_and_no_password_stdin_is_one_sentence(
        db: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``user add`` and ``--unmasked`` without a terminal used to end in EOFError."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    status, _, err = cli(capsys, "--db", db.url, "user", "add", "wang", "--role", "director")
    assert status == 2 and "no terminal" in one_sentence(err)
    _accounts(db)
    status, _, err = cli(capsys, "--db", db.url, "--user", "wang", "calendar", "set",
                         "2099-01-02", "--holiday")
    assert status == 2 and "no terminal" in one_sentence(err)
    status, _, err = cli(capsys, "--db", db.url, "complaints", "export", str(Path(
        os.environ["XDG_CONFIG_HOME"]) / "x.xlsx"), "--unmasked", "--user", "wang")
    assert status == 2 and "no terminal" in one_sentence(err)
    status, _, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                         "calendar", "set", "2099-01-02", "--holiday")
    assert status == 2 and "no password line" in one_sentence(err)


# -- tokens --------------------------------------------------------------------------
def test_a_token_is_made_once_stored_hashed_audited_and_revocable(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _accounts(db)
    token = tmp_path / "nightly.token"
    _stdin(monkeypatch, PASSWORD)
    status, out, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                           "user", "token", "li", "--out", str(token))
    assert status == 0, err
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    secret = token.read_text().split()[2]
    assert secret not in out + err
    with db.read() as session:
        stored = session.scalars(select(CliToken)).one()
    assert secret not in stored.secret_hash and len(stored.secret_hash) == 64
    assert not any(secret in json.dumps(e) for e in _audit(db, "account.token"))
    # a new file only: the token is never written twice
    _stdin(monkeypatch, PASSWORD)
    status, _, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                         "user", "token", "li", "--out", str(token))
    assert status == 2 and "exists already" in one_sentence(err)
    # used by an unattended job: audited as li
    status, _, err = cli(capsys, "--db", db.url, "--token", str(token), "calendar", "set",
                         "2099-01-02", "--holiday")
    assert status == 0, err
    assert _audit(db, "calendar.set")[-1]["actor"] == "cli:li"
    assert _audit(db, "account.token_use")[-1]["entity_id"] == "li"
    # revoked: refused, and the refusal audited
    _stdin(monkeypatch, PASSWORD)
    status, out, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                           "user", "token", "li", "--revoke")
    assert status == 0 and "1 token(s) of li revoked" in out
    before = counts(db.url)
    status, _, err = cli(capsys, "--db", db.url, "--token", str(token), "calendar", "set",
                         "2099-01-03", "--holiday")
    assert status == 2 and "not a token in force" in one_sentence(err)
    assert counts(db.url) == {**before, "audit_log": before["audit_log"] + 1}
    assert _audit(db, "login.failed")[-1]["reason"] == "revoked token"


def test_a_token_file_others_can_read_or_that_is_not_one_is_refused(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _accounts(db)
    argv = token_for(db.url, "li", tmp_path)
    path = Path(argv[1])
    path.chmod(0o644)
    status, _, err = cli(capsys, "--db", db.url, *argv, "calendar", "set", "2099-01-02",
                         "--holiday")
    assert status == 2 and "can be read by other users" in one_sentence(err)
    for text in ("", "hello", "halldesk-token-1 x y", "halldesk-token-1 99999999999999999999 ab"):
        path.write_text(text)
        path.chmod(0o600)
        status, _, err = cli(capsys, "--db", db.url, *argv, "calendar", "set", "2099-01-02",
                             "--holiday")
        assert status == 2, text
        one_sentence(err)
    status, _, err = cli(capsys, "--db", db.url, "--token", "/dev/null", "calendar", "set",
                         "2099-01-02", "--holiday")
    assert status == 2 and "not a regular file" in one_sentence(err)


# -- 10: every password check counts ------------------------------------------------
def test_wrong_tokens_count_toward_the_lock(db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _accounts(db)
    argv = token_for(db.url, "li", tmp_path)
    path = Path(argv[1])
    magic, token_id, _secret = path.read_text().split()
    path.write_text(f"{magic} {token_id} {'0' * 64}\n")
    path.chmod(0o600)
    with db.read() as session:
        limit = load_security(session).max_failures
    for _i in range(limit):
        status, _, err = cli(capsys, "--db", db.url, *argv, "calendar", "set", "2099-01-02",
                             "--holiday")
        assert status == 2
        one_sentence(err)
    assert _locked(db, "li")
    wrong = [e for e in _audit(db, "login.failed") if e["how"] == "token"]
    assert len(wrong) == limit and wrong[-1]["reason"] == "wrong token"
    assert _audit(db, "account.lock")[-1]["entity_id"] == "li"
    # locked: the right password is refused too
    with pytest.raises(LoginFailed):
        login(db, "li", PASSWORD)


@pytest.mark.parametrize("how", ["command line", "unmasked export", "password change"])
def test_wrong_passwords_count_toward_the_lock_whatever_asks(
        how: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Six wrong --unmasked passwords used to be free."""
    _accounts(db)
    with db.read() as session:
        limit = load_security(session).max_failures
    for i in range(limit):
        _stdin(monkeypatch, f"Wrong-pass {i}")
        if how == "command line":
            status, _, err = cli(capsys, "--db", db.url, "--user", "wang", "--password-stdin",
                                 "calendar", "set", "2099-01-02", "--holiday")
        elif how == "unmasked export":
            status, _, err = cli(capsys, "--db", db.url, "complaints", "export",
                                 str(tmp_path / "full.xlsx"), "--unmasked", "--user", "wang",
                                 "--password-stdin")
        else:
            try:
                change_password(db, "wang", f"Wrong-pass {i}", "New-pass 2027")
                status, err = 0, ""
            except LoginFailed as exc:
                status, err = 2, str(exc) + "\n"
            except Exception as exc:
                status, err = 2, str(exc) + "\n"
        assert status == 2
        one_sentence(err)
    assert _locked(db, "wang")
    failures = [e for e in _audit(db, "login.failed") if e["how"] == how]
    assert len(failures) == limit
    assert not (tmp_path / "full.xlsx").exists()


def test_a_good_check_resets_the_count(db: Database, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _accounts(db)
    _stdin(monkeypatch, "Wrong-pass 1")
    assert cli(capsys, "--db", db.url, "--user", "li", "--password-stdin", "calendar", "set",
               "2099-01-02", "--holiday")[0] == 2
    assert _failures(db, "li") == 1
    _stdin(monkeypatch, PASSWORD)
    assert cli(capsys, "--db", db.url, "--user", "li", "--password-stdin", "calendar", "set",
               "2099-01-02", "--holiday")[0] == 0
    assert _failures(db, "li") == 0


# -- 12: account names ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["Office1", "OFFICE1", "ｏｆｆｉｃｅ１", "oﬃce1"])
def test_names_are_unique_after_nfkc_and_case_folding(name: str, db: Database) -> None:
    from app.errors import UserError

    _accounts(db)
    with db.write() as session:
        add_user(session, "office1", "office", PASSWORD, "wang", by_role="director")
    with pytest.raises(UserError, match=r"already exists|must be 1–64") as refused, \
            db.write() as session:
        add_user(session, name, "office", PASSWORD, "wang", by_role="director")
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("name", ["ｒｏｏｔ", "has space", "a@b", "tab\tname", "王芳 ", "",
                                  "x" * 65, "semi;colon", "zero\u200bwidth", "\ud800"])
def test_names_are_letters_digits_and_dot_underscore_dash(name: str, db: Database) -> None:
    from app.errors import UserError

    _accounts(db)
    with pytest.raises(UserError, match="must be 1–64 letters"), db.write() as session:
        add_user(session, name, "office", PASSWORD, "wang", by_role="director")


@pytest.mark.parametrize("name", ["王芳", "li.si", "zhang_san-2", "Ömer"])
def test_good_names_are_taken(name: str, db: Database) -> None:
    _accounts(db)
    with db.write() as session:
        add_user(session, name, "office", PASSWORD, "wang", by_role="director")
    assert login(db, name, PASSWORD).name == name
