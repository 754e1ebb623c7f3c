"""one chain: merge the four branches that grew off 0001 (live, briefing, inspections,
accounts); every later revision follows this one in a single line

Revision ID: 0009_one_chain
Revises: 0003_live, 0005_briefing, 0006_inspections, 0008_accounts
Create Date: 2026-12-02 06:30:00
"""

revision = "0009_one_chain"
down_revision = ("0003_live", "0005_briefing", "0006_inspections", "0008_accounts")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
