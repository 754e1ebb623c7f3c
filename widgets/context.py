"""What every page needs: the database, the logged-in account and its role, the clock.

``role`` (director, office, inspector, auditor) decides what a page offers and whether
personal data is shown unmasked (app.security.permissions); a desktop session has the
role of the account that logged in, the demo runs as its demo director, the public
display as the read-only ``display`` principal (permitted nothing). ``idle_ms``
(0: never) is the idle time after which the session asks for the password again;
``logged_in`` marks a session opened by a login (its end is audited as a logout).
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
    role: str
    clock: Callable[[], float] = field(default=time.time)
    demo: bool = False
    idle_ms: int = 0
    logged_in: bool = False
