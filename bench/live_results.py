"""What the live-hall benchmark's measurements return, shared by the measuring modules
(bench/live.py) and the report (bench/live_report.py) without either importing the
other."""

from __future__ import annotations

import dataclasses
import math
from typing import Any


@dataclasses.dataclass
class Statement:
    caller: str
    sql: str
    params: Any
    rows: int = 0
    ms: float = 0.0
    plan: str = ""


@dataclasses.dataclass
class SnapshotResult:
    name: str
    windows: int
    snapshot_ms: float
    snapshot_cpu_ms: float
    raw_sql_ms: float
    alerts_ms: float
    load_ms: float                  # session + snapshot + alerts, as page._load
    summary: dict[str, Any]
    statements: list[Statement]
    profile: list[list[Any]]
    alert_statements: list[Statement]
    snapshot_min_ms: float = math.nan
    raw_sql_min_ms: float = math.nan
    cut_ms: float = math.nan
    cut_same: str = ""
