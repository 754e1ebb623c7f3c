"""People as staff read them: an account's display name (姓名) wherever a person is
named, the login name only in the audit details.

Actors are recorded as the login name of an account (``zhangsan``), or as
``<source>:<who>`` for work not done at a desktop session (``cli:root`` for a
command-line run by the OS user root, ``demo:director`` for the demo's data); the
display name belongs to the account, so a renamed person is shown by the new name in
every old record too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from models import Account
from models.security import ROLES

MAX_DISPLAY_NAME = 64


@dataclass(frozen=True)
class Person:
    """An actor taken apart: ``source`` is what came before ``:`` (empty for a desktop
    session), ``who`` the account or OS user or role after it, ``name`` the account's
    display name (empty when it has none or is no account), ``role`` whether ``who``
    is a role word (``demo:director``)."""

    recorded: str
    source: str
    who: str
    name: str
    role: bool


def names(session: Session) -> dict[str, str]:
    """Login name → display name, for the accounts that have one."""
    return {login: shown for login, shown in session.execute(
        select(Account.name, Account.display_name).where(Account.display_name.is_not(None)))
        if shown}


def person(actor: str, known: Mapping[str, str]) -> Person:
    """``actor`` as recorded, taken apart with the display names ``known``. A command
    run on a director's behalf (``cli:root as boss``) is the director's."""
    recorded = actor
    if " as " in actor:
        actor = actor.rsplit(" as ", 1)[1]
    source, sep, who = actor.partition(":")
    if not sep:
        source, who = "", actor
    return Person(recorded, source, who, known.get(who, ""), not known.get(who)
                  and who in (*ROLES, "setup"))


def check_display_name(value: str | None) -> str | None:
    """A person's name, stripped: at most 64 characters, plain text; None when empty."""
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) > MAX_DISPLAY_NAME:
        raise UserError(f"The name {text[:20]!r}… is too long ({len(text)} characters; at "
                        f"most {MAX_DISPLAY_NAME}).")
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or c in "\u2028\u2029" for c in text):
        raise UserError(f"The name {text!r} is not plain text.")
    return text


def set_display_name(session: Session, login: str, display_name: str | None, *,
                     actor: str, role: str, now: float | None = None) -> Account:
    """Give the account ``login`` its person's name (empty: none); audited with the old
    and the new name."""
    require(session, actor, role, "account.manage")
    account = session.scalar(select(Account).where(Account.name == login))
    if account is None:
        raise UserError(f"There is no account named {login!r}.")
    new = check_display_name(display_name)
    if new != account.display_name:
        old, account.display_name = account.display_name, new
        audit.record(session, actor, "account.name", "account", login,
                     {"display_name": [old, new]}, ts=now)
    return account
