"""``stats`` and ``briefing``: the figures of a period, on the terminal and on paper."""

from __future__ import annotations

import json
import sys
from typing import Any

from sqlalchemy import select

from app.cli.context import Context
from app.cli.feed import warn_calendar
from app.cli.registry import arg, command, exclusive
from app.errors import UserError
from app.i18n import _, echo
from app.progress import TerminalProgress

EXIT_OK = 0


@command("stats", "the figures of a period",
         arg("--from", dest="date_from", required=True, metavar="DATE"),
         arg("--to", dest="date_to", required=True, metavar="DATE"),
         arg("--window", metavar="W"),
         arg("--staff", action="store_true",
             help="the staff figures too, per staff member (with --window: those who "
                  "worked there)"),
         arg("--json", action="store_true", help="JSON as in docs/spec/cli.md"))
def stats(ctx: Context) -> int:
    from app.calendar import WorkCalendar
    from app.figures import Period, as_json, compute, parse_date, staff_figures, staff_json
    from app.figures.period import now
    from app.imports.estimated import ESTIMATED, rests_on_estimates
    from models import Window

    start = parse_date(ctx.args.date_from, "--from")
    end = parse_date(ctx.args.date_to, "--to")
    db = ctx.open()
    period = Period(start, end, ctx.hall_tz(db))
    with db.read() as session:
        codes = None
        if ctx.args.window:
            if session.scalar(select(Window.id).where(Window.code == ctx.args.window)) is None:
                raise UserError(f"--window {ctx.args.window}: no such window in the hall.")
            codes = [ctx.args.window]
        moment = now()
        figures = compute(session, period, moment, codes)
        staff = staff_figures(session, period, moment) if ctx.args.staff else None
        incomplete = WorkCalendar.load(session).incomplete_years([start, end])
        estimated = rests_on_estimates(session, period.t0, period.t1)
    warn_calendar(incomplete)
    data = as_json(figures)
    if staff is not None:
        data["staff"] = staff_json(staff, ctx.args.window)
    if ctx.args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_stats(data)
        if estimated:  # window sessions taken from a queue export (app/imports)
            echo(f"  occupancy and device-off time: {ESTIMATED} (window sessions "
                  "estimated from the first call and last finish)")
    return EXIT_OK


def _print_stats(data: dict[str, Any]) -> None:
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x * 100:.1f}%"

    def secs(x: float | None) -> str:
        return "—" if x is None else f"{x / 60:.1f} {_('min')}"

    h = data["hall"]
    echo(f"Period {data['from']} – {data['to']} (end exclusive)")
    echo(f"  tickets issued {h['tickets_issued']}, served {h['served']}, "
          f"abandoned {h['abandoned']}")
    echo(f"  wait: average {secs(h['avg_wait_s'])}, longest {secs(h['max_wait_s'])}; "
          f"service: average {secs(h['avg_service_s'])}")
    echo(f"  evaluations {sum(h['evaluations'].values())}, satisfaction "
          f"{pct(h['satisfaction_rate'])}, evaluation rate {pct(h['evaluation_rate'])}")
    echo(f"  cases accepted {h['cases_accepted']}, completed {h['cases_completed']}, "
          f"completion {pct(h['completion_rate'])}, on time {pct(h['on_time_rate'])}, "
          f"red cards {h['red_cards']}")
    echo(f"  {_('window'):<8}{_('served'):>8}{_('occupancy'):>11}{_('device off'):>12}"
         f"{_('red'):>5}{_('score'):>8}")
    for code, w in data["windows"].items():
        echo(f"  {code:<8}{w['served']:>8}{pct(w['occupancy']):>11}"
              f"{secs(w['evaluator_off_s']):>12}{w['red_cards']:>5}{w['score']:>8.1f}")
    if "staff" not in data:
        return
    echo(f"  {_('staff'):<8}{_('served'):>8}{_('average'):>11}{_('idle'):>12}"
         f"{_('pauses'):>8}{_('evaluation rate'):>11}{_('bad'):>5}{_('complaints'):>6}"
         f"{_('findings'):>6}")
    def hours(x: float) -> str:      # a month's idle time reads in hours
        return f"{x / 3600:.1f} {_('h')}"

    for code, f in data["staff"].items():
        echo(f"  {code:<8}{f['services']:>8}{secs(f['avg_service_s']):>11}"
             f"{hours(f['idle_s']):>12}{f['pauses']:>8}{pct(f['evaluation_rate']):>11}"
             f"{f['bad']:>5}{f['complaints']:>6}{f['findings']:>6}")


@command("briefing", "write the quarterly or monthly briefing (工作简报) as PDF or Word "
         "(.docx)",
         exclusive(arg("--quarter", metavar="YYYYQn", help="e.g. 2026Q3 (季报)"),
                   arg("--month", metavar="YYYY-MM", help="e.g. 2026-11 (月报)"),
                   required=True),
         arg("--out", required=True, metavar="FILE.pdf|FILE.docx"),
         arg("--department", metavar="CODE",
             help="only this department's windows (its own copy)"))
def briefing(ctx: Context) -> int:
    from app.briefing import parse, parse_month, register_font, write_briefing
    from app.briefing.export import check_target
    from app.figures.period import now

    quarter = parse(ctx.args.quarter) if ctx.args.quarter else parse_month(ctx.args.month)
    check_target(ctx.args.out)
    font = register_font()
    if font.warning:
        echo(f"Warning: {font.warning}", file=sys.stderr)
    db = ctx.open()
    actor, role = ctx.identity(db)
    department = ctx.args.department
    with TerminalProgress("Writing the briefing") as progress:
        written = write_briefing(db, quarter, ctx.args.out, now(), department, progress,
                                 actor=actor, role=role)
    echo(f"Briefing {quarter.key}"
          + (f" of department {department}" if department else "")
          + f" written to {written.path}" + (" (no data in the period)." if written.empty
                                              else "."))
    return EXIT_OK
