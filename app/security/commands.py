"""How a command-line run reads a password.

Who a run is comes from ``app.security.cli_auth`` (never the environment), asked
once per run by ``app.cli.context.Context.identity``.
"""

from __future__ import annotations

import argparse

from app.errors import UserError
from app.security.cli_auth import read_secret


def read_password(args: argparse.Namespace, prompt: str = "Password: ",
                  repeat: bool = True) -> str:
    from_stdin = bool(getattr(args, "password_stdin", False))
    password = read_secret(prompt, from_stdin)
    if repeat and not from_stdin and read_secret("Repeat password: ", False) != password:
        raise UserError("The two passwords differ; nothing was changed.")
    return password
