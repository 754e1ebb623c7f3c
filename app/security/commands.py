"""Who a command-line run is, and how it reads a password.

Who a run is comes from ``app.security.cli_auth`` (never the environment): the
credentials the command line was given (``--user``/``--password-stdin``/``--token``)
are kept on the database it opened (``bind``) and checked once, by the first command
step that asks for an identity.
"""

from __future__ import annotations

import argparse

from app.db import Database
from app.errors import UserError
from app.security.cli_auth import Credentials, authenticate, read_secret


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
