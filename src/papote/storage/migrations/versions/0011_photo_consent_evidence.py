"""Photos, second part: "photos sensibles" consent per DM member, the kept bytes
(originals for a bounded window, evidence copies) and the automated photo decisions.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("room_members") as batch:
        batch.add_column(sa.Column("sensitive_photos_at", sa.Float, nullable=True))
    op.create_table(
        "media_kept",
        sa.Column("area", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_id", sa.String(32), nullable=True),
        sa.Column("kept_at", sa.Float, nullable=False),
        sa.Column("until", sa.Float, nullable=True),
        sa.PrimaryKeyConstraint("area", "sha256"),
    )
    op.create_index("ix_media_kept_media", "media_kept", ["media_id"])
    op.create_table(
        "media_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("detector", sa.String(16), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("room_kind", sa.String(8), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("model", sa.String(80), nullable=False, server_default=""),
    )
    op.create_index("ix_media_decisions_at", "media_decisions", ["at"])


def downgrade() -> None:
    op.drop_table("media_decisions")
    op.drop_table("media_kept")
    with op.batch_alter_table("room_members") as batch:
        batch.drop_column("sensitive_photos_at")
