"""tokens: command-line tokens of accounts (hashed), and the audit log's seal column

``cli_token`` holds the sha256 of each token's secret (``halldesk user token``);
``audit_log.mac`` the HMAC of each entry's hash with the hall's audit key, which is
kept outside the database (NULL on the entries written before the key existed).

Revision ID: 0013_tokens
Revises: 0014_day_end
Create Date: 2026-12-02 07:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0013_tokens"
down_revision = "0014_day_end"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cli_token",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("revoked_at", sa.Float(), nullable=True),
        sa.Column("last_used_at", sa.Float(), nullable=True),
    )
    op.create_index("ix_cli_token_account", "cli_token", ["account_id"])
    # A plain ADD COLUMN (not a batch copy): SQLite keeps the table and its
    # no-update/no-delete triggers.
    op.add_column("audit_log", sa.Column("mac", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_log", "mac")
    op.drop_index("ix_cli_token_account", table_name="cli_token")
    op.drop_table("cli_token")
