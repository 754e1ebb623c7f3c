"""Consistent online backups and verified restores (``halldesk backup`` / ``restore``).

A backup file is a one-line header, a JSON line (dialect, size, sha256 of the payload,
the audit chain's head when the copy was taken) and the payload: a SQLite database
copied with SQLite's online backup API, or a ``pg_dump -Fc`` archive taken in one
snapshot. Both are consistent while other processes keep writing.

A restore goes into an empty database only, and accepts a backup only after its
checksum, the database's own integrity check and the audit chain (with the head the
header names) all agree; a refused backup leaves the target as it was. The backup is
audited in the database it copies, the restore in the restored database.

The header is signed with the hall's audit key (``app.security.anchor``; never in the
backup): a header recomputed after the payload was changed does not verify, and the
restored chain must still hold the checkpoint this workstation kept of the database
the backup was taken from. The file is written 0600: it holds the whole database,
personal data included.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app import db as dbmod
from app.errors import UserError
from app.files import writable_target
from app.hall_time import hall_tz, local_text
from app.integrity import sqlite_file
from app.records.complaint_rules import DIRECTOR
from app.security import anchor, audit
from app.security.permissions import check
from models import AuditEntry

MAGIC = b"HALLDESK-BACKUP 1\n"
# Restoring is the director's: it is checked here, not in the permission table, whose
# refusals are audited in the database, and a restore's target is still empty.
RESTORE_ROLES = frozenset({DIRECTOR})
_CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file's header says about it."""

    path: Path
    dialect: str
    size: int
    sha256: str
    created: float
    audit_seq: int
    audit_head: str
    signed: bool = False        # False only for backups from before the audit key
    source_db: str | None = None   # anchor.url_key of the database it was taken from


