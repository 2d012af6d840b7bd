"""Core chat schema: users, rooms, memberships, messages, blocks, DM requests.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("pseudo", sa.String(40), nullable=False),
        sa.Column("pseudo_folded", sa.String(40), nullable=False),
        sa.Column("gender", sa.String(1), nullable=False),
        sa.Column("age", sa.Integer, nullable=False),
        sa.Column("departement", sa.String(10), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("active_until", sa.Float, nullable=False),
        sa.Column("ip_hash", sa.String(64), nullable=True),
    )
    op.create_index("ix_users_pseudo_folded", "users", ["pseudo_folded", "active_until"])
    op.create_table(
        "rooms",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False, server_default=""),
        sa.Column("owner_id", sa.String(32), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("last_seq", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("category", sa.String(40), nullable=False, server_default=""),
    )
    op.create_index("ix_rooms_kind", "rooms", ["kind", "position"])
    op.create_index("ix_rooms_owner", "rooms", ["owner_id", "kind"])
    op.create_table(
        "room_members",
        sa.Column("room_id", sa.String(80), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("added_at", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("room_id", "user_id"),
    )
    op.create_index("ix_room_members_user", "room_members", ["user_id"])
    op.create_table(
        "messages",
        sa.Column("room_id", sa.String(80), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("msg_id", sa.String(32), nullable=False, unique=True),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("pseudo", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ts", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("room_id", "seq"),
    )
    op.create_table(
        "blocks",
        sa.Column("blocker_id", sa.String(32), nullable=False),
        sa.Column("blocked_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("blocker_id", "blocked_id"),
    )
    op.create_table(
        "dm_requests",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("from_id", sa.String(32), nullable=False),
        sa.Column("to_id", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("room_id", sa.String(80), nullable=True),
    )
    op.create_index("ix_dm_requests_to", "dm_requests", ["to_id", "state"])
    op.create_index("ix_dm_requests_from", "dm_requests", ["from_id", "state"])


def downgrade() -> None:
    for table in ("dm_requests", "blocks", "messages", "room_members", "rooms", "users"):
        op.drop_table(table)
