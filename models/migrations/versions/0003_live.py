"""live hall: acknowledged alerts; partial indexes for what is open now

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

# What is open now: sessions, pauses, device spans and cases (the live view's queries).
PARTIAL = [
    ("ix_window_session_open", "window_session", ["window_id"], "closed_at IS NULL"),
    ("ix_window_pause_open", "window_pause", ["window_id"], "ended_at IS NULL"),
    ("ix_evaluator_span_open", "evaluator_span", ["window_id"], "off_at IS NULL"),
    ("ix_service_case_open", "service_case", ["window_id", "due_date"], "completed_on IS NULL"),
]


def upgrade() -> None:
    op.create_table(
        "alert_ack",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("acked_by", sa.String(length=100), nullable=False),
        sa.Column("acked_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_alert_ack")),
    )
    for name, table, columns, where in PARTIAL:
        op.create_index(name, table, columns, sqlite_where=sa.text(where),
                        postgresql_where=sa.text(where))


def downgrade() -> None:
    for name, table, _columns, _where in PARTIAL:
        op.drop_index(name, table_name=table)
    op.drop_table("alert_ack")
