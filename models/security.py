"""Accounts and the append-only, hash-chained audit log."""

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

ROLES = ("director", "office", "inspector", "auditor")


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # The person's name (姓名) as staff read it; the login name stays in the audit log.
    display_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[float] = mapped_column(Float)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Failed logins in a row; at the configured number the account locks until
    # ``locked_until``. ``password_changed_at`` starts the password's age.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[float | None] = mapped_column(Float, nullable=True)
    password_changed_at: Mapped[float | None] = mapped_column(Float, nullable=True)


class AuditEntry(Base):
    """One audited change. Database triggers refuse UPDATE and DELETE on this table.

    ``hash`` = sha256(previous entry's hash ‖ canonical JSON of this entry's fields).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_actor", "actor"),
        Index("ix_audit_log_action", "action"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_ts", "ts"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[float] = mapped_column(Float)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(128))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # HMAC-SHA256 of ``hash`` with the hall's audit key, which lives outside the
    # database (app/security/anchor.py); NULL on entries written before the key existed.
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class CliToken(Base):
    """A command-line token of an account (``halldesk user token NAME --out FILE``):
    only the sha256 of its secret is kept; revoked tokens stay, for the audit."""

    __tablename__ = "cli_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(100))
    revoked_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    last_used_at: Mapped[float | None] = mapped_column(Float, nullable=True)
