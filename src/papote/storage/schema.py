"""Table definitions, the one place the SQL schema is described (migrations mirror it)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("pseudo", String(40), nullable=False),
    Column("pseudo_folded", String(40), nullable=False),
    Column("gender", String(1), nullable=False),
    Column("age", Integer, nullable=False),
    Column("departement", String(10), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Float, nullable=False),
    Column("active_until", Float, nullable=False),
    Column("ip_hash", String(64), nullable=True),
    Index("ix_users_pseudo_folded", "pseudo_folded", "active_until"),
)

rooms = Table(
    "rooms",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("kind", String(8), nullable=False),
    Column("name", String(80), nullable=False),
    Column("topic", String(200), nullable=False, server_default=""),
    Column("owner_id", String(32), nullable=True),
    Column("password_hash", String(200), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("category", String(40), nullable=False, server_default=""),
    Index("ix_rooms_kind", "kind", "position"),
    Index("ix_rooms_owner", "owner_id", "kind"),
)

room_members = Table(
    "room_members",
    metadata,
    Column("room_id", String(80), nullable=False),
    Column("user_id", String(32), nullable=False),
    Column("role", String(10), nullable=False),  # owner | member | invited
    Column("added_at", Float, nullable=False),
    PrimaryKeyConstraint("room_id", "user_id"),
    Index("ix_room_members_user", "user_id"),
)

messages = Table(
    "messages",
    metadata,
    Column("room_id", String(80), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("msg_id", String(32), nullable=False, unique=True),
    Column("user_id", String(32), nullable=False),
    Column("pseudo", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("ts", BigInteger, nullable=False),
    PrimaryKeyConstraint("room_id", "seq"),
)

blocks = Table(
    "blocks",
    metadata,
    Column("blocker_id", String(32), nullable=False),
    Column("blocked_id", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
    PrimaryKeyConstraint("blocker_id", "blocked_id"),
)

dm_requests = Table(
    "dm_requests",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("from_id", String(32), nullable=False),
    Column("to_id", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("state", String(10), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("room_id", String(80), nullable=True),
    Index("ix_dm_requests_to", "to_id", "state"),
    Index("ix_dm_requests_from", "from_id", "state"),
)
