"""live hall: acknowledged alerts

Revision ID: 0003_live
Revises: 0001
Create Date: 2026-11-26 22:50:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0003_live"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_ack",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("acked_by", sa.String(length=100), nullable=False),
        sa.Column("acked_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_alert_ack")),
    )


def downgrade() -> None:
    op.drop_table("alert_ack")
