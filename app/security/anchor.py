"""The audit chain anchored outside the database (docs/threat-model.md).

Someone with the database file alone can rewrite the hash chain of ``audit.py`` and
recompute every hash after the change. Three things kept outside the database catch
that, the way Certificate Transparency anchors its log:

* **the audit key**: 32 random bytes in ``audit.key`` in the workstation's protected
  configuration folder (platformdirs' user config dir, the file 0600, the folder
  0700), never in the database and never in a backup. Every entry carries a seal
  (``mac``), the HMAC-SHA256 of its hash with this key, so an entry appended or
  rewritten without the key does not verify. The hall's workstations share one key
  (``halldesk audit key export|import``).
* **checkpoints**: (entry number, head hash) of each database this workstation wrote
  to or verified, signed with the key, in one small file per database under
  ``checkpoints/`` in the same folder, renewed after every committed write. A log
  cut short, emptied, replaced or rewritten no longer holds the checkpoint.
* **paper**: every briefing prints the head (``paper_checkpoint``); ``audit verify
  --expect SEQ:HASH`` checks the database still holds it. Every backup header carries
  the head too, signed (``sign_header``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app.errors import UserError

KEY_FILE = "audit.key"
CHECKPOINTS = "checkpoints"
_KEY_MAGIC = "halldesk-audit-key-1"
_SEAL_PREFIX = b"halldesk-audit-seal-1:"
_SIGN_PREFIX = b"halldesk-signed-1:"
PAPER_DIGITS = 16

NO_KEY = ("this workstation holds no audit key to check its seal (import the hall's "
          "key with `halldesk audit key import FILE`)")


CONFIG_VAR = "HALLDESK_CONFIG_DIR"


def config_dir() -> Path:
    """The workstation's protected configuration folder (not the data folder where
    the default database and the backups live): platformdirs' user config dir, or
    ``$HALLDESK_CONFIG_DIR`` (e.g. a folder only the hall's service account reads)."""
    override = os.environ.get(CONFIG_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir("HallDesk", appauthor=False))


def _private_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if sys.platform != "win32":
            os.chmod(folder, 0o700)
    except OSError as exc:
        raise UserError(f"Cannot create the configuration folder {folder}: "
                        f"{exc.strerror}.") from None
    return folder


def _write_private(path: Path, text: str, *, sync: bool) -> None:
    """``text`` into ``path`` (mode 0600) through a temporary file and a rename."""
    _private_folder(path.parent)
    # pid and a random part: two threads of one process never share a temporary file
    tmp = path.with_name(f".{path.name[:40]}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror}.") from None


# -- the key ---------------------------------------------------------------------------
_cache: dict[Path, tuple[int, bytes]] = {}


def key_path() -> Path:
    return config_dir() / KEY_FILE


def _parse_key(text: str, where: Path) -> bytes:
    parts = text.split()
    if len(parts) != 2 or parts[0] != _KEY_MAGIC:
        raise UserError(f"The file {where} is not a HallDesk audit key.")
    try:
        key = bytes.fromhex(parts[1])
    except ValueError:
        raise UserError(f"The file {where} is not a HallDesk audit key.") from None
    if len(key) != 32:
        raise UserError(f"The file {where} is not a HallDesk audit key.")
    return key


def load_key() -> bytes | None:
    """This workstation's audit key, or None when it has none yet."""
    path = key_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise UserError(f"Cannot read the audit key {path}.") from None
    key = _parse_key(text, path)
    _cache[path] = (stamp, key)
    return key


def ensure_key() -> bytes:
    """The audit key, made on first use (a new database, or one from before keys)."""
    key = load_key()
    if key is not None:
        return key
    _write_private(key_path(), f"{_KEY_MAGIC} {secrets.token_hex(32)}\n", sync=True)
    key = load_key()
    assert key is not None
    return key


def fingerprint(key: bytes) -> str:
    """A short public name of a key, to compare two workstations' keys by eye."""
    return hashlib.sha256(b"halldesk-key-fingerprint:" + key).hexdigest()[:16]


def export_key(path: str | Path) -> str:
    """Copy the key to ``path`` (0600), for the hall's other workstations and the
    safe; its fingerprint."""
    from app.files import writable_target

    target = writable_target(path)
    if target.exists():
        raise UserError(f"{target} exists already; the key is only written to a new file.")
    key = ensure_key()
    _write_private(target, f"{_KEY_MAGIC} {key.hex()}\n", sync=True)
    return fingerprint(key)


def import_key(path: str | Path) -> str:
    """Take the hall's key from ``path``; refused when this workstation holds another
    key already (its sealed entries would no longer verify)."""
    source = Path(path).expanduser()
    try:
        with source.open("rb") as fh:
            text = fh.read(4096).decode("ascii")   # a key is one short line
    except (OSError, UnicodeDecodeError):
        raise UserError(f"Cannot read the key file {source}.") from None
    key = _parse_key(text, source)
    current = load_key()
    if current is not None and current != key:
        raise UserError(f"This workstation holds another audit key already (fingerprint "
                        f"{fingerprint(current)}); it was not replaced.")
    _write_private(key_path(), f"{_KEY_MAGIC} {key.hex()}\n", sync=True)
    return fingerprint(key)


def seal(key: bytes, digest: str) -> str:
    return hmac.new(key, _SEAL_PREFIX + digest.encode("ascii"), hashlib.sha256).hexdigest()


def seal_ok(key: bytes, digest: str, mac: str) -> bool:
    return hmac.compare_digest(seal(key, digest), mac)


def signature(key: bytes, obj: dict[str, Any]) -> str:
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, _SIGN_PREFIX + text.encode("utf-8"), hashlib.sha256).hexdigest()


