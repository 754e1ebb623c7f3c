"""``complaints import|export|deadlines`` and ``risks import|export``: the ledger and
the register as spreadsheets."""

from __future__ import annotations

from app import db as dbmod
from app.cli.context import Context
from app.cli.registry import arg, command, group
from app.errors import UserError
from app.i18n import echo
from app.progress import TerminalProgress

EXIT_OK = 0

group("complaints", "the complaint ledger (投诉台账) as a spreadsheet",
      "import|export|deadlines")
group("risks", "the integrity risk register (廉政风险点) as a spreadsheet", "import|export")


@command("complaints import", "import a ledger spreadsheet, all or nothing",
         arg("file", metavar="FILE.xlsx"))
def complaints_import(ctx: Context) -> int:
    from app.figures.period import now
    from app.io.complaint_sheet import import_complaints

    db = ctx.open()
    actor, role = ctx.identity(db)
    with TerminalProgress("Importing") as progress:
        result = import_complaints(db, ctx.args.file, actor=actor, role=role, now=now(),
                                   progress=progress)
    echo(f"{result.added} entries added, {result.skipped} already in the ledger "
          f"({result.rows} rows in {result.seconds:.1f} s).")
    return EXIT_OK


def _director(db: dbmod.Database, user: str | None, password_stdin: bool) -> str:
    """The director account named by ``--user``, checked by its password (a wrong one
    is audited and counts toward the lock, like a failed login)."""
    from app.records.complaint_rules import DIRECTOR
    from app.security.accounts import authenticate
    from app.security.cli_auth import read_secret

    if not user:
        raise UserError("--unmasked needs --user NAME, a director account.")
    password = read_secret(f"Password of {user}: ", password_stdin)
    role = authenticate(db, user, password, how="unmasked export").role
    if role != DIRECTOR:
        raise UserError(f"The account {user!r} is {role}; only a director can export "
                        "personal data unmasked.")
    return user


@command("complaints export", "export the whole ledger (personal data masked)",
         arg("file", metavar="FILE.xlsx"),
         arg("--unmasked", action="store_true",
             help="names and phone numbers in full; needs --user of a director account "
                  "and its password"),
         arg("--user", metavar="NAME", help="the director account authorising --unmasked"),
         arg("--password-stdin", action="store_true",
             help="read that account's password from standard input"))
def complaints_export(ctx: Context) -> int:
    from app.io.complaint_sheet import export_complaints
    from app.records.complaint_rules import DIRECTOR

    unmasked = ctx.args.unmasked
    if ctx.args.user and not unmasked:
        raise UserError("--user is only needed with --unmasked.")
    db = ctx.open()
    actor, role = ctx.identity(db)
    if unmasked:
        director = _director(db, ctx.args.user, ctx.args.password_stdin)
        actor, role = f"{actor} as {director}", DIRECTOR
    result = export_complaints(db, ctx.args.file, actor=actor, role=role, unmasked=unmasked)
    echo(f"{result.rows} entries exported to {ctx.args.file} ("
          + ("unmasked" if unmasked else "names and phone numbers masked")
          + f", {result.seconds:.1f} s).")
    return EXIT_OK


@command("complaints deadlines", "show or set the verification and rectification "
         "deadlines (working days)",
         arg("--verify", type=int, metavar="N", help="1–5 working days"),
         arg("--rectify", type=int, metavar="N", help="5–15 working days"))
def complaints_deadlines(ctx: Context) -> int:
    from app.config import load_complaint_deadlines
    from app.records.complaints import set_deadlines

    db = ctx.open()
    if ctx.args.verify is None and ctx.args.rectify is None:
        with db.read() as session:
            deadlines = load_complaint_deadlines(session)
    else:
        actor, role = ctx.identity(db)
        with db.write() as session:
            deadlines = set_deadlines(session, verify=ctx.args.verify,
                                      rectify=ctx.args.rectify, actor=actor, role=role)
    echo(f"Verification within {deadlines.verify_workdays} working days of registration, "
          f"rectification within {deadlines.rectify_workdays} of substantiation.")
    return EXIT_OK


@command("risks import", "import a register spreadsheet, all or nothing (points start "
         "unapproved)",
         arg("file", metavar="FILE.xlsx"))
def risks_import(ctx: Context) -> int:
    from app.figures.period import now
    from app.io.risk_sheet import import_risks

    db = ctx.open()
    actor, role = ctx.identity(db)
    # Imported points start unapproved: approval (审定) is the director's, in the app.
    with TerminalProgress("Importing") as progress:
        result = import_risks(db, ctx.args.file, actor=actor, role=role, now=now(),
                              progress=progress)
    echo(f"{result.added} risk points added (unapproved), {result.skipped} already in the "
          f"register ({result.rows} rows).")
    return EXIT_OK


@command("risks export", "export the points in force",
         arg("file", metavar="FILE.xlsx"))
def risks_export(ctx: Context) -> int:
    from app.figures.period import now
    from app.io.risk_sheet import export_risks

    db = ctx.open()
    actor, role = ctx.identity(db)
    result = export_risks(db, ctx.args.file, actor=actor, role=role, now=now())
    echo(f"{result.rows} risk points exported to {ctx.args.file}.")
    return EXIT_OK
