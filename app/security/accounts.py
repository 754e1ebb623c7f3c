"""Accounts and roles; passwords hashed with argon2."""

from __future__ import annotations

import re
import time

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from models import Account
from models.security import ROLES

NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


def add_user(session: Session, name: str, role: str, password: str, actor: str) -> Account:
    if not NAME_RE.match(name):
        raise UserError(
            f"The account name {name!r} must be 1–64 letters, digits or . _ @ -."
        )
    if role not in ROLES:
        raise UserError(f"The role {role!r} is not one of {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"The password must have at least {MIN_PASSWORD} characters.")
    if session.scalar(select(Account.id).where(Account.name == name)) is not None:
        raise UserError(f"An account named {name!r} already exists.")
    account = Account(name=name, role=role, password_hash=_hasher.hash(password),
                      created_at=time.time(), disabled=False)
    session.add(account)
    session.flush()
    audit.record(session, actor, "account.add", "account", name, {"role": role})
    return account


def authenticate(session: Session, name: str, password: str) -> Account | None:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None or account.disabled:
        return None
    try:
        _hasher.verify(account.password_hash, password)
    except VerificationError:
        return None
    return account


def desktop_role(session: Session, user: str) -> str:
    """The role of a desktop session run by the OS user ``user``: that of the account
    with the same name when one exists (and is not disabled), else ``office``. There
    is no login dialog yet, so the operating system's login is what identifies."""
    account = session.scalar(select(Account).where(Account.name == user))
    if account is None or account.disabled:
        return "office"
    return account.role
