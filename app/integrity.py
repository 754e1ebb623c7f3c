"""Is the SQLite file sound? ``PRAGMA quick_check`` at start, and one clear sentence
that points at the backups when it is not.

``quick_check`` reads every page (about 100 MB/s), so the application runs it off the
UI thread after the window opens; before that only the cheap open (header, schema)
runs. PostgreSQL looks after its own files.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app import db as dbmod
from app.config import AutoBackup
from app.errors import UserError


class DatabaseDamaged(UserError):
    """The database file is damaged; restore a backup into a new file."""


def damaged(name: str, problem: str) -> DatabaseDamaged:
    folder = AutoBackup.load().folder
    return DatabaseDamaged(
        f"The database file {name} is damaged ({' '.join(problem.split())[:200]}); "
        f"HallDesk will not use it: restore the latest backup (the daily ones are in "
        f"{folder}) into a new file with `halldesk --db NEW restore BACKUP`.")


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite database URL (None for PostgreSQL, in memory, or a URL
    that is not one)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def check(url: str, *, full: bool = True) -> None:
    """Raise ``DatabaseDamaged`` if the database at ``url`` is a SQLite file that is not
    sound: the header and schema always, every page with ``full``. Call it before the
    database is opened (a damaged header fails every connection)."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(path, timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = conn.execute("PRAGMA quick_check").fetchall() if full else [("ok",)]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return  # locked, unreadable, a folder: the ordinary open reports it
    except sqlite3.DatabaseError as exc:
        raise damaged(str(path), str(exc)) from None
    if rows != [("ok",)]:
        raise damaged(str(path), str(rows[0][0]))