def sign_header(header: dict[str, Any]) -> dict[str, Any]:
    """A backup header with its signature (``sig``) over every other field."""
    body = {k: v for k, v in header.items() if k != "sig"}
    return {**body, "sig": signature(ensure_key(), body)}


def header_signed(header: dict[str, Any]) -> bool | None:
    """True: the signature checks out; False: altered; None: unsigned (a backup from
    before the key) — a missing key raises."""
    sig = header.get("sig")
    if sig is None:
        return None
    key = load_key()
    if key is None:
        raise UserError("This workstation holds no audit key to check the backup's "
                        "signature; import the hall's key with `halldesk audit key "
                        "import FILE` first.")
    body = {k: v for k, v in header.items() if k != "sig"}
    return isinstance(sig, str) and hmac.compare_digest(signature(key, body), sig)


# -- which database -----------------------------------------------------------------
def url_key(url: str | URL) -> str | None:
    """A database's name for its checkpoint: the SQLite file's absolute path, or the
    PostgreSQL host, port and database (no user, no password); None in memory."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return "sqlite:" + str(Path(database).expanduser().resolve())
    return (f"{parsed.get_backend_name()}://{parsed.host or 'localhost'}:"
            f"{parsed.port or 5432}/{parsed.database or ''}")


def session_key(session: Session) -> str | None:
    return url_key(session.get_bind().engine.url)


# -- checkpoints -------------------------------------------------------------------
@dataclass(frozen=True)
class Checkpoint:
    db: str             # url_key of the database
    chain: str          # hash of entry 1: which log it is
    seq: int
    head: str
    sealed_from: int    # the first sealed entry (0: none seen)
    at: float


def _checkpoint_file(db: str) -> Path:
    name = hashlib.sha256(db.encode("utf-8")).hexdigest()[:32]
    return config_dir() / CHECKPOINTS / f"{name}.json"


def saved(db: str | None) -> Checkpoint | None:
    """The checkpoint this workstation keeps of the database ``db``; a file whose
    signature fails is refused in one sentence."""
    if db is None:
        return None
    path = _checkpoint_file(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise UserError(f"The checkpoint file {path} is unreadable.") from None
    key = load_key()
    try:
        sig = data.pop("sig")
        cp = Checkpoint(**data)
    except (KeyError, TypeError):
        raise UserError(f"The checkpoint file {path} is damaged.") from None
    if key is None or not hmac.compare_digest(signature(key, data), str(sig)):
        raise UserError(f"The checkpoint file {path} was not signed with this "
                        "workstation's audit key.")
    return cp


def note(db: str | None, chain: str, seq: int, head: str, sealed_from: int = 0) -> None:
    """Keep (seq, head) as this workstation's checkpoint of ``db`` (after a commit)."""
    if db is None or seq <= 0:
        return
    key = load_key()
    if key is None:
        return
    old = None
    with contextlib.suppress(UserError):
        old = saved(db)
    if old is not None and old.chain == chain:
        if old.seq > seq:
            return   # another process of this workstation went further already
        sealed_from = sealed_from or old.sealed_from
    body = asdict(Checkpoint(db, chain, seq, head, sealed_from, time.time()))
    _write_private(_checkpoint_file(db), json.dumps({**body, "sig": signature(key, body)}),
                   sync=False)


