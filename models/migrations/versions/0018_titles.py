"""titles awarded from the monthly assessment (红旗窗口, 示范岗); never deleted

Revision ID: 0018_titles
Revises: 0017_attendance
Create Date: 2026-12-02 16:40:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0018_titles"
down_revision = "0017_attendance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment_title",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("term", sa.String(8), nullable=False, index=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("window_id", sa.Integer(), sa.ForeignKey("service_window.id"), nullable=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("awarded_at", sa.Float(), nullable=False),
        sa.Column("awarded_by", sa.String(100), nullable=False),
        sa.Column("withdrawn_at", sa.Float(), nullable=True),
        sa.Column("withdrawn_by", sa.String(100), nullable=True),
        sa.Column("withdrawn_note", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""CREATE FUNCTION title_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% on % is refused: titles are kept', TG_OP, TG_TABLE_NAME;
    END $$""")
        op.execute("""CREATE TRIGGER assessment_title_no_delete BEFORE DELETE ON
    assessment_title FOR EACH ROW EXECUTE FUNCTION title_refuse()""")
        op.execute("""CREATE TRIGGER assessment_title_no_truncate BEFORE TRUNCATE ON
    assessment_title FOR EACH STATEMENT EXECUTE FUNCTION title_refuse()""")
    else:
        op.execute("""CREATE TRIGGER assessment_title_no_delete BEFORE DELETE ON
    assessment_title BEGIN SELECT RAISE(ABORT, 'assessment_title rows are never deleted');
    END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE assessment_title")
        op.execute("DROP FUNCTION title_refuse()")
    else:
        op.drop_table("assessment_title")
