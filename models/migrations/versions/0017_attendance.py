"""attendance: the fingerprint clock's punches (one row a punch, unique per staff
member and moment) and the office's leave, trip and rest days

Revision ID: 0017_attendance
Revises: 0010_people
Create Date: 2026-12-02 16:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0017_attendance"
down_revision = "0010_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendance_punch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("ts", sa.Float(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("batch", sa.String(64), nullable=False),
        sa.UniqueConstraint("staff_id", "ts"),
    )
    op.create_index("ix_attendance_punch_day", "attendance_punch", ["day", "staff_id"])
    op.create_table(
        "attendance_leave",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("note", sa.String(200), nullable=False),
        sa.Column("entered_by", sa.String(100), nullable=False),
        sa.Column("entered_at", sa.Float(), nullable=False),
        sa.UniqueConstraint("staff_id", "day"),
    )
    op.create_index("ix_attendance_leave_day", "attendance_leave", ["day"])


def downgrade() -> None:
    op.drop_index("ix_attendance_leave_day", "attendance_leave")
    op.drop_table("attendance_leave")
    op.drop_index("ix_attendance_punch_day", "attendance_punch")
    op.drop_table("attendance_punch")
