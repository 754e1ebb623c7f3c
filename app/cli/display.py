"""``publish``: the completed cases of a day as a static page (公示)."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command
from app.i18n import echo

EXIT_OK = 0


@command("publish", "completed cases of a day as a static web page (公示), personal data "
         "masked",
         arg("--date", required=True, metavar="DATE", help="e.g. 2026-11-26"),
         arg("--out", required=True, metavar="FILE.html"))
def publish(ctx: Context) -> int:
    from app.display.publish import check_out, publish_day
    from app.figures import parse_date
    from app.figures.period import now

    day = parse_date(ctx.args.date, "--date")
    check_out(ctx.args.out)  # refused before the database is opened
    path, page = publish_day(ctx.open(), day, ctx.args.out, now())
    if page.cases:
        echo(f"{len(page.cases)} completed cases of {day.isoformat()} published to {path} "
              "(names masked, no phone numbers).")
    elif page.last_completed is not None:
        echo(f"No case was completed on {day.isoformat()}; the page at {path} says so and "
              f"names the last day with completions, {page.last_completed.isoformat()}.")
    else:
        echo(f"No case was completed on {day.isoformat()} or before; the page at {path} "
              "says so.")
    return EXIT_OK
