"""What every page needs: the database, the logged-in account and its role, the clock.

``role`` (director, office, inspector, auditor) decides what a page offers and whether
personal data is shown unmasked; the demo runs as the director, a desktop session
takes the role of the account named like the OS user (app.security.accounts).
"""

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
    role: str = "office"
