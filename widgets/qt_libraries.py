"""Before the first window on a Linux desktop: are the system libraries that Qt's X11
platform plugin (xcb) loads installed? A fresh Debian with X lacks ``libxcb-cursor0``
(and minimal systems ``libxcb-icccm4``, ``libxcb-keysyms1`` …); Qt then aborts with a
message about plugins that names none of them. This names the packages and the apt
command in one sentence instead.

Only ``PyQt6.QtCore`` is imported here (it loads no platform plugin).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The shared libraries the xcb plugin links, by Debian package (the names are the same
# on Ubuntu, UOS and Kylin).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def uses_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will pick its X11 plugin: Linux, no other platform asked for, and an
    X display (Wayland sessions fall back to xcb when their plugin fails, so a
    DISPLAY is what counts)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return False
    asked = env.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if asked and asked != "xcb":
        return False
    return bool(env.get("DISPLAY"))


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as not found, in its order, without repeats."""
    seen: list[str] = []
    for name in _NOT_FOUND.findall(ldd_output):
        if name not in seen:
            seen.append(name)
    return seen


def advice(missing: list[str]) -> str:
    """One sentence: what is missing and the command that installs it."""
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    return (f"HallDesk cannot open its window: Qt's X11 platform plugin needs "
            f"{', '.join(missing)}, which this system lacks; install "
            f"{'it' if len(packages) == 1 else 'them'} with: "
            f"sudo apt install {' '.join(packages)}")


def xcb_plugin() -> Path | None:
    from PyQt6.QtCore import QLibraryInfo

    plugin = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
              / "platforms" / "libqxcb.so")
    return plugin if plugin.is_file() else None


def check() -> str | None:
    """The sentence to print when the xcb plugin's libraries are missing, else None.
    Says nothing where it cannot tell (no ldd, no plugin): Qt then speaks for itself."""
    if not uses_xcb():
        return None
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    missing = missing_libraries(out)
    return advice(missing) if missing else None
