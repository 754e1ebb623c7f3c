"""``audit verify|export``: the audit chain."""

from __future__ import annotations

from app.cli.context import Context
from app.cli.registry import arg, command, exclusive, group
from app.i18n import echo

EXIT_OK, EXIT_BROKEN = 0, 1

group("audit", "audit chain", "verify|export|key")


@command("audit verify", "check the audit chain, its seals and this workstation's "
         "checkpoint",
         arg("--expect", metavar="SEQ:HASH", help="also check a head printed on a briefing "
             "(校验码: the entry number and the first 16 hex digits of its hash)"))
def audit_verify(ctx: Context) -> int:
    from app.errors import UserError
    from app.security import anchor
    from app.security.auditlog import verify_chain

    expect = anchor.parse_expect(ctx.args.expect) if ctx.args.expect else None
    db = ctx.open()
    actor, role = ctx.identity(db)
    check = verify_chain(db, actor=actor, role=role, expect=expect)
    if check.reason == anchor.NO_KEY:
        raise UserError(f"The audit log is sealed, but {check.reason}.")
    if check.broken_at is not None:
        echo(f"Audit chain broken at entry {check.broken_at}: {check.reason}.")
        return EXIT_BROKEN
    head = "" if check.head_seq is None else (
        f"; head {check.head_seq}:{check.head_hash[:anchor.PAPER_DIGITS]}")
    echo(f"Audit chain intact: {check.entries} entries{head}"
          + (f", matching --expect {ctx.args.expect}" if expect else "") + ".")
    return EXIT_OK


@command("audit key", "the hall's audit key: export it for the other workstations (and "
         "the safe), import it there, or show its fingerprint",
         exclusive(arg("--export", metavar="FILE", help="write the key to a new FILE"),
                   arg("--import", dest="import_", metavar="FILE",
                       help="take the hall's key from FILE"),
                   arg("--show", action="store_true", help="the key's fingerprint"),
                   required=True))
def audit_key(ctx: Context) -> int:
    from app.security import anchor

    if ctx.args.export:
        echo(f"Audit key (fingerprint {anchor.export_key(ctx.args.export)}) written to "
              f"{ctx.args.export}; import it on the hall's other workstations and keep a "
              "copy in the safe.")
    elif ctx.args.import_:
        echo(f"Audit key (fingerprint {anchor.import_key(ctx.args.import_)}) installed on "
              "this workstation.")
    else:
        key = anchor.load_key()
        echo("This workstation holds no audit key yet." if key is None else
              f"Audit key fingerprint {anchor.fingerprint(key)} ({anchor.key_path()}).")
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
    echo(f"{result.rows} audit entries exported to {a.file}.")
    return EXIT_OK
