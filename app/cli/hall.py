"""``init`` and ``demo``: the schema and the hall."""

from __future__ import annotations

from app import db as dbmod
from app.cli.context import Context
from app.cli.registry import arg, command
from app.errors import UserError
from app.i18n import echo
from app.io.upgrade import migrate_with_backup
from app.progress import TerminalProgress
from app.security import audit

EXIT_OK = 0


@command("init", "create or migrate the schema and load the hall file",
         arg("--hall", metavar="FILE", help="hall file (default: the demo hall)"),
         arg("--empty", action="store_true", help="the schema only: the hall is then set "
             "up in the application's settings tab"))
def init(ctx: Context) -> int:
    from app.hall import load_hall, read_hall_file, refuse_demo_over_real

    if ctx.args.empty:                     # issue #15: a hall set up in the settings tab
        if ctx.args.hall:
            raise UserError("--empty and --hall exclude each other.")
        db = ctx.open(require_schema=False)
        migrate_with_backup(db)
        echo(f"Schema ready in {db.display_name()}; set the hall up in the settings tab.")
        return EXIT_OK
    spec, file_hash = read_hall_file(ctx.args.hall)  # validate before touching the database
    db = ctx.open(require_schema=False)
    if ctx.args.hall is None:
        refuse_demo_over_real(db, "`init` without --hall")
    migrate_with_backup(db)   # an older schema is backed up first (docs/install.md)
    actor, role = ctx.identity(db)
    with db.write() as session:
        report = load_hall(session, spec, file_hash, actor, role=role)
    echo(f"{spec.name}: {len(spec.departments)} departments, {len(spec.windows)} windows, "
          f"{len(spec.staff)} staff ({report.added} added, {report.updated} updated, "
          f"{report.retired} retired) in {db.display_name()}")
    return EXIT_OK


@command("demo", "init with the demo hall plus N days of history",
         arg("--days", type=int, default=90),
         arg("--seed", type=int, default=1))
def demo(ctx: Context) -> int:
    from app.events.simulator import write_demo_history
    from app.hall import refuse_demo_over_real
    from app.security.guard import check
    from app.security.permissions import DIRECTOR

    days_wanted = ctx.args.days
    if not 0 <= days_wanted <= 3660:
        raise UserError(f"--days {days_wanted} must be between 0 and 3660.")
    db = ctx.open(require_schema=False)
    refuse_demo_over_real(db, "`demo`")
    # An empty database is being set up by its director; an initialised one asks.
    actor, role = ctx.identity(db) if dbmod.is_initialised(db) else (audit.cli_actor(),
                                                                     DIRECTOR)
    check(db, actor, role, "hall.load")
    with TerminalProgress("Building the demo") as progress:
        days, events = write_demo_history(db, days=days_wanted, seed=ctx.args.seed,
                                          actor=actor, role=role, progress=progress)
    echo(f"Demo hall with {days} working days of history ({events} events) "
          f"in {db.display_name()}")
    return EXIT_OK
