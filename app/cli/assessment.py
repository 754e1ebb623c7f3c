"""``monthly`` and ``title award|withdraw|list``: the monthly assessment (月度考评), its
reports back to the units, and the titles awarded from its ranking."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.cli.context import Context
from app.cli.registry import arg, command, exclusive, group
from app.i18n import echo
from app.progress import TerminalProgress

if TYPE_CHECKING:
    from app.assessment import StaffAssessment, WindowAssessment

EXIT_OK = 0

group("title", "titles awarded from the ranking (红旗窗口, 示范岗)", "award|withdraw|list")


def _score(value: float) -> str:
    return f"{value:.1f}" if abs(value * 10 - round(value * 10)) < 1e-6 else f"{value:g}"


def _as_json(a: Any) -> dict[str, Any]:
    def common(r: Any) -> dict[str, Any]:
        return {"score": r.score, "rank": r.rank, "board": r.board or None,
                "served": r.served, "satisfaction_rate": r.satisfaction,
                "deductions": r.deductions, "titles": r.titles}

    return {
        "month": a.month.key, "attendance_imported": a.attendance_imported,
        "ranking_rule": a.ranking_rule, "staff_rule": a.staff_rule,
        "windows": [{"code": w.code, "department": w.department, **common(w)}
                    for w in a.windows],
        "staff": [{"code": s.code, "name": s.name, "department": s.department,
                   "windows": list(s.windows), **common(s),
                   "attendance": None if s.attendance is None else {
                       "working_days": s.attendance.working_days,
                       "normal": s.attendance.normal, "late": s.attendance.late,
                       "late_minutes": s.attendance.late_minutes,
                       "early": s.attendance.early,
                       "early_minutes": s.attendance.early_minutes,
                       "missing": s.attendance.missing, "absent": s.attendance.absent,
                       "leave": s.attendance.leave}}
                  for s in a.staff],
    }


@command("monthly", "the monthly assessment (月度考评): the ranking, or with --out one "
         "report per unit (.xlsx and .pdf) in a folder named after the month",
         arg("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-11"),
         exclusive(arg("--out", metavar="DIR",
                       help="write every unit's report into DIR/YYYY-MM"),
                   arg("--json", action="store_true", help="the assessment as JSON")))
def monthly(ctx: Context) -> int:
    from app.assessment import StaffAssessment, assess
    from app.assessment.report_files import month_folder, write_month
    from app.briefing import parse_month
    from app.figures.period import now
    from app.security.permissions import check

    month = parse_month(ctx.args.month)
    db = ctx.open()
    actor, role = ctx.identity(db)
    check(db, actor, role, "assessment.export")          # before any folder is made
    if ctx.args.out is not None:
        month_folder(ctx.args.out, month)
        with TerminalProgress("Writing the unit reports") as progress:
            written = write_month(db, month, ctx.args.out, now(), actor=actor, role=role,
                                  progress=progress)
        echo(f"{len(written.files)} files for {written.units} units written to "
             f"{written.folder}.")
        if not written.attendance_imported:
            echo(f"No attendance was imported for {month.key}: the reports say so.",
                 file=sys.stderr)
        return EXIT_OK
    with db.read() as session:
        a = assess(session, month, now())
    if ctx.args.json:
        json.dump(_as_json(a), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    if not a.attendance_imported:
        echo(f"No attendance was imported for {month.key}.")
    rows: Sequence[WindowAssessment | StaffAssessment]
    for windows, rows in ((True, a.windows), (False, a.staff)):
        if windows:
            echo(f"Windows of {month.key}:")
        else:
            echo(f"Staff of {month.key}:")
        for r in rows:
            name = f"{r.code} {r.name}" if isinstance(r, StaffAssessment) else r.code
            rank = "—" if r.rank is None else str(r.rank)
            board = {"red": "红榜", "black": "黑榜"}.get(r.board, "")
            echo(f"  {rank:>3}  {name:<16} {_score(r.score):>6}  {r.served:>6}  {board}")
    return EXIT_OK


@command("title award", "award a title for a month or a quarter (the director's)",
         arg("--term", required=True, metavar="YYYY-MM|YYYYQn"),
         arg("--kind", required=True, choices=["red_flag", "party_pioneer", "women_model"],
             help="红旗窗口, 党员先锋示范岗 or 巾帼文明示范岗"),
         exclusive(arg("--window", metavar="CODE"), arg("--staff", metavar="CODE"),
                   required=True),
         arg("--note", default="", help="why (optional)"))
def title_award(ctx: Context) -> int:
    from app.assessment.monthly import award_title
    from app.figures.period import now

    db = ctx.open()
    actor, role = ctx.identity(db)
    a = ctx.args
    with db.write() as session:
        row = award_title(session, actor, role, term=a.term, kind=a.kind, window=a.window,
                          staff=a.staff, note=a.note, now=now())
        title_id, term = row.id, row.term
    echo(f"Title {title_id} awarded for {term}.")
    return EXIT_OK


@command("title withdraw", "withdraw a title, saying why (the director's)",
         arg("id", type=int, metavar="ID"),
         arg("--note", required=True, help="why it is withdrawn"))
def title_withdraw(ctx: Context) -> int:
    from app.figures.period import now
    from app.records.titles import withdraw

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.write() as session:
        withdraw(session, actor, role, ctx.args.id, note=ctx.args.note, ts=now())
    echo(f"Title {ctx.args.id} withdrawn.")
    return EXIT_OK


@command("title list", "the titles awarded, by term",
         arg("--term", metavar="YYYY-MM|YYYYQn"),
         arg("--withdrawn", action="store_true", help="withdrawn titles too"))
def title_list(ctx: Context) -> int:
    from app.records.titles import parse_term, titles

    terms = None if ctx.args.term is None else [parse_term(ctx.args.term)]
    db = ctx.open()
    ctx.identity(db)
    with db.read() as session:
        rows = titles(session, terms, withdrawn=ctx.args.withdrawn)
    if not rows:
        echo("No titles awarded.")
    for t in rows:
        if t.withdrawn:
            echo(f"{t.id:>4}  {t.term}  {t.name}  {t.holder} {t.holder_name}  (withdrawn)")
        else:
            echo(f"{t.id:>4}  {t.term}  {t.name}  {t.holder} {t.holder_name}")
    return EXIT_OK
