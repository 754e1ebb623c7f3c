"""``attendance import|leave|month``: the fingerprint clock's file, the office's leave
days and a month's attendance per staff member (docs/spec/cli.md)."""

from __future__ import annotations

import json
import re
import sys

from app.cli.context import Context
from app.cli.registry import arg, command, group
from app.errors import UserError
from app.i18n import echo

EXIT_OK = 0
MONTH_RE = re.compile(r"(\d{4})-(\d{2})")

group("attendance", "the fingerprint clock's attendance: import, leave, a month per person",
      "import|leave|month")


@command("attendance import", "import the attendance clock's export (.xlsx, .xls, .csv; "
         "one row a punch or one row a day), all or nothing",
         arg("file", metavar="FILE"),
         arg("--mapping", metavar="NAME|FILE.toml",
             help="a saved column mapping or a mapping file (kind = \"attendance\")"),
         arg("--encoding", metavar="ENC", help="the CSV file's encoding (utf-8 or gbk)"))
def attendance_import(ctx: Context) -> int:
    from app.attendance import import_clock_file

    db = ctx.open()
    actor, role = ctx.identity(db)
    report = import_clock_file(db, ctx.args.file, actor=actor, role=role,
                               mapping=ctx.args.mapping, encoding=ctx.args.encoding)
    echo(report.line())
    return EXIT_OK


@command("attendance leave", "enter (add) or remove leave (请假), business trips (出差) or "
         "rest days (公休) of a staff member, from a day to another",
         arg("action", choices=("add", "remove")),
         arg("staff", metavar="STAFF", help="the staff code (工号) or a name only one has"),
         arg("date_from", metavar="FROM"),
         arg("date_to", metavar="TO", nargs="?"),
         arg("--kind", choices=("leave", "trip", "rest"), help="with add: 请假, 出差 or 公休"),
         arg("--note", default="", help="e.g. 病假, 赴市局培训"))
def attendance_leave(ctx: Context) -> int:
    from app.attendance import add_leave, remove_leave
    from app.figures import parse_date

    a = ctx.args
    first = parse_date(a.date_from, "The first day")
    last = parse_date(a.date_to, "The last day") if a.date_to else None
    if a.action == "add" and a.kind is None:
        raise UserError("attendance leave add needs --kind leave, trip or rest.")
    if a.action == "remove" and (a.kind is not None or a.note):
        raise UserError("attendance leave remove takes no --kind or --note.")
    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        if a.action == "add":
            change = add_leave(session, a.staff, first, last, a.kind, a.note, actor=actor,
                               role=role)
        else:
            change = remove_leave(session, a.staff, first, last, actor=actor, role=role)
    span = first.isoformat() + (f" to {last.isoformat()}" if last and last != first else "")
    if a.action == "remove":
        echo(f"{change.staff}: {change.days} days removed ({span}).")
    elif change.days:
        echo(f"{change.staff}: {change.days} days entered as {a.kind} ({span}).")
    else:
        echo(f"{change.staff}: already entered so ({span}); nothing was changed.")
    return EXIT_OK


def parse_month(value: str) -> tuple[int, int]:
    m = MONTH_RE.fullmatch(value.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise UserError(f"The month {value!r} is not like 2026-10 (year, month 01–12).")
    return int(m.group(1)), int(m.group(2))


@command("attendance month", "a month's attendance per staff member: working days, "
         "normal, late, early, missing punches, absent, leave",
         arg("month", metavar="YYYY-MM"),
         arg("--json", action="store_true", help="JSON as in docs/spec/cli.md"))
def attendance_month(ctx: Context) -> int:
    from app.attendance import month_bounds, read_month

    year, month = parse_month(ctx.args.month)
    month_bounds(year, month)
    db = ctx.open()
    actor, role = ctx.identity(db)
    m = read_month(db, year, month, actor=actor, role=role)
    label = f"{year}-{month:02d}"
    fields = ("working_days", "normal", "late", "late_minutes", "early", "early_minutes",
              "missing", "absent", "leave", "unrecorded")
    if ctx.args.json:
        data = {"month": label, "imported": m.imported,
                "recorded_through": m.recorded_through.isoformat()
                if m.recorded_through else None,
                "working_days": m.working_days,
                "people": [{"code": p.code, "name": p.name,
                            **{f: getattr(p, f) for f in fields}}
                           for p in m.people.values()] if m.imported else []}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    if not m.imported:
        echo(f"No attendance has been imported for {label}; import the clock's file with "
             "`halldesk attendance import FILE`.")
        return EXIT_OK
    echo(f"{label}: {m.working_days} working days, punches imported through "
         f"{m.recorded_through.isoformat() if m.recorded_through else '-'}.")
    echo("code\tname\tworking days\tnormal\tlate (min)\tearly (min)\tmissing\tabsent\tleave")
    for p in m.people.values():
        print(f"{p.code}\t{p.name}\t{p.working_days}\t{p.normal}\t{p.late} "
              f"({p.late_minutes})\t{p.early} ({p.early_minutes})\t{p.missing}\t"
              f"{p.absent}\t{p.leave}")
    return EXIT_OK