def forget(db: str | None) -> None:
    """Drop the checkpoint of ``db`` (a restore begins a new database there)."""
    if db is not None:
        _checkpoint_file(db).unlink(missing_ok=True)


@dataclass(frozen=True)
class Mismatch:
    seq: int
    reason: str


def compare(session: Session, cp: Checkpoint, count: int) -> Mismatch | None:
    """Whether the log in ``session`` (``count`` entries) still holds ``cp``."""
    from models import AuditEntry

    first = session.get(AuditEntry, 1)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(cp.at))
    if first is None:
        if count == 0:
            return Mismatch(1, f"the log is empty although this workstation saw it hold "
                            f"{cp.seq} entries ({when}): it was emptied")
        return Mismatch(1, "entry 1 is missing")
    if first.hash != cp.chain:
        return Mismatch(1, "it is not the entry this workstation saw first: the log was "
                        "replaced or rewritten from the start")
    entry = session.get(AuditEntry, cp.seq)
    if entry is None:
        last = session.scalar(select(func.max(AuditEntry.seq))) or 0
        return Mismatch(last + 1, f"entries {last + 1}–{cp.seq} are missing: this "
                        f"workstation saw the log up to entry {cp.seq} ({when})")
    if entry.hash != cp.head:
        return Mismatch(cp.seq, "it differs from the checkpoint this workstation kept "
                        f"({when}): the log was rewritten")
    return None


def check_saved(session: Session, count: int) -> Mismatch | None:
    return compare(session, cp, count) if (cp := saved(session_key(session))) else None


# -- paper and --expect -------------------------------------------------------------
@dataclass(frozen=True)
class PaperCheckpoint:
    """The audit head as the briefing prints it: 校验码 ``code`` (the first 16 hex digits
    of the head's hash) at entry ``seq``; ``expect`` is the argument of ``audit verify
    --expect`` that checks it later."""

    seq: int
    head: str
    code: str

    @property
    def expect(self) -> str:
        return f"{self.seq}:{self.code}"


def paper_checkpoint(session: Session) -> PaperCheckpoint:
    """The current head of the audit log, for the last page of a briefing."""
    from models import AuditEntry

    last = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.seq.desc()).limit(1)).first()
    digest = "0" * 64 if last is None else str(last.hash)   # audit.GENESIS
    return PaperCheckpoint(0 if last is None else int(last.seq), digest,
                           digest[:PAPER_DIGITS])


def parse_expect(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` (HASH: at least 16 hex digits, as printed) as (seq, hash prefix)."""
    seq_text, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not (seq_text.strip().isdigit() and 16 <= len(digest) <= 64
            and all(c in "0123456789abcdef" for c in digest)):
        raise UserError(f"--expect {text!r} must be SEQ:HASH, the entry number and at "
                        "least 16 hex digits of its hash (as printed on a briefing).")
    seq = int(seq_text)
    if not 1 <= seq <= 2**62:
        raise UserError(f"--expect {text!r}: the entry number is out of range.")
    return seq, digest


def check_expect(session: Session, seq: int, prefix: str) -> Mismatch | None:
    from models import AuditEntry

    entry = session.get(AuditEntry, seq)
    if entry is None:
        return Mismatch(seq, "it is missing although it was printed")
    if not entry.hash.startswith(prefix):
        return Mismatch(seq, "its hash is not the one printed")
    return None
