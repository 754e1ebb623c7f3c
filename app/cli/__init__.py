"""The command line of docs/spec/cli.md (also installed as the console script ``halldesk``).

``python main.py`` without a command opens the desktop application; everything else
is a subcommand, registered in the command table (``app.cli.registry``) by one module
per command group. ``run`` is the one place that turns a user error into its sentence
on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import DatabaseError, OperationalError

from app import __version__
from app.cli.context import Context
from app.cli.options import StartOptions
from app.cli.registry import add_commands
from app.errors import UserError

EXIT_OK, EXIT_BROKEN, EXIT_USAGE = 0, 1, 2

# The command modules, each registering its commands, in the order of --help.
COMMAND_MODULES = ("hall", "feed", "figures", "calendar", "records", "audit", "display",
                   "accounts", "backup", "projects", "setup", "imports")
for _module in COMMAND_MODULES:
    importlib.import_module(f"app.cli.{_module}")

__all__ = ["EXIT_BROKEN", "EXIT_OK", "EXIT_USAGE", "StartOptions", "build_parser", "main",
           "run"]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one sentence with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="halldesk", description="HallDesk 政务大厅督查台")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL "
                        "(default: $HALLDESK_DB or a file in the user's data directory)")
    gui = parser.add_argument_group("application (without a command)")
    gui.add_argument("--demo", action="store_true",
                     help="open the demo database with live simulated traffic")
    gui.add_argument("--screenshot", metavar="DIR",
                     help="render every tab, the inspection mode and the public display "
                          "to DIR/<name>.png and exit")
    gui.add_argument("--inspect", action="store_true",
                     help="open the application directly in inspection mode (现场巡查)")
    gui.add_argument("--display", action="store_true",
                     help="the full-screen public display of completed cases (公示)")
    gui.add_argument("--screen", type=int, default=None, metavar="N",
                     help="with --display: the screen to fill (0 = the first)")
    gui.add_argument("--page-seconds", type=int, default=None, metavar="N",
                     help="with --display: seconds each page stays on screen (default "
                          "$HALLDESK_DISPLAY_PAGE_SECONDS or 10; 3–300)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_commands(sub, _Parser)
    return parser


def _one_line(message: str) -> str:
    """A driver's multi-line message (PostgreSQL adds hints) as the one sentence it is."""
    return " ".join(message.split())


def _user_error(exc: UserError) -> None:
    print(_one_line(str(exc)), file=sys.stderr)
    for line in exc.detail_lines():
        print(f"  {line}", file=sys.stderr)


def run(argv: Sequence[str] | None = None,
        open_gui: Callable[[StartOptions], int] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a usage error (2) or --help (0); argparse has said why
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    ctx = Context(args)
    try:
        if args.command is None:
            if open_gui is None:
                print(f"{parser.prog}: a command is needed here (the application opens "
                      "from main.py).", file=sys.stderr)
                return EXIT_USAGE
            return open_gui(StartOptions.from_args(args))
        result: int = args.handler(ctx)
        return result
    except UserError as exc:
        _user_error(exc)
        return EXIT_USAGE
    except OperationalError as exc:
        print(_one_line(f"The database could not be used: {exc.orig}."), file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:  # SQLite's "malformed", "not a database": a damaged file
        from app.integrity import damaged

        _user_error(damaged(ctx.url, str(exc.orig)))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away; say nothing more.
        sys.stdout = None
        return EXIT_OK
    finally:
        ctx.close()


def main(open_gui: Callable[[StartOptions], int] | None = None) -> None:
    sys.exit(run(open_gui=open_gui))
