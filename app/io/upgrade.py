"""A new version's first start: the database migrated to its schema, a backup first.

Before Alembic touches a database that already holds a HallDesk schema older than
this version's, the whole database is copied into this workstation's backup folder
(app.config.AutoBackup, the database's own subfolder) as
``upgrade-YYYYMMDD-HHMMSS-from-<revision>.hdbak``: a file ``halldesk restore``
accepts, and one the daily backup's rotation never deletes. If the copy cannot be
written the database is not migrated (the start stops with the reason). The copy is
audited in the upgraded database, since the old schema's tables may differ. A new,
empty database and a current one are migrated (or left) without a backup.
"""

from __future__ import annotations

import getpass
import re
import time
from importlib import resources
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

from app import db as dbmod
from app.config import AutoBackup
from app.errors import UserError
from app.io import backup

PREFIX = "upgrade-"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)


def upgrade_actor() -> str:
    """Who took the backup in the audit log: the program, for the OS user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"upgrade:{user}"


def schema_revisions(db: dbmod.Database) -> list[str]:
    """The revisions the database is at (empty without a schema)."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return sorted(str(r) for r in rows)
    except (OperationalError, ProgrammingError):
        return []


def known_revisions() -> frozenset[str]:
    """Every revision this version's migrations know (read from their files)."""
    found = set()
    for path in (resources.files("models") / "migrations" / "versions").iterdir():
        if path.name.endswith(".py"):
            match = _REVISION.search(path.read_text(encoding="utf-8"))
            if match is not None:
                found.add(match.group(1))
    return frozenset(found)


def migrate_with_backup(db: dbmod.Database, folder: str | Path | None = None, *,
                        now: float | None = None) -> backup.BackupInfo | None:
    """Bring the schema up to this version's; return the backup taken before, if any.
    ``folder``: the backup folder (default: AutoBackup's, the daily backups' own)."""
    if dbmod.is_current(db):
        return None
    before = schema_revisions(db)
    if not before:
        dbmod.migrate(db)
        return None
    unknown = sorted(set(before) - known_revisions())
    if unknown:
        raise UserError(f"The database {db.display_name()} was upgraded by a newer version "
                        f"of HallDesk (schema {', '.join(unknown)}); install that version "
                        "here too. The database was not changed.")
    when = time.time() if now is None else now
    where = backup.folder_for(db, AutoBackup.load().folder if folder is None else folder)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the backup folder {where} for the backup before "
                        f"the upgrade: {exc.strerror}; the database was not changed.") from None
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    name = f"{PREFIX}{stamp}-from-{'+'.join(before)}{backup.AUTO_SUFFIX}"
    info = backup.copy(db, where / name, now=when)
    try:
        dbmod.migrate(db)
    except DBAPIError as exc:  # e.g. a workstation's role that may not change the schema
        raise UserError(f"The database {db.display_name()} could not be upgraded to this "
                        f"version's schema: {exc.orig}; the copy from before is "
                        f"{info.path}.") from None
    with db.write() as session:
        backup.record_backup(session, db, info, upgrade_actor(), reason="upgrade",
                             schema_before=before)
    return info


def open_for_start(url: str, *, create: bool) -> dbmod.Database:
    """The database a desktop start opens, at this version's schema. ``create``: this
    workstation's own default file, whose first start makes the data folder and the
    schema (the first-start dialog then asks for the director's account); any other
    database must have been set up with ``halldesk init``."""
    db = dbmod.Database(url) if create else dbmod.open_database(url, require_current=False)
    try:
        migrate_with_backup(db)
    except BaseException:
        db.dispose()
        raise
    return db
