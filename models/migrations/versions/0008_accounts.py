"""accounts: failed logins, lockout and password age; audit log indexes for the viewer

Revision ID: 0008_accounts
Revises: 0001
Create Date: 2026-11-27 01:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0008_accounts"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.Float(), nullable=True))
        batch.add_column(sa.Column("password_changed_at", sa.Float(), nullable=True))
    op.execute("UPDATE account SET password_changed_at = created_at")
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    op.create_index("ix_audit_log_action", "audit_log", ["action"])
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    op.create_index("ix_audit_log_ts", "audit_log", ["ts"])


def downgrade() -> None:
    for name in ("ix_audit_log_ts", "ix_audit_log_entity", "ix_audit_log_action",
                 "ix_audit_log_actor"):
        op.drop_index(name, table_name="audit_log")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("password_changed_at")
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
