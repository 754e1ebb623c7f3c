"""``calendar set|list``: the office's working-day entries for years the official
calendar package does not cover yet."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command, exclusive, group
from app.errors import UserError
from app.i18n import echo

EXIT_OK = 0

group("calendar", "holidays and make-up working days of years the official calendar "
      "package does not cover yet", "set|list|import|export")


@command("calendar set", "enter a holiday or a make-up working day",
         arg("date", metavar="DATE"),
         exclusive(arg("--holiday", action="store_true"),
                   arg("--workday", action="store_true",
                       help="an official make-up working day"), required=True),
         arg("--note", default="", help="e.g. 春节"))
def calendar_set(ctx: Context) -> int:
    from app.figures import parse_date
    from app.records.calendar_days import set_day

    day = parse_date(ctx.args.date, "The date")
    note = ctx.args.note.strip()
    if len(ctx.args.note) > 100:
        raise UserError("--note must be at most 100 characters.")
    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        set_day(session, day, bool(ctx.args.workday), note, actor, role=role)
    echo(f"{day.isoformat()}: {'working day' if ctx.args.workday else 'holiday'}"
          + (f" ({note})" if note else "") + ".")
    return EXIT_OK


@command("calendar list", "show a year's working-day calendar status",
         arg("year", type=int))
def calendar_list(ctx: Context) -> int:
    from app.calendar import office_days, package_covers

    year = ctx.args.year
    if not 1900 <= year <= 2200:
        raise UserError(f"The year {year} is out of range.")
    if package_covers(year):
        echo(f"{year}: the official calendar (chinese-calendar) covers this year.")
        return EXIT_OK
    db = ctx.open()
    with db.read() as session:
        days = office_days(session, year)
    if not days:
        echo(f"{year}: not covered and nothing entered yet; Monday–Friday is assumed.")
    for d in days:
        kind = "working day" if d.workday else "holiday"
        echo(f"{d.day.isoformat()}  {kind}  {d.note}".rstrip())
    return EXIT_OK
