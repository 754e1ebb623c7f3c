"""The application's start options (no command given), typed: what ``main.py`` hands
to the Qt application instead of argparse's Namespace."""

from __future__ import annotations

import argparse
from dataclasses import dataclass


@dataclass(frozen=True)
class StartOptions:
    db: str | None = None           # --db URL (else $HALLDESK_DB or the default file)
    demo: bool = False              # the demo database with live simulated traffic
    screenshot: str | None = None   # render every tab to DIR/<name>.png and exit
    inspect: bool = False           # open straight into inspection mode
    display: bool = False           # the public display of completed cases
    screen: int | None = None       # with display: the screen to fill
    page_seconds: int | None = None  # with display: seconds per page
    # who renders --screenshot on a database with accounts (app.security.cli_auth)
    user: str | None = None
    password_stdin: bool = False
    token: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> StartOptions:
        return cls(db=args.db, demo=args.demo, screenshot=args.screenshot,
                   inspect=args.inspect, display=args.display, screen=args.screen,
                   page_seconds=args.page_seconds, user=getattr(args, "auth_user", None),
                   password_stdin=bool(getattr(args, "auth_password_stdin", False)),
                   token=getattr(args, "auth_token", None))
