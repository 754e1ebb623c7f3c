"""Accounts: the password policy, logging in with lockout, password changes and
expiry and unlocking (who a command-line run is: app/security/cli_auth.py).

Passwords are hashed with argon2 and never written anywhere else, the audit log
included. Every login, failed login, lock, unlock, logout and account change is
audited; a failed login is committed even though the login is refused.
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.hall_time import default_tz, hall_tz, local_text
from app.security import audit
from app.security.permissions import DIRECTOR, NO_ACCOUNT, require
from app.security.settings import SecuritySettings, load_security
from models import Account
from models.security import ROLES

MIN_PASSWORD = 8
MAX_PASSWORD = 256
_hasher = PasswordHasher()


# -- the policy ------------------------------------------------------------------------
def password_issue(password: str, name: str) -> str | None:
    """What the policy finds wrong with ``password`` for the account ``name``: ``short``,
    ``long``, ``kinds`` (fewer than three of upper, lower, digit, symbol) or ``name``
    (it contains the account name); None when it is good enough."""
    if len(password) < MIN_PASSWORD:
        return "short"
    if len(password) > MAX_PASSWORD:
        return "long"
    kinds = sum((any(c.isupper() for c in password), any(c.islower() for c in password),
                 any(c.isdigit() for c in password),
                 any(not c.isalnum() for c in password)))
    if kinds < 3:
        return "kinds"
    if name and name.casefold() in password.casefold():
        return "name"
    return None


ISSUES = {
    "short": f"The password must have at least {MIN_PASSWORD} characters.",
    "long": f"The password must have at most {MAX_PASSWORD} characters.",
    "kinds": "The password must mix at least three of upper-case letters, lower-case "
             "letters, digits and symbols.",
    "name": "The password must not contain the account name.",
}


def password_problem(password: str, name: str) -> str | None:
    """Why ``password`` is not good enough for the account ``name``, or None."""
    issue = password_issue(password, name)
    return None if issue is None else ISSUES[issue]


def check_password(password: str, name: str) -> None:
    problem = password_problem(password, name)
    if problem is not None:
        raise UserError(problem)


def name_key(name: str) -> str:
    """What makes two account names the same: NFKC normalisation, then case folding
    (``Office1`` is ``office1``, full-width ``ｒｏｏｔ`` is ``root``)."""
    return unicodedata.normalize("NFKC", name).casefold()


def _check_name(name: str) -> None:
    """1–64 letters (any script: 王芳), digits and ``. _ -``, written in their normal
    form (no full-width look-alikes)."""
    ok = (0 < len(name) <= 64 and unicodedata.normalize("NFKC", name) == name
          and all(c.isalpha() or c in "0123456789._-" for c in name))
    if not ok:
        raise UserError(f"The account name {name!r} must be 1–64 letters, digits "
                        "0–9 or . _ - (no spaces, symbols or full-width characters).")


def _same_name(session: Session, name: str) -> str | None:
    """An existing account whose name is ``name`` after NFKC and case folding."""
    key = name_key(name)
    for existing in session.scalars(select(Account.name)):
        if name_key(existing) == key:
            return existing
    return None


def _get(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise UserError(f"There is no account named {name!r}.")
    return account


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account)))


# -- creating --------------------------------------------------------------------------
def add_user(session: Session, name: str, role: str, password: str, actor: str, *,
             by_role: str = NO_ACCOUNT, now: float | None = None) -> Account:
    """Create an account. The first account of a database must be the director's and
    needs no one's permission; every later one needs ``account.manage``."""
    if has_accounts(session):
        require(session, actor, by_role, "account.manage")
    elif role != DIRECTOR:
        raise UserError("The first account must be the director's: create it with "
                        "--role director.")
    _check_name(name)
    if role not in ROLES:
        raise UserError(f"The role {role!r} is not one of {', '.join(ROLES)}.")
    check_password(password, name)
    same = _same_name(session, name)
    if same is not None:
        raise UserError(f"An account named {same!r} already exists; names that differ only "
                        f"in case or width ({name!r}) are the same name.")
    at = time.time() if now is None else now
    account = Account(name=name, role=role, password_hash=_hasher.hash(password),
                      created_at=at, disabled=False, failed_logins=0, locked_until=None,
                      password_changed_at=at)
    session.add(account)
    session.flush()
    audit.record(session, actor, "account.add", "account", name, {"role": role})
    return account


