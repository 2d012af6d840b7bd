"""Photos: media rows, known-image lists, the SQL media store's chunks.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("thumb_sha256", sa.String(64), nullable=False),
        sa.Column("original_sha256", sa.String(64), nullable=False),
        sa.Column("pdq", sa.String(64), nullable=False),
        sa.Column("mime", sa.String(20), nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("thumb_width", sa.Integer, nullable=False),
        sa.Column("thumb_height", sa.Integer, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("uploader_id", sa.String(32), nullable=False),
        sa.Column("room_id", sa.String(80), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("nude_score", sa.Float, nullable=True),
        sa.Column("nude_labels", sa.String(200), nullable=False, server_default=""),
        sa.Column("model", sa.String(80), nullable=False, server_default=""),
        sa.Column("msg_id", sa.String(32), nullable=True),
    )
    op.create_index("ix_media_uploader", "media", ["uploader_id", "created_at"])
    op.create_index("ix_media_sha256", "media", ["sha256"])
    op.create_index("ix_media_thumb", "media", ["thumb_sha256"])
    op.create_index("ix_media_created", "media", ["created_at"])
    op.create_table(
        "hash_lists",
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("list_name", sa.String(80), nullable=False),
        sa.Column("added_at", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("kind", "hash", "list_name"),
    )
    op.create_table(
        "media_blobs",
        sa.Column("area", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("chunk", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("area", "sha256", "chunk"),
    )


def downgrade() -> None:
    op.drop_table("media_blobs")
    op.drop_table("hash_lists")
    op.drop_table("media")
