"""quarterly briefing: the director's text per quarter

Revision ID: 0005_briefing
Revises: 0001
Create Date: 2026-11-26 23:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0005_briefing"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefing_note",
        sa.Column("quarter", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("quarter", name=op.f("pk_briefing_note")),
    )


def downgrade() -> None:
    op.drop_table("briefing_note")
