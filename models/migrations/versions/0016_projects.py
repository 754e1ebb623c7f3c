"""key investment projects under parallel approval: projects, their approval items,
history and 督办; the database refuses deletions (and changes to the history)

Revision ID: 0016_projects
Revises: 0009_one_chain
Create Date: 2026-12-02 07:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0016_projects"
down_revision = "0009_one_chain"
branch_labels = None
depends_on = None

KEPT = ("project", "project_item", "project_supervision")      # never deleted
APPEND_ONLY = ("project_step",)                                  # never changed either


def _sqlite_triggers() -> list[str]:
    out = [f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
    BEGIN SELECT RAISE(ABORT, '{t} rows are never deleted'); END""" for t in KEPT + APPEND_ONLY]
    out += [f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
    BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END""" for t in APPEND_ONLY]
    return out


def _pg_triggers() -> list[str]:
    out = ["""CREATE FUNCTION project_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% on % is refused: the project records are kept',
        TG_OP, TG_TABLE_NAME; END $$"""]
    for t in KEPT + APPEND_ONLY:
        out.append(f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
    FOR EACH ROW EXECUTE FUNCTION project_refuse()""")
        out.append(f"""CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t}
    FOR EACH STATEMENT EXECUTE FUNCTION project_refuse()""")
    for t in APPEND_ONLY:
        out.append(f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
    FOR EACH ROW EXECUTE FUNCTION project_refuse()""")
    return out


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("investor", sa.String(200), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("lead", sa.String(100), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
    )
    op.create_table(
        "project_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id"), nullable=False),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("department_id", sa.Integer(), sa.ForeignKey("department.id"),
                  nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("depends_on", sa.Text(), nullable=False),
        sa.Column("promised_days", sa.Integer(), nullable=False),
        sa.Column("legal_days", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.UniqueConstraint("project_id", "key"),
    )
    op.create_index("ix_project_item_case", "project_item", ["case_no"])
    op.create_table(
        "project_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id"), nullable=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("project_item.id"), nullable=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=True),
    )
    op.create_index("ix_project_step_project", "project_step", ["project_id", "at"])
    op.create_table(
        "project_supervision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id"), nullable=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("project_item.id"), nullable=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("to_whom", sa.String(200), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("by_date", sa.Date(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.Float(), nullable=True),
        sa.Column("answered_by", sa.String(100), nullable=True),
    )
    op.create_index("ix_project_supervision_project", "project_supervision",
                    ["project_id", "at"])
    dialect = op.get_bind().dialect.name
    for sql in (_pg_triggers() if dialect == "postgresql" else _sqlite_triggers()):
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP FUNCTION project_refuse() CASCADE")
    else:
        for t in KEPT + APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_delete")
        for t in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_no_update")
    for t in ("project_supervision", "project_step", "project_item", "project"):
        op.drop_table(t)
