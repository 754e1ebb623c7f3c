"""imports: window sessions estimated from a queue export's first call and last finish

Revision ID: 0012_imports
Revises: 0011_setup
Create Date: 2026-12-02 07:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0012_imports"
down_revision = "0011_setup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("window_session") as batch:
        batch.add_column(sa.Column("estimated", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("window_session") as batch:
        batch.drop_column("estimated")
