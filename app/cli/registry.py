"""The command table: every subcommand registered once, with its arguments, as data.

A command module declares its commands with ``@command("complaints import", help,
arg("file", …))``; groups (``complaints``, ``user``) are declared once with ``group``.
``build_parser`` turns the table into argparse, so the parser has one shape and every
handler one signature: ``handler(ctx: Context) -> int``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli.context import Context



@dataclass(frozen=True)
class Arg:
    """One ``add_argument`` call."""

    flags: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Exclusive:
    """A mutually exclusive group of arguments."""

    args: tuple[Arg, ...]
    required: bool = False


@dataclass(frozen=True)
class Command:
    path: tuple[str, ...]
    help: str
    args: tuple[Arg | Exclusive, ...]
    handler: Callable[[Context], int]


@dataclass(frozen=True)
class Group:
    name: str
    help: str
    metavar: str


COMMANDS: dict[tuple[str, ...], Command] = {}
GROUPS: dict[str, Group] = {}


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


def exclusive(*args: Arg, required: bool = False) -> Exclusive:
    return Exclusive(args, required)


def group(name: str, help: str, metavar: str) -> None:
    GROUPS[name] = Group(name, help, metavar)


def command(path: str, help: str, *args: Arg | Exclusive
            ) -> Callable[[Callable[[Context], int]], Callable[[Context], int]]:
    """Register ``handler`` as the command ``path`` ("ingest", "user add")."""

    def register(handler: Callable[[Context], int]) -> Callable[[Context], int]:
        key = tuple(path.split())
        if key in COMMANDS:
            raise RuntimeError(f"the command {path!r} is registered twice")
        COMMANDS[key] = Command(key, help, args, handler)
        return handler

    return register


def _options(a: Arg) -> dict[str, Any]:
    """An argument's options, its help in the command line's language."""
    from app.i18n import _

    return {**a.options, "help": _(a.options["help"])} if "help" in a.options else a.options


def _add(parser: argparse.ArgumentParser | Any, item: Arg | Exclusive) -> None:
    if isinstance(item, Exclusive):
        target = parser.add_mutually_exclusive_group(required=item.required)
        for a in item.args:
            target.add_argument(*a.flags, **_options(a))
    else:
        parser.add_argument(*item.flags, **_options(item))


def add_commands(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Every registered command as a subparser of ``sub``, groups as nested ones, in
    the order the command modules registered them."""
    from app.i18n import _

    nested: dict[str, Any] = {}
    for path, cmd in COMMANDS.items():
        if len(path) == 1:
            p = sub.add_parser(path[0], help=_(cmd.help))
        else:
            head = path[0]
            if head not in nested:
                g = GROUPS[head]
                gp = sub.add_parser(head, help=_(g.help))
                nested[head] = gp.add_subparsers(dest=f"{head}_command", metavar=g.metavar,
                                                 required=True, parser_class=parser_class)
            p = nested[head].add_parser(path[1], help=_(cmd.help))
        for item in cmd.args:
            _add(p, item)
        p.set_defaults(handler=cmd.handler, command_path=path)
