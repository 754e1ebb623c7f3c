"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import UserError


def writable_target(path: str | Path, what: str | None = None) -> Path:
    """``path`` as a file to write, refused in one sentence before any work when it is a
    folder, its folder is missing or not writable, or the file is read-only. ``what``
    names it in the sentence (e.g. "--out page.html"; the path by default)."""
    target = Path(path).expanduser()
    name = what or str(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserError(f"{name} is a folder, not a file name.")
    if not folder.is_dir():
        raise UserError(f"Cannot write {name}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Cannot write {name}: the folder {folder} is not writable.")
    if target.exists() and not os.access(target, os.W_OK):
        raise UserError(f"Cannot write {name}: the file is read-only.")
    return target


def write_atomic(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target`` (same folder, so the rename
    is atomic), flush it to disk, then rename it over ``target``; nothing is left
    behind on failure. ``mode``: permissions to give the file (e.g. 0o644 for a page a
    web server reads)."""
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
