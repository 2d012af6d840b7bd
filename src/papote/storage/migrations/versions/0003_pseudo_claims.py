"""Pseudo claims: one row per folded pseudo, so that two nodes cannot both hand it out.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pseudo_claims",
        sa.Column("pseudo_folded", sa.String(40), primary_key=True),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("active_until", sa.Float, nullable=False),
    )
    op.create_index("ix_pseudo_claims_user", "pseudo_claims", ["user_id"])
    # The reservations made before this revision: for each folded pseudo, the user who
    # holds it longest (ties broken by id, so exactly one row each).
    op.execute(
        sa.text(
            "INSERT INTO pseudo_claims (pseudo_folded, user_id, active_until)"
            " SELECT u.pseudo_folded, u.id, u.active_until FROM users u"
            " WHERE NOT EXISTS (SELECT 1 FROM users v WHERE v.pseudo_folded = u.pseudo_folded"
            " AND (v.active_until > u.active_until"
            " OR (v.active_until = u.active_until AND v.id > u.id)))"
        )
    )


def downgrade() -> None:
    op.drop_table("pseudo_claims")
