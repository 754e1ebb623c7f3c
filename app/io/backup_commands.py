"""``halldesk backup FILE`` and ``halldesk restore FILE`` (docs/spec/cli.md)."""

from __future__ import annotations

import argparse

from app import db as dbmod
from app.hall_time import hall_tz, local_text
from app.io import backup as svc
from app.records.complaint_rules import DIRECTOR
from app.security import audit
from app.security.commands import identity


def cmd_backup(args: argparse.Namespace, db: dbmod.Database) -> int:
    actor, role = identity(db)     # the OS user's account, as for every command
    info = svc.backup(db, args.file, actor=actor, role=role)
    print(f"Backup of {db.display_name()} written to {info.path} ({info.size:,} bytes, "
          f"{info.audit_seq} audit entries).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # Whoever runs the command line on the server holds the database itself; the
    # target is empty, so there is no account to check a password against: the
    # command acts with the director's right to restore (svc.RESTORE_ROLES).
    restored = svc.restore(dbmod.resolve_url(args.db), args.file, actor=audit.cli_actor(),
                           role=DIRECTOR)
    db = dbmod.Database(dbmod.resolve_url(args.db))
    try:
        with db.read() as session:
            taken = local_text(restored.info.created, hall_tz(session))   # the hall's clock
    finally:
        db.dispose()
    print(f"Backup of {taken} restored: integrity and audit chain verified "
          f"({restored.entries} entries).")
    return 0