# -- the file format -----------------------------------------------------------------
def _write_container(path: Path, payload: Path, header: dict[str, Any]) -> BackupInfo:
    """Header and payload into ``path`` (through a temporary file and a rename, so a
    crash leaves either the old file or the new one)."""
    digest = hashlib.sha256()
    with payload.open("rb") as f:
        for block in iter(lambda: f.read(_CHUNK), b""):
            digest.update(block)
    header = anchor.sign_header({**header, "size": payload.stat().st_size,
                                 "sha256": digest.hexdigest()})
    tmp = path.with_name(f".hd-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        # 0600 from the start: the whole database is inside, personal data included.
        out_fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(out_fd, "wb") as out, payload.open("rb") as f:
            out.write(MAGIC)
            out.write(json.dumps(header, sort_keys=True).encode() + b"\n")
            shutil.copyfileobj(f, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write the backup {path}: {exc.strerror}.") from None
    return _info(path, header)


def _info(path: Path, header: dict[str, Any]) -> BackupInfo:
    source = header.get("source_db")
    return BackupInfo(path, str(header["dialect"]), int(header["size"]),
                      str(header["sha256"]), float(header["created"]),
                      int(header["audit_seq"]), str(header["audit_head"]),
                      "sig" in header, None if source is None else str(source))


def _damaged(path: Path, why: str) -> UserError:
    return UserError(f"The backup {path} {why}; nothing was restored.")


def read_backup(path: Path, into: IO[bytes] | None = None) -> BackupInfo:
    """The header of a backup file, its payload checked against the checksum (and
    copied to ``into`` when given)."""
    try:
        f = path.open("rb")
    except OSError as exc:
        raise UserError(f"Cannot read the backup {path}: {exc.strerror}.") from None
    with f:
        if f.read(len(MAGIC)) != MAGIC:
            raise _damaged(path, "is not a HallDesk backup")
        try:
            header = json.loads(f.readline(4096))
            info = _info(path, header)
        except (ValueError, KeyError, TypeError):
            raise _damaged(path, "has a damaged header") from None
        if anchor.header_signed(header) is False:
            raise _damaged(path, "has a header that was altered (its signature with the "
                           "hall's audit key does not match)")
        digest = hashlib.sha256()
        size = 0
        for block in iter(lambda: f.read(_CHUNK), b""):
            digest.update(block)
            size += len(block)
            if into is not None:
                into.write(block)
    if size != info.size or digest.hexdigest() != info.sha256:
        raise _damaged(path, "is damaged or was altered (its checksum does not match)")
    return info


# -- backing up ----------------------------------------------------------------------
def backup(db: dbmod.Database, path: str | Path, *, actor: str, role: str,
           now: float | None = None,
           progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Copy the database to ``path`` while others may keep writing; audit it.
    ``progress(step, 3)`` follows the copy, the file written and the audit entry."""
    step = progress or (lambda _done, _total: None)
    check(db, actor, role, "database.backup")
    target = writable_target(path, f"the backup {path}")
    created = time.time() if now is None else now
    with tempfile.TemporaryDirectory(prefix=".halldesk-backup-", dir=target.parent) as tmp:
        payload = Path(tmp) / "payload"
        step(0, 3)
        if db.dialect == "sqlite":
            seq, head = _sqlite_copy(db, payload)
        else:
            seq, head = _pg_dump(db, payload)
        step(1, 3)
        info = _write_container(target, payload, {
            "dialect": db.dialect, "created": created, "audit_seq": seq, "audit_head": head,
            "source": db.display_name(), "source_db": anchor.url_key(db.engine.url)})
    step(2, 3)
    with db.write() as session:
        audit.record(session, actor, "database.backup", "database", db.display_name(), {
            "file": str(target), "bytes": info.size, "sha256": info.sha256,
            "audit_seq": seq})
    step(3, 3)
    return info


def copy(db: dbmod.Database, path: str | Path, *, now: float | None = None) -> BackupInfo:
    """The backup file itself, neither checked against a role nor audited: reads only
    the audit table's head, so it works on any schema version (app/io/upgrade.py)."""
    target = writable_target(path, f"the backup {path}")
    created = time.time() if now is None else now
    with tempfile.TemporaryDirectory(prefix=".halldesk-backup-", dir=target.parent) as tmp:
        payload = Path(tmp) / "payload"
        if db.dialect == "sqlite":
            seq, head = _sqlite_copy(db, payload)
        else:
            seq, head = _pg_dump(db, payload)
        return _write_container(target, payload, {
            "dialect": db.dialect, "created": created, "audit_seq": seq, "audit_head": head,
            "source": db.display_name(), "source_db": anchor.url_key(db.engine.url)})


def record_backup(session: Session, db: dbmod.Database, info: BackupInfo, actor: str,
                  **extra: Any) -> None:
    """The audit entry of a backup written by ``copy``."""
    audit.record(session, actor, "database.backup", "database", db.display_name(), {
        "file": str(info.path), "bytes": info.size, "sha256": info.sha256,
        "audit_seq": info.audit_seq, **extra})


def sqlite_path(url: str) -> Path:
    path = sqlite_file(url)
    if path is None:
        raise UserError(f"The database {url} is not a SQLite file.")
    return path.resolve()


def _sqlite_copy(db: dbmod.Database, payload: Path) -> tuple[int, str]:
    source = sqlite3.connect(sqlite_path(db.url), timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
    copy = sqlite3.connect(payload, isolation_level=None)
    try:
        source.backup(copy)  # one step: a single consistent snapshot of the source
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        row = copy.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        ok = copy.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"Cannot back up the database {db.display_name()}: {exc}.") from None
    finally:
        copy.close()
        source.close()
    if ok != ("ok",):
        raise UserError(f"The database {db.display_name()} is damaged ({ok[0]}); "
                        "the backup was not written.")
    return (0, audit.GENESIS) if row is None else (int(row[0]), str(row[1]))


def pg_tool(name: str) -> str:
    """A PostgreSQL client program (``pg_dump``, ``pg_restore``): on the PATH, else the
    newest under /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parts[-3])])
    if candidates:
        return str(candidates[-1])
    raise UserError(f"The PostgreSQL program {name} is not installed; install the "
                    "PostgreSQL client tools (postgresql-client).")


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment carrying it."""
    parsed: URL = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str], what: str) -> str:
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise UserError(f"Cannot run {args[0]}: {exc.strerror}.") from None
    if done.returncode != 0:
        message = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
        raise UserError(f"{what} failed: {message[:400]}.")
    return done.stdout


def _pg_dump(db: dbmod.Database, payload: Path) -> tuple[int, str]:
    """``pg_dump -Fc`` of a snapshot exported by a transaction that also reads the
    audit head, so the header names exactly the chain inside the dump."""
    uri, env = _libpq(db.url)
    with db.engine.connect().execution_options(isolation_level="REPEATABLE READ",
                                                postgresql_readonly=True) as conn:
        snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        row = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                           ).first()
        _run([pg_tool("pg_dump"), "-Fc", f"--snapshot={snapshot}", "-f", str(payload),
              f"--dbname={uri}"], env, f"pg_dump of {db.display_name()}")
        conn.rollback()
    return (0, audit.GENESIS) if row is None else (int(row[0]), str(row[1]))


