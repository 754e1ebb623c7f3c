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
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError

from app import __version__
from app.cli.context import Context
from app.cli.options import StartOptions
from app.cli.registry import add_commands
from app.errors import UserError
from app.i18n import _, sentence

EXIT_OK, EXIT_BROKEN, EXIT_USAGE = 0, 1, 2

# The command modules, each registering its commands, in the order of --help.
COMMAND_MODULES = ("hall", "feed", "figures", "calendar", "records", "audit", "display",
                   "accounts", "backup", "projects", "setup", "imports", "attendance",
                   "assessment")
for _module in COMMAND_MODULES:
    importlib.import_module(f"app.cli.{_module}")

__all__ = ["EXIT_BROKEN", "EXIT_OK", "EXIT_USAGE", "StartOptions", "build_parser", "main",
           "run"]


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the command line's language (its headings are set by
    ``_Parser``; the usage prefix here)."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one sentence with status 2, and speaks
    the command line's language (app/i18n.py): headings, --help, its own errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False          # ours below, its help translated
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("show this help message and exit"))

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, sentence(f"{self.prog}: {message}.") + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="halldesk", description=_("HallDesk 政务大厅督查台"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help=_(
        "SQLAlchemy database URL (default: $HALLDESK_DB or a file in the user's data "
        "directory)"))
    who = parser.add_argument_group(_("who runs the command (needed once the database has "
                                      "accounts, for a command that needs a role)"))
    who.add_argument("--user", dest="auth_user", metavar="NAME",
                     help=_("the account; its password is asked on the terminal"))
    who.add_argument("--password-stdin", dest="auth_password_stdin", action="store_true",
                     help=_("read --user's password from the first line of standard input"))
    who.add_argument("--token", dest="auth_token", metavar="FILE",
                     help=_("a token file of the account (halldesk user token NAME --out "
                            "FILE), for unattended jobs"))
    gui = parser.add_argument_group(_("application (without a command)"))
    gui.add_argument("--demo", action="store_true",
                     help=_("open the demo database with live simulated traffic"))
    gui.add_argument("--screenshot", metavar="DIR", help=_(
        "render every tab, the inspection mode and the public display to DIR/<name>.png "
        "and exit"))
    gui.add_argument("--inspect", action="store_true", help=_(
        "open the application directly in inspection mode (现场巡查)"))
    gui.add_argument("--display", action="store_true",
                     help=_("the full-screen public display of completed cases (公示)"))
    gui.add_argument("--screen", type=int, default=None, metavar="N",
                     help=_("with --display: the screen to fill (0 = the first)"))
    gui.add_argument("--page-seconds", type=int, default=None, metavar="N", help=_(
        "with --display: seconds each page stays on screen (default "
        "$HALLDESK_DISPLAY_PAGE_SECONDS or 10; 3–300)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_commands(sub, _Parser)
    return parser


def _one_line(message: str) -> str:
    """A driver's multi-line message (PostgreSQL adds hints) as the one sentence it is."""
    return " ".join(message.split())


def _user_error(exc: UserError) -> None:
    print(sentence(_one_line(str(exc))), file=sys.stderr)
    for line in exc.detail_lines():
        print(f"  {sentence(line)}", file=sys.stderr)


def run(argv: Sequence[str] | None = None,
        open_gui: Callable[[StartOptions], int] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    for n, word in enumerate(words, 1):
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:   # a lone surrogate: bytes that were not UTF-8
            print(f"{parser.prog}: argument {n} ({word!r}) is not valid UTF-8 text.",
                  file=sys.stderr)
            return EXIT_USAGE
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # a usage error (2) or --help (0); argparse has said why
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    ctx = Context(args)
    try:
        if args.command is None:
            if open_gui is None:
                print(sentence(f"{parser.prog}: a command is needed here (the application "
                               "opens from main.py)."), file=sys.stderr)
                return EXIT_USAGE
            return open_gui(StartOptions.from_args(args))
        result: int = args.handler(ctx)
        return result
    except UserError as exc:
        _user_error(exc)
        return EXIT_USAGE
    except OperationalError as exc:
        print(sentence(_one_line(f"The database could not be used: {exc.orig}.")),
              file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:  # SQLite's "malformed", "not a database": a damaged file
        from app.integrity import damaged

        _user_error(damaged(ctx.url, str(exc.orig)))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away; say nothing more.
        sys.stdout = None
        return EXIT_OK
    except OSError as exc:
        # A path the file system refuses (a name too long, a loop of links…) met
        # somewhere a service did not expect it: still one sentence, not a traceback.
        where = f" {exc.filename}" if exc.filename else ""
        print(_one_line(f"Cannot use{where}: {exc.strerror or exc}."), file=sys.stderr)
        return EXIT_USAGE
    finally:
        ctx.close()


def main(open_gui: Callable[[StartOptions], int] | None = None) -> None:
    sys.exit(run(open_gui=open_gui))
