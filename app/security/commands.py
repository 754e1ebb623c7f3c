"""Who a command-line run is, and how it reads a password.

A command runs as ``cli:<OS user>`` with the role of the account named like the OS
user (``accounts.cli_role``): on a database with accounts, an OS user without one is
refused every record-changing command, in one sentence, and the refusal is audited.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from app.db import Database
from app.errors import UserError
from app.security import audit


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def identity(db: Database) -> tuple[str, str]:
    """(actor, role) of this command-line run."""
    from app.security.accounts import cli_role

    with db.read() as session:
        return audit.cli_actor(), cli_role(session, os_user())


def read_password(args: argparse.Namespace, prompt: str = "Password: ",
                  repeat: bool = True) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if repeat and getpass.getpass("Repeat password: ") != password:
        raise UserError("The two passwords differ; nothing was changed.")
    return password
