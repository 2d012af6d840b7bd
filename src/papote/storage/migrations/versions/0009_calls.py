"""1:1 calls: their metadata (who, when, how long), never their content.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("room_id", sa.String(80), nullable=False),
        sa.Column("caller_id", sa.String(32), nullable=False),
        sa.Column("callee_id", sa.String(32), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("caller_conn", sa.String(64), nullable=False),
        sa.Column("callee_conn", sa.String(64), nullable=False, server_default=""),
        sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("answered_at", sa.Float, nullable=True),
        sa.Column("ended_at", sa.Float, nullable=True),
        sa.Column("end_reason", sa.String(16), nullable=False, server_default=""),
        sa.Column("ended_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("video", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_calls_caller", "calls", ["caller_id", "state"])
    op.create_index("ix_calls_callee", "calls", ["callee_id", "state"])
    op.create_index("ix_calls_state", "calls", ["state", "created_at"])


def downgrade() -> None:
    op.drop_table("calls")
