"""``audit verify|export``: the audit chain."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command, group

EXIT_OK, EXIT_BROKEN = 0, 1

group("audit", "audit chain", "verify|export")


@command("audit verify", "check the audit chain")
def audit_verify(ctx: Context) -> int:
    from app.security import audit
    from app.security.permissions import require

    db = ctx.open()
    actor, role = ctx.identity(db)
    with db.read() as session:
        require(session, actor, role, "audit.verify")
        count, broken = audit.verify(session)
    if broken is not None:
        print(f"Audit chain broken at entry {broken.seq}: {broken.reason}.")
        return EXIT_BROKEN
    print(f"Audit chain intact: {count} entries.")
    return EXIT_OK


@command("audit export", "export audit entries to a spreadsheet (auditor or director)",
         arg("file", metavar="FILE.xlsx"),
         arg("--actor", metavar="ACCOUNT"),
         arg("--action", metavar="ACTION",
             help="e.g. login, or complaint. for all complaint actions"),
         arg("--entity", metavar="KIND", help="e.g. complaint, risk_point, account"),
         arg("--id", metavar="ID", help="the record's id or code"),
         arg("--from", dest="date_from", metavar="DATE"),
         arg("--to", dest="date_to", metavar="DATE"))
def audit_export(ctx: Context) -> int:
    from app.figures import parse_date
    from app.io.audit_sheet import export_audit
    from app.security.auditlog import AuditFilter

    a = ctx.args
    db = ctx.open()
    f = AuditFilter(actor=a.actor or "", action=a.action or "", entity=a.entity or "",
                    entity_id=a.id or "",
                    start=parse_date(a.date_from, "--from") if a.date_from else None,
                    end=parse_date(a.date_to, "--to") if a.date_to else None,
                    tz=ctx.hall_tz(db))
    actor, role = ctx.identity(db)
    result = export_audit(db, a.file, f, actor=actor, role=role)
    print(f"{result.rows} audit entries exported to {a.file}.")
    return EXIT_OK
