"""Login and session settings, each declared once with its default; kept in the
``setting`` table (``security``) and changed with ``halldesk user settings``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from app.config import load_setting, store_setting
from app.errors import UserError
from app.security import audit
from app.security.permissions import require

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
    return load_setting(session, SECURITY_KEY, SecuritySettings, int)


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
        store_setting(session, SECURITY_KEY, asdict(wanted))
        before: dict[str, Any] = asdict(current)
        audit.record(session, actor, "account.settings", "setting", SECURITY_KEY, {
            "changes": {k: [before[k], v] for k, v in asdict(wanted).items()
                        if before[k] != v}})
    return wanted
