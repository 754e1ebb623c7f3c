"""``user add|passwd|unlock|list|settings``: accounts, their passwords and the login
settings."""

from __future__ import annotations

import datetime as dt
import time

from app.cli.context import Context
from app.cli.registry import arg, command, exclusive, group
from app.hall_time import local_text
from app.i18n import _, echo, sentence
from app.security.commands import read_password

EXIT_OK = 0

group("user", "accounts (login names, roles, passwords)",
      "add|passwd|unlock|token|list|name|settings")

_PASSWORD_STDIN = arg("--password-stdin", action="store_true",
                      help="read the password from the first line of standard input")


@command("user add", "create an account (the first must be the director's)",
         arg("name"), arg("--role", required=True), _PASSWORD_STDIN,
         arg("--name", dest="display_name", metavar="姓名",
             help="the person's name, shown wherever the account is named"))
def user_add(ctx: Context) -> int:
    from app.security.accounts import add_user
    from app.security.people import set_display_name

    db = ctx.open()
    actor, role = ctx.identity(db)    # the authenticating password comes first on stdin
    password = read_password(ctx.args)
    with db.write() as session:
        add_user(session, ctx.args.name, ctx.args.role, password, actor, by_role=role)
        if ctx.args.display_name:
            set_display_name(session, ctx.args.name, ctx.args.display_name, actor=actor,
                             role=role)
    echo(f"Account {ctx.args.name} ({ctx.args.role}) created.")
    return EXIT_OK


@command("user passwd", "set an account's password (changed at its next login)",
         arg("name"), _PASSWORD_STDIN)
def user_passwd(ctx: Context) -> int:
    from app.security.accounts import set_password

    db = ctx.open()
    actor, role = ctx.identity(db)    # the authenticating password comes first on stdin
    password = read_password(ctx.args)
    with db.write() as session:
        set_password(session, ctx.args.name, password, actor=actor, role=role)
    echo(f"Password of {ctx.args.name} set; it must be changed at the next login.")
    return EXIT_OK


@command("user unlock", "lift a lock after failed logins", arg("name"))
def user_unlock(ctx: Context) -> int:
    from app.security.accounts import unlock

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        was = unlock(session, ctx.args.name, actor=actor, role=role)
    echo(f"Account {ctx.args.name} unlocked." if was else
          f"Account {ctx.args.name} was not locked; its failed logins are reset.")
    return EXIT_OK


@command("user token", "a token file for an account's unattended jobs (--token FILE), "
         "or --revoke its tokens", arg("name"),
         exclusive(arg("--out", metavar="FILE", help="write a new token to FILE (0600; "
                       "shown once, only its hash is kept)"),
                   arg("--revoke", action="store_true", help="revoke every token of NAME"),
                   required=True))
def user_token(ctx: Context) -> int:
    from app.security.cli_auth import make_token, revoke_tokens

    db = ctx.open()
    actor, role = ctx.identity(db)
    if ctx.args.revoke:
        n = revoke_tokens(db, ctx.args.name, actor=actor, role=role)
        echo(f"{n} token(s) of {ctx.args.name} revoked.")
    else:
        path = make_token(db, ctx.args.name, ctx.args.out, actor=actor, role=role)
        echo(f"Token of {ctx.args.name} written to {path} (readable by its owner only); "
              "keep it like a password: it is not shown again.")
    return EXIT_OK


def _when(ts: float | None, tz: dt.tzinfo) -> str:
    return "—" if ts is None else local_text(ts, tz)


@command("user list", "the accounts, their roles and locks")
def user_list(ctx: Context) -> int:
    from app.hall_time import hall_tz
    from app.security import people
    from app.security.accounts import list_accounts

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.read() as session:
        rows = list_accounts(session, actor=actor, role=role)
        tz = hall_tz(session)
        shown = people.names(session)
    now = time.time()
    echo(f"{_('name'):<24}{_('role'):<11}{_('password set'):<18}{_('state'):<24}"
         f"{_('person')}")
    for r in rows:
        state = (_("disabled") if r.disabled else
                 sentence(f"locked until {_when(r.locked_until, tz)}")
                 if r.locked_until is not None and r.locked_until > now else _("active"))
        echo(f"{r.name:<24}{r.role:<11}{_when(r.password_changed_at, tz):<18}{state:<24}"
              f"{shown.get(r.name, '')}".rstrip())
    return EXIT_OK


@command("user name", "set or change the person's name (姓名) an account is shown by",
         arg("name", metavar="ACCOUNT"),
         arg("display_name", metavar="姓名", help="the name; '' removes it"))
def user_name(ctx: Context) -> int:
    from app.security.people import set_display_name

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        shown = set_display_name(session, ctx.args.name, ctx.args.display_name, actor=actor,
                                 role=role).display_name
    echo(f"Account {ctx.args.name} is shown as {shown}." if shown else
          f"Account {ctx.args.name} has no person's name now; its login name is shown.")
    return EXIT_OK


@command("user settings", "show or set lockout, idle lock and password expiry",
         arg("--max-failures", type=int, metavar="N",
             help="failed logins in a row that lock an account (3–20)"),
         arg("--lock-minutes", type=int, metavar="N", help="how long (1–1440)"),
         arg("--idle-minutes", type=int, metavar="N",
             help="idle time before the session asks for the password (1–240)"),
         arg("--password-days", type=int, metavar="N",
             help="a password older than this must be changed at login (0: never)"))
def user_settings(ctx: Context) -> int:
    from app.security.settings import load_security, store_security

    a = ctx.args
    changes = {"max_failures": a.max_failures, "lock_minutes": a.lock_minutes,
               "idle_minutes": a.idle_minutes, "password_days": a.password_days}
    db = ctx.open()
    if all(v is None for v in changes.values()):
        with db.read() as session:
            s = load_security(session)
    else:
        actor, role = ctx.identity(db)
        with db.write() as session:
            s = store_security(session, changes, actor=actor, role=role)
    echo(f"{s.max_failures} failed logins lock an account for {s.lock_minutes} minutes; "
          f"an idle session locks after {s.idle_minutes} minutes; passwords expire after "
          + (f"{s.password_days} days." if s.password_days else "never."))
    return EXIT_OK