def create_first_director(db: Database, name: str, password: str, *,
                          now: float | None = None) -> Account:
    """The first start on a database without accounts: the director's own account."""
    with db.write() as session:
        if has_accounts(session):
            raise UserError("This database has accounts already; log in instead.")
        return add_user(session, name, DIRECTOR, password, name, now=now)


# -- logging in ------------------------------------------------------------------------
@dataclass(frozen=True)
class LoginResult:
    name: str
    role: str
    must_change: bool   # the password is older than the office allows


class LoginFailed(UserError):
    """A refused login; the refusal is audited and committed. ``kind`` is ``wrong``
    (unknown name or wrong password: not told apart), ``locked`` (until ``until``) or
    ``now_locked`` (this attempt locked it, for ``minutes``); ``tz`` is the hall's zone,
    in which ``until`` is shown."""

    def __init__(self, message: str, kind: str, until: float | None = None,
                 minutes: int = 0, tz: dt.tzinfo | None = None) -> None:
        super().__init__(message)
        self.kind, self.until, self.minutes = kind, until, minutes
        self.tz: dt.tzinfo = tz or default_tz()


def _verify(account: Account, password: str) -> bool:
    try:
        return bool(_hasher.verify(account.password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _expired(account: Account, settings: SecuritySettings, now: float) -> bool:
    if account.password_changed_at is None:
        return True   # set by someone else: to be changed at the first login
    return bool(settings.password_days
                and now - account.password_changed_at > settings.password_days * 86400)


def _attempt(session: Session, name: str, password: str, now: float,
             how: str) -> LoginResult | LoginFailed:
    return check_secret(session, name, lambda account: _verify(account, password), now,
                        how)


def check_secret(session: Session, name: str, matches: Callable[[Account], bool],
                 now: float, how: str, wrong: str = "wrong password"
                 ) -> LoginResult | LoginFailed:
    """One check of a secret of the account ``name`` (a password at login, for
    --unmasked or a command line, or a token): a failure is audited and counts toward
    the lock, by the office's policy, whichever way the secret came."""
    settings = load_security(session)
    account = session.scalar(select(Account).where(Account.name == name))
    who = name[:64] or "?"
    if account is None or account.disabled:
        audit.record(session, who, "login.failed", "account", who,
                     {"reason": "unknown" if account is None else "disabled"}, ts=now)
        return LoginFailed("The account name or the password is wrong.", "wrong")
    if account.locked_until is not None:
        if account.locked_until > now:
            audit.record(session, who, "login.failed", "account", who,
                         {"reason": "locked", "locked_until": account.locked_until}, ts=now)
            tz = hall_tz(session)
            return LoginFailed(
                f"The account {name} is locked until "
                f"{local_text(account.locked_until, tz, '%H:%M')} after too many failed "
                "logins; wait or ask the director to unlock it.", "locked",
                until=account.locked_until, tz=tz)
        account.locked_until, account.failed_logins = None, 0
        audit.record(session, who, "account.unlock", "account", who,
                     {"reason": "lock period over"}, ts=now)
    if not matches(account):
        account.failed_logins += 1
        audit.record(session, who, "login.failed", "account", who,
                     {"reason": wrong, "how": how, "failures": account.failed_logins},
                     ts=now)
        if account.failed_logins >= settings.max_failures:
            account.locked_until = now + settings.lock_minutes * 60
            account.failed_logins = 0
            audit.record(session, who, "account.lock", "account", who, {
                "failures": settings.max_failures, "minutes": settings.lock_minutes},
                ts=now)
            return LoginFailed(
                f"The account {name} is now locked for {settings.lock_minutes} minutes "
                f"after {settings.max_failures} failed logins.", "now_locked",
                until=account.locked_until, minutes=settings.lock_minutes,
                tz=hall_tz(session))
        return LoginFailed("The account name or the password is wrong.", "wrong")
    account.failed_logins = 0
    must_change = _expired(account, settings, now)
    audit.record(session, who, "login", "account", who,
                 {"role": account.role, "how": how, "password_expired": must_change}, ts=now)
    return LoginResult(account.name, account.role, must_change)


def login(db: Database, name: str, password: str, *, now: float | None = None,
          how: str = "desktop") -> LoginResult:
    """Check a login; a failure (audited, counted toward the lock) raises
    ``LoginFailed`` after its transaction is committed."""
    at = time.time() if now is None else now
    with db.write() as session:
        outcome = _attempt(session, name.strip(), password, at, how)
    if isinstance(outcome, LoginFailed):
        raise outcome
    return outcome


def logout(db: Database, name: str, role: str, *, now: float | None = None,
           reason: str = "logout") -> None:
    """Audit the end (``logout``) or the idle lock (``idle``) of a session."""
    at = time.time() if now is None else now
    with db.write() as session:
        audit.record(session, name, "logout" if reason == "logout" else "session.lock",
                     "account", name, {"role": role, "reason": reason}, ts=at)


def session_settings(db: Database) -> SecuritySettings:
    with db.read() as session:
        return load_security(session)


# -- passwords -------------------------------------------------------------------------
def change_password(db: Database, name: str, old: str, new: str, *,
                    now: float | None = None) -> None:
    """An account changes its own password (menu, or at login when it expired)."""
    at = time.time() if now is None else now
    check_password(new, name)
    if new == old:
        raise UserError("The new password must differ from the old one.")
    with db.write() as session:
        outcome = check_secret(session, name, lambda account: _verify(account, old), at,
                               "password change")
        if isinstance(outcome, LoginFailed):
            failed = outcome
        else:
            failed = None
            account = _get(session, name)
            account.password_hash = _hasher.hash(new)
            account.password_changed_at = at
            audit.record(session, name, "account.password", "account", name,
                         {"by": "self"}, ts=at)
    if failed is not None:   # committed: the failure is audited and counted
        if failed.kind == "wrong":
            raise UserError("The current password is wrong; the password was not changed.")
        raise failed


def set_password(session: Session, name: str, new: str, *, actor: str, role: str,
                 now: float | None = None) -> None:
    """The director sets another account's password; it must be changed at the next
    login (the director knows it)."""
    require(session, actor, role, "account.manage")
    check_password(new, name)
    account = _get(session, name)
    at = time.time() if now is None else now
    account.password_hash = _hasher.hash(new)
    account.password_changed_at = None
    account.failed_logins, account.locked_until = 0, None
    audit.record(session, actor, "account.password", "account", name,
                 {"by": "director", "change_at_login": True}, ts=at)


def unlock(session: Session, name: str, *, actor: str, role: str,
           now: float | None = None) -> bool:
    """Lift an account's lock before its period is over; False if it was not locked."""
    require(session, actor, role, "account.manage")
    account = _get(session, name)
    at = time.time() if now is None else now
    locked = account.locked_until is not None and account.locked_until > at
    account.locked_until, account.failed_logins = None, 0
    audit.record(session, actor, "account.unlock", "account", name,
                 {"reason": "by director", "was_locked": locked}, ts=at)
    return locked


@dataclass(frozen=True)
class AccountRow:
    name: str
    role: str
    created_at: float
    locked_until: float | None
    password_changed_at: float | None
    disabled: bool


def list_accounts(session: Session, *, actor: str, role: str) -> list[AccountRow]:
    require(session, actor, role, "account.manage")
    return [AccountRow(a.name, a.role, a.created_at, a.locked_until, a.password_changed_at,
                       a.disabled)
            for a in session.scalars(select(Account).order_by(Account.name))]


# -- other entries ---------------------------------------------------------------------
def authenticate(db: Database, name: str, password: str, *, how: str,
                 now: float | None = None) -> LoginResult:
    """Check ``password`` of ``name`` for a command that asks for an account's
    authority (the command line, --unmasked): like a login, a failure is audited,
    counts toward the lock and raises ``LoginFailed``."""
    return login(db, name, password, now=now, how=how)


DEMO_ACCOUNT = "demo"


def start_demo_session(db: Database, *, now: float | None = None) -> LoginResult:
    """The demo database's director, logged in without a password: the account is
    created on first use with a random password nobody knows (the demo shows what the
    director sees, it protects nothing), and the start is audited as a demo login."""
    import secrets

    at = time.time() if now is None else now
    with db.write() as session:
        account = session.scalar(select(Account).where(Account.name == DEMO_ACCOUNT))
        if account is None:
            password = secrets.token_urlsafe(24) + "-Aa1"
            account = add_user(session, DEMO_ACCOUNT, DIRECTOR, password, "demo:setup",
                               by_role=DIRECTOR, now=at)
        audit.record(session, DEMO_ACCOUNT, "login", "account", DEMO_ACCOUNT,
                     {"role": account.role, "how": "demo"}, ts=at)
        return LoginResult(account.name, account.role, False)


# -- the settings tab's accounts page (issue #15) ---------------------------------------
@dataclass(frozen=True)
class AccountState:
    name: str
    role: str
    last_login: float | None      # from the audit log's newest ``login``
    locked_until: float | None
    disabled: bool
    must_change: bool             # set by the director: changed at the next login


def account_states(session: Session, *, actor: str, role: str) -> list[AccountState]:
    """The accounts page's list: role, last login, locked or disabled."""
    from models import AuditEntry

    require(session, actor, role, "account.manage")
    last = dict(session.execute(
        select(AuditEntry.entity_id, func.max(AuditEntry.ts))
        .where(AuditEntry.action == "login", AuditEntry.entity == "account")
        .group_by(AuditEntry.entity_id)).all())
    return [AccountState(a.name, a.role, last.get(a.name), a.locked_until, a.disabled,
                         a.password_changed_at is None)
            for a in session.scalars(select(Account).order_by(Account.name))]


def add_account(session: Session, name: str, new_role: str, password: str, *, actor: str,
                role: str, now: float | None = None) -> Account:
    """A new account whose password the director set: it must be changed at the first
    login."""
    account = add_user(session, name, new_role, password, actor, by_role=role, now=now)
    account.password_changed_at = None
    audit.record(session, actor, "account.password", "account", name,
                 {"by": "director", "change_at_login": True}, ts=now)
    return account


def _last_director(session: Session, account: Account) -> bool:
    if account.role != DIRECTOR or account.disabled:
        return False
    others = session.scalar(select(func.count()).select_from(Account).where(
        Account.role == DIRECTOR, Account.disabled.is_(False), Account.id != account.id))
    return not others


def change_role(session: Session, name: str, new_role: str, *, actor: str, role: str,
                now: float | None = None) -> None:
    """Give an account another role; the last director in use keeps the director's."""
    require(session, actor, role, "account.manage")
    if new_role not in ROLES:
        raise UserError(f"The role {new_role!r} is not one of {', '.join(ROLES)}.")
    account = _get(session, name)
    if account.role == new_role:
        return
    if new_role != DIRECTOR and _last_director(session, account):
        raise UserError(f"{name} is the last director; make another account director "
                        "before changing this one's role.")
    audit.record(session, actor, "account.role", "account", name,
                 {"before": account.role, "after": new_role}, ts=now)
    account.role = new_role


def set_disabled(session: Session, name: str, disabled: bool = True, *, actor: str,
                 role: str, now: float | None = None) -> None:
    """Disable an account (never deleted: the audit log names it) or enable it again;
    the last director in use cannot be disabled."""
    require(session, actor, role, "account.manage")
    account = _get(session, name)
    if account.disabled == disabled:
        return
    if disabled and _last_director(session, account):
        raise UserError(f"{name} is the last director; it cannot be disabled.")
    account.disabled = disabled
    audit.record(session, actor, "account.disable" if disabled else "account.enable",
                 "account", name, {"role": account.role}, ts=now)
