"""Cases opened by the risk detector (their score and labels) and the labels moderators'
decisions on them give for training (issue 12 §5).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("score", sa.Float, nullable=True))
        batch.add_column(sa.Column("detected", sa.String(200), nullable=True))
    op.create_table(
        "detection_labels",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(32), nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("sample", sa.Text, nullable=False),
        sa.Column("detector", sa.String(200), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("decided_by", sa.String(32), nullable=False),
        sa.Column("decided_at", sa.Float, nullable=False),
    )
    op.create_index("ix_detection_labels_at", "detection_labels", ["decided_at"])
    op.create_index("ix_detection_labels_case", "detection_labels", ["case_id"])


def downgrade() -> None:
    op.drop_table("detection_labels")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("detected")
        batch.drop_column("score")
