"""Hotspots of a cProfile run of ``ingest_lines`` (see ``bench.ingest`` mode profile)."""

from __future__ import annotations

import pstats
from pathlib import Path

from bench.datagen import REPO


def _name(key: tuple[str, int, str]) -> str:
    filename, line, func = key
    if filename == "~":
        return func                                   # a built-in
    path = filename
    for marker in ("site-packages/", str(REPO) + "/", "/lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker.startswith("/lib/"):
                path = "stdlib " + path.split("/", 1)[1]
            break
    return f"{path}:{line} {func}"


def hotspots(pstats_path: Path, top: int = 20) -> tuple[float, list[tuple[str, int, float, float]],
                                                         list[tuple[str, int, float, float]]]:
    """Total profiled seconds, then (function, calls, seconds, share) by cumulative and
    by own time."""
    st = pstats.Stats(str(pstats_path))
    stats = st.stats  # type: ignore[attr-defined]
    total = 0.0
    for key, (_cc, _nc, _tt, ct, _callers) in stats.items():
        if key[2] == "ingest_lines":
            total = max(total, ct)
    if not total:
        total = st.total_tt  # type: ignore[attr-defined]
    rows = [(key, nc, tt, ct) for key, (_cc, nc, tt, ct, _callers) in stats.items()]
    by_cum = sorted(rows, key=lambda r: -r[3])
    by_own = sorted(rows, key=lambda r: -r[2])
    cum = [(_name(k), nc, ct, ct / total) for k, nc, _tt, ct in by_cum
           if not k[2].startswith("<") and ct / total < 1.0001][:top]
    own = [(_name(k), nc, tt, tt / total) for k, nc, tt, _ct in by_own[:top]]
    return total, cum, own
