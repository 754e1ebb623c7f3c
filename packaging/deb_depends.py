"""The Depends line of the .deb, read off the bundle (packaging/build-deb.sh).

Every ELF file of the PyInstaller folder names the shared libraries it needs; those
not shipped in the folder are the system's. Each is looked up in this machine's
dynamic linker cache and its Debian package found with ``dpkg -S``; libc6 gets the
newest GLIBC_ symbol version any file asks for, so apt refuses a system too old for
the bundle instead of the program failing to start. tzdata is added by hand: Python's
zoneinfo reads /usr/share/zoneinfo, which no ELF file names.

    python packaging/deb_depends.py BUNDLE_DIR   → prints "libc6 (>= 2.34), libx11-6, …"
"""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from pathlib import Path

ALWAYS = ("tzdata",)
# Qt plugins that load only on some desktops (GTK's theme, Wayland): what only they
# need is not a dependency; on an X11 desktop without GTK they are simply not used.
OPTIONAL = ("/platformthemes/", "/wayland-", "/platforms/libqwayland",
            "/libQt6Wayland", "/libQt6WlShell")


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needs(path: Path) -> tuple[set[str], set[tuple[int, ...]]]:
    """The sonames ``path`` needs and the GLIBC versions it asks for."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                         check=False).stdout
    sonames = set(re.findall(r"^\s+NEEDED\s+(\S+)$", out, re.M))
    versions = {tuple(int(x) for x in v.split("."))
                for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", out)}
    return sonames, versions


def linker_cache() -> dict[str, str]:
    """soname → path, this machine's own architecture first (x86_64-linux-gnu,
    aarch64-linux-gnu: Debian's multiarch folders are named after the machine)."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                         check=True).stdout
    native = f"/{platform.machine()}-linux-gnu/"
    cache: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)$", line)
        if m and (m.group(1) not in cache or native in m.group(3)):
            if native in cache.get(m.group(1), ""):
                continue
            cache[m.group(1)] = m.group(3)
    return cache


def package_of(path: str) -> str | None:
    candidates = [path, str(Path(path).resolve())]
    # /lib and /usr/lib are one folder on a merged-/usr system; dpkg knows one name.
    candidates += [p.replace("/usr/lib/", "/lib/", 1) for p in candidates
                   if p.startswith("/usr/lib/")]
    candidates += [p.replace("/lib/", "/usr/lib/", 1) for p in candidates
                   if p.startswith("/lib/")]
    for candidate in candidates:
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                              check=False)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def main(folder: Path) -> int:
    shipped = {p.name for p in folder.rglob("*")}
    wanted: set[str] = set()
    glibc: set[tuple[int, ...]] = set()
    for path in elf_files(folder):
        if any(part in str(path) for part in OPTIONAL):
            continue
        sonames, versions = needs(path)
        wanted |= sonames - shipped
        glibc |= versions
    cache = linker_cache()
    packages: set[str] = set(ALWAYS)
    missing = []
    for soname in sorted(wanted):
        path = cache.get(soname)
        package = package_of(path) if path else None
        if package is None:
            missing.append(soname)
        else:
            packages.add(package)
    if missing:
        print("deb_depends: needed but not on this build machine (install them and "
              "build again): " + ", ".join(missing), file=sys.stderr)
        return 1
    libc = ".".join(map(str, max(glibc))) if glibc else None
    parts = []
    for package in sorted(packages):
        if package == "libc6" and libc:
            parts.append(f"libc6 (>= {libc})")
        else:
            parts.append(package)
    if "libc6" not in packages and libc:
        parts.insert(0, f"libc6 (>= {libc})")
    print(", ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
