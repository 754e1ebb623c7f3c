"""Who acts, and the one guard in front of a service's transaction.

A ``Principal`` is the acting account as the services see it: what the audit log
records (``actor``), the role the permission table is asked about, and the name a
person reads. ``guarded_write(db, who, action)`` checks the table before the write
transaction opens (a refusal is audited in a transaction of its own and raised as
``PermissionDenied``), then yields the transaction; a further ``require`` inside the
block (a second action the change turns out to need) is audited the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db import Database
from app.security.permissions import allows, denied, record_denials


@dataclass(frozen=True)
class Principal:
    actor: str          # as the audit log records it: "cli:wang", "app:wang", "demo:director"
    role: str           # a role of models.security.ROLES, or permissions.NO_ACCOUNT
    name: str = ""      # the person's display name where known (姓名)

    @property
    def shown(self) -> str:
        return self.name or self.actor.split(":", 1)[-1]


def check(db: Database, actor: str, role: str, action: str) -> None:
    """Refuse ``action`` unless ``role`` may take it; the refusal is audited."""
    if allows(role, action):
        return
    refusal = denied(actor, role, action)
    record_denials(db, [refusal.denial])
    raise refusal


@contextmanager
def guarded_write(db: Database, who: Principal, action: str) -> Iterator[Session]:
    """``db.write()`` for ``who``, once the permission table allows ``action``."""
    check(db, who.actor, who.role, action)
    with db.write() as session:
        yield session
