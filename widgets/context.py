"""What every page needs: the database, the logged-in account, the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.db import Database


@dataclass
class AppContext:
    db: Database
    account: str
    clock: Callable[[], float] = field(default=time.time)
