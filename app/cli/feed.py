"""``ingest`` and ``simulate``: events into the database."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli.context import Context
from app.cli.registry import arg, command
from app.errors import UserError
from app.i18n import echo

EXIT_OK = 0


def warn_calendar(years: Sequence[int]) -> None:
    for year in years:
        echo(f"Warning: the working-day calendar of {year} is incomplete (Monday–Friday "
              "assumed); enter its holidays and make-up days in the application.",
              file=sys.stderr)


@command("ingest", "apply an event batch (JSON Lines)",
         arg("file", metavar="FILE|-"),
         arg("--skip-bad", action="store_true",
             help="apply the good lines, write the bad ones to FILE.rejects.jsonl"))
def ingest(ctx: Context) -> int:
    from app.events.ingest import ingest_file

    db = ctx.open()
    actor, role = ctx.identity(db)
    outcome = ingest_file(db, ctx.args.file, actor=actor, role=role,
                          skip_bad=ctx.args.skip_bad)
    r = outcome.result
    echo(f"{r.applied} events applied, {r.duplicates} already known"
         + (f", {len(r.errors)} rejected" if r.errors else "")
         + (f"; {r.day_end} left open by an earlier day closed by the day's end"
            if r.day_end else "") + ".")
    if outcome.rejects_kept is not None:
        echo(f"{outcome.rejects_kept} already exists and was kept; the rejected lines "
             "went to a new file beside it.", file=sys.stderr)
    if outcome.rejects_file is not None:
        echo(f"Rejected lines written to {outcome.rejects_file}:", file=sys.stderr)
        for error in r.errors:
            echo(f"  {error.describe()}", file=sys.stderr)
    warn_calendar(r.incomplete_years)
    return EXIT_OK


@command("simulate", "feed a realistic live day, X times real time",
         arg("--speed", type=float, default=1.0),
         arg("--until", metavar="HH:MM"),
         arg("--seed", type=int, default=1))
def simulate(ctx: Context) -> int:
    from app.events.simulator import parse_until, run_live
    from app.security.guard import check

    speed = ctx.args.speed
    if not 0 < speed <= 3600:
        raise UserError(f"--speed {speed} must be above 0 and at most 3600.")
    until = parse_until(ctx.args.until) if ctx.args.until else None
    db = ctx.open()
    actor, role = ctx.identity(db)
    check(db, actor, role, "events.ingest")
    n = run_live(db, speed=speed, until=until, seed=ctx.args.seed, actor=actor, role=role,
                 log=lambda msg: echo(msg, flush=True))
    echo(f"{n} events fed.")
    return EXIT_OK
