"""The ``user`` and ``audit export`` commands, and who a command-line run is.

Who a run is comes from ``app.security.cli_auth`` (never the environment): the
credentials the command line was given (``--user``/``--password-stdin``/``--token``)
are kept on the database it opened (``bind``) and checked once, by the first command
step that asks for an identity.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.db import Database
from app.errors import UserError
from app.hall_time import local_text
from app.security.cli_auth import Credentials, authenticate, read_secret

EXIT_OK = 0


def bind(db: Database, creds: Credentials) -> None:
    """The credentials of this command-line run, for ``identity``."""
    db.cli["credentials"] = creds


def identity(db: Database) -> tuple[str, str]:
    """(actor, role) of this command-line run, authenticated once."""
    known = db.cli.get("identity")
    if known is None:
        known = authenticate(db, db.cli.get("credentials") or Credentials())
        db.cli["identity"] = known
    actor, role = known
    return str(actor), str(role)


def read_password(args: argparse.Namespace, prompt: str = "Password: ",
                  repeat: bool = True) -> str:
    from_stdin = bool(getattr(args, "password_stdin", False))
    password = read_secret(prompt, from_stdin)
    if repeat and not from_stdin and read_secret("Repeat password: ", False) != password:
        raise UserError("The two passwords differ; nothing was changed.")
    return password


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser], run: dict[str, Any]
                ) -> None:
    """``user add|passwd|unlock|list|settings``; ``run`` maps names to functions so
    that app.cli keeps its own lazy imports."""
    p = sub.add_parser("user", help="accounts (login names, roles, passwords)")
    user_sub = p.add_subparsers(dest="user_command",
                                metavar="add|passwd|unlock|token|list|settings",
                                required=True,
                                parser_class=parser_class)
    u = user_sub.add_parser("add", help="create an account (the first must be the "
                            "director's)")
    u.add_argument("name")
    u.add_argument("--role", required=True)
    u.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input")
    u.set_defaults(run=run["add"])
    u = user_sub.add_parser("passwd", help="set an account's password (changed at its "
                            "next login)")
    u.add_argument("name")
    u.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input")
    u.set_defaults(run=run["passwd"])
    u = user_sub.add_parser("unlock", help="lift a lock after failed logins")
    u.add_argument("name")
    u.set_defaults(run=run["unlock"])
    u = user_sub.add_parser("token", help="a token file for an account's unattended jobs "
                            "(--token FILE), or --revoke its tokens")
    u.add_argument("name")
    what = u.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="FILE", help="write a new token to FILE (0600; "
                      "shown once, only its hash is kept)")
    what.add_argument("--revoke", action="store_true", help="revoke every token of NAME")
    u.set_defaults(run=run["token"])
    u = user_sub.add_parser("list", help="the accounts, their roles and locks")
    u.set_defaults(run=run["list"])
    u = user_sub.add_parser("settings", help="show or set lockout, idle lock and password "
                            "expiry")
    u.add_argument("--max-failures", type=int, metavar="N",
                   help="failed logins in a row that lock an account (3–20)")
    u.add_argument("--lock-minutes", type=int, metavar="N", help="how long (1–1440)")
    u.add_argument("--idle-minutes", type=int, metavar="N",
                   help="idle time before the session asks for the password (1–240)")
    u.add_argument("--password-days", type=int, metavar="N",
                   help="a password older than this must be changed at login (0: never)")
    u.set_defaults(run=run["settings"])


def cmd_user_add(args: argparse.Namespace, db: Database) -> int:
    from app.security.accounts import add_user

    actor, role = identity(db)      # the authenticating password comes first on stdin
    password = read_password(args)
    with db.write() as session:
        add_user(session, args.name, args.role, password, actor, by_role=role)
    print(f"Account {args.name} ({args.role}) created.")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, db: Database) -> int:
    from app.security.accounts import set_password

    actor, role = identity(db)
    password = read_password(args)
    with db.write() as session:
        set_password(session, args.name, password, actor=actor, role=role)
    print(f"Password of {args.name} set; it must be changed at the next login.")
    return EXIT_OK


def cmd_user_unlock(args: argparse.Namespace, db: Database) -> int:
    from app.security.accounts import unlock

    actor, role = identity(db)
    with db.write() as session:
        was = unlock(session, args.name, actor=actor, role=role)
    print(f"Account {args.name} unlocked." if was else
          f"Account {args.name} was not locked; its failed logins are reset.")
    return EXIT_OK


def cmd_user_token(args: argparse.Namespace, db: Database) -> int:
    from app.security.cli_auth import make_token, revoke_tokens

    actor, role = identity(db)
    if args.revoke:
        n = revoke_tokens(db, args.name, actor=actor, role=role)
        print(f"{n} token(s) of {args.name} revoked.")
    else:
        path = make_token(db, args.name, args.out, actor=actor, role=role)
        print(f"Token of {args.name} written to {path} (readable by its owner only); "
              "keep it like a password: it is not shown again.")
    return EXIT_OK


def _when(ts: float | None, tz: dt.tzinfo) -> str:
    return "—" if ts is None else local_text(ts, tz)


def cmd_user_list(args: argparse.Namespace, db: Database) -> int:
    import time

    from app.hall_time import hall_tz
    from app.security.accounts import list_accounts

    actor, role = identity(db)
    with db.read() as session:
        rows = list_accounts(session, actor=actor, role=role)
        tz = hall_tz(session)
    now = time.time()
    print(f"{'name':<24}{'role':<11}{'password set':<18}state")
    for r in rows:
        state = ("disabled" if r.disabled else
                 f"locked until {_when(r.locked_until, tz)}"
                 if r.locked_until is not None and r.locked_until > now else "active")
        print(f"{r.name:<24}{r.role:<11}{_when(r.password_changed_at, tz):<18}{state}")
    return EXIT_OK


def cmd_user_settings(args: argparse.Namespace, db: Database) -> int:
    from app.security.settings import load_security, store_security

    changes = {"max_failures": args.max_failures, "lock_minutes": args.lock_minutes,
               "idle_minutes": args.idle_minutes, "password_days": args.password_days}
    if all(v is None for v in changes.values()):
        with db.read() as session:
            s = load_security(session)
    else:
        actor, role = identity(db)
        with db.write() as session:
            s = store_security(session, changes, actor=actor, role=role)
    print(f"{s.max_failures} failed logins lock an account for {s.lock_minutes} minutes; "
          f"an idle session locks after {s.idle_minutes} minutes; passwords expire after "
          + (f"{s.password_days} days." if s.password_days else "never."))
    return EXIT_OK


def cmd_audit_export(args: argparse.Namespace, db: Database) -> int:
    from app.figures import parse_date
    from app.security.auditlog import AuditFilter, export_audit

    f = AuditFilter(actor=args.actor or "", action=args.action or "",
                    entity=args.entity or "", entity_id=args.id or "",
                    start=parse_date(args.date_from, "--from") if args.date_from else None,
                    end=parse_date(args.date_to, "--to") if args.date_to else None,
                    tz=args.tz)
    actor, role = identity(db)
    result = export_audit(db, args.file, f, actor=actor, role=role)
    print(f"{result.rows} audit entries exported to {args.file}.")
    return EXIT_OK
