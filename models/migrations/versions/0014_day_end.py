"""day end: the feed's per-window clocks (window_feed) and the marks of what the day's
end closed (day_end on sessions, pauses and tickets); an index of waiting tickets

Revision ID: 0014_day_end
Revises: 0012_imports
Create Date: 2026-12-02 07:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0014_day_end"
down_revision = "0012_imports"
branch_labels = None
depends_on = None

MARKED = ("window_session", "window_pause", "ticket")
WAITING = "started_at IS NULL AND abandoned_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "window_feed",
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("queue_ts", sa.Float(), nullable=True),
        sa.Column("device_ts", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["window_id"], ["service_window.id"],
                                name=op.f("fk_window_feed_window_id_service_window")),
        sa.PrimaryKeyConstraint("window_id", name=op.f("pk_window_feed")),
    )
    for table in MARKED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("day_end", sa.Boolean(), nullable=False,
                                       server_default=sa.text("false")))
    op.create_index("ix_ticket_waiting", "ticket", ["day"], sqlite_where=sa.text(WAITING),
                    postgresql_where=sa.text(WAITING))
    # The clocks of a database fed before: each window's latest stored queue and device time.
    op.execute("""
        INSERT INTO window_feed (window_id, queue_ts, device_ts)
        SELECT w.id,
          (SELECT max(t) FROM (
             SELECT max(coalesce(closed_at, opened_at)) AS t FROM window_session
               WHERE window_id = w.id
             UNION ALL SELECT max(coalesce(ended_at, started_at)) FROM window_pause
               WHERE window_id = w.id
             UNION ALL SELECT max(called_at) FROM ticket WHERE call_window_id = w.id
             UNION ALL SELECT max(coalesce(finished_at, started_at)) FROM ticket
               WHERE window_id = w.id) AS q),
          (SELECT max(coalesce(off_at, on_at)) FROM evaluator_span WHERE window_id = w.id)
        FROM service_window AS w
    """)


def downgrade() -> None:
    op.drop_index("ix_ticket_waiting", table_name="ticket")
    for table in MARKED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("day_end")
    op.drop_table("window_feed")
