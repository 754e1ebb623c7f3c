"""Login and session settings, each declared once with its default; kept in the
``setting`` table (``security``) and changed with ``halldesk user settings``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from models import Setting

SECURITY_KEY = "security"


@dataclass(frozen=True)
class SecuritySettings:
    """``max_failures`` failed logins in a row lock an account for ``lock_minutes``;
    a session left idle ``idle_minutes`` asks for the password again; a password
    older than ``password_days`` must be changed at login (0: never)."""

    max_failures: int = 5
    lock_minutes: int = 15
    idle_minutes: int = 15
    password_days: int = 90

    RANGES: ClassVar[dict[str, tuple[int, int]]] = {
        "max_failures": (3, 20), "lock_minutes": (1, 1440), "idle_minutes": (1, 240),
        "password_days": (0, 3650)}


def load_security(session: Session) -> SecuritySettings:
    raw = session.scalar(select(Setting.value).where(Setting.key == SECURITY_KEY))
    if raw is None:
        return SecuritySettings()
    names = {f.name for f in fields(SecuritySettings)}
    return SecuritySettings(**{k: int(v) for k, v in json.loads(raw).items() if k in names})


def store_security(session: Session, changes: dict[str, int | None], *, actor: str,
                   role: str) -> SecuritySettings:
    """Change some settings (None: keep); audited with the values before."""
    require(session, actor, role, "account.settings")
    current = load_security(session)
    given = {k: v for k, v in changes.items() if v is not None}
    for key, value in given.items():
        low, high = SecuritySettings.RANGES[key]
        if not low <= value <= high:
            raise UserError(f"The setting {key} = {value} must be from {low} to {high}.")
    wanted = replace(current, **given)
    if wanted != current:
        value_json = json.dumps(asdict(wanted), sort_keys=True)
        row = session.get(Setting, SECURITY_KEY)
        if row is None:
            session.add(Setting(key=SECURITY_KEY, value=value_json))
        else:
            row.value = value_json
        before: dict[str, Any] = asdict(current)
        audit.record(session, actor, "account.settings", "setting", SECURITY_KEY, {
            "changes": {k: [before[k], v] for k, v in asdict(wanted).items()
                        if before[k] != v}})
    return wanted
