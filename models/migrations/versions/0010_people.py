"""people: accounts carry a display name (姓名); complaint entries carry a category
(投诉类别), a handling account (承办人) and the citizen's satisfaction at the
follow-up call (回访满意度)

Revision ID: 0010_people
Revises: 0013_tokens
Create Date: 2026-12-02 06:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0010_people"
down_revision = "0013_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("display_name", sa.String(64), nullable=True))
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("category", sa.String(32), nullable=True))
        batch.add_column(sa.Column("handler", sa.String(64), nullable=True))
        batch.add_column(sa.Column("satisfaction", sa.String(24), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("satisfaction")
        batch.drop_column("handler")
        batch.drop_column("category")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("display_name")
