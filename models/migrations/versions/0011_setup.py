"""setup: what the settings tab (系统设置) keeps — the hall's issuing unit, service
items per window, staff duty dates and windows, and a revision on every record the
tab edits (a second workstation's stale save is refused)

Revision ID: 0011_setup
Revises: 0016_projects
Create Date: 2026-12-02 06:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0011_setup"
down_revision = "0016_projects"
branch_labels = None
depends_on = None

_REVISED = ("hall", "department", "service_window", "staff", "checklist_item")


def upgrade() -> None:
    for table in _REVISED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("revision", sa.Integer(), nullable=False,
                                       server_default="0"))
    with op.batch_alter_table("hall") as batch:
        batch.add_column(sa.Column("issuing_unit", sa.String(200), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("service_window") as batch:
        batch.add_column(sa.Column("services", sa.Text(), nullable=False,
                                   server_default="[]"))
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("on_duty", sa.Date(), nullable=True))
        batch.add_column(sa.Column("off_duty", sa.Date(), nullable=True))
    op.create_table(
        "staff_window",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_staff_window_staff_id_staff")),
        sa.ForeignKeyConstraint(["window_id"], ["service_window.id"],
                                name=op.f("fk_staff_window_window_id_service_window")),
        sa.PrimaryKeyConstraint("staff_id", "window_id", name=op.f("pk_staff_window")),
    )


def downgrade() -> None:
    op.drop_table("staff_window")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("off_duty")
        batch.drop_column("on_duty")
    with op.batch_alter_table("service_window") as batch:
        batch.drop_column("services")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("issuing_unit")
    for table in _REVISED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("revision")
