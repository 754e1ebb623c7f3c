"""The command line of docs/spec/cli.md (also installed as the console script ``halldesk``).

``python main.py`` without a command opens the desktop application; everything else
is a subcommand. User errors print one sentence and exit with status 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import zoneinfo
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, OperationalError

from app import __version__
from app import db as dbmod
from app.errors import UserError
from app.security import audit
from app.security import commands as security_commands
from app.security.commands import identity
from app.security.permissions import require
from models import Hall

EXIT_OK, EXIT_BROKEN, EXIT_USAGE = 0, 1, 2


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

    p = sub.add_parser("init", help="create or migrate the schema and load the hall file")
    p.add_argument("--hall", metavar="FILE", help="hall file (default: the demo hall)")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("demo", help="init with the demo hall plus N days of history")
    p.add_argument("--days", type=int, default=90)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("ingest", help="apply an event batch (JSON Lines)")
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--skip-bad", action="store_true",
                   help="apply the good lines, write the bad ones to FILE.rejects.jsonl")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("simulate", help="feed a realistic live day, X times real time")
    p.add_argument("--speed", type=float, default=1.0)
    p.add_argument("--until", metavar="HH:MM")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_simulate)

    p = sub.add_parser("stats", help="the figures of a period")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--window", metavar="W")
    p.add_argument("--json", action="store_true", help="JSON as in docs/spec/cli.md")
    p.set_defaults(run=cmd_stats)

    p = sub.add_parser("briefing", help="write the quarterly PDF briefing (季度工作简报)")
    p.add_argument("--quarter", required=True, metavar="YYYYQn", help="e.g. 2026Q3")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--department", metavar="CODE",
                   help="only this department's windows (its own copy)")
    p.set_defaults(run=cmd_briefing)

    p = sub.add_parser("calendar", help="holidays and make-up working days of years the "
                       "official calendar package does not cover yet")
    cal_sub = p.add_subparsers(dest="calendar_command", metavar="set|list", required=True,
                               parser_class=_Parser)
    c = cal_sub.add_parser("set", help="enter a holiday or a make-up working day")
    c.add_argument("date", metavar="DATE")
    kind = c.add_mutually_exclusive_group(required=True)
    kind.add_argument("--holiday", action="store_true")
    kind.add_argument("--workday", action="store_true", help="an official make-up working day")
    c.add_argument("--note", default="", help="e.g. 春节")
    c.set_defaults(run=cmd_calendar_set)
    c = cal_sub.add_parser("list", help="show a year's working-day calendar status")
    c.add_argument("year", type=int)
    c.set_defaults(run=cmd_calendar_list)

    p = sub.add_parser("complaints", help="the complaint ledger (投诉台账) as a spreadsheet")
    com_sub = p.add_subparsers(dest="complaints_command", metavar="import|export|deadlines",
                               required=True, parser_class=_Parser)
    c = com_sub.add_parser("import", help="import a ledger spreadsheet, all or nothing")
    c.add_argument("file", metavar="FILE.xlsx")
    c.set_defaults(run=cmd_complaints_import)
    c = com_sub.add_parser("export", help="export the whole ledger (personal data masked)")
    c.add_argument("file", metavar="FILE.xlsx")
    c.add_argument("--unmasked", action="store_true",
                   help="names and phone numbers in full; needs --user of a director "
                        "account and its password")
    c.add_argument("--user", metavar="NAME", help="the director account authorising "
                   "--unmasked")
    c.add_argument("--password-stdin", action="store_true",
                   help="read that account's password from standard input")
    c.set_defaults(run=cmd_complaints_export)
    c = com_sub.add_parser("deadlines", help="show or set the verification and "
                           "rectification deadlines (working days)")
    c.add_argument("--verify", type=int, metavar="N", help="1–5 working days")
    c.add_argument("--rectify", type=int, metavar="N", help="5–15 working days")
    c.set_defaults(run=cmd_complaints_deadlines)

    p = sub.add_parser("risks", help="the integrity risk register (廉政风险点) as a "
                       "spreadsheet")
    risk_sub = p.add_subparsers(dest="risks_command", metavar="import|export", required=True,
                                parser_class=_Parser)
    c = risk_sub.add_parser("import", help="import a register spreadsheet, all or nothing "
                            "(points start unapproved)")
    c.add_argument("file", metavar="FILE.xlsx")
    c.set_defaults(run=cmd_risks_import)
    c = risk_sub.add_parser("export", help="export the points in force")
    c.add_argument("file", metavar="FILE.xlsx")
    c.set_defaults(run=cmd_risks_export)

    p = sub.add_parser("audit", help="audit chain")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="verify|export", required=True,
                                 parser_class=_Parser)
    v = audit_sub.add_parser("verify", help="check the audit chain")
    v.set_defaults(run=cmd_audit_verify)

    p = sub.add_parser("publish", help="completed cases of a day as a static web page "
                       "(公示), personal data masked")
    p.add_argument("--date", required=True, metavar="DATE", help="e.g. 2026-11-26")
    p.add_argument("--out", required=True, metavar="FILE.html")
    p.set_defaults(run=cmd_publish)

    v = audit_sub.add_parser("export", help="export audit entries to a spreadsheet "
                             "(auditor or director)")
    v.add_argument("file", metavar="FILE.xlsx")
    v.add_argument("--actor", metavar="ACCOUNT")
    v.add_argument("--action", metavar="ACTION", help="e.g. login, or complaint. for all "
                   "complaint actions")
    v.add_argument("--entity", metavar="KIND", help="e.g. complaint, risk_point, account")
    v.add_argument("--id", metavar="ID", help="the record's id or code")
    v.add_argument("--from", dest="date_from", metavar="DATE")
    v.add_argument("--to", dest="date_to", metavar="DATE")
    v.set_defaults(run=cmd_audit_export)

    security_commands.add_parsers(sub, _Parser, {
        name: (lambda args, f=f: f(args, _open(args))) for name, f in (
            ("add", security_commands.cmd_user_add),
            ("passwd", security_commands.cmd_user_passwd),
            ("unlock", security_commands.cmd_user_unlock),
            ("list", security_commands.cmd_user_list),
            ("settings", security_commands.cmd_user_settings))})

    p = sub.add_parser("backup", help="a consistent online backup of the database")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_backup)
    p = sub.add_parser("restore", help="restore a verified backup into an empty database")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_restore)
    return parser


def _open(args: argparse.Namespace, require_schema: bool = True) -> dbmod.Database:
    from app import integrity

    url = dbmod.resolve_url(args.db)
    # Every page read (quick_check) except for ingest, which the queue-system adapter
    # runs every few seconds; a damaged page it meets is still one sentence (``run``).
    integrity.check(url, full=args.command != "ingest")
    db = dbmod.open_database(url, require_schema=require_schema)
    args.opened.append(db)  # ``run`` disposes it: no connection outlives the command
    return db


def _hall_tz(db: dbmod.Database) -> zoneinfo.ZoneInfo:
    with db.read() as session:
        hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    return zoneinfo.ZoneInfo(hall.timezone)


def cmd_init(args: argparse.Namespace) -> int:
    from app.hall import load_hall, read_hall_file

    spec, file_hash = read_hall_file(args.hall)  # validate before touching the database
    db = _open(args, require_schema=False)
    from app.io.upgrade import migrate_with_backup

    migrate_with_backup(db)   # an older schema is backed up first (docs/install.md)
    actor, role = identity(db)
    with db.write() as session:
        require(session, actor, role, "hall.load")
        report = load_hall(session, spec, file_hash, actor)
    print(f"{spec.name}: {len(spec.departments)} departments, {len(spec.windows)} windows, "
          f"{len(spec.staff)} staff ({report.added} added, {report.updated} updated, "
          f"{report.retired} retired) in {db.display_name()}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.events.simulator import write_demo_history

    if not 0 <= args.days <= 3660:
        raise UserError(f"--days {args.days} must be between 0 and 3660.")
    db = _open(args, require_schema=False)
    if dbmod.is_initialised(db):
        actor, role = identity(db)
        with db.read() as session:
            require(session, actor, role, "hall.load")
    days, events = write_demo_history(db, days=args.days, seed=args.seed,
                                      actor=audit.cli_actor())
    print(f"Demo hall with {days} working days of history ({events} events) "
          f"in {db.display_name()}")
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from app.events.ingest import BatchRejected, ingest_file

    db = _open(args)
    actor, role = identity(db)
    with db.read() as session:
        require(session, actor, role, "events.ingest")
    try:
        outcome = ingest_file(db, args.file, actor=actor, skip_bad=args.skip_bad)
    except BatchRejected as rejected:
        print(str(rejected), file=sys.stderr)
        for error in rejected.result.errors:
            print(f"  {error.describe()}", file=sys.stderr)
        return EXIT_USAGE
    r = outcome.result
    print(f"{r.applied} events applied, {r.duplicates} already known"
          + (f", {len(r.errors)} rejected" if r.errors else "") + ".")
    if outcome.rejects_file is not None:
        print(f"Rejected lines written to {outcome.rejects_file}:", file=sys.stderr)
        for error in r.errors:
            print(f"  {error.describe()}", file=sys.stderr)
    _warn_calendar(r.incomplete_years)
    return EXIT_OK


def _warn_calendar(years: Sequence[int]) -> None:
    for year in years:
        print(f"Warning: the working-day calendar of {year} is incomplete (Monday–Friday "
              "assumed); enter its holidays and make-up days in the application.",
              file=sys.stderr)


def cmd_simulate(args: argparse.Namespace) -> int:
    from app.events.simulator import parse_until, run_live

    if not 0 < args.speed <= 3600:
        raise UserError(f"--speed {args.speed} must be above 0 and at most 3600.")
    until = parse_until(args.until) if args.until else None
    db = _open(args)
    actor, role = identity(db)
    with db.read() as session:
        require(session, actor, role, "events.ingest")
    n = run_live(db, speed=args.speed, until=until, seed=args.seed, actor=actor,
                 log=lambda msg: print(msg, flush=True))
    print(f"{n} events fed.")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from app.calendar import WorkCalendar
    from app.figures import Period, as_json, compute, parse_date
    from app.figures.period import now
    from models import Window

    start = parse_date(args.date_from, "--from")
    end = parse_date(args.date_to, "--to")
    db = _open(args)
    period = Period(start, end, _hall_tz(db))
    with db.read() as session:
        codes = None
        if args.window:
            if session.scalar(select(Window.id).where(Window.code == args.window)) is None:
                raise UserError(f"--window {args.window}: no such window in the hall.")
            codes = [args.window]
        figures = compute(session, period, now(), codes)
        incomplete = WorkCalendar.load(session).incomplete_years([start, end])
    _warn_calendar(incomplete)
    data = as_json(figures)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_stats(data)
    return EXIT_OK


def _print_stats(data: dict) -> None:
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x * 100:.1f}%"

    def secs(x: float | None) -> str:
        return "—" if x is None else f"{x / 60:.1f} min"

    h = data["hall"]
    print(f"Period {data['from']} – {data['to']} (end exclusive)")
    print(f"  tickets issued {h['tickets_issued']}, served {h['served']}, "
          f"abandoned {h['abandoned']}")
    print(f"  wait: average {secs(h['avg_wait_s'])}, longest {secs(h['max_wait_s'])}; "
          f"service: average {secs(h['avg_service_s'])}")
    print(f"  evaluations {sum(h['evaluations'].values())}, satisfaction "
          f"{pct(h['satisfaction_rate'])}, evaluation rate {pct(h['evaluation_rate'])}")
    print(f"  cases accepted {h['cases_accepted']}, completed {h['cases_completed']}, "
          f"completion {pct(h['completion_rate'])}, on time {pct(h['on_time_rate'])}, "
          f"red cards {h['red_cards']}")
    print(f"  {'window':<8}{'served':>8}{'occupancy':>11}{'device off':>12}{'red':>5}"
          f"{'score':>8}")
    for code, w in data["windows"].items():
        print(f"  {code:<8}{w['served']:>8}{pct(w['occupancy']):>11}"
              f"{secs(w['evaluator_off_s']):>12}{w['red_cards']:>5}{w['score']:>8.1f}")


def cmd_briefing(args: argparse.Namespace) -> int:
    from app.briefing import parse, register_font, write_briefing
    from app.briefing.export import check_target
    from app.figures.period import now

    quarter = parse(args.quarter)
    check_target(args.out)
    font = register_font()
    if font.warning:
        print(f"Warning: {font.warning}", file=sys.stderr)
    db = _open(args)
    actor, role = identity(db)
    written = write_briefing(db, quarter, args.out, now(), args.department, actor=actor,
                             role=role)
    print(f"Briefing {quarter.key}"
          + (f" of department {args.department}" if args.department else "")
          + f" written to {written.path}" + (" (no data in the quarter)." if written.empty
                                              else "."))
    return EXIT_OK


def cmd_calendar_set(args: argparse.Namespace) -> int:
    from app.calendar import set_day
    from app.figures import parse_date

    day = parse_date(args.date, "The date")
    if len(args.note) > 100:
        raise UserError("--note must be at most 100 characters.")
    db = _open(args)
    actor, role = identity(db)
    with db.write() as session:
        set_day(session, day, bool(args.workday), args.note.strip(), actor, role=role)
    print(f"{day.isoformat()}: {'working day' if args.workday else 'holiday'}"
          + (f" ({args.note.strip()})" if args.note.strip() else "") + ".")
    return EXIT_OK


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from app.calendar import office_days, package_covers

    if not 1900 <= args.year <= 2200:
        raise UserError(f"The year {args.year} is out of range.")
    if package_covers(args.year):
        print(f"{args.year}: the official calendar (chinese-calendar) covers this year.")
        return EXIT_OK
    db = _open(args)
    with db.read() as session:
        days = office_days(session, args.year)
    if not days:
        print(f"{args.year}: not covered and nothing entered yet; Monday–Friday is assumed.")
    for d in days:
        kind = "working day" if d.workday else "holiday"
        print(f"{d.day.isoformat()}  {kind}  {d.note}".rstrip())
    return EXIT_OK


def cmd_complaints_import(args: argparse.Namespace) -> int:
    from app.figures.period import now
    from app.io.complaint_sheet import import_complaints
    from app.io.xlsx import MAX_REPORTED, SheetRejected

    db = _open(args)
    actor, role = identity(db)
    try:
        result = import_complaints(db, args.file, actor=actor, role=role, now=now())
    except SheetRejected as rejected:
        print(str(rejected), file=sys.stderr)
        for problem in rejected.problems[:MAX_REPORTED]:
            print(f"  {problem.describe()}", file=sys.stderr)
        if len(rejected.problems) > MAX_REPORTED:
            print(f"  … and {len(rejected.problems) - MAX_REPORTED} more.", file=sys.stderr)
        return EXIT_USAGE
    print(f"{result.added} entries added, {result.skipped} already in the ledger "
          f"({result.rows} rows in {result.seconds:.1f} s).")
    return EXIT_OK


def _director(db: dbmod.Database, args: argparse.Namespace) -> str:
    """The director account named by ``--user``, checked by its password."""
    from app.records.complaint_rules import DIRECTOR
    from app.security.accounts import authenticate

    if not args.user:
        raise UserError("--unmasked needs --user NAME, a director account.")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password of {args.user}: ")
    with db.read() as session:
        account = authenticate(session, args.user, password)
        role = None if account is None else account.role
    if role is None:
        raise UserError(f"The account {args.user!r} does not exist or the password is wrong; "
                        "nothing was exported.")
    if role != DIRECTOR:
        raise UserError(f"The account {args.user!r} is {role}; only a director can export "
                        "personal data unmasked.")
    return str(args.user)


def cmd_complaints_export(args: argparse.Namespace) -> int:
    from app.io.complaint_sheet import export_complaints
    from app.records.complaint_rules import DIRECTOR

    if args.user and not args.unmasked:
        raise UserError("--user is only needed with --unmasked.")
    db = _open(args)
    actor, role = identity(db)
    if args.unmasked:
        actor, role = f"{actor} as {_director(db, args)}", DIRECTOR
    result = export_complaints(db, args.file, actor=actor, role=role, unmasked=args.unmasked)
    print(f"{result.rows} entries exported to {args.file} ("
          + ("unmasked" if args.unmasked else "names and phone numbers masked")
          + f", {result.seconds:.1f} s).")
    return EXIT_OK


def cmd_complaints_deadlines(args: argparse.Namespace) -> int:
    from app.config import load_complaint_deadlines
    from app.records.complaints import set_deadlines

    db = _open(args)
    if args.verify is None and args.rectify is None:
        with db.read() as session:
            deadlines = load_complaint_deadlines(session)
    else:
        actor, role = identity(db)
        with db.write() as session:
            deadlines = set_deadlines(session, verify=args.verify, rectify=args.rectify,
                                      actor=actor, role=role)
    print(f"Verification within {deadlines.verify_workdays} working days of registration, "
          f"rectification within {deadlines.rectify_workdays} of substantiation.")
    return EXIT_OK


def cmd_risks_import(args: argparse.Namespace) -> int:
    from app.figures.period import now
    from app.io.risk_sheet import import_risks
    from app.io.xlsx import MAX_REPORTED, SheetRejected

    db = _open(args)
    actor, role = identity(db)
    try:
        # Imported points start unapproved: approval (审定) is the director's, in the app.
        result = import_risks(db, args.file, actor=actor, role=role, now=now())
    except SheetRejected as rejected:
        print(str(rejected), file=sys.stderr)
        for problem in rejected.problems[:MAX_REPORTED]:
            print(f"  {problem.describe()}", file=sys.stderr)
        if len(rejected.problems) > MAX_REPORTED:
            print(f"  … and {len(rejected.problems) - MAX_REPORTED} more.", file=sys.stderr)
        return EXIT_USAGE
    print(f"{result.added} risk points added (unapproved), {result.skipped} already in the "
          f"register ({result.rows} rows).")
    return EXIT_OK


def cmd_risks_export(args: argparse.Namespace) -> int:
    from app.figures.period import now
    from app.io.risk_sheet import export_risks

    db = _open(args)
    actor, role = identity(db)
    result = export_risks(db, args.file, actor=actor, role=role, now=now())
    print(f"{result.rows} risk points exported to {args.file}.")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    db = _open(args)
    actor, role = identity(db)
    with db.read() as session:
        require(session, actor, role, "audit.verify")
        count, broken = audit.verify(session)
    if broken is not None:
        print(f"Audit chain broken at entry {broken.seq}: {broken.reason}.")
        return EXIT_BROKEN
    print(f"Audit chain intact: {count} entries.")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from app.display.command import cmd_publish as publish

    return publish(args, _open)


def cmd_audit_export(args: argparse.Namespace) -> int:
    db = _open(args)
    args.tz = _hall_tz(db)
    return security_commands.cmd_audit_export(args, db)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.io.backup_commands import cmd_backup as backup

    return backup(args, _open(args))


def cmd_restore(args: argparse.Namespace) -> int:
    from app.io.backup_commands import cmd_restore as restore

    return restore(args)


def _one_line(message: str) -> str:
    """A driver's multi-line message (PostgreSQL adds hints) as the one sentence it is."""
    return " ".join(message.split())


def run(argv: Sequence[str] | None = None,
        open_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a usage error (2) or --help (0); argparse has said why
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    args.opened = []
    try:
        if args.command is None:
            if open_gui is None:
                print(f"{parser.prog}: a command is needed here (the application opens "
                      "from main.py).", file=sys.stderr)
                return EXIT_USAGE
            return open_gui(args)
        result: int = args.run(args)
        return result
    except UserError as exc:
        print(_one_line(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except OperationalError as exc:
        print(_one_line(f"The database could not be used: {exc.orig}."), file=sys.stderr)
        return EXIT_USAGE
    except DatabaseError as exc:  # SQLite's "malformed", "not a database": a damaged file
        from app.integrity import damaged

        print(_one_line(str(damaged(dbmod.resolve_url(args.db), str(exc.orig)))),
              file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) went away; say nothing more.
        sys.stdout = None
        return EXIT_OK
    finally:
        for db in args.opened:
            db.dispose()


def main(open_gui: Callable[[argparse.Namespace], int] | None = None) -> None:
    sys.exit(run(open_gui=open_gui))