# -- restoring -----------------------------------------------------------------------
@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    entries: int


def restore(url: str, path: str | Path, *, actor: str, role: str) -> Restored:
    """Restore the backup at ``path`` into the empty database ``url``."""
    if role not in RESTORE_ROLES:
        raise UserError(f"The {role} role cannot restore a backup; the director can.")
    source = Path(path).expanduser()
    url = dbmod.resolve_url(url)
    dialect = make_url(dbmod._normalise(url)).get_backend_name()
    if dialect == "sqlite":
        target = sqlite_path(url)
        _refuse_unless_empty_sqlite(target, url)
        with tempfile.TemporaryDirectory(prefix=".halldesk-restore-",
                                         dir=_folder(target)) as tmp:
            work = Path(tmp) / "restore.db"
            with work.open("wb") as f:
                info = read_backup(source, f)
            _same_dialect(info, dialect)
            entries = _check_sqlite(work, info, actor)
            _refuse_unless_empty_sqlite(target, url)  # still nobody else's
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(work, target)
            anchor.forget(anchor.url_key(f"sqlite:///{work}"))
        _anchor_restored(url)
        return Restored(info, entries)
    db = dbmod.Database(url)
    try:
        _refuse_unless_empty_pg(db)
        with tempfile.TemporaryDirectory(prefix="halldesk-restore-") as tmp:
            work = Path(tmp) / "restore.dump"
            with work.open("wb") as f:
                info = read_backup(source, f)
            _same_dialect(info, dialect)
            entries = _check_pg_archive(work, info, db)
            uri, env = _libpq(db.url)
            # One transaction: a failure part-way leaves the target empty.
            _run([pg_tool("pg_restore"), "--single-transaction", "--exit-on-error",
                  "--no-owner", "--no-privileges", f"--dbname={uri}", str(work)], env,
                 f"pg_restore into {db.display_name()}")
        try:
            dbmod.migrate(db)   # a backup from before the seals gets their column
            with db.read() as session:
                count, broken = audit.verify(session, checkpoints=False)
                _check_chain(source, count, broken, info)
                _check_anchor(session, info, count)
        except UserError:
            _empty_pg(db)
            raise
        anchor.forget(anchor.url_key(db.engine.url))
        _audit_into(db, info, actor)
        _anchor_restored(url)
        return Restored(info, entries)
    finally:
        db.dispose()


def _folder(target: Path) -> Path:
    return dbmod.database_folder(target)


def _same_dialect(info: BackupInfo, dialect: str) -> None:
    if info.dialect != dialect:
        raise UserError(f"The backup {info.path} is of a {info.dialect} database; it "
                        f"cannot be restored into {dialect}.")


def _not_empty(url: str) -> UserError:
    shown = make_url(dbmod._normalise(url)).render_as_string(hide_password=True)
    return UserError(f"The database {shown} is not empty; restore only into a new, "
                     "empty database.")


def _refuse_unless_empty_sqlite(target: Path, url: str) -> None:
    if not target.exists() or target.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        tables = -1  # not a database at all: not ours to overwrite
    if tables:
        raise _not_empty(url)


