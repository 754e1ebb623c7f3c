"""The settings tab's commands (issue #15): ``calendar import|export`` and ``hall
export``; the work is in app/setup."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command, group
from app.i18n import echo

EXIT_OK = 0

group("hall", "the hall file of what the settings tab holds", "export")


@command("calendar import", "enter the days of a calendar file (.csv/.xlsx: 日期, 类型 "
         "休/班, 说明), all or nothing", arg("file", metavar="FILE"))
def calendar_import(ctx: Context) -> int:
    from app.setup.calendar_file import import_calendar

    db = ctx.open()
    actor, role = ctx.identity(db)
    change = import_calendar(db, ctx.args.file, actor=actor, role=role)
    echo(f"{change.days} days entered; {change.due_dates_moved} due dates and "
          f"{change.complaint_deadlines_moved} complaint deadlines counted again.")
    return EXIT_OK


@command("calendar export", "write the office's entries to a calendar file",
         arg("file", metavar="FILE"), arg("--year", type=int, default=None))
def calendar_export(ctx: Context) -> int:
    from app.setup.calendar_file import export_calendar

    db = ctx.open()
    actor, role = ctx.identity(db)
    n = export_calendar(db, ctx.args.file, actor=actor, role=role, year=ctx.args.year)
    echo(f"{n} days written to {ctx.args.file}.")
    return EXIT_OK


@command("hall export", "write the hall file (init --hall of it changes nothing)",
         arg("file", metavar="FILE.toml"))
def hall_export(ctx: Context) -> int:
    from app.setup.hall_export import export_hall

    db = ctx.open()
    actor, role = ctx.identity(db)
    path = export_hall(db, ctx.args.file, actor=actor, role=role)
    echo(f"Hall file written to {path}.")
    return EXIT_OK
