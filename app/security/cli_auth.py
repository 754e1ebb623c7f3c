"""Who a command-line run is (docs/spec/cli.md, "Who runs a command").

Never the environment: ``getpass.getuser()`` reads ``LOGNAME``/``USER``, which anyone
sets. On a database without any account (first set-up) a command acts as the
director setting it up (``cli:setup``). Once an account exists, a command that needs
a role authenticates one: ``--user NAME`` with its password (asked on the terminal,
or the first line of standard input with ``--password-stdin``), or ``--token FILE``,
a token the director made for unattended jobs (``halldesk user token NAME --out
FILE``: shown once, only its sha256 kept, revocable, audited on every use). A wrong
password or token is audited and counts toward the account's lock like a failed
login. Without either, a command has no role (``NO_ACCOUNT``): what needs one is
refused in one sentence, reading commands that need none work as before.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import os
import secrets
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.security import audit
from app.security.accounts import LoginFailed, LoginResult, check_secret, has_accounts, login
from app.security.permissions import DIRECTOR, NO_ACCOUNT, require
from models import Account, CliToken

TOKEN_MAGIC = "halldesk-token-1"
ANONYMOUS = "cli"
MAX_SECRET_LINE = 4096


@dataclass(frozen=True)
class Credentials:
    """What the command line was given to authenticate with."""

    user: str | None = None
    password_stdin: bool = False
    token: str | None = None


def read_secret(prompt: str, from_stdin: bool) -> str:
    """A password: the first line of standard input, or asked on the terminal; one
    sentence when there is neither (no EOFError)."""
    if from_stdin:
        line = sys.stdin.readline(MAX_SECRET_LINE)
        if not line:
            raise UserError("--password-stdin: standard input holds no password line.")
        return line.rstrip("\r\n")
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise UserError(f"{prompt.rstrip(': ')}: there is no terminal to ask on; give it "
                        "on standard input with --password-stdin.")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError(f"{prompt.rstrip(': ')}: no password was typed.") from None


def authenticate(db: Database, creds: Credentials, *,
                 now: float | None = None) -> tuple[str, str]:
    """(actor, role) of this command-line run; a failed check raises in one sentence
    after it is audited and counted."""
    at = time.time() if now is None else now
    with db.read() as session:
        accounts = has_accounts(session)
    if creds.user and creds.token:
        raise UserError("Give --user or --token, not both.")
    if not accounts:
        if creds.user or creds.token:
            raise UserError("This database has no accounts yet, so --user and --token "
                            "name nobody; set it up without them (the first account is "
                            "the director's: `halldesk user add NAME --role director`).")
        return audit.SETUP_ACTOR, DIRECTOR
    if creds.token:
        result = _token_login(db, creds.token, at)
    elif creds.user:
        password = read_secret(f"Password of {creds.user}: ", creds.password_stdin)
        result = login(db, creds.user, password, now=at, how="command line")
    else:
        return ANONYMOUS, NO_ACCOUNT
    if result.must_change and not creds.token:
        raise UserError(f"The password of {result.name} must be changed first: log in to "
                        "the application once (or ask the director for a token).")
    return audit.cli_actor(result.name), result.role


# -- tokens ----------------------------------------------------------------------------
def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii", "replace")).hexdigest()


def make_token(db: Database, name: str, out: str | Path, *, actor: str, role: str,
               now: float | None = None) -> Path:
    """A new token of the account ``name`` written to ``out`` (0600, a new file only);
    only its sha256 stays in the database. Audited."""
    from app.files import writable_target, write_atomic

    target = writable_target(out, f"--out {out}")
    if target.exists():
        raise UserError(f"--out {out} exists already; a token is only written to a new "
                        "file.")
    at = time.time() if now is None else now
    secret = secrets.token_hex(32)
    with db.write() as session:
        require(session, actor, role, "account.token")
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None or account.disabled:
            raise UserError(f"There is no usable account named {name!r}.")
        token = CliToken(account_id=account.id, secret_hash=_digest(secret), created_at=at,
                         created_by=actor[:100])
        session.add(token)
        session.flush()
        write_atomic(target, f"{TOKEN_MAGIC} {token.id} {secret}\n".encode("ascii"),
                     mode=0o600)
        audit.record(session, actor, "account.token", "account", name,
                     {"token": token.id, "file": str(target)}, ts=at)
    return target


def revoke_tokens(db: Database, name: str, *, actor: str, role: str,
                  now: float | None = None) -> int:
    """Revoke every token of ``name``; how many were in force. Audited."""
    at = time.time() if now is None else now
    with db.write() as session:
        require(session, actor, role, "account.token")
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise UserError(f"There is no account named {name!r}.")
        tokens = list(session.scalars(select(CliToken).where(
            CliToken.account_id == account.id, CliToken.revoked_at.is_(None))))
        for token in tokens:
            token.revoked_at = at
        audit.record(session, actor, "account.token_revoke", "account", name,
                     {"tokens": [t.id for t in tokens]}, ts=at)
    return len(tokens)


def _read_token(path: str) -> tuple[int, str]:
    source = Path(path).expanduser()
    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"--token {path} is not a regular file.")
        if os.name == "posix" and info.st_mode & 0o077:
            raise UserError(f"--token {path} can be read by other users; only its owner "
                            f"may (chmod 600 {path}).")
        with source.open("rb") as fh:
            raw = fh.read(MAX_SECRET_LINE)
    except OSError as exc:
        raise UserError(f"Cannot read --token {path}: {exc.strerror}.") from None
    parts = raw.decode("ascii", "replace").split()
    if len(parts) != 3 or parts[0] != TOKEN_MAGIC or not parts[1].isdigit():
        raise UserError(f"--token {path} is not a HallDesk token file.")
    return int(parts[1]), parts[2]


def _token_login(db: Database, path: str, now: float) -> LoginResult:
    token_id, secret = _read_token(path)
    with db.write() as session:
        token = session.get(CliToken, token_id) if token_id < 2**62 else None
        account = None if token is None else session.get(Account, token.account_id)
        if token is None or account is None or token.revoked_at is not None:
            audit.record(session, ANONYMOUS, "login.failed", "token", str(token_id)[:20], {
                "reason": "unknown token" if token is None or account is None
                else "revoked token", "how": "token"}, ts=now)
            outcome: LoginResult | LoginFailed = LoginFailed(
                f"--token {path} is not a token in force on this database.", "wrong")
        else:
            digest = token.secret_hash
            outcome = check_secret(session, account.name,
                                   lambda _a: hmac.compare_digest(_digest(secret), digest),
                                   now, "token", wrong="wrong token")
            if not isinstance(outcome, LoginFailed):
                token.last_used_at = now
                audit.record(session, audit.cli_actor(account.name), "account.token_use",
                             "account", account.name, {"token": token.id}, ts=now)
    if isinstance(outcome, LoginFailed):   # committed: audited and counted
        raise outcome
    return outcome