_PG_OBJECTS = text(
    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')")


def _refuse_unless_empty_pg(db: dbmod.Database) -> None:
    try:
        with db.read() as session:
            objects = session.scalar(_PG_OBJECTS)
    except Exception as exc:  # any connection failure is one sentence
        orig = getattr(exc, "orig", exc)
        raise UserError(f"Cannot open the database {db.display_name()}: "
                        f"{' '.join(str(orig).split())}.") from None
    if objects:
        raise _not_empty(db.url)


def _empty_pg(db: dbmod.Database) -> None:
    """Drop what a refused restore put into the (formerly empty) target."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")


def _check_chain(path: Path, count: int, broken: audit.Break | None,
                 info: BackupInfo, head: str | None = None) -> None:
    if broken is not None and broken.reason == anchor.NO_KEY:
        raise UserError(f"The backup {path} holds a sealed audit log, but {broken.reason}; "
                        "nothing was restored.")
    if broken is not None:
        raise _damaged(path, f"has a broken audit chain at entry {broken.seq} "
                       f"({broken.reason})")
    if count != info.audit_seq or (head is not None and head != info.audit_head):
        raise _damaged(path, f"holds {count} audit entries where it was taken with "
                       f"{info.audit_seq}")


def _check_sqlite(work: Path, info: BackupInfo, actor: str) -> int:
    """Integrity check, schema and audit chain of the restored copy; then its schema
    brought up to date and the restore audited in it."""
    try:
        conn = sqlite3.connect(work)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            has_schema = conn.execute("SELECT count(*) FROM sqlite_master WHERE "
                                      "name = 'alembic_version'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(info.path, f"is not a readable database ({exc})") from None
    if problems != ["ok"]:
        raise _damaged(info.path, f"fails SQLite's integrity check ({problems[0]})")
    if not has_schema:
        raise _damaged(info.path, "holds no HallDesk database")
    db = dbmod.Database(f"sqlite:///{work}")
    try:
        dbmod.migrate(db)   # a backup from before the seals gets their column
        with db.read() as session:
            count, broken = audit.verify(session, checkpoints=False)
            last = audit.head(session)
            _check_chain(info.path, count, broken, info,
                         last.hash if last else audit.GENESIS)
            _check_anchor(session, info, count)
        _audit_into(db, info, actor)
        with db.engine.connect() as conn_:
            conn_.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.engine.dispose()
    return count


def _check_anchor(session: Session, info: BackupInfo, count: int) -> None:
    """A sealed log needs a signed header (a replaced header is unsigned), and the log
    must still hold the checkpoint this workstation kept of the database the backup
    was taken from, as far as it reaches (an older backup is fine)."""
    sealed = session.scalar(select(AuditEntry.seq).where(AuditEntry.mac.is_not(None))
                            .limit(1))
    if sealed is not None and not info.signed:
        raise _damaged(info.path, "holds a sealed audit log but its header is not signed: "
                       "the header was replaced")
    cp = anchor.saved(info.source_db)
    if cp is None or cp.seq > count:
        return
    first = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == 1))
    if first != cp.chain:
        return   # another log than the one this workstation saw there
    mismatch = anchor.compare(session, cp, count)
    if mismatch is not None:
        raise _damaged(info.path, "differs from the checkpoint this workstation kept of the "
                       f"database it was taken from, at entry {mismatch.seq}")


def _anchor_restored(url: str) -> None:
    """The restored database's head becomes this workstation's checkpoint of it (the
    checkpoint of what was there before goes: the restore is the director's decision,
    audited in the restored log)."""
    db = dbmod.Database(url)
    try:
        with db.read() as session:
            first = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == 1))
            last = audit.head(session)
            sealed = session.scalar(select(func.min(AuditEntry.seq)).where(
                AuditEntry.mac.is_not(None))) or 0
        key = anchor.url_key(db.engine.url)
        anchor.forget(key)
        if first is not None and last is not None:
            anchor.note(key, first, last.seq, last.hash, sealed)
    finally:
        db.engine.dispose()


def _audit_into(db: dbmod.Database, info: BackupInfo, actor: str) -> None:
    with db.write() as session:
        audit.record(session, actor, "database.restore", "database", db.display_name(), {
            "file": str(info.path), "sha256": info.sha256, "taken": info.created,
            "audit_seq": info.audit_seq})


# -- a pg_dump archive's audit chain, read without restoring it ----------------------
def _check_pg_archive(work: Path, info: BackupInfo, db: dbmod.Database) -> int:
    """``pg_restore --list`` reads the archive's table of contents; the audit table's
    data is then extracted as COPY text and its chain walked before anything is
    written to the target."""
    _uri, env = _libpq(db.url)
    try:
        listing = _run([pg_tool("pg_restore"), "--list", str(work)], env,
                       "Reading the backup archive")
    except UserError:
        raise _damaged(info.path, "is not a readable PostgreSQL archive") from None
    if not re.search(r"TABLE DATA \S+ audit_log ", listing):
        raise _damaged(info.path, "holds no HallDesk audit log")
    try:
        dump = _run([pg_tool("pg_restore"), "--data-only", "--table=audit_log", "-f", "-",
                     str(work)], env, "Reading the backup's audit log")
    except UserError:
        raise _damaged(info.path, "has an unreadable audit log") from None
    count, broken, head = walk_chain(_copy_rows(dump.splitlines(), "audit_log"))
    _check_chain(info.path, count, broken, info, head)
    return count


_COPY_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                 "\\": "\\"}


def _unescape(value: str) -> str | None:
    if value == "\\N":
        return None

    def one(m: re.Match[str]) -> str:
        s = m.group(1)
        if s[0] == "x":
            return chr(int(s[1:], 16))
        if s[0].isdigit():
            return chr(int(s, 8))
        return _COPY_ESCAPES.get(s, s)

    return re.sub(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)", one, value)


def _copy_rows(lines: list[str], table: str) -> Iterator[dict[str, str | None]]:
    """The rows of ``table``'s COPY block in a pg_restore script."""
    it = iter(lines)
    for line in it:
        m = re.match(rf"COPY \S*\b{table} \((.*)\) FROM stdin;", line)
        if m:
            columns = [c.strip().strip('"') for c in m.group(1).split(",")]
            for row in it:
                if row == "\\.":
                    return
                yield dict(zip(columns, (_unescape(v) for v in row.split("\t")),
                               strict=True))


def walk_chain(rows: Iterator[dict[str, str | None]]
               ) -> tuple[int, audit.Break | None, str]:
    """``audit.walk`` over a dump's COPY rows (text), seals included: entries checked,
    the first break, the head hash."""
    ordered = sorted(rows, key=lambda r: int(r["seq"] or 0))
    return audit.walk(
        ((int(r["seq"] or 0), float(r["ts"] or 0), r["actor"], r["action"], r["entity"],
          r["entity_id"], r["detail"], r["prev_hash"], r["hash"], r.get("mac"))
         for r in ordered), anchor.load_key())


# -- automatic backups ---------------------------------------------------------------
@dataclass(frozen=True)
class AutoResult:
    info: BackupInfo | None   # None: today's backup existed already
    removed: list[Path]


AUTO_PREFIX = "halldesk-"
AUTO_SUFFIX = ".hdbak"


def folder_for(db: dbmod.Database, base: str | Path) -> Path:
    """The database's own folder under ``base``: the SQLite file's name, or the
    PostgreSQL host and database (the demo's backups stay apart from the hall's)."""
    parsed = make_url(db.url)
    if db.dialect == "sqlite":
        name = Path(parsed.database or "memory").stem
    else:
        name = f"{parsed.host or 'local'}-{parsed.database or 'postgres'}"
    return Path(base).expanduser() / (re.sub(r"[^\w.-]+", "_", name) or "database")


def backups_in(folder: str | Path) -> list[Path]:
    """The backups in ``folder``, newest first (names carry the time taken)."""
    return sorted(Path(folder).expanduser().glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}"),
                  reverse=True)


def auto_backup(db: dbmod.Database, folder: str | Path, keep: int, *, actor: str,
                role: str, now: float | None = None, force: bool = False,
                stamp: Callable[[float], str] | None = None) -> AutoResult:
    """A backup into ``folder`` unless one of today is there (``force``: regardless),
    named ``halldesk-YYYYMMDD-HHMMSS.hdbak`` by the hall's clock (``stamp`` overrides
    it); then only the newest ``keep`` stay."""
    when = time.time() if now is None else now
    if stamp is None:
        with db.read() as session:
            tz = hall_tz(session)
        name = local_text(when, tz, "%Y%m%d-%H%M%S")
    else:
        name = stamp(when)
    where = Path(folder).expanduser()
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the backup folder {where}: {exc.strerror}.") from None
    info = None
    today = f"{AUTO_PREFIX}{name[:8]}"
    if force or not any(p.name.startswith(today) for p in backups_in(where)):
        info = backup(db, where / f"{AUTO_PREFIX}{name}{AUTO_SUFFIX}", actor=actor,
                      role=role, now=when)
    removed = []
    for old in backups_in(where)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return AutoResult(info, removed)
