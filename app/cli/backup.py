"""``backup FILE`` and ``restore FILE`` (docs/spec/cli.md)."""

from __future__ import annotations

from app import db as dbmod
from app.cli.context import Context
from app.cli.registry import arg, command
from app.i18n import echo
from app.progress import TerminalProgress

EXIT_OK = 0


@command("backup", "a consistent online backup of the database", arg("file", metavar="FILE"))
def backup(ctx: Context) -> int:
    from app.io import backup as svc

    db = ctx.open()
    actor, role = ctx.identity(db)     # the authenticated account (app.security.cli_auth)
    with TerminalProgress("Backing up") as progress:
        info = svc.backup(db, ctx.args.file, actor=actor, role=role, progress=progress)
    echo(f"Backup of {db.display_name()} written to {info.path} ({info.size:,} bytes, "
          f"{info.audit_seq} audit entries; readable by its owner only: it holds the whole "
          "database).")
    return EXIT_OK


@command("restore", "restore a verified backup into an empty database",
         arg("file", metavar="FILE"))
def restore(ctx: Context) -> int:
    from app.hall_time import hall_tz, local_text
    from app.io import backup as svc
    from app.records.complaint_rules import DIRECTOR
    from app.security import audit

    # Whoever runs the command line on the server holds the database itself; the
    # target is empty, so there is no account to check a password against: the
    # command acts with the director's right to restore (svc.RESTORE_ROLES).
    restored = svc.restore(ctx.url, ctx.args.file, actor=audit.cli_actor(), role=DIRECTOR)
    db = dbmod.Database(ctx.url)
    ctx.opened.append(db)
    with db.read() as session:
        taken = local_text(restored.info.created, hall_tz(session))   # the hall's clock
    echo(f"Backup of {taken} restored: integrity and audit chain verified "
          f"({restored.entries} entries).")
    return EXIT_OK
