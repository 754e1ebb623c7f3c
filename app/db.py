"""Engine and session factory, SQLite pragmas, migrations runner.

SQLite runs in WAL mode with ``foreign_keys=ON`` and ``synchronous=FULL`` on every
connection, and with real transactions: pysqlite's own implicit-transaction handling
is switched off and SQLAlchemy emits ``BEGIN`` itself (``BEGIN IMMEDIATE`` for
writers, so two writers never deadlock on a lock upgrade).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnavailable, UserError
from models.base import use_postgresql

ENV_VAR = "HALLDESK_DB"
# How long a SQLite writer waits for another's transaction before "database is locked":
# every writer begins with BEGIN IMMEDIATE, so waiting is all it ever has to do, and the
# longest transactions (a 100,000-row ledger import, a large batch) take seconds. On
# PostgreSQL writers queue on the advisory lock without a limit.
BUSY_TIMEOUT_MS = 60_000


def default_url() -> str:
    """The embedded default: a SQLite file in the user's data directory."""
    folder = Path(platformdirs.user_data_dir("HallDesk", appauthor=False))
    return f"sqlite:///{folder / 'halldesk.db'}"


def database_folder(path: Path) -> Path:
    """The folder of a SQLite file: the default data folder is made on first use; any
    other must exist (a mistyped --db never leaves a trail of new folders)."""
    try:
        folder = path.expanduser().resolve().parent
    except (OSError, RuntimeError, ValueError):
        raise UserError(f"The database path {path} is not a usable file name.") from None
    if folder.is_dir():
        return folder
    default = Path(platformdirs.user_data_dir("HallDesk", appauthor=False)).resolve()
    if folder != default:
        raise UserError(f"The folder {folder} of the database does not exist; create it "
                        "first if the path is right.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Cannot create the folder {folder} for the database: {exc.strerror}.") from None
    return folder


def resolve_url(cli_url: str | None) -> str:
    """``--db`` wins over ``HALLDESK_DB``, which wins over the default."""
    return cli_url or os.environ.get(ENV_VAR) or default_url()


def _normalise(url: str) -> str:
    try:
        parsed = make_url(url)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)
    except (ArgumentError, ValueError):   # UnicodeError: a lone surrogate
        raise UserError(f"The database URL {url!r} is not a valid SQLAlchemy URL.") from None


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("halldesk_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    try:
        return _make_engine(url)
    except (ArgumentError, ImportError) as exc:   # NoSuchModuleError: an unknown dialect
        shown = make_url(_normalise(url)).render_as_string(hide_password=True)
        raise UserError(f"The database URL {shown!r} names no database HallDesk can use "
                        f"({' '.join(str(exc).split()).rstrip('.')}); use sqlite:///FILE "
                        "or postgresql+psycopg://USER@HOST/NAME.") from None


def _make_engine(url: str) -> Engine:
    url = _normalise(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            database_folder(Path(database))
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    use_postgresql()
    return create_engine(url, pool_pre_ping=True)


AFTER_END = "halldesk_after_end"


def after_end(session: Session, callback: Callable[[Database], None]) -> None:
    """Have ``callback(db)`` run when the transaction of ``session`` has ended, whether
    it committed or rolled back (``Database.read``/``write`` run it)."""
    session.info.setdefault(AFTER_END, []).append(callback)


class Database:
    """An engine plus the session factory; services own their transactions."""

    def __init__(self, url: str) -> None:
        self.url = _normalise(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(halldesk_write=True), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def display_name(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closed (its transaction rolled back) at the end."""
        session = self._sessions()
        try:
            with session:
                yield session
        finally:
            self._after_end(session)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed if the block succeeds, else rolled back."""
        session = self._write_sessions()
        try:
            with session, session.begin():
                if self.dialect == "postgresql":
                    # One writer at a time keeps the audit chain linear across workstations.
                    session.execute(_PG_WRITE_LOCK)
                yield session
        finally:
            self._after_end(session)

    def _after_end(self, session: Session) -> None:
        """Run what the block asked for once its transaction has ended, committed or
        rolled back (``after_end``): e.g. a refusal audited in a transaction of its own."""
        for callback in session.info.pop(AFTER_END, []):
            callback(self)

    def dispose(self) -> None:
        if self.dialect == "sqlite":
            optimize(self)
        self.engine.dispose()


_PG_WRITE_LOCK = text("SELECT pg_advisory_xact_lock(4860417)")


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("models") / "migrations")
    )
    cfg.attributes["connection_engine"] = engine
    return cfg


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=(.*)$", re.M)


def script_heads() -> frozenset[str]:
    """The newest revisions of the migrations shipped, read from their files without
    importing Alembic (which costs a noticeable part of a start)."""
    revisions, parents = set(), set()
    for path in (resources.files("models") / "migrations" / "versions").iterdir():
        if not path.name.endswith(".py"):
            continue
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down is not None:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


def is_current(db: Database) -> bool:
    """The schema is at every shipped head (nothing for ``migrate`` to do)."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return frozenset(rows) == script_heads()
    except (OperationalError, ProgrammingError):
        return False


def migrate_if_needed(db: Database) -> None:
    if not is_current(db):
        migrate(db)


def migrate(db: Database) -> None:
    """Create or upgrade the schema to the newest migration."""
    from alembic import command

    try:
        command.upgrade(alembic_config(db.engine), "heads")
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"Cannot open the database {db.display_name()}: {exc.orig}."
        ) from None


def optimize(db: Database, full: bool = False) -> None:
    """Refresh SQLite's planner statistics (``ANALYZE``): the partial indexes of what is
    open now are only chosen once the planner knows how small they are. PostgreSQL's
    autovacuum does this by itself."""
    if db.dialect != "sqlite":
        return
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE" if full else "PRAGMA optimize")
            conn.commit()
    except OperationalError:
        pass  # statistics are an optimisation; a locked or read-only file keeps its old ones


def is_initialised(db: Database) -> bool:
    try:
        return inspect(db.engine).has_table("alembic_version")
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"Cannot open the database {db.display_name()}: {exc.orig}."
        ) from None


def open_database(url: str, *, require_schema: bool = True,
                  require_current: bool = True) -> Database:
    """Open a database; with ``require_schema`` refuse one that ``init`` has not created
    and, with ``require_current``, one whose schema is another version's (the
    application upgrades it itself: it asks for ``require_current=False``)."""
    db = Database(url)
    if require_schema and not is_initialised(db):
        db.dispose()
        raise UserError(
            f"The database {db.display_name()} has no HallDesk schema yet; "
            "run `halldesk init` first."
        )
    if require_schema and require_current and not is_current(db):
        db.dispose()
        raise UserError(
            f"The database {db.display_name()} was made by another version of HallDesk "
            "(its schema is not this version's); run `halldesk init` once to bring it up "
            "to date, then the command again."
        )
    return db
