"""``projects import|export|list``: the key projects under parallel approval."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.cli.context import Context
from app.cli.registry import arg, command, group
from app.i18n import echo

EXIT_OK = 0

group("projects", "key investment projects under parallel approval (重点项目并联审批)",
      "import|export|list")


@command("projects import", "import a projects sheet, all or nothing",
         arg("file", metavar="FILE.xlsx"))
def projects_import(ctx: Context) -> int:
    from app.figures.period import now
    from app.io.project_sheet import import_projects

    db = ctx.open()
    actor, role = ctx.identity(db)
    result = import_projects(db, ctx.args.file, actor=actor, role=role, now=now())
    echo(f"{result.added} projects added, {result.skipped} already there "
          f"({result.rows} rows).")
    return EXIT_OK


@command("projects export", "export every project with its approval items",
         arg("file", metavar="FILE.xlsx"))
def projects_export(ctx: Context) -> int:
    from app.figures.period import now
    from app.io.project_sheet import export_projects

    db = ctx.open()
    actor, role = ctx.identity(db)
    result = export_projects(db, ctx.args.file, actor=actor, role=role, now=now())
    echo(f"{result.rows} approval items exported to {ctx.args.file}.")
    return EXIT_OK


@command("projects list", "the projects, their progress and the items to chase",
         arg("--json", action="store_true", help="as JSON on stdout"))
def projects_list(ctx: Context) -> int:
    import datetime as dt

    from app.figures.period import now
    from app.records import project_rules as rules
    from app.records.project_view import projects

    db = ctx.open()
    tz = ctx.hall_tz(db)
    today = dt.datetime.fromtimestamp(now(), tz).date()
    with db.read() as session:
        views = projects(session, today)
    if ctx.args.json:
        data: list[dict[str, Any]] = [{
            "code": p.code, "name": p.name, "status": p.status, "start": str(p.start_date),
            "items": len(p.items), "done": p.done, "current_stage": p.current_stage,
            "next_due": None if p.next_due is None else str(p.next_due),
            "elapsed_workdays": p.elapsed_workdays, "promised_total": p.promised_total,
            "legal_total": p.legal_total,
            "overdue": [i.key for i in p.overdue], "due_soon": [i.key for i in p.due_soon],
        } for p in views]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    if not views:
        echo("No key projects yet.")
    for p in views:
        stage = "—" if p.current_stage is None else rules.STAGES[p.current_stage]
        echo(f"{p.code}  {p.name}  {rules.STATUS_LABELS[p.status]}  {p.done}/{len(p.items)} "
              f"items done, stage {stage}, {p.elapsed_workdays} of {p.legal_total} legal "
              "working days"
              + (f", overdue: {', '.join(i.key for i in p.overdue)}" if p.overdue else ""))
    return EXIT_OK
