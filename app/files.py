"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import UserError

# File systems that are views of the kernel, not storage: a file "written" there is a
# command to the kernel or an error, never a briefing.
PSEUDO_FS = frozenset({"proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2",
                       "debugfs", "securityfs", "tracefs", "configfs", "pstore", "bpf",
                       "fusectl", "mqueue", "hugetlbfs", "efivarfs", "binfmt_misc",
                       "autofs", "rpc_pipefs", "nsfs"})
PSEUDO_ROOTS = ("/proc", "/sys", "/dev")


def _mount_type(folder: Path) -> str | None:
    """The file system type of the mount holding ``folder`` (Linux), if known."""
    try:
        lines = Path("/proc/self/mounts").read_text(encoding="utf-8",
                                                    errors="replace").splitlines()
    except OSError:
        return None
    best, kind = "", None
    text = str(folder)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def _name_limit(folder: Path) -> tuple[int, int]:
    """The longest file name and path the file system of ``folder`` takes, in bytes."""
    def conf(name: str, default: int) -> int:
        try:
            value = os.pathconf(folder, name)
        except (OSError, ValueError, AttributeError):
            return default
        return value if value > 0 else default

    return conf("PC_NAME_MAX", 255), conf("PC_PATH_MAX", 4096)


def writable_target(path: str | Path, what: str | None = None) -> Path:
    """``path`` as a file to write, refused in one sentence before any work when it is a
    folder or anything else that is not a regular file (a device such as /dev/null, a
    pipe, a socket), lies on a kernel file system (/proc, /sys, /dev), has a name
    longer than its file system takes, its folder is missing or not writable, or the
    file is read-only. ``what`` names it in the sentence (e.g. "--out page.html"; the
    path by default). The one check of every output (publish, briefing, backup,
    exports, tokens, keys)."""
    target = Path(path).expanduser()
    name = what or str(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        encoded = os.fsencode(target.name)
    except UnicodeError:
        raise UserError(f"Cannot write {name}: its name is not a valid file name.") from None
    name_max, path_max = _name_limit(folder if folder.is_dir() else Path("."))
    if len(encoded) > name_max:
        raise UserError(f"Cannot write {name}: the file name is {len(encoded)} bytes long, "
                        f"more than the {name_max} its file system takes.")
    if len(os.fsencode(str(target.absolute()))) >= path_max:
        raise UserError(f"Cannot write {name}: the path is longer than the {path_max} "
                        "bytes its file system takes.")
    try:
        if target.is_dir():
            raise UserError(f"{name} is a folder, not a file name.")
        if target.exists() and not target.is_file():
            raise UserError(f"Cannot write {name}: it is not a regular file (a device, "
                            "pipe or socket), and it is never replaced.")
        if not folder.is_dir():
            raise UserError(f"Cannot write {name}: the folder {folder} does not exist.")
    except OSError as exc:
        raise UserError(f"Cannot write {name}: {exc.strerror or exc}.") from None
    real = folder.resolve()
    kind = _mount_type(real)
    if kind in PSEUDO_FS or any(str(real) == root or str(real).startswith(root + "/")
                                for root in PSEUDO_ROOTS):
        raise UserError(f"Cannot write {name}: {real} is a system folder of the kernel, "
                        "not a place for files.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Cannot write {name}: the folder {folder} is not writable.")
    if target.exists() and not os.access(target, os.W_OK):
        raise UserError(f"Cannot write {name}: the file is read-only.")
    return target


def _umask() -> int:
    """The process's umask: from /proc on Linux (reading it there changes nothing, so
    threads writing at the same time are safe), else by setting it and back."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target`` (same folder, so the rename
    is atomic), flush it to disk, then rename it over ``target``; nothing is left
    behind on failure. ``mode``: permissions to give the file (e.g. 0o644 for a page a
    web server reads)."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # A short temporary name: a target name near the file system's limit still fits.
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:24]}.", suffix=".part",
                                   dir=folder)
    except OSError as exc:
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file 0600; without a mode it gets what any new file gets
        # (0666 less the umask), as the person running it expects.
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        if target.exists() and not target.is_file():   # became a device meanwhile
            raise UserError(f"Cannot write {target}: it is not a regular file (a device, "
                            "pipe or socket), and it is never replaced.")
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
